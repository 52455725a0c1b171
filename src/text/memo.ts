/**
 * A bounded memo for pure functions of text: the same question or sentence is analysed once.
 * Least recently used entries go first when it is full (an entry used again while among the last
 * quarter placed keeps its place: nearly LRU, for one lookup per hit). Results are shared: callers must not mutate them.
 *
 * Bounded twice: by entry count (the constructor's number, as before) and by estimated bytes of keys
 * and values, so a stream of long unique questions cannot grow the heap (a 1,000-character Chinese
 * question's analysis is hundreds of KB; 4,096 of them would not fit the server's heap).
 */

/**
 * What one memo may hold by default, in estimated bytes (keys and values): 4 KB an entry of its
 * capacity, at most 16 MB, so the few memos of a server stay well inside its 192 MB heap.
 */
export const DEFAULT_MEMO_BYTES_PER_ENTRY = 4096;
export const MAX_DEFAULT_MEMO_BYTES = 16 * 1024 * 1024;

export interface MemoOptions<V> {
  /** Most entries kept. */
  maxEntries: number;
  /** Most estimated bytes kept (keys and values); default DEFAULT_MEMO_BYTES_PER_ENTRY × maxEntries, at most MAX_DEFAULT_MEMO_BYTES. */
  maxBytes?: number;
  /** Estimated bytes of a value; default estimateBytes (walks strings, arrays, objects, maps, sets). */
  sizeOf?: (value: V) => number;
}

/** Per-entry cost of the map itself (hash table slot, list links), on top of key and value. */
const ENTRY_OVERHEAD_BYTES = 64;

export class Memo<V> {
  /** Entries in the order they were last placed (inserted or moved to the end): the first goes first. */
  private readonly entries = new Map<string, { value: V; bytes: number; placed: number }>();
  /** Placements so far: an entry placed fewer than size/4 placements ago is among the last quarter to go. */
  private placements = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly sizeOf: (value: V) => number;
  private totalBytes = 0;

  constructor(capacity: number | MemoOptions<V>) {
    const options = typeof capacity === 'number' ? { maxEntries: capacity } : capacity;
    this.maxEntries = options.maxEntries;
    this.maxBytes = options.maxBytes ?? Math.min(MAX_DEFAULT_MEMO_BYTES, DEFAULT_MEMO_BYTES_PER_ENTRY * Math.max(0, options.maxEntries));
    this.sizeOf = options.sizeOf ?? estimateBytes;
  }

  get(key: string, compute: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      // Moved to the end only when it is not already among the last quarter placed: a hit on a
      // recent entry then costs one lookup, not three (each compares a long key with the stored one).
      if (this.placements - found.placed > this.entries.size >> 2) {
        this.entries.delete(key);
        found.placed = ++this.placements;
        this.entries.set(key, found);
      }
      return found.value;
    }
    const value = compute();
    this.keep(key, value);
    return value;
  }

  /**
   * The same for an async computation; a failed one is not kept, nor one `keep` says no to
   * (an answer that fell back because a service was down is not the answer to remember).
   */
  async getAsync(key: string, compute: () => Promise<V>, keep: (value: V) => boolean = () => true): Promise<V> {
    const found = this.entries.get(key);
    if (found !== undefined) return this.get(key, () => found.value);
    const value = await compute();
    const raced = this.entries.get(key);
    if (raced !== undefined) return this.get(key, () => raced.value);
    if (keep(value)) this.keep(key, value);
    return value;
  }

  private keep(key: string, value: V) {
    if (this.maxEntries <= 0) return;
    const bytes = ENTRY_OVERHEAD_BYTES + stringBytes(key) + this.sizeOf(value);
    // One value larger than a quarter of the budget would push out everything else for little gain.
    if (bytes > this.maxBytes / 4) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.totalBytes -= previous.bytes;
    }
    while (this.entries.size > 0 && (this.entries.size >= this.maxEntries || this.totalBytes + bytes > this.maxBytes)) {
      const [oldestKey, oldest] = this.entries.entries().next().value!;
      this.entries.delete(oldestKey);
      this.totalBytes -= oldest.bytes;
    }
    this.entries.set(key, { value, bytes, placed: ++this.placements });
    this.totalBytes += bytes;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Estimated bytes held (keys and values). */
  get bytes(): number {
    return this.totalBytes;
  }
}

/** A string's cost on V8's heap, counted as two bytes a character (as a two-byte string is). */
function stringBytes(text: string): number {
  return 16 + 2 * text.length;
}

/**
 * An upper estimate of the heap a value holds: strings at two bytes a character, each object,
 * array, map and set with its slots. Shared sub-values count each time they are met (an upper
 * bound is what a budget needs).
 */
export function estimateBytes(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return stringBytes(value);
    case 'number':
    case 'bigint':
      return 16;
    case 'boolean':
    case 'undefined':
    case 'symbol':
    case 'function':
      return 8;
    default:
      break;
  }
  if (value === null) return 8;
  if (Array.isArray(value)) {
    let total = 32 + 8 * value.length;
    for (const item of value) total += estimateBytes(item);
    return total;
  }
  if (value instanceof Set) {
    let total = 64 + 24 * value.size;
    for (const item of value) total += estimateBytes(item);
    return total;
  }
  if (value instanceof Map) {
    let total = 64 + 32 * value.size;
    for (const [key, item] of value) total += estimateBytes(key) + estimateBytes(item);
    return total;
  }
  if (ArrayBuffer.isView(value)) return 64 + value.byteLength;
  let total = 32;
  for (const key in value as Record<string, unknown>) total += 16 + estimateBytes((value as Record<string, unknown>)[key]);
  return total;
}
