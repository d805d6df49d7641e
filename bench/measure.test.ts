import { describe, expect, it } from 'vitest';
import { medianRun, percentile, predictLinear, timeEach } from './measure.js';

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

describe('medianRun', () => {
  const run = (name: string, latencies: number[]) => ({ name, latencies });
  it('picks the run with the median p50 and lists every p50 in run order', () => {
    const runs = [run('slow', [5, 6, 7]), run('fast', [1, 2, 3]), run('middle', [3, 4, 5])];
    expect(medianRun(runs)).toEqual({ median: runs[2], p50s: [6, 2, 4] });
  });
  it('takes the lower middle of an even count, and the only run of one', () => {
    const runs = [run('a', [4]), run('b', [1]), run('c', [3]), run('d', [2])];
    expect(medianRun(runs).median.name).toBe('d');
    expect(medianRun([runs[0]!]).median).toBe(runs[0]);
  });
});
