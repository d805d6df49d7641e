/**
 * A cache of at most `max` values, dropping the least recently used first (a `Map` keeps insertion order,
 * so re-inserting on use keeps the most recent last).
 */
export class Lru<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly max: number) {}

  /** The value cached for `key`, else `make()`'s, cached. */
  get(key: K, make: () => V): V {
    let value = this.values.get(key);
    if (value !== undefined) this.values.delete(key);
    else {
      value = make();
      if (this.values.size >= this.max) this.values.delete(this.values.keys().next().value!);
    }
    this.values.set(key, value);
    return value;
  }
}
