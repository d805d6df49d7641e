import { describe, expect, it } from 'vitest';
import { DEFAULT_JOBS, DEFAULT_SIZES, parseCount, parseSpeedOptions } from './speed-options.js';

const KNOWN = ['ours', 'flexsearch', 'fuse'];
const parse = (...argv: string[]) => parseSpeedOptions(argv, KNOWN, '/project');

describe('parseCount', () => {
  it('reads plain, underscored and k/m counts', () => {
    expect(parseCount('1000')).toBe(1_000);
    expect(parseCount('1_000_000')).toBe(1_000_000);
    expect(parseCount('100k')).toBe(100_000);
    expect(parseCount('1M')).toBe(1_000_000);
  });

  it('refuses what is not a positive whole number', () => {
    for (const bad of ['', '0', '-5', '1.5', 'abc', '10x', 'k']) expect(parseCount(bad)).toBeNull();
  });
});

describe('parseSpeedOptions', () => {
  it('defaults to 1k, 10k and 100k on both corpora, every system, the shared data sets', () => {
    expect(parse()).toEqual({
      sizes: DEFAULT_SIZES,
      corpora: ['synthetic', 'real'],
      systems: KNOWN,
      datasets: '/shared/datasets',
      jobs: DEFAULT_JOBS,
      rounds: 1,
      child: false,
      probe: false,
    });
  });

  it('takes --size as one list or repeated, without duplicates', () => {
    expect(parse('--size', '1000000').sizes).toEqual([1_000_000]);
    expect(parse('--size', '1000,10000').sizes).toEqual([1_000, 10_000]);
    expect(parse('--size=1k', '--size', '1000, 2k').sizes).toEqual([1_000, 2_000]);
  });

  it('takes corpora, systems and the data sets folder', () => {
    const options = parse('--corpus', 'real', '--system', 'ours,fuse', '--datasets', 'data', '--jobs', '1', '--rounds', '3');
    expect(options.jobs).toBe(1);
    expect(options.rounds).toBe(3);
    expect(options.corpora).toEqual(['real']);
    expect(options.systems).toEqual(['ours', 'fuse']);
    expect(options.datasets).toBe('/project/data');
  });

  it('names the flag and the bad value in one sentence', () => {
    expect(() => parse('--size', '10x')).toThrow('--size takes paragraph counts such as 1000,10000 or 1m, not "10x".');
    expect(() => parse('--corpus', 'wiki')).toThrow('--corpus takes synthetic, real, not "wiki".');
    expect(() => parse('--system', 'elastic')).toThrow('--system takes ours, flexsearch, fuse, not "elastic".');
    expect(() => parse('--jobs', '0')).toThrow('--jobs takes a number of processes such as 1 or 2, not "0".');
    expect(() => parse('--rounds', 'many')).toThrow('--rounds takes how many times to measure each system, such as 3, not "many".');
    expect(() => parse('--sizes', '1000')).toThrow(/--sizes/);
  });
});
