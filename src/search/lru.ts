/**
 * A cache of at most `max` values that drops a value not used since it was last passed over: the
 * second-chance (CLOCK) approximation of least-recently-used (Corbató, 1968; Tanenbaum, "Modern Operating
 * Systems", §3.4.5). A `Map` keeps insertion order: a full cache looks at its oldest value, drops it if it
 * has not been used since it was inserted, else moves it last, unmarked, and looks at the next. A hit only
 * marks its value: moving it last (a delete and a set on every use) was 3 % of a question's CPU time in the
 * engine's centroid cache, before `CentroidCache` (a CPU profile of the speed benchmark's synthetic questions at 10k paragraphs).
 */
export class Lru<K, V> {
  private readonly values = new Map<K, { value: V; used: boolean }>();

  constructor(private readonly max: number) {}

  /** The value cached for `key`, else `make()`'s, cached. */
  get(key: K, make: () => V): V {
    const held = this.values.get(key);
    if (held) {
      held.used = true;
      return held.value;
    }
    const value = make();
    while (this.values.size && this.values.size >= this.max) {
      const [oldest, entry] = this.values.entries().next().value!;
      this.values.delete(oldest);
      if (!entry.used) break;
      entry.used = false;
      this.values.set(oldest, entry);
    }
    this.values.set(key, { value, used: false });
    return value;
  }
}
