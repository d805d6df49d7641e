import { createRequire } from 'node:module';
import lemmatizer from 'wink-lemmatizer';
import { describe, expect, it } from 'vitest';
import { adjectiveBase } from './adjective-base.js';

describe('adjectiveBase', () => {
  it('brings comparatives and superlatives to their base form and leaves other words, nouns in "-er" among them', () => {
    const words = ['older', 'oldest', 'larger', 'higher', 'better', 'best', 'biggest', 'happier', 'worse', 'teacher', 'number', 'interest', 'old', 'was'];
    expect(words.map(adjectiveBase)).toEqual(['old', 'old', 'large', 'high', 'good', 'good', 'big', 'happy', 'bad', 'teacher', 'number', 'interest', 'old', 'was']);
  });

  it("is wink-lemmatizer's adjective() for every word WordNet has and every irregular form, as they are and with each ending", () => {
    const require = createRequire(import.meta.url);
    const words = [...Object.keys(require('wink-lexicon/src/wn-words.js') as object), ...Object.keys(require('wink-lexicon/src/wn-adjective-exceptions.js') as object)];
    expect(words.length).toBeGreaterThan(77_000);
    const forms = words.flatMap((word) => [word, `${word}er`, `${word}est`, `${word}r`, `${word}st`]);
    expect(forms.filter((form) => adjectiveBase(form) !== lemmatizer.adjective(form))).toEqual([]);
  });
});
