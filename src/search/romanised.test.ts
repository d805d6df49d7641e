import { describe, expect, it } from 'vitest';
import { cyrillicSpellings } from './romanised.js';

describe('Russian typed in Latin letters', () => {
  it('spells a word in Cyrillic as the common romanisations write it', () => {
    expect(cyrillicSpellings('kupit')).toEqual(['купит']);
    expect(cyrillicSpellings('kakoj')).toEqual(['какой']);
    expect(cyrillicSpellings('kakoy')).toEqual(['какой']);
    expect(cyrillicSpellings('dayut')).toEqual(['дают']);
    expect(cyrillicSpellings('vy')).toEqual(['вы']);
    expect(cyrillicSpellings('zhdat')).toEqual(['ждат']);
  });

  it('gives "ts" and "sch" both readings', () => {
    expect(cyrillicSpellings('schitaetsya')).toEqual(['щитаеця', 'считается']);
    expect(cyrillicSpellings('tsena')).toEqual(['цена', 'тсена']);
  });

  it('spells nothing but lower-case Latin letters', () => {
    expect(cyrillicSpellings('cs2')).toEqual([]);
    expect(cyrillicSpellings('вип')).toEqual([]);
  });
});
