import { describe, expect, it } from 'vitest';
import { percentile, predictLinear, timeEach } from './measure.js';

describe('percentile', () => {
  it('is the nearest rank, whatever the order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('timeEach', () => {
  it('times every item when the budget allows', async () => {
    const seen: number[] = [];
    const times = await timeEach([1, 2, 3], (n) => seen.push(n), Infinity, 1);
    expect(seen).toEqual([1, 2, 3]);
    expect(times).toHaveLength(3);
  });

  it('stops once the budget is spent, after at least `min` items', async () => {
    const seen: number[] = [];
    const times = await timeEach([1, 2, 3, 4], (n) => seen.push(n), 0, 2);
    expect(seen).toEqual([1, 2]);
    expect(times).toHaveLength(2);
  });
});

describe('predictLinear', () => {
  it('scales the cost with the size', () => {
    expect(predictLinear(3, 1_000, 10_000)).toBe(30);
  });
});
