import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { BudgetQaError } from '../errors.js';
import type { WeightedTerm } from '../text/analyze.js';

/**
 * The sparse (BM25) side of the index on disk, as typed arrays in one binary file: one table of
 * the distinct terms, then each passage's terms as term numbers and weights in thousandths, in
 * the order the analyser gave them, and (from version 3) the same entries by term — the postings
 * BM25 reads — with each passage's length, so loading derives nothing: every section is a view
 * of the file's bytes. Integrity is the index manifest's sha256 of the file (checked before
 * loading), not a schema pass over every entry; loading checks only the layout (magic, version,
 * section sizes, numbers in range).
 *
 * Layout (little-endian): header of 6 uint32 — magic "BQSP", version, passages, terms, entries,
 * bytes of term text — then the term text (UTF-8, terms separated by "\n", padded to 4 bytes),
 * uint32 offsets[passages + 1], uint32 termNumbers[entries], uint32 weightThousandths[entries];
 * from version 2 uint32 wordingGroups[passages] (computeWordingGroups: found when the index is
 * built, not on a server's first question); from version 3 uint32 postingOffsets[terms + 1],
 * uint32 postingPassages[entries], uint32 postingThousandths[entries] (passages ascending within a
 * term), padding to 8 bytes, and float64 lengths[passages] (each passage's weights summed in
 * forward order, as BM25 did when it derived them). Versions 1 and 2 are still read (their
 * postings derived on load, a version 1 file's groups found on use).
 */

export const SPARSE_FILE_MAGIC = 0x50535142; // "BQSP" read as little-endian uint32
export const SPARSE_FILE_VERSION = 3;
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

/** The same entries by term: what a BM25 search reads. */
export interface SparsePostings {
  /** Term t's postings are offsets[t] ≤ at < offsets[t + 1], passages ascending. */
  offsets: Uint32Array;
  passages: Uint32Array;
  /** A posting's weight is weights[at] / weightScale (1, or 1000 for weights kept in thousandths as stored). */
  weights: Float64Array | Uint32Array;
  weightScale: number;
  /** Each passage's length: its weights summed in forward order. */
  lengths: Float64Array;
}

/** The sparse index as read from a version 3 file: postings ready to search, forward lists decoded on demand. */
export interface SparseIndex {
  terms: string[];
  postings: SparsePostings;
  wordingGroups?: Uint32Array;
  /** The forward lists (each passage's terms in the analyser's order), decoded the first time they are asked for. */
  forward: () => SparseTerms;
}

/** Postings from forward lists: each passage's length, then a counting sort by term (linear; passages come out ascending). */
export function postingsOf(sparse: SparseTerms): SparsePostings {
  const { terms, offsets, termNumbers, weights } = sparse;
  return { ...countingSortByTerm(offsets, termNumbers, weights, terms.length), weightScale: 1, lengths: passageLengths(offsets, weights) };
}

/** Each passage's weights summed in forward order (weights[e] / scale, as BM25 reads them). */
function passageLengths(offsets: Uint32Array, weights: Float64Array | Uint32Array, scale = 1): Float64Array {
  const passages = offsets.length - 1;
  const lengths = new Float64Array(passages);
  for (let passage = 0; passage < passages; passage++) {
    let length = 0;
    const end = offsets[passage + 1]!;
    for (let entry = offsets[passage]!; entry < end; entry++) length += weights[entry]! / scale;
    lengths[passage] = length;
  }
  return lengths;
}

/** The entries by term; into `into` when given (the file's own sections, when writing it), else new arrays. */
function countingSortByTerm<W extends Float64Array | Uint32Array>(offsets: Uint32Array, termNumbers: Uint32Array, weights: W, termCount: number, into?: { offsets: Uint32Array; passages: Uint32Array; weights: W }) {
  const entries = termNumbers.length;
  const postingOffsets = into?.offsets ?? new Uint32Array(termCount + 1);
  postingOffsets.fill(0);
  for (let entry = 0; entry < entries; entry++) postingOffsets[termNumbers[entry]! + 1]!++;
  for (let number = 0; number < termCount; number++) postingOffsets[number + 1]! += postingOffsets[number]!;
  const counts = postingOffsets.slice();
  const postingPassages = into?.passages ?? new Uint32Array(entries);
  const postingWeights = into?.weights ?? ((weights instanceof Float64Array ? new Float64Array(entries) : new Uint32Array(entries)) as W);
  const passages = offsets.length - 1;
  for (let passage = 0; passage < passages; passage++) {
    const end = offsets[passage + 1]!;
    for (let entry = offsets[passage]!; entry < end; entry++) {
      const at = counts[termNumbers[entry]!]!++;
      postingPassages[at] = passage;
      postingWeights[at] = weights[entry]!;
    }
  }
  return { offsets: postingOffsets, passages: postingPassages, weights: postingWeights };
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

/** Uint32 words after the term text: forward lists, then (version 2) groups, then (version 3) postings. */
function wordLayout(version: number, passages: number, termCount: number, entries: number) {
  const forward = passages + 1 + 2 * entries;
  const groups = version >= 2 ? passages : 0;
  const postings = version >= 3 ? termCount + 1 + 2 * entries : 0;
  return { forward, groups, postings, words: forward + groups + postings };
}

/** The file's bytes. Weights are stored in thousandths (the index keeps three decimals). */
export function encodeSparseTerms(sparse: SparseTerms, version: 1 | 2 | 3 = SPARSE_FILE_VERSION): Buffer {
  const termText = Buffer.from(sparse.terms.join('\n'), 'utf8');
  const termBytesPadded = Math.ceil(termText.length / 4) * 4;
  const passages = sparse.offsets.length - 1;
  const entries = sparse.termNumbers.length;
  const layout = wordLayout(version, passages, sparse.terms.length, entries);
  const wordsStart = HEADER_WORDS * 4 + termBytesPadded;
  const lengthsStart = version >= 3 ? Math.ceil((wordsStart + layout.words * 4) / 8) * 8 : wordsStart + layout.words * 4;
  const buffer = Buffer.alloc(lengthsStart + (version >= 3 ? passages * 8 : 0));
  const header = [SPARSE_FILE_MAGIC, version, passages, sparse.terms.length, entries, termText.length];
  header.forEach((value, index) => buffer.writeUInt32LE(value, index * 4));
  termText.copy(buffer, HEADER_WORDS * 4);
  // Buffer.alloc gives a buffer of its own (offset 0): the words section is 4-aligned in it.
  const words = LITTLE_ENDIAN ? new Uint32Array(buffer.buffer, buffer.byteOffset + wordsStart, layout.words) : new Uint32Array(layout.words);
  words.set(sparse.offsets, 0);
  words.set(sparse.termNumbers, passages + 1);
  const thousandths = words.subarray(passages + 1 + entries, layout.forward);
  for (let entry = 0; entry < entries; entry++) {
    const value = Math.round(sparse.weights[entry]! * 1000);
    if (!(value >= 0 && value <= 0xffffffff)) throw new Error(`search-term weight out of range: ${sparse.weights[entry]}`);
    thousandths[entry] = value;
  }
  if (layout.groups) words.set(sparse.wordingGroups ?? computeWordingGroups(sparse).groups, layout.forward);
  if (layout.postings) {
    const at = layout.forward + layout.groups;
    countingSortByTerm(sparse.offsets, sparse.termNumbers, thousandths, sparse.terms.length, {
      offsets: words.subarray(at, at + sparse.terms.length + 1),
      passages: words.subarray(at + sparse.terms.length + 1, at + sparse.terms.length + 1 + entries),
      weights: words.subarray(at + sparse.terms.length + 1 + entries, at + layout.postings),
    });
    // The lengths a loader would sum from the stored weights, so a version 3 file ranks exactly as an older one.
    const lengths = passageLengths(sparse.offsets, thousandths, 1000);
    for (let passage = 0; passage < passages; passage++) buffer.writeDoubleLE(lengths[passage]!, lengthsStart + passage * 8);
  }
  if (!LITTLE_ENDIAN) for (let word = 0; word < layout.words; word++) buffer.writeUInt32LE(words[word]!, wordsStart + word * 4);
  return buffer;
}

interface FileSections {
  terms: string[];
  passages: number;
  entries: number;
  offsets: Uint32Array;
  termNumbers: Uint32Array;
  thousandths: Uint32Array;
  wordingGroups?: Uint32Array;
  postings?: SparsePostings;
}

/** The file's sections, as views of its bytes when they are aligned (else copies); checks the layout. */
function readSections(bytes: Buffer, source: string): FileSections {
  const corrupt = (why: string) => new BudgetQaError('INDEX_CORRUPT', `${source} is not a sparse index file this version reads (${why}).`);
  if (bytes.length < HEADER_WORDS * 4) throw corrupt('too short');
  const [magic, version, passages, termCount, entries, termBytes] = Array.from({ length: HEADER_WORDS }, (_, index) => bytes.readUInt32LE(index * 4)) as [number, number, number, number, number, number];
  if (magic !== SPARSE_FILE_MAGIC) throw corrupt('wrong magic number');
  if (version < 1 || version > SPARSE_FILE_VERSION) throw corrupt(`format version ${version}, expected 1 to ${SPARSE_FILE_VERSION}`);
  const termStart = HEADER_WORDS * 4;
  const wordsStart = termStart + Math.ceil(termBytes / 4) * 4;
  const layout = wordLayout(version, passages, termCount, entries);
  const lengthsStart = version >= 3 ? Math.ceil((wordsStart + layout.words * 4) / 8) * 8 : wordsStart + layout.words * 4;
  if (bytes.length !== lengthsStart + (version >= 3 ? passages * 8 : 0)) throw corrupt('section sizes do not add up to the file size');
  const terms = termCount === 0 ? [] : bytes.toString('utf8', termStart, termStart + termBytes).split('\n');
  if (terms.length !== termCount) throw corrupt('term table size');
  // A view of the file's bytes when they are aligned (a file read whole has a buffer of its own: no
  // copy, ~30 MB at fifty times today's corpus); a copy otherwise. Either way little-endian, as written.
  const aligned = (bytes.byteOffset + wordsStart) % 4 === 0 && LITTLE_ENDIAN;
  const words = aligned ? new Uint32Array(bytes.buffer, bytes.byteOffset + wordsStart, layout.words) : readWords(bytes, wordsStart, layout.words);
  const offsets = words.subarray(0, passages + 1);
  const termNumbers = words.subarray(passages + 1, passages + 1 + entries);
  const thousandths = words.subarray(passages + 1 + entries, layout.forward);
  if (offsets[0] !== 0 || offsets[passages] !== entries) throw corrupt('passage offsets');
  for (let passage = 0; passage < passages; passage++) if (offsets[passage]! > offsets[passage + 1]!) throw corrupt('passage offsets');
  const wordingGroups = layout.groups ? words.subarray(layout.forward, layout.forward + layout.groups) : undefined;
  if (wordingGroups) for (let passage = 0; passage < passages; passage++) if (wordingGroups[passage]! >= passages) throw corrupt('wording group out of range');
  const sections: FileSections = { terms, passages, entries, offsets, termNumbers, thousandths, ...(wordingGroups ? { wordingGroups } : {}) };
  if (!layout.postings) {
    for (let entry = 0; entry < entries; entry++) if (termNumbers[entry]! >= termCount) throw corrupt('term number out of range');
    return sections;
  }
  const at = layout.forward + layout.groups;
  const postingOffsets = words.subarray(at, at + termCount + 1);
  const postingPassages = words.subarray(at + termCount + 1, at + termCount + 1 + entries);
  const postingThousandths = words.subarray(at + termCount + 1 + entries, at + layout.postings);
  if (postingOffsets[0] !== 0 || postingOffsets[termCount] !== entries) throw corrupt('posting offsets');
  for (let number = 0; number < termCount; number++) if (postingOffsets[number]! > postingOffsets[number + 1]!) throw corrupt('posting offsets');
  if (!inRange(postingPassages, passages)) throw corrupt('posting passage out of range');
  const lengthsAligned = (bytes.byteOffset + lengthsStart) % 8 === 0 && LITTLE_ENDIAN;
  const lengths = lengthsAligned ? new Float64Array(bytes.buffer, bytes.byteOffset + lengthsStart, passages) : Float64Array.from({ length: passages }, (_, passage) => bytes.readDoubleLE(lengthsStart + passage * 8));
  sections.postings = { offsets: postingOffsets, passages: postingPassages, weights: postingThousandths, weightScale: 1000, lengths };
  return sections;
}

function inRange(values: Uint32Array, limit: number): boolean {
  for (let index = 0; index < values.length; index++) if (values[index]! >= limit) return false;
  return true;
}

/** Forward lists with weights as numbers, from the file's sections. */
function forwardOf(sections: FileSections, source: string): SparseTerms {
  const { terms, offsets, termNumbers, thousandths, wordingGroups, entries } = sections;
  if (sections.postings && !inRange(termNumbers, terms.length)) throw new BudgetQaError('INDEX_CORRUPT', `${source} is not a sparse index file this version reads (term number out of range).`);
  const weights = new Float64Array(entries);
  for (let entry = 0; entry < entries; entry++) weights[entry] = thousandths[entry]! / 1000;
  return { terms, offsets, termNumbers, weights, ...(wordingGroups ? { wordingGroups } : {}) };
}

/** The forward lists of a file of any version. */
export function decodeSparseTerms(bytes: Buffer, source: string): SparseTerms {
  return forwardOf(readSections(bytes, source), source);
}

/**
 * What BM25 loads: from a version 3 file the postings as views of its bytes (nothing derived;
 * the forward lists decoded only if asked for), from an older one its forward lists.
 */
export function decodeSparseIndex(bytes: Buffer, source: string): SparseIndex | SparseTerms {
  const sections = readSections(bytes, source);
  if (!sections.postings) return forwardOf(sections, source);
  let forward: SparseTerms | undefined;
  return {
    terms: sections.terms,
    postings: sections.postings,
    ...(sections.wordingGroups ? { wordingGroups: sections.wordingGroups } : {}),
    forward: () => (forward ??= forwardOf(sections, source)),
  };
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

export function readSparseFile(path: string): SparseIndex | SparseTerms {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new BudgetQaError('INDEX_CORRUPT', `${path} cannot be read (${(error as Error).message}).`, { cause: error });
  }
  return decodeSparseIndex(bytes, path);
}

/** Bytes hashed at a time from the part of a file that is not kept (readSparseFileChecked). */
const SKIPPED_CHUNK_BYTES = 1 << 20;

/**
 * readSparseFile for a file whose sha256 is known (the index manifest's): hashed as it is read,
 * INDEX_CORRUPT when it differs. A version 3 file's forward lists (each passage's term numbers and
 * weights, about half of it) are hashed as they stream past but not kept: only tests and older
 * files read them (`forward()`, which reads them then, checking the file's sha256 again). They are
 * not even written into memory: the buffer the file is read into is allocated whole, so every
 * section keeps its place and alignment, but the pages of the part not read are never touched
 * (fresh memory costs a page fault per 4 KB: about 15 MB and a tenth of a second at fifty times
 * today's corpus on this project's machine).
 */
export function readSparseFileChecked(path: string, expectedSha256: string): SparseIndex | SparseTerms {
  const cannotRead = (error: unknown) => new BudgetQaError('INDEX_CORRUPT', `${path} cannot be read (${(error as Error).message}).`, { cause: error });
  const mismatch = () => new BudgetQaError('INDEX_CORRUPT', `${path} does not match its checksum: the file is truncated or altered.`);
  let descriptor: number | undefined;
  let bytes: Buffer;
  let skipped: { start: number; end: number } | undefined;
  try {
    descriptor = openSync(path, 'r');
    const size = fstatSync(descriptor).size;
    bytes = Buffer.allocUnsafe(size);
    skipped = size >= HEADER_WORDS * 4 ? skippedSection(bytes, descriptor, size) : undefined;
    const hash = createHash('sha256');
    const readInto = (start: number, end: number) => {
      for (let at = start; at < end; ) {
        const read = readSync(descriptor!, bytes, at, end - at, at);
        if (read === 0) throw new Error('the file ended early');
        at += read;
      }
      hash.update(bytes.subarray(start, end));
    };
    if (!skipped) readInto(0, size);
    else {
      readInto(0, skipped.start);
      hashRange(descriptor, hash, skipped.start, skipped.end);
      readInto(skipped.end, size);
    }
    if (hash.digest('hex') !== expectedSha256) throw mismatch();
  } catch (error) {
    if (error instanceof BudgetQaError) throw error;
    throw cannotRead(error);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  if (!skipped) return decodeSparseIndex(bytes, path);
  const sections = readSections(bytes, path);
  const omitted = skipped;
  let forward: SparseTerms | undefined;
  const readForward = (): SparseTerms => {
    // The file is read again, whole, and must still be the one checked.
    let again: Buffer;
    try {
      again = readFileSync(path);
    } catch (error) {
      throw cannotRead(error);
    }
    if (createHash('sha256').update(again).digest('hex') !== expectedSha256) throw mismatch();
    again.copy(bytes, omitted.start, omitted.start, omitted.end);
    return forwardOf(sections, path);
  };
  return {
    terms: sections.terms,
    postings: sections.postings!,
    ...(sections.wordingGroups ? { wordingGroups: sections.wordingGroups } : {}),
    forward: () => (forward ??= readForward()),
  };
}

/**
 * Of a version 3 file whose header reads right: where its forward lists' term numbers and weights
 * lie (the passage offsets before them are kept: loading checks them). Reads the header into `bytes`.
 */
function skippedSection(bytes: Buffer, descriptor: number, size: number): { start: number; end: number } | undefined {
  if (readSync(descriptor, bytes, 0, HEADER_WORDS * 4, 0) !== HEADER_WORDS * 4) return undefined;
  const [magic, version, passages, termCount, entries, termBytes] = Array.from({ length: HEADER_WORDS }, (_, index) => bytes.readUInt32LE(index * 4)) as [number, number, number, number, number, number];
  if (magic !== SPARSE_FILE_MAGIC || version !== 3 || !LITTLE_ENDIAN) return undefined;
  const wordsStart = HEADER_WORDS * 4 + Math.ceil(termBytes / 4) * 4;
  const layout = wordLayout(version, passages, termCount, entries);
  const start = wordsStart + (passages + 1) * 4;
  const end = wordsStart + layout.forward * 4;
  // A file whose sizes do not add up is read whole, for readSections to say what is wrong with it.
  const lengthsStart = Math.ceil((wordsStart + layout.words * 4) / 8) * 8;
  if (size !== lengthsStart + passages * 8 || end <= start) return undefined;
  return { start, end };
}

/** Hashes bytes start ≤ at < end of a file a chunk at a time, keeping none of them. */
function hashRange(descriptor: number, hash: ReturnType<typeof createHash>, start: number, end: number): void {
  const chunk = Buffer.allocUnsafe(Math.min(SKIPPED_CHUNK_BYTES, end - start));
  for (let at = start; at < end; ) {
    const read = readSync(descriptor, chunk, 0, Math.min(chunk.length, end - at), at);
    if (read === 0) throw new Error('the file ended early');
    hash.update(chunk.subarray(0, read));
    at += read;
  }
}
