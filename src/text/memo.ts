/**
 * A bounded memo for pure functions of text: the same question or sentence is analysed once.
 * Least recently used entries go first when it is full. Results are shared: callers must not mutate them.
 */
export class Memo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string, compute: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const value = compute();
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }

  /** The same for an async computation; a failed one is not kept. */
  async getAsync(key: string, compute: () => Promise<V>): Promise<V> {
    const found = this.entries.get(key);
    if (found !== undefined) return this.get(key, () => found);
    const value = await compute();
    return this.get(key, () => value);
  }

  get size(): number {
    return this.entries.size;
  }
}
