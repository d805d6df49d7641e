import { describe, expect, it } from 'vitest';
import { greeklishSpellings, greeklishTerm, type Vocabulary } from './greeklish.js';
import { analyzerFor } from './tokenize.js';

/** A vocabulary of the Greek terms of `words`, as the index stems them, each once. */
function vocabularyOf(words: string[]): { vocabulary: Vocabulary; terms: string[] } {
  const greek = analyzerFor('el');
  const terms = [...new Set(words.map((word) => greek.stem(word)))];
  const vocabulary: Vocabulary = {
    begins: (prefix) => terms.some((term) => term.startsWith(prefix)),
    term: (text) => (terms.includes(text) ? terms.indexOf(text) : undefined),
    frequency: () => 1,
  };
  return { vocabulary, terms };
}

describe('Greeklish', () => {
  const { vocabulary, terms } = vocabularyOf(['κοστίζει', 'τουρνουά', 'ξεκινάει', 'είσοδος', 'ανοίγει', 'θρύλος', 'συμμετοχή', 'μπαίνω', 'αίτηση', 'λογαριασμό']);
  const read = (word: string) => {
    const id = greeklishTerm(word, vocabulary);
    return id === undefined ? undefined : terms[id];
  };

  it("reads a word typed in Latin letters as the articles' Greek term it spells, whichever Greek letter each Latin one stands for", () => {
    expect(read('kostizei')).toBe('κοστ');
    expect(read('tournoua')).toBe('τουρνου');
    expect(read('ksekinaei')).toBe('ξεκιν');
    expect(read('eisodos')).toBe('εισοδ');
    expect(read('isodos')).toBe('εισοδ');
    expect(read('anoigei')).toBe('ανοιγ');
    expect(read('thrulos')).toBe('θρυλ');
    expect(read('symmetoxh')).toBe('συμμετοχ');
    expect(read('mpainw')).toBe('μπαιν');
    expect(read('bainw')).toBe('μπαιν');
    expect(read('logariasmo')).toBe('λογαριασμ');
  });

  it('reads no term where none is spelled whole, where too much of the word is left over, or where the word is no Greeklish', () => {
    expect(read('wifi')).toBeUndefined();
    expect(read('kostos')).toBe('κοστ');
    // "kos" spells no whole term, and "ko" is shorter than any term a word is read as.
    expect(read('kos')).toBeUndefined();
    // Most of the word would be an ending.
    expect(read('kostizoumaste')).toBeUndefined();
    expect(read('Kostizei')).toBeUndefined();
    expect(read('kostizei!')).toBeUndefined();
  });

  it("spells a short word every way, so its function words are told apart: 'einai', 'gia', 'mou', 'pote' are stopwords", () => {
    const greek = analyzerFor('el');
    for (const word of ['einai', 'gia', 'mou', 'na', 'pote', 'exei', 'kai', 'sto']) expect(greeklishSpellings(word).some((s) => greek.isStopword(s)), word).toBe(true);
    for (const word of ['mpainw', 'kanw']) expect(greeklishSpellings(word).some((s) => greek.isStopword(s)), word).toBe(false);
    expect(greeklishSpellings('pote')).toContain('ποτε');
    expect(greeklishSpellings('tournoua')).toEqual([]);
  });
});
