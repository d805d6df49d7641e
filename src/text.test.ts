import { describe, expect, it } from 'vitest';
import { cut, escapeRegExp, numberRanges } from './text.js';

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

describe('numberRanges', () => {
  it('names three or more numbers in a row as a range, two and one as they are', () => {
    expect(numberRanges([1, 2, 3, 5, 6])).toBe('1–3, 5, 6');
    expect(numberRanges([2, 5, 9])).toBe('2, 5, 9');
    expect(numberRanges([4, 5, 6, 7, 10, 11, 12, 20])).toBe('4–7, 10–12, 20');
    expect(numberRanges([8])).toBe('8');
    expect(numberRanges([])).toBe('');
  });
});

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text literally, every syntax character included', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('1.5')).test('105')).toBe(false);
  });
});
