import { describe, expect, it } from 'vitest';
import { CentroidCache } from './centroid-cache.js';
import type { NgramVector } from './phrasing-ngrams.js';

/** A vector of `n` n-grams standing for entry `entry` (its hashes and weights tell entries apart). */
const vectorOf = (entry: number, n: number): NgramVector => ({
  grams: Uint32Array.from({ length: n }, (_, i) => entry * 1_000 + i),
  weights: Float32Array.from({ length: n }, (_, i) => (entry + 1) / (i + 2)),
});

/** A cache over `entries` entries whose centroid `e` has `lengths(e)` n-grams, counting what it makes. */
function counted(entries: number, capacity: number, lengths: (entry: number) => number) {
  const cache = new CentroidCache(entries, capacity);
  const made: number[] = [];
  const get = (entry: number) =>
    cache.get(entry, () => {
      made.push(entry);
      return vectorOf(entry, lengths(entry));
    });
  return { get, made };
}

describe('CentroidCache', () => {
  it('makes a centroid once, then reads it back as made', () => {
    const { get, made } = counted(3, 64, () => 5);
    expect(get(1)).toEqual(vectorOf(1, 5));
    expect(get(2)).toEqual(vectorOf(2, 5));
    expect(get(1)).toEqual(vectorOf(1, 5));
    expect(made).toEqual([1, 2]);
  });

  it('forgets the oldest centroids where the ring overwrites them, and keeps the others', () => {
    // 10 n-grams: entries 0 and 1 fill 8; entry 2 wraps to the start and overwrites entry 0 only.
    const { get, made } = counted(4, 10, () => 4);
    get(0);
    get(1);
    get(2);
    expect(get(1)).toEqual(vectorOf(1, 4));
    expect(made).toEqual([0, 1, 2]);
    expect(get(0)).toEqual(vectorOf(0, 4));
    expect(made).toEqual([0, 1, 2, 0]);
    // Entry 0 went after entry 2, over entry 1's place.
    get(1);
    expect(made).toEqual([0, 1, 2, 0, 1]);
  });

  it('makes an empty centroid, or one longer than the slabs, at each read', () => {
    const { get, made } = counted(2, 8, (entry) => (entry === 0 ? 0 : 9));
    expect(get(0)).toEqual(vectorOf(0, 0));
    expect(get(0)).toEqual(vectorOf(0, 0));
    expect(get(1)).toEqual(vectorOf(1, 9));
    expect(get(1)).toEqual(vectorOf(1, 9));
    expect(made).toEqual([0, 0, 1, 1]);
  });

  it('reads back every centroid as made through thousands of reads that wrap the ring', () => {
    // Lengths from 1 to 40 in a ring of 300: centroids of all sizes wrap it, many times over.
    const length = (entry: number) => 1 + ((entry * 7) % 40);
    const { get, made } = counted(200, 300, length);
    let seed = 12_345;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let i = 0; i < 5_000; i++) {
      // A few entries asked often, as a bot's busy topics are, and the rest now and then.
      const entry = next() % 4 === 0 ? next() % 200 : next() % 10;
      expect(get(entry)).toEqual(vectorOf(entry, length(entry)));
    }
    // Held centroids were read back rather than made again.
    expect(made.length).toBeLessThan(2_500);
    expect(made.length).toBeGreaterThan(200);
  });

  it('reads back what it held before its slabs grew, and while they grow to the capacity and wrap', () => {
    // Slabs from 4,096 n-grams to 20,000: entries 2 and 3 make them grow twice; 0 and 1 are read back, not made.
    const sizes = [100, 200, 5_000, 6_000, 9_000];
    const { get, made } = counted(5, 20_000, (entry) => sizes[entry]!);
    for (const entry of [0, 1, 2, 3, 0, 1, 2, 3]) expect(get(entry), `entry ${entry}`).toEqual(vectorOf(entry, sizes[entry]!));
    expect(made).toEqual([0, 1, 2, 3]);
    // Entry 4 does not fit past the others (11,300 of 20,000): it wraps, over all four (its 9,000 reach into 3's).
    expect(get(4)).toEqual(vectorOf(4, 9_000));
    for (const entry of [3, 0, 1, 4, 3]) expect(get(entry), `entry ${entry}`).toEqual(vectorOf(entry, sizes[entry]!));
    expect(made).toEqual([0, 1, 2, 3, 4, 3, 0, 1]);
  });

  it('holds a centroid that ends exactly at the slabs\' end, and one exactly as long as the capacity', () => {
    const fits = counted(3, 12, () => 4);
    for (const entry of [0, 1, 2, 0, 1, 2]) expect(fits.get(entry)).toEqual(vectorOf(entry, 4));
    expect(fits.made).toEqual([0, 1, 2]);
    const whole = counted(2, 12, () => 12);
    for (const entry of [0, 0, 1, 1, 0]) expect(whole.get(entry)).toEqual(vectorOf(entry, 12));
    expect(whole.made).toEqual([0, 1, 0]);
  });

  it('grows its slabs only as far as its centroids need', () => {
    const cache = new CentroidCache(10, 2 ** 20);
    for (let entry = 0; entry < 10; entry++) cache.get(entry, () => vectorOf(entry, 50));
    const slab = (cache as unknown as { grams: Uint32Array }).grams;
    expect(slab.length).toBeLessThanOrEqual(4_096);
  });
});
