import { readFileSync, writeFileSync } from 'node:fs';
import { BudgetQaError } from '../errors.js';
import type { WeightedTerm } from '../text/analyze.js';

/**
 * The sparse (BM25) side of the index on disk, as typed arrays in one binary file: one table of
 * the distinct terms, then each passage's terms as term numbers and weights in thousandths, in
 * the order the analyser gave them. Postings are derived from it when it is loaded (a counting
 * sort, linear), so each term is stored once and nothing is parsed term by term. Integrity is the
 * index manifest's sha256 of the file (checked before loading), not a schema pass over every entry;
 * loading checks only the layout (magic, version, section sizes, term numbers in range).
 *
 * Layout (little-endian): header of 6 uint32 — magic "BQSP", version, passages, terms, entries,
 * bytes of term text — then the term text (UTF-8, terms separated by "\n", padded to 4 bytes),
 * uint32 offsets[passages + 1], uint32 termNumbers[entries], uint32 weightThousandths[entries],
 * and from version 2 uint32 wordingGroups[passages] (computeWordingGroups: found when the index is
 * built, not on a server's first question; a version 1 file is still read, its groups found on use).
 */

export const SPARSE_FILE_MAGIC = 0x50535142; // "BQSP" read as little-endian uint32
export const SPARSE_FILE_VERSION = 2;
const HEADER_WORDS = 6;

/** Each passage's terms as term numbers into one term table, with their weights (forward lists). */
export interface SparseTerms {
  terms: string[];
  /** Passage p's entries are offsets[p] ≤ e < offsets[p + 1]. */
  offsets: Uint32Array;
  termNumbers: Uint32Array;
  weights: Float64Array;
  /** Each passage's wording group (computeWordingGroups), when read from a file that stores them. */
  wordingGroups?: Uint32Array;
}

/**
 * Passages that say the same in other figures fall in one wording group: the same terms with the
 * same weights once every term holding a digit (amounts, years, percentages) is set aside. Next
 * year's edition of a paragraph with new figures, or a document filed twice, is one wording. A
 * passage with no term but figures is a group of its own. Groups are numbered 0, 1, … in the order
 * of their first passage.
 */
export function computeWordingGroups(sparse: SparseTerms): { groups: Uint32Array; count: number } {
  const { terms, offsets, termNumbers, weights } = sparse;
  const passages = offsets.length - 1;
  const figureTerm = new Uint8Array(terms.length);
  for (let number = 0; number < terms.length; number++) figureTerm[number] = /\d/.test(terms[number]!) ? 1 : 0;
  const groups = new Uint32Array(passages);
  const byKey = new Map<string, number>();
  for (let passage = 0; passage < passages; passage++) {
    // An order-free hash of (term, weight) pairs: two independent mixes and the count.
    let sum = 0;
    let xor = 0;
    let count = 0;
    for (let entry = offsets[passage]!; entry < offsets[passage + 1]!; entry++) {
      const number = termNumbers[entry]!;
      if (figureTerm[number]) continue;
      const pair = (Math.imul(number, 0x9e3779b1) ^ Math.round(weights[entry]! * 1000)) >>> 0;
      sum = (sum + mix(pair)) >>> 0;
      xor = (xor ^ mix(pair ^ 0x5bd1e995)) >>> 0;
      count++;
    }
    const key = count === 0 ? `passage ${passage}` : `${sum}.${xor}.${count}`;
    let group = byKey.get(key);
    if (group === undefined) {
      group = byKey.size;
      byKey.set(key, group);
    }
    groups[passage] = group;
  }
  return { groups, count: byKey.size };
}

/** A 32-bit integer hash (murmur3's finaliser). */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Collects passages' terms into the forward lists, numbering terms as they first appear. */
export class SparseTermsBuilder {
  private readonly numbers = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly offsets: number[] = [0];
  private termNumbers = new Uint32Array(1024);
  private weights = new Float64Array(1024);
  private entries = 0;

  add(passageTerms: readonly WeightedTerm[]): void {
    if (this.entries + passageTerms.length > this.termNumbers.length) {
      const capacity = Math.max(this.termNumbers.length * 2, this.entries + passageTerms.length);
      const numbers = new Uint32Array(capacity);
      numbers.set(this.termNumbers.subarray(0, this.entries));
      const weights = new Float64Array(capacity);
      weights.set(this.weights.subarray(0, this.entries));
      this.termNumbers = numbers;
      this.weights = weights;
    }
    for (const { term, weight } of passageTerms) {
      let number = this.numbers.get(term);
      if (number === undefined) {
        if (term.includes('\n')) throw new Error(`a search term cannot hold a line break: ${JSON.stringify(term)}`);
        number = this.terms.length;
        this.numbers.set(term, number);
        this.terms.push(term);
      }
      this.termNumbers[this.entries] = number;
      this.weights[this.entries] = weight;
      this.entries++;
    }
    this.offsets.push(this.entries);
  }

  finish(): SparseTerms {
    return {
      terms: this.terms,
      offsets: Uint32Array.from(this.offsets),
      termNumbers: this.termNumbers.slice(0, this.entries),
      weights: this.weights.slice(0, this.entries),
    };
  }
}

/** Forward lists of plain weighted-term arrays (tests, the eval's variants). */
export function sparseTermsOf(documents: readonly (readonly WeightedTerm[])[]): SparseTerms {
  const builder = new SparseTermsBuilder();
  for (const terms of documents) builder.add(terms);
  return builder.finish();
}

/** The file's bytes. Weights are stored in thousandths (the index keeps three decimals). */
export function encodeSparseTerms(sparse: SparseTerms, version: 1 | 2 = SPARSE_FILE_VERSION): Buffer {
  const termText = Buffer.from(sparse.terms.join('\n'), 'utf8');
  const termBytesPadded = Math.ceil(termText.length / 4) * 4;
  const passages = sparse.offsets.length - 1;
  const entries = sparse.termNumbers.length;
  const groupWords = version >= 2 ? passages : 0;
  const buffer = Buffer.alloc(HEADER_WORDS * 4 + termBytesPadded + (passages + 1 + 2 * entries + groupWords) * 4);
  const header = [SPARSE_FILE_MAGIC, version, passages, sparse.terms.length, entries, termText.length];
  header.forEach((value, index) => buffer.writeUInt32LE(value, index * 4));
  termText.copy(buffer, HEADER_WORDS * 4);
  const at = HEADER_WORDS * 4 + termBytesPadded;
  const words = new Uint32Array(buffer.buffer, buffer.byteOffset + at, passages + 1 + 2 * entries + groupWords);
  words.set(sparse.offsets, 0);
  words.set(sparse.termNumbers, passages + 1);
  const thousandths = words.subarray(passages + 1 + entries, passages + 1 + 2 * entries);
  for (let entry = 0; entry < entries; entry++) {
    const value = Math.round(sparse.weights[entry]! * 1000);
    if (!(value >= 0 && value <= 0xffffffff)) throw new Error(`search-term weight out of range: ${sparse.weights[entry]}`);
    thousandths[entry] = value;
  }
  if (groupWords) words.set(sparse.wordingGroups ?? computeWordingGroups(sparse).groups, passages + 1 + 2 * entries);
  return buffer;
}

export function decodeSparseTerms(bytes: Buffer, source: string): SparseTerms {
  const corrupt = (why: string) => new BudgetQaError('INDEX_CORRUPT', `${source} is not a sparse index file this version reads (${why}).`);
  if (bytes.length < HEADER_WORDS * 4) throw corrupt('too short');
  const [magic, version, passages, termCount, entries, termBytes] = Array.from({ length: HEADER_WORDS }, (_, index) => bytes.readUInt32LE(index * 4)) as [number, number, number, number, number, number];
  if (magic !== SPARSE_FILE_MAGIC) throw corrupt('wrong magic number');
  if (version !== 1 && version !== SPARSE_FILE_VERSION) throw corrupt(`format version ${version}, expected 1 or ${SPARSE_FILE_VERSION}`);
  const termStart = HEADER_WORDS * 4;
  const wordsStart = termStart + Math.ceil(termBytes / 4) * 4;
  const groupWords = version >= 2 ? passages : 0;
  const wordCount = passages + 1 + 2 * entries + groupWords;
  if (bytes.length !== wordsStart + wordCount * 4) throw corrupt('section sizes do not add up to the file size');
  const terms = termCount === 0 ? [] : bytes.toString('utf8', termStart, termStart + termBytes).split('\n');
  if (terms.length !== termCount) throw corrupt('term table size');
  // A view of the file's bytes when they are aligned (a file read whole has a buffer of its own: no
  // copy, ~20 MB at fifty times today's corpus); a copy otherwise. Either way little-endian, as written.
  const aligned = (bytes.byteOffset + wordsStart) % 4 === 0 && LITTLE_ENDIAN;
  const words = aligned ? new Uint32Array(bytes.buffer, bytes.byteOffset + wordsStart, wordCount) : readWords(bytes, wordsStart, wordCount);
  const offsets = words.subarray(0, passages + 1);
  const termNumbers = words.subarray(passages + 1, passages + 1 + entries);
  if (offsets[0] !== 0 || offsets[passages] !== entries) throw corrupt('passage offsets');
  for (let passage = 0; passage < passages; passage++) if (offsets[passage]! > offsets[passage + 1]!) throw corrupt('passage offsets');
  for (let entry = 0; entry < entries; entry++) if (termNumbers[entry]! >= termCount) throw corrupt('term number out of range');
  const thousandths = words.subarray(passages + 1 + entries, passages + 1 + 2 * entries);
  const wordingGroups = groupWords ? words.subarray(passages + 1 + 2 * entries) : undefined;
  if (wordingGroups) for (let passage = 0; passage < passages; passage++) if (wordingGroups[passage]! >= passages) throw corrupt('wording group out of range');
  const weights = new Float64Array(entries);
  for (let entry = 0; entry < entries; entry++) weights[entry] = thousandths[entry]! / 1000;
  return { terms, offsets, termNumbers, weights, ...(wordingGroups ? { wordingGroups } : {}) };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function readWords(bytes: Buffer, start: number, count: number): Uint32Array {
  const words = new Uint32Array(count);
  for (let word = 0; word < count; word++) words[word] = bytes.readUInt32LE(start + word * 4);
  return words;
}

export function writeSparseFile(path: string, sparse: SparseTerms): void {
  writeFileSync(path, encodeSparseTerms(sparse));
}

export function readSparseFile(path: string): SparseTerms {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new BudgetQaError('INDEX_CORRUPT', `${path} cannot be read (${(error as Error).message}).`, { cause: error });
  }
  return decodeSparseTerms(bytes, path);
}
