import type { NgramVector } from './phrasing-ngrams.js';

/**
 * The n-gram centroids (see `centroid`) of the FAQ entries ranked last, by entry number (`Unit.phrasings`,
 * 0 to `entries` − 1), held in two slabs of `capacity` n-grams (hashes, 32-bit weights) used as a ring: a
 * centroid is written after the one written before it, from the slab's start again once it would run past
 * the end, and the centroids it overwrites are forgotten, the oldest first. A centroid is read as two views
 * of the slabs, made at each read.
 *
 * A `Lru` of centroids each in its own buffer took about 280 bytes a centroid besides its 8 an n-gram (two
 * typed arrays, their buffer, a Map entry and its record): 3.4 MB of the 4.6 MB a thousand questions added
 * to the heap at 10k synthetic paragraphs, 3,864 centroids. Here a centroid takes its n-grams' 8 bytes, and
 * each entry number 8 more (where it starts and how long it is), allocated at the first centroid.
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
  /** Whether a centroid has been written from the slabs' start again: they no longer grow. */
  private wrapped = false;

  /**
   * @param entries how many entry numbers there are (`get` takes 0 to entries − 1).
   * @param capacity n-grams the slabs hold, 8 bytes each (default 2¹⁷: 1 MiB, about 1,900 centroids of
   *   the speed benchmark's synthetic FAQ entries, 68 n-grams each); a longer centroid, or an empty one, is made at each read.
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
      this.wrapped = true;
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
   * The slabs, doubled (from MIN_SLAB n-grams, up to the capacity) until they hold `needed` while they have
   * not wrapped: a small index's cache stays as small as its centroids.
   */
  private slab(needed: number): { grams: Uint32Array; weights: Float32Array } {
    let size = this.grams?.length ?? 0;
    if (needed > size && size < this.capacity && !this.wrapped) {
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

const DEFAULT_CAPACITY = 2 ** 17;
const MIN_SLAB = 2 ** 12;
