import type { WeightedTerm } from '../text/analyze.js';

/** BM25 over weighted terms (a term's weight counts as its frequency). Pure, in memory. */
export interface Bm25Options {
  k1: number;
  b: number;
}

export const DEFAULT_BM25_OPTIONS: Bm25Options = { k1: 1.2, b: 0.75 };

export interface ScoredIndex {
  index: number;
  score: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Array<[doc: number, tf: number]>>();
  private readonly lengths: number[];
  private readonly averageLength: number;

  constructor(private readonly documents: WeightedTerm[][], private readonly options: Bm25Options = DEFAULT_BM25_OPTIONS) {
    this.lengths = documents.map((terms) => terms.reduce((sum, term) => sum + term.weight, 0));
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, documents.length);
    documents.forEach((terms, doc) => {
      for (const { term, weight } of terms) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push([doc, weight]);
      }
    });
  }

  /** The terms a document was indexed with. */
  termsOf(position: number): WeightedTerm[] {
    return this.documents[position] ?? [];
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Whether any document holds the term. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Inverse document frequency (BM25's, floored at a small positive value). */
  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    return Math.max(0.01, Math.log(1 + (this.size - df + 0.5) / (df + 0.5)));
  }

  search(query: WeightedTerm[], limit: number): ScoredIndex[] {
    const scores = new Map<number, number>();
    const { k1, b } = this.options;
    for (const { term, weight } of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const [doc, tf] of list) {
        const norm = tf + k1 * (1 - b + (b * this.lengths[doc]!) / this.averageLength);
        scores.set(doc, (scores.get(doc) ?? 0) + weight * idf * ((tf * (k1 + 1)) / norm));
      }
    }
    return [...scores]
      .map(([index, score]) => ({ index, score }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, limit);
  }
}
