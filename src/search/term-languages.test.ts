import { describe, expect, it } from 'vitest';
import { LANGUAGE_BITS, TermLanguages } from './term-languages.js';

describe('TermLanguages', () => {
  it('is null for articles in one language', () => {
    expect(TermLanguages.forArticles(['en', 'en'])).toBeNull();
    expect(TermLanguages.forArticles([])).toBeNull();
  });

  it('tells a term only other languages use from one the language uses', () => {
    const terms = TermLanguages.forArticles(['en', 'pt', 'en'])!;
    terms.add('en', [0, 1]);
    terms.add('pt', [1, 2]);
    expect(terms.othersOnly(0, 'en')).toBe(false);
    expect(terms.othersOnly(1, 'en')).toBe(false);
    expect(terms.othersOnly(2, 'en')).toBe(true);
    expect(terms.othersOnly(0, 'pt')).toBe(true);
    // A term no article holds, and a language no article is in: nothing known against it.
    expect(terms.othersOnly(5000, 'en')).toBe(false);
    expect(terms.othersOnly(2, 'de')).toBe(false);
  });

  it('grows with the vocabulary and keeps what it recorded through its state', () => {
    const terms = TermLanguages.forArticles(['en', 'de'])!;
    terms.add('de', [3000]);
    const restored = TermLanguages.restore(structuredClone(terms.state()));
    expect(restored.othersOnly(3000, 'en')).toBe(true);
    expect(restored.othersOnly(3000, 'de')).toBe(false);
  });

  it(`gives bits to the ${LANGUAGE_BITS} languages most articles are in; the others go unchecked`, () => {
    const langs = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    // Language "i" has one article, every other two.
    const terms = TermLanguages.forArticles([...langs, ...langs.slice(0, 8)])!;
    expect(terms.languages[0]).toBe('a');
    terms.add('a', [0]);
    terms.add('i', [1]);
    expect(terms.othersOnly(0, 'b')).toBe(true);
    expect(terms.othersOnly(0, 'i')).toBe(false);
    expect(terms.othersOnly(1, 'a')).toBe(false);
  });
});
