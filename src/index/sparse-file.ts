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
 * uint32 offsets[passages + 1], uint32 termNumbers[entries], uint32 weightThousandths[entries].
 */

export const SPARSE_FILE_MAGIC = 0x50535142; // "BQSP" read as little-endian uint32
export const SPARSE_FILE_VERSION = 1;
const HEADER_WORDS = 6;

/** Each passage's terms as term numbers into one term table, with their weights (forward lists). */
export interface SparseTerms {
  terms: string[];
  /** Passage p's entries are offsets[p] ≤ e < offsets[p + 1]. */
  offsets: Uint32Array;
  termNumbers: Uint32Array;
  weights: Float64Array;
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
export function encodeSparseTerms(sparse: SparseTerms): Buffer {
  const termText = Buffer.from(sparse.terms.join('\n'), 'utf8');
  const termBytesPadded = Math.ceil(termText.length / 4) * 4;
  const passages = sparse.offsets.length - 1;
  const entries = sparse.termNumbers.length;
  const buffer = Buffer.alloc(HEADER_WORDS * 4 + termBytesPadded + (passages + 1 + 2 * entries) * 4);
  const header = [SPARSE_FILE_MAGIC, SPARSE_FILE_VERSION, passages, sparse.terms.length, entries, termText.length];
  header.forEach((value, index) => buffer.writeUInt32LE(value, index * 4));
  termText.copy(buffer, HEADER_WORDS * 4);
  const at = HEADER_WORDS * 4 + termBytesPadded;
  const words = new Uint32Array(buffer.buffer, buffer.byteOffset + at, passages + 1 + 2 * entries);
  words.set(sparse.offsets, 0);
  words.set(sparse.termNumbers, passages + 1);
  const thousandths = words.subarray(passages + 1 + entries);
  for (let entry = 0; entry < entries; entry++) {
    const value = Math.round(sparse.weights[entry]! * 1000);
    if (!(value >= 0 && value <= 0xffffffff)) throw new Error(`search-term weight out of range: ${sparse.weights[entry]}`);
    thousandths[entry] = value;
  }
  return buffer;
}

export function decodeSparseTerms(bytes: Buffer, source: string): SparseTerms {
  const corrupt = (why: string) => new BudgetQaError('INDEX_CORRUPT', `${source} is not a sparse index file this version reads (${why}).`);
  if (bytes.length < HEADER_WORDS * 4) throw corrupt('too short');
  const [magic, version, passages, termCount, entries, termBytes] = Array.from({ length: HEADER_WORDS }, (_, index) => bytes.readUInt32LE(index * 4)) as [number, number, number, number, number, number];
  if (magic !== SPARSE_FILE_MAGIC) throw corrupt('wrong magic number');
  if (version !== SPARSE_FILE_VERSION) throw corrupt(`format version ${version}, expected ${SPARSE_FILE_VERSION}`);
  const termStart = HEADER_WORDS * 4;
  const wordsStart = termStart + Math.ceil(termBytes / 4) * 4;
  const wordCount = passages + 1 + 2 * entries;
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
  const thousandths = words.subarray(passages + 1 + entries);
  const weights = new Float64Array(entries);
  for (let entry = 0; entry < entries; entry++) weights[entry] = thousandths[entry]! / 1000;
  return { terms, offsets, termNumbers, weights };
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
