import type { NgramVector } from './phrasing-ngrams.js';

/**
 * The n-gram centroids (see `centroid`) of FAQ entries, by entry number (`Unit.phrasings`, 0 to `entries` −
 * 1), made when an entry is first ranked and held in two slabs of at most `capacity` n-grams (hashes, 32-bit
 * weights) used as a ring: a centroid is written after the one written before it, from the slabs' start
 * again once it would run past their end, and the centroids it overwrites are forgotten: first in, first
 * out, however often an entry is ranked since. The slabs double from MIN_SLAB n-grams while they fill, so a
 * small index's cache is as small as its centroids. A centroid is read as two views of the slabs, made at
 * each read and valid until the next `get`, which may write over them.
 *
 * A `Lru` of 8,192 centroids, each in its own buffer, took about 280 bytes a centroid besides its 8 an
 * n-gram (two typed arrays, their buffer, a Map entry and its record). Here a centroid takes its n-grams' 8
 * bytes, and each entry number 12 more (where its centroid starts, how long it is, its place in the ring's
 * order), allocated at the first centroid.
 */
export class CentroidCache {
  private grams: Uint32Array | null = null;
  private weights: Float32Array | null = null;
  /** Per entry number, where its centroid starts in the slabs (−1: not held) and how many n-grams it has. */
  private starts: Int32Array | null = null;
  private lengths: Int32Array | null = null;
  /** The entries held, in the order they were written: a ring of `count` from `first`. */
  private order: Int32Array | null = null;
  private first = 0;
  private count = 0;
  /** Where the next centroid is written. */
  private next = 0;

  /**
   * @param entries how many entry numbers there are (`get` takes 0 to entries − 1).
   * @param capacity n-grams the slabs hold at most, 8 bytes each (default 2¹⁹: 4 MiB, about 7,700 centroids
   *   of the speed benchmark's synthetic FAQ entries, 68 n-grams each: as many as the `Lru` held; at 2¹⁷,
   *   half of the 10k synthetic corpus's timed questions' centroids were made again, and its questions took
   *   7 % more CPU time). A longer centroid, or an empty one, is made at each read.
   */
  constructor(
    private readonly entries: number,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  /** Entry `entry`'s centroid: the one held, else `make()`'s, held. */
  get(entry: number, make: () => NgramVector): NgramVector {
    const starts = (this.starts ??= new Int32Array(this.entries).fill(-1));
    const lengths = (this.lengths ??= new Int32Array(this.entries));
    const start = starts[entry]!;
    if (start >= 0) return this.view(start, lengths[entry]!);
    const made = make();
    const n = made.grams.length;
    // An empty one is made at no cost, and one past the capacity cannot be held.
    if (n === 0 || n > this.capacity) return made;
    const slab = this.slab(this.next + n);
    if (this.next + n > slab.grams.length) {
      // The slabs' tail past `next` holds the oldest centroids: forget them, and write from the start.
      this.forget(this.next, slab.grams.length);
      this.next = 0;
    }
    this.forget(this.next, this.next + n);
    const at = this.next;
    slab.grams.set(made.grams, at);
    slab.weights.set(made.weights, at);
    this.next += n;
    starts[entry] = at;
    lengths[entry] = n;
    const order = (this.order ??= new Int32Array(this.entries));
    order[(this.first + this.count++) % this.entries] = entry;
    return this.view(at, n);
  }

  /** Forgets the oldest centroids while they start within [from, to): the ring's next ones there. */
  private forget(from: number, to: number): void {
    const order = this.order;
    while (order && this.count) {
      const entry = order[this.first]!;
      const start = this.starts![entry]!;
      if (start < from || start >= to) return;
      this.starts![entry] = -1;
      this.first = (this.first + 1) % this.entries;
      this.count--;
    }
  }

  /**
   * The slabs, doubled (from MIN_SLAB n-grams, up to the capacity) until they hold `needed`; they wrap only
   * once at the capacity, and no longer grow.
   */
  private slab(needed: number): { grams: Uint32Array; weights: Float32Array } {
    let size = this.grams?.length ?? 0;
    if (needed > size && size < this.capacity) {
      while (size < needed && size < this.capacity) size = Math.min(this.capacity, Math.max(MIN_SLAB, 2 * size));
      const grams = new Uint32Array(size);
      const weights = new Float32Array(size);
      if (this.grams) grams.set(this.grams);
      if (this.weights) weights.set(this.weights);
      this.grams = grams;
      this.weights = weights;
    }
    return { grams: this.grams!, weights: this.weights! };
  }

  private view(start: number, length: number): NgramVector {
    return { grams: this.grams!.subarray(start, start + length), weights: this.weights!.subarray(start, start + length) };
  }
}

const DEFAULT_CAPACITY = 2 ** 19;
const MIN_SLAB = 2 ** 12;
