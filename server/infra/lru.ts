/** A Map that keeps at most `capacity` entries, forgetting the least recently used first. */
export class LruMap<K, V> {
  // A Map iterates in insertion order, so re-inserting on use keeps the least recently used first.
  private readonly entries = new Map<K, V>();
  constructor(private readonly capacity: number) {}

  /** The value of `key`, now the most recently used (undefined: not kept). */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** The value without counting it as a use. */
  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Keeps `value` as the most recently used, forgetting the least recently used past the capacity. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  /** Forgets `key`. */
  delete(key: K): void {
    this.entries.delete(key);
  }
}
