import { describe, expect, it } from 'vitest';
import { cut } from './text.js';

describe('cut', () => {
  it('keeps text verbatim up to the cut and marks it', () => {
    expect(cut('abcdef', 10)).toBe('abcdef');
    expect(cut('abcdef', 4)).toBe('abc…');
  });

  it('never splits an emoji in two', () => {
    const cutText = cut('ab😀cd', 4);
    expect(cutText).toBe('ab…');
    expect(cutText.length).toBeLessThanOrEqual(4);
  });

  it('cuts at a word boundary when asked, unless that would lose more than half', () => {
    expect(cut('one two three four', 12, { atWord: true })).toBe('one two…');
    expect(cut('one averyveryverylongword', 12, { atWord: true })).toBe('one averyve…');
    for (const max of [5, 9, 12, 17]) expect(cut('one two three four', max, { atWord: true }).length).toBeLessThanOrEqual(max);
  });
});
