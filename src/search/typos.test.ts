import { describe, expect, it } from 'vitest';
import { distance, TypoCorrector } from './typos.js';

describe('TypoCorrector', () => {
  const vocabulary = ['strikethrough', 'facebook', 'account', 'accounts', 'delete', 'cat'];
  const corrector = new TypoCorrector(vocabulary);
  const fix = (w: string) => corrector.candidates(w).map((id) => vocabulary[id]);

  it('finds terms one insertion, deletion, substitution or transposition away', () => {
    expect(fix('stikethrough')).toEqual(['strikethrough']);
    expect(fix('facebok')).toEqual(['facebook']);
    expect(fix('dleete')).toEqual(['delete']);
    expect(fix('acount').sort()).toEqual(['account']);
  });

  it('leaves short words and far-off words alone', () => {
    expect(fix('cta')).toEqual([]);
    expect(fix('zzzzzz')).toEqual([]);
  });

  it('computes the optimal string alignment distance', () => {
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('ab', 'ba')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
  });
});
