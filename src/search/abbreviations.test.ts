import { describe, expect, it } from 'vitest';
import { longForm, splitsAs } from './abbreviations.js';

const words = new Set(['face', 'book', 'your', 'tube', 'fabric', 'bo', 'per', 'man']);
const known = (part: string) => words.has(part);

describe('splitsAs', () => {
  it('cuts a compound into known parts that start with the letters in order', () => {
    expect(splitsAs('facebook', 'fb', known)).toBe(true);
    expect(splitsAs('yourtube', 'yt', known)).toBe(true);
  });
  it('needs every part known and of at least 3 letters', () => {
    expect(splitsAs('facebook', 'fk', known)).toBe(false);
    expect(splitsAs('fabricbo', 'fb', known)).toBe(false);
    expect(splitsAs('perman', 'pm', known)).toBe(false);
  });
});

describe('longForm', () => {
  const terms = ['facebook', 'fb', 'book', 'face', 'yourtube'];
  const df = [160, 4, 18, 3, 40];
  const frequency = (id: number) => df[id]!;
  const ids = terms.map((_, id) => id);
  const termOf = (id: number) => terms[id]!;
  it('reads initials as the compound the articles write more often', () => {
    expect(longForm('fb', 4, ids, termOf, known, frequency)).toBe(0);
    expect(longForm('yt', 0, ids, termOf, known, frequency)).toBe(4);
  });
  it('keeps a short word the articles use more than any compound it spells, or that spells none', () => {
    expect(longForm('fb', 500, ids, termOf, known, frequency)).toBeUndefined();
    expect(longForm('gd', 0, ids, termOf, known, frequency)).toBeUndefined();
    expect(longForm('facebook', 0, ids, termOf, known, frequency)).toBeUndefined();
  });
});

describe('longForm of an address', () => {
  it('takes no term holding a figure for a compound: "cs241admin" of "cs241-admin@…" is no "ca"', () => {
    const terms = ['cs241admin', 'ca'];
    const parts = new Set(['cs241', 'admin']);
    expect(longForm('ca', 1, [0, 1], (id) => terms[id]!, (part) => parts.has(part), () => 9)).toBeUndefined();
  });
});
