import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEvalSet } from '../../evals/eval-set.js';
import { searchableText } from '../chunk/chunk.js';
import { FILES, STORE_DIR } from '../index/build-index.js';
import { loadIndex, type LoadedIndex } from '../index/load-index.js';
import { decodeSparseIndex, decodeSparseTerms, encodeSparseTerms, readSparseFileChecked, sparseTermsOf } from '../index/sparse-file.js';
import type { WeightedTerm } from '../text/analyze.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';
import { Bm25Index, DEFAULT_BM25_OPTIONS, type ScoredIndex } from './bm25.js';

/**
 * The scorer BM25 had before it moved to typed arrays and a bounded heap, kept verbatim as the
 * reference: postings in Maps, every touched passage scored, then a full sort.
 */
function referenceSearch(documents: WeightedTerm[][], query: WeightedTerm[], limit: number): ScoredIndex[] {
  const { k1, b } = DEFAULT_BM25_OPTIONS;
  const postings = new Map<string, Array<[number, number]>>();
  const lengths = documents.map((terms) => terms.reduce((sum, term) => sum + term.weight, 0));
  const averageLength = lengths.reduce((x, y) => x + y, 0) / Math.max(1, documents.length);
  documents.forEach((terms, doc) => {
    for (const { term, weight } of terms) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push([doc, weight]);
    }
  });
  const idf = (term: string) => {
    const df = postings.get(term)?.length ?? 0;
    return Math.max(0.01, Math.log(1 + (documents.length - df + 0.5) / (df + 0.5)));
  };
  const scores = new Map<number, number>();
  for (const { term, weight } of query) {
    const list = postings.get(term);
    if (!list) continue;
    const termIdf = idf(term);
    for (const [doc, tf] of list) {
      const norm = tf + k1 * (1 - b + (b * lengths[doc]!) / averageLength);
      scores.set(doc, (scores.get(doc) ?? 0) + weight * termIdf * ((tf * (k1 + 1)) / norm));
    }
  }
  return [...scores]
    .map(([index, score]) => ({ index, score }))
    .sort((x, y) => y.score - x.score || x.index - y.index)
    .slice(0, limit);
}

describe('BM25 over typed arrays', () => {
  let index: LoadedIndex;
  let storeDir: string;
  beforeAll(async () => {
    const { settings } = await builtTempIndex();
    index = await loadIndex(settings);
    storeDir = join(settings.indexDir, STORE_DIR);
  });

  it('stores each passage’s search terms as the analyser gives them (three decimals), in one binary file', () => {
    expect(readFileSync(join(storeDir, FILES.sparse)).subarray(0, 4).toString('latin1')).toBe('BQSP');
    index.chunks.forEach((chunk, position) => {
      const expected = index.searchText.terms(searchableText(chunk)).map(({ term, weight }) => ({ term, weight: Math.round(weight * 1000) / 1000 }));
      expect(index.sparse.termsOf(position)).toEqual(expected);
    });
  });

  it('returns the same top 40, with the same scores, as the old scorer for every eval question', () => {
    const documents = index.chunks.map((_, position) => index.sparse.termsOf(position));
    const questions = loadEvalSet('evals/questions.jsonl');
    expect(questions.length).toBeGreaterThan(150);
    for (const { question } of questions) {
      const query = index.searchText.terms(question, undefined, { question: true });
      expect([question, index.sparse.search(query, 40)]).toEqual([question, referenceSearch(documents, query, 40)]);
    }
  });

  it('answers whether a passage holds a term, as its term list says', () => {
    for (const position of [0, 1, Math.floor(index.chunks.length / 2), index.chunks.length - 1]) {
      const terms = index.sparse.termsOf(position);
      for (const { term } of terms) expect(index.sparse.hasTerm(position, term)).toBe(true);
      const other = index.sparse.termsOf(position === 0 ? 1 : 0).find(({ term }) => !terms.some((own) => own.term === term));
      if (other) expect(index.sparse.hasTerm(position, other.term)).toBe(false);
    }
    expect(index.sparse.hasTerm(0, 'no-such-term-anywhere')).toBe(false);
  });
});

describe('BM25 against the old scorer on random indexes', () => {
  const term = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', '數碼', 'n1000');
  const weighted = fc.record({ term, weight: fc.integer({ min: 1, max: 3000 }).map((value) => value / 1000) });
  const document = fc.uniqueArray(weighted, { selector: (entry) => entry.term, maxLength: 6 });

  it('keeps the same top k, ties broken by position, and survives the file format', () => {
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 40 }), fc.array(weighted, { maxLength: 5 }), fc.integer({ min: 0, max: 12 }), (documents, query, limit) => {
        const bytes = encodeSparseTerms(sparseTermsOf(documents));
        const fromFile = new Bm25Index(decodeSparseTerms(bytes, 'test'));
        // The same bytes one byte into a buffer (not 4-aligned): read by copying, not as a view.
        const shifted = Buffer.alloc(bytes.length + 1);
        bytes.copy(shifted, 1);
        expect(decodeSparseTerms(shifted.subarray(1), 'shifted')).toEqual(decodeSparseTerms(bytes, 'test'));
        // Wording groups stored in the file are those found on use from a file of version 1.
        const older = new Bm25Index(decodeSparseTerms(encodeSparseTerms(sparseTermsOf(documents), 1), 'v1'));
        expect(decodeSparseTerms(bytes, 'test').wordingGroups).toBeDefined();
        expect(documents.map((_, position) => fromFile.wordingGroupOf(position))).toEqual(documents.map((_, position) => older.wordingGroupOf(position)));
        expect(fromFile.search(query, limit, { perWording: 1 })).toEqual(older.search(query, limit, { perWording: 1 }));
        const expected = referenceSearch(documents, query, limit);
        expect(new Bm25Index(documents).search(query, limit)).toEqual(expected);
        expect(fromFile.search(query, limit)).toEqual(expected);
        for (const { term: queried } of query) expect(fromFile.idf(queried)).toBe(new Bm25Index(documents).idf(queried));
        // Version 3 as a server loads it: the stored postings and lengths, views of the bytes (aligned or not), nothing derived.
        for (const source of [bytes, shifted.subarray(1)]) {
          const loaded = decodeSparseIndex(source, 'postings');
          expect('postings' in loaded).toBe(true);
          const viewed = new Bm25Index(loaded);
          expect(viewed.search(query, limit)).toEqual(expected);
          expect(viewed.search(query, limit, { perWording: 1 })).toEqual(older.search(query, limit, { perWording: 1 }));
          expect(documents.map((_, position) => viewed.termsOf(position))).toEqual(documents.map((_, position) => fromFile.termsOf(position)));
          for (const { term: queried } of query) {
            expect(viewed.idf(queried)).toBe(fromFile.idf(queried));
            documents.forEach((_, position) => expect(viewed.hasTerm(position, queried)).toBe(fromFile.hasTerm(position, queried)));
          }
        }
        // A file of version 2 (forward lists and groups, postings derived on load) ranks the same.
        expect(new Bm25Index(decodeSparseIndex(encodeSparseTerms(sparseTermsOf(documents), 2), 'v2')).search(query, limit, { perWording: 1 })).toEqual(older.search(query, limit, { perWording: 1 }));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks a passage reached only by terms that add nothing (weight 0), at score 0, as the old scorer does', () => {
    // A search whose every posting adds more than 0 tells reached passages by their score; with a weight of 0 it cannot.
    const maybeNothing = fc.record({ term, weight: fc.constantFrom(0, 0.001, 1, 2.5) });
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(maybeNothing, { selector: (entry) => entry.term, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        fc.array(maybeNothing, { maxLength: 5 }),
        fc.integer({ min: 0, max: 12 }),
        (documents, query, limit) => {
          const expected = referenceSearch(documents, query, limit);
          expect(new Bm25Index(documents).search(query, limit)).toEqual(expected);
          expect(new Bm25Index(decodeSparseIndex(encodeSparseTerms(sparseTermsOf(documents)), 'postings')).search(query, limit)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
    const documents = [[{ term: 'a', weight: 1 }], [{ term: 'b', weight: 1 }]];
    expect(new Bm25Index(documents).search([{ term: 'a', weight: 1 }, { term: 'b', weight: 0 }], 5)).toEqual(referenceSearch(documents, [{ term: 'a', weight: 1 }, { term: 'b', weight: 0 }], 5));
    expect(new Bm25Index(documents).search([{ term: 'b', weight: 0 }], 5)).toEqual([{ index: 1, score: 0 }]);
  });

  it('refuses a file that is not its format', () => {
    const bytes = encodeSparseTerms(sparseTermsOf([[{ term: 'a', weight: 1 }]]));
    expect(() => decodeSparseTerms(bytes.subarray(0, bytes.length - 4), 'short')).toThrow(/INDEX_CORRUPT|section sizes/);
    const foreign = Buffer.from(bytes);
    foreign.write('JUNK', 0, 'latin1');
    expect(() => decodeSparseTerms(foreign, 'foreign')).toThrow(/magic/);
    const older = encodeSparseTerms(sparseTermsOf([[{ term: 'a', weight: 1 }]]), 2);
    const badGroup = Buffer.from(older);
    badGroup.writeUInt32LE(7, badGroup.length - 4);
    expect(() => decodeSparseTerms(badGroup, 'bad group')).toThrow(/wording group/);
    // Version 3: a posting that names a passage the file does not have (the last uint32 before the
    // 8-byte lengths section: one posting's weight, then its passage before it).
    const badPosting = Buffer.from(bytes);
    const passageAt = badPosting.length - 8 - 8;
    expect(badPosting.readUInt32LE(passageAt)).toBe(0);
    badPosting.writeUInt32LE(3, passageAt);
    expect(() => decodeSparseIndex(badPosting, 'bad posting')).toThrow(/posting passage out of range/);
  });
});

describe('a sparse file read against its checksum', () => {
  const documents: WeightedTerm[][] = Array.from({ length: 300 }, (_, passage) =>
    Array.from({ length: 1 + (passage % 13) }, (_, entry) => ({ term: `t${(passage * 7 + entry * 31) % 997}`, weight: 1 + ((passage + entry) % 5) / 4 })),
  );
  const bytes = encodeSparseTerms(sparseTermsOf(documents));
  const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
  const write = (data: Buffer) => {
    const path = join(mkdtempSync(join(tmpdir(), 'budget-qa-sparse-')), 'sparse.bin');
    writeFileSync(path, data);
    return path;
  };
  const query: WeightedTerm[] = [
    { term: 't31', weight: 1 },
    { term: 't62', weight: 0.5 },
    { term: 't7', weight: 2 },
  ];

  it('searches as the file read whole does, and reads the forward lists it left out when asked', () => {
    const path = write(bytes);
    const checked = readSparseFileChecked(path, sha(bytes));
    expect('postings' in checked).toBe(true);
    const whole = new Bm25Index(decodeSparseIndex(bytes, 'whole'));
    const lean = new Bm25Index(checked);
    expect(lean.search(query, 20)).toEqual(whole.search(query, 20));
    expect(lean.search(query, 20, { perWording: 1 })).toEqual(whole.search(query, 20, { perWording: 1 }));
    expect(documents.map((_, position) => lean.termsOf(position))).toEqual(documents.map((_, position) => whole.termsOf(position)));
  });

  it('is INDEX_CORRUPT when any byte differs, in the part it keeps or the part it only hashes', () => {
    // A byte inside the forward lists' term numbers (hashed, not kept: after the header, the term
    // text and the passage offsets), one inside the postings and the last of the lengths (kept).
    const wordsStart = 24 + Math.ceil(bytes.readUInt32LE(20) / 4) * 4;
    const termNumbersAt = wordsStart + 4 * (documents.length + 1) + 8;
    for (const at of [termNumbersAt, bytes.length - 8 * documents.length - 16, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[at]! ^= 0xff;
      expect(() => readSparseFileChecked(write(altered), sha(bytes))).toThrow(/checksum/);
    }
    expect(() => readSparseFileChecked(write(bytes.subarray(0, bytes.length - 8)), sha(bytes))).toThrow(/checksum/);
  });

  it('refuses the forward lists of a file changed after it was read', () => {
    const path = write(bytes);
    const index = new Bm25Index(readSparseFileChecked(path, sha(bytes)));
    writeFileSync(path, encodeSparseTerms(sparseTermsOf(documents.slice(1))));
    expect(() => index.termsOf(0)).toThrow(/checksum/);
  });
});

describe('BM25 with a few passages per wording', () => {
  const t = (...pairs: Array<[string, number]>): WeightedTerm[] => pairs.map(([term, weight]) => ({ term, weight }));
  // Passages 0–5: one paragraph in six editions (other years, other amounts); 6 and 7 other paragraphs; 8 figures only, 9 likewise.
  const editions = [0, 1, 2, 3, 4, 5].map((copy) => t(['fund', 2], ['innovat', 1], [`y${2025 - copy}`, 1], [`n${1000 + copy}`, 1]));
  const documents = [...editions, t(['fund', 1], ['innovat', 1], ['startup', 1]), t(['innovat', 1], ['park', 1]), t(['n5', 1], ['y2020', 1]), t(['n7', 1])];
  const index = new Bm25Index(documents);

  it('groups passages that say the same in other figures, and nothing else', () => {
    const groups = documents.map((_, position) => index.wordingGroupOf(position));
    expect(new Set(groups.slice(0, 6)).size).toBe(1);
    expect(new Set(groups).size).toBe(5);
    expect(groups[8]).not.toBe(groups[9]);
  });

  it('keeps at most perWording of a group, the best of them, and lets other passages in', () => {
    const query = t(['fund', 1], ['innovat', 1], ['y2023', 1]);
    const plain = index.search(query, 3).map(({ index: position }) => position);
    expect(plain.every((position) => position < 6)).toBe(true);
    const diverse = index.search(query, 4, { perWording: 2 });
    const positions = diverse.map(({ index: position }) => position);
    expect(positions.filter((position) => position < 6)).toHaveLength(2);
    expect(positions).toContain(2); // the edition naming the asked year scores best of its group
    expect(positions).toEqual(expect.arrayContaining([6, 7]));
    // Scores and order are those of the plain search.
    const all = new Map(index.search(query, 10).map(({ index: position, score }) => [position, score]));
    for (const { index: position, score } of diverse) expect(score).toBe(all.get(position));
    expect(diverse.map(({ score }) => score)).toEqual([...diverse.map(({ score }) => score)].sort((a, b) => b - a));
  });
  it('keeps exactly what filtering the whole ranking keeps, however many editions a paragraph has', () => {
    // Paragraphs in many editions (a figure term of their own each), so the best few passages read first are mostly one group's.
    const arbitrary = fc.record({
      paragraphs: fc.array(fc.record({ words: fc.uniqueArray(fc.constantFrom('fund', 'park', 'innovat', 'talent', 'ai', 'data'), { minLength: 1, maxLength: 4 }), editions: fc.integer({ min: 1, max: 40 }) }), { minLength: 1, maxLength: 8 }),
      query: fc.uniqueArray(fc.constantFrom('fund', 'park', 'innovat', 'talent', 'ai', 'data', 'n3', 'n17'), { minLength: 1, maxLength: 4 }),
      limit: fc.integer({ min: 1, max: 12 }),
      perWording: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ paragraphs, query, limit, perWording }) => {
        const passages = paragraphs.flatMap(({ words, editions }) => Array.from({ length: editions }, (_, edition) => [...words.map((word, at) => ({ term: word, weight: 1 + ((at + edition) % 3) })), { term: `n${edition}`, weight: 1 }]));
        const searched = new Bm25Index(passages);
        const weighted = query.map((term) => ({ term, weight: 1 }));
        const kept = new Map<number, number>();
        const expected = searched.search(weighted, passages.length).filter(({ index: position }) => {
          const group = searched.wordingGroupOf(position);
          kept.set(group, (kept.get(group) ?? 0) + 1);
          return kept.get(group)! <= perWording;
        });
        expect(searched.search(weighted, limit, { perWording })).toEqual(expected.slice(0, limit));
        // Counted in wordings: every kept passage of the first `limit` groups to appear in that ranking.
        const groups = new Set<number>();
        const byWording = expected.filter(({ index: position }) => {
          const group = searched.wordingGroupOf(position);
          if (!groups.has(group) && groups.size >= limit) return false;
          groups.add(group);
          return true;
        });
        expect(searched.search(weighted, limit, { perWording, wordings: true })).toEqual(byWording);
      }),
      { numRuns: 200 },
    );
  });

  it('counts wordings when asked: a paragraph in many editions takes one place of the limit', () => {
    const query = t(['fund', 1], ['innovat', 1]);
    const positions = index.search(query, 2, { perWording: 2, wordings: true }).map(({ index: position }) => position);
    // Two editions of the paragraph (its best two), and the next wording beside them.
    expect(positions.filter((position) => position < 6)).toHaveLength(2);
    expect(positions).toHaveLength(3);
    expect(positions).toContain(6);
    expect(index.search(query, 2, { perWording: 2 }).every(({ index: position }) => position < 6)).toBe(true);
  });
});
