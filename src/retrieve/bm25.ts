import type { WeightedTerm } from '../text/analyze.js';
import { computeWordingGroups, postingsOf, sparseTermsOf, type SparseIndex, type SparseTerms } from '../index/sparse-file.js';

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

/**
 * The index is typed arrays: each term's postings (passages in ascending order, with the term's
 * weight there) and each passage's length — read as they are from an index file of version 3, or
 * derived from each passage's terms (forward lists: older files, tests). A search adds into one
 * score array (cleared whole, then added to without asking whether a passage was met before: a
 * branch per posting costs more than clearing the array once; a byte per posting marks the passages
 * met, since a score may be any sum) and keeps the best `limit` passages
 * in a bounded heap, so its cost is the postings it reads plus k·log(limit), not a sort of every
 * passage touched. Scores are computed with the same operations in the same order as a
 * straightforward Map-based BM25, so the ranking is the same to the last bit (see bm25.test.ts).
 */
export class Bm25Index {
  private readonly terms: string[];
  /** The forward lists, from the file or the passages given (read only by termsOf and an old file's wording groups). */
  private readonly forward: () => SparseTerms;
  private readonly storedGroups?: Uint32Array;
  private readonly numbers: Map<string, number>;
  private readonly postingOffsets: Uint32Array;
  private readonly postingPassages: Uint32Array;
  private readonly postingWeights: Float64Array | Uint32Array;
  /** What a posting weight is divided by (1000 for weights kept in thousandths as the file stores them). */
  private readonly weightScale: number;
  private readonly lengths: Float64Array;
  /** k1 · (1 − b + b · length / average length), per passage: the part of BM25's norm that is not tf. */
  private readonly lengthNorms: Float64Array;
  private readonly averageLength: number;
  /**
   * Each posting's tf part of BM25, tf·(k1 + 1) / (tf + norm), worked out for a term's postings the
   * first time a search reads them (saturated[term] says which are), so a search multiplies one
   * number per posting by the term's weight·idf: the same operations in the same order as before.
   */
  private saturation?: Float64Array;
  private saturated?: Uint8Array;
  // Scratch for searches (one at a time: search is synchronous).
  private readonly scores: Float64Array;
  /** 1 for each passage a posting of the query reached (its score may be any sum, so the score alone does not say). */
  private readonly reached: Uint8Array;
  /** The passages a search reached, in ascending order. */
  private readonly touched: Uint32Array;
  /** The passages keepPerWording keeps. */
  private readonly kept: Uint32Array;
  /** Counts searches, so that the scratch of wording groups needs no clearing (a group met in an earlier search has an older number). */
  private generation = 0;

  /** From each passage's weighted terms, from the forward lists of an older index file, or from a version 3 file's postings. */
  constructor(documents: WeightedTerm[][] | SparseTerms | SparseIndex, private readonly options: Bm25Options = DEFAULT_BM25_OPTIONS) {
    let postings;
    if (Array.isArray(documents) || !('postings' in documents)) {
      const sparse = Array.isArray(documents) ? sparseTermsOf(documents) : documents;
      this.forward = () => sparse;
      this.storedGroups = sparse.wordingGroups;
      postings = postingsOf(sparse);
    } else {
      this.forward = documents.forward;
      this.storedGroups = documents.wordingGroups;
      postings = documents.postings;
    }
    this.terms = Array.isArray(documents) ? this.forward().terms : documents.terms;
    this.numbers = new Map(this.terms.map((term, number) => [term, number]));
    this.postingOffsets = postings.offsets;
    this.postingPassages = postings.passages;
    this.postingWeights = postings.weights;
    this.weightScale = postings.weightScale;
    this.lengths = postings.lengths;
    const passages = this.lengths.length;
    let totalLength = 0;
    for (let passage = 0; passage < passages; passage++) totalLength += this.lengths[passage]!;
    this.averageLength = totalLength / Math.max(1, passages);
    const { k1, b } = options;
    this.lengthNorms = new Float64Array(passages);
    for (let passage = 0; passage < passages; passage++) this.lengthNorms[passage] = k1 * (1 - b + (b * this.lengths[passage]!) / this.averageLength);

    this.scores = new Float64Array(passages);
    this.reached = new Uint8Array(passages);
    this.touched = new Uint32Array(passages);
    this.kept = new Uint32Array(passages);
  }

  /** The terms a document was indexed with. */
  termsOf(position: number): WeightedTerm[] {
    if (!(position >= 0 && position < this.size)) return [];
    const { terms, offsets, termNumbers, weights } = this.forward();
    const out: WeightedTerm[] = [];
    for (let entry = offsets[position]!; entry < offsets[position + 1]!; entry++) out.push({ term: terms[termNumbers[entry]!]!, weight: weights[entry]! });
    return out;
  }

  /** Whether a document was indexed with a term (binary search of the term's postings). */
  hasTerm(position: number, term: string): boolean {
    const number = this.numbers.get(term);
    if (number === undefined) return false;
    let low = this.postingOffsets[number]!;
    let high = this.postingOffsets[number + 1]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const passage = this.postingPassages[middle]!;
      if (passage === position) return true;
      if (passage < position) low = middle + 1;
      else high = middle;
    }
    return false;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Whether any document holds the term. */
  has(term: string): boolean {
    return this.documentFrequency(this.numbers.get(term)) > 0;
  }

  /** Distinct terms in the index. */
  get termCount(): number {
    return this.terms.length;
  }

  private documentFrequency(number: number | undefined): number {
    return number === undefined ? 0 : this.postingOffsets[number + 1]! - this.postingOffsets[number]!;
  }

  /** Inverse document frequency (BM25's, floored at a small positive value). */
  idf(term: string): number {
    const df = this.documentFrequency(this.numbers.get(term));
    return Math.max(0.01, Math.log(1 + (this.size - df + 0.5) / (df + 0.5)));
  }

  /**
   * The passage's wording group (computeWordingGroups in sparse-file.ts: the same terms and weights
   * once every term holding a digit is set aside). Stored in the index file since version 2; for an
   * older file, computed the first time it is asked for (one pass over the forward lists).
   */
  wordingGroupOf(position: number): number {
    return this.groups()[position] ?? position;
  }

  private wordingGroups?: Uint32Array;
  private wordingGroupCount = 0;

  private groups(): Uint32Array {
    if (this.wordingGroups) return this.wordingGroups;
    const stored = this.storedGroups;
    if (stored && stored.length === this.size) {
      let count = 0;
      for (let passage = 0; passage < stored.length; passage++) count = Math.max(count, stored[passage]! + 1);
      this.wordingGroupCount = count;
      return (this.wordingGroups = stored);
    }
    const { groups, count } = computeWordingGroups(this.forward());
    this.wordingGroupCount = count;
    return (this.wordingGroups = groups);
  }

  // Scratch for searches that keep a few passages per wording.
  private groupSeenAt?: Uint32Array;
  private groupFilled?: Uint8Array;
  private groupMembers?: Uint32Array;
  /** The groups met by a search, in the order met, and how many. */
  private groupsMet?: Uint32Array;
  private groupsMetCount = 0;

  /**
   * The best `limit` passages for the query. With `perWording`, at most that many of one wording
   * group (see wordingGroupOf): copies of one paragraph in other years' documents cannot fill the
   * candidates and push every other paragraph out. With `wordings` as well, `limit` counts wording
   * groups rather than passages (the best `limit` groups, each with its best `perWording` passages,
   * best first): a paragraph's other editions come along beside it instead of taking the places of
   * other paragraphs, so a corpus of many years offers as many paragraphs as one of a single year.
   */
  search(query: WeightedTerm[], limit: number, options: { perWording?: number; wordings?: boolean } = {}): ScoredIndex[] {
    const { k1 } = this.options;
    const { scores, reached, touched, postingPassages, postingOffsets } = this;
    const saturation = (this.saturation ??= new Float64Array(postingPassages.length));
    const saturated = (this.saturated ??= new Uint8Array(this.terms.length));
    // 0 + contribution is the contribution: a passage's first posting gives the score a sum from 0 would.
    scores.fill(0);
    reached.fill(0);
    for (const { term, weight } of query) {
      const number = this.numbers.get(term);
      if (number === undefined) continue;
      const start = postingOffsets[number]!;
      const end = postingOffsets[number + 1]!;
      if (start === end) continue;
      if (!saturated[number]) {
        this.saturate(start, end, k1);
        saturated[number] = 1;
      }
      const scale = weight * this.idf(term);
      for (let at = start; at < end; at++) {
        const passage = postingPassages[at]!;
        scores[passage]! += scale * saturation[at]!;
        reached[passage] = 1;
      }
    }
    let touchedCount = 0;
    for (let passage = 0; passage < reached.length; passage++) if (reached[passage]) touched[touchedCount++] = passage;
    const perWording = options.perWording;
    if (perWording === undefined || perWording <= 0 || perWording > 255) return topScores(scores, touched, touchedCount, limit);
    const kept = this.keepPerWording(perWording, touchedCount);
    return options.wordings ? this.bestWordings(limit, perWording) : topScores(scores, this.kept, kept, limit);
  }

  /** Leaders of the groups met by keepPerWording (scratch for bestWordings). */
  private leaders?: Uint32Array;

  /**
   * After keepPerWording: the kept passages of the `limit` groups whose best passage ranks highest,
   * ranked by score, then position. (A group's best passage is its first slot.)
   */
  private bestWordings(limit: number, perWording: number): ScoredIndex[] {
    const groups = this.groups();
    const groupsMet = this.groupsMet!;
    const groupFilled = this.groupFilled!;
    const groupMembers = this.groupMembers!;
    const { scores, touched } = this;
    const leaders = this.leaders?.length === groupsMet.length ? this.leaders : (this.leaders = new Uint32Array(groupsMet.length));
    const groupsMetCount = this.groupsMetCount;
    for (let index = 0; index < groupsMetCount; index++) leaders[index] = groupMembers[groupsMet[index]! * perWording]!;
    let kept = 0;
    for (const { index: leader } of topScores(scores, leaders, groupsMetCount, limit)) {
      const base = groups[leader]! * perWording;
      for (let slot = 0; slot < groupFilled[groups[leader]!]!; slot++) touched[kept++] = groupMembers[base + slot]!;
    }
    return topScores(scores, touched, kept, kept);
  }

  /** The tf part of BM25 for postings start ≤ at < end. */
  private saturate(start: number, end: number, k1: number): void {
    const { postingPassages, postingWeights, weightScale, lengthNorms } = this;
    const saturation = this.saturation!;
    for (let at = start; at < end; at++) {
      // x / 1 is x, and thousandths / 1000 is the weight an older file's loader computed: the same bits either way.
      const tf = postingWeights[at]! / weightScale;
      saturation[at] = (tf * (k1 + 1)) / (tf + lengthNorms[postingPassages[at]!]!);
    }
  }

  /**
   * Writes into `kept` the best `perWording` passages of each wording group among the first
   * `touchedCount` of `touched` (the passages the search reached, in ascending order), group by
   * group; returns how many. (Their order is no matter: topScores ranks by score, then position, a
   * total order.)
   */
  private keepPerWording(perWording: number, touchedCount: number): number {
    if (++this.generation === 0xffffffff) {
      this.groupSeenAt?.fill(0);
      this.generation = 1;
    }
    const generation = this.generation;
    const groups = this.groups();
    const groupCount = this.wordingGroupCount;
    if (!this.groupSeenAt || this.groupSeenAt.length !== groupCount) {
      this.groupSeenAt = new Uint32Array(groupCount);
      this.groupFilled = new Uint8Array(groupCount);
      this.groupsMet = new Uint32Array(groupCount);
    }
    if (!this.groupMembers || this.groupMembers.length < groupCount * perWording) this.groupMembers = new Uint32Array(groupCount * perWording);
    const { groupSeenAt, groupMembers, scores, touched, kept: keptPassages } = this;
    const groupFilled = this.groupFilled!;
    const groupsMet = this.groupsMet!;
    let groupsMetCount = 0;
    // Each group's best few, best first (insertion into at most perWording slots).
    for (let index = 0; index < touchedCount; index++) {
      const passage = touched[index]!;
      const group = groups[passage]!;
      if (groupSeenAt[group] !== generation) {
        groupSeenAt[group] = generation;
        groupFilled[group] = 0;
        groupsMet[groupsMetCount++] = group;
      }
      const base = group * perWording;
      let filled = groupFilled[group]!;
      if (filled === perWording && !worse(scores, groupMembers[base + filled - 1]!, passage)) continue;
      let at = filled === perWording ? filled - 1 : filled++;
      while (at > 0 && worse(scores, groupMembers[base + at - 1]!, passage)) {
        groupMembers[base + at] = groupMembers[base + at - 1]!;
        at--;
      }
      groupMembers[base + at] = passage;
      groupFilled[group] = filled;
    }
    this.groupsMetCount = groupsMetCount;
    let kept = 0;
    for (let index = 0; index < groupsMetCount; index++) {
      const group = groupsMet[index]!;
      const base = group * perWording;
      for (let slot = 0; slot < groupFilled[group]!; slot++) keptPassages[kept++] = groupMembers[base + slot]!;
    }
    return kept;
  }
}

/** Whether a ranks below b: lower score, or the same score and a later passage. */
function worse(scores: Float64Array, a: number, b: number): boolean {
  const difference = scores[a]! - scores[b]!;
  return difference < 0 || (difference === 0 && a > b);
}

/** The best `limit` of the touched passages, best first (score descending, then position ascending). */
export function topScores(scores: Float64Array, touched: Uint32Array, touchedCount: number, limit: number): ScoredIndex[] {
  const size = Math.max(0, Math.min(limit, touchedCount));
  if (size === 0) return [];
  // A min-heap of the best so far, its worst at the root.
  const heap = new Uint32Array(size);
  let heapSize = 0;
  const siftDown = (from: number) => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heapSize) return;
      const right = left + 1;
      const child = right < heapSize && worse(scores, heap[right]!, heap[left]!) ? right : left;
      if (!worse(scores, heap[child]!, heap[at]!)) return;
      [heap[at], heap[child]] = [heap[child]!, heap[at]!];
      at = child;
    }
  };
  for (let index = 0; index < touchedCount; index++) {
    const passage = touched[index]!;
    if (heapSize < size) {
      let at = heapSize++;
      heap[at] = passage;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(scores, heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (worse(scores, heap[0]!, passage)) {
      heap[0] = passage;
      siftDown(0);
    }
  }
  const out: ScoredIndex[] = new Array(heapSize);
  for (let rank = heapSize - 1; rank >= 0; rank--) {
    out[rank] = { index: heap[0]!, score: scores[heap[0]!]! };
    heap[0] = heap[--heapSize]!;
    siftDown(0);
  }
  return out;
}
