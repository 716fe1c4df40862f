/**
 * A bounded cache that keeps recently used entries: two generations of at
 * most `maxEntries / 2` each. Reads hit the current generation first; a hit in
 * the previous one moves the entry forward; when the current generation is
 * full it becomes the previous one and the oldest generation is dropped. So
 * at most `maxEntries` entries are held, a hot entry is never dropped, and a
 * hit costs one `Map` lookup (no reordering), which matters on the render path.
 */
export class LruCache<K, V> {
  #current = new Map<K, V>();
  #previous = new Map<K, V>();
  readonly #generationSize: number;

  constructor(maxEntries: number) {
    this.#generationSize = Math.max(1, Math.floor(maxEntries / 2));
  }

  /** The value under `key`, or `undefined`. */
  get(key: K): V | undefined {
    const value = this.#current.get(key);
    if (value !== undefined) return value;
    const old = this.#previous.get(key);
    if (old === undefined) return undefined;
    this.#previous.delete(key);
    this.set(key, old);
    return old;
  }

  /** Stores `value` as recently used. */
  set(key: K, value: V): void {
    if (!this.#current.has(key) && this.#current.size >= this.#generationSize) {
      this.#previous = this.#current;
      this.#current = new Map();
    }
    this.#current.set(key, value);
  }

  /** The value under `key`, computed and stored by `create` when absent. */
  getOrCreate(key: K, create: () => V): V {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const value = create();
    this.set(key, value);
    return value;
  }

  /** How many entries are held (at most `maxEntries`). */
  get size(): number {
    let size = this.#current.size;
    for (const key of this.#previous.keys()) if (!this.#current.has(key)) size += 1;
    return size;
  }

  /** Drops every entry. */
  clear(): void {
    this.#current.clear();
    this.#previous.clear();
  }
}
