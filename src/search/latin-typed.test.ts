import { describe, expect, it } from 'vitest';
import { latinTypedSpellings, latinTypedTerm, latinTypedWholeSpellings, type Vocabulary } from './latin-typed.js';
import { analyzerFor } from './tokenize.js';

/** A vocabulary of the terms of `words` in `lang`, as the index stems them, each once. */
function vocabularyOf(words: string[], lang = 'el'): { vocabulary: Vocabulary; terms: string[] } {
  const analyzer = analyzerFor(lang);
  const terms = [...new Set(words.flatMap((word) => analyzer.terms(word)))];
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
    const id = latinTypedTerm(word, 'el', vocabulary);
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

  it('reads a word of three letters as a two-letter term it spells with one letter left: "wra", "ora" are "ώρα"', () => {
    // An Athens board-game café's trial, round Y: "ti wra anoigete" counted "wra" against every answer.
    const hours = vocabularyOf(['ώρα', 'ανοίγει']);
    const term = (word: string) => {
      const id = latinTypedTerm(word, 'el', hours.vocabulary);
      return id === undefined ? undefined : hours.terms[id];
    };
    expect(hours.terms).toContain('ωρ');
    expect(term('wra')).toBe('ωρ');
    expect(term('ora')).toBe('ωρ');
    // Only with one letter left: two would be most of the word.
    expect(term('wrai')).toBeUndefined();
    // And that letter a vowel, an ending: "map" is no "ма" of Ukrainian "має" (has; a review).
    const has = vocabularyOf(['має', 'сервер'], 'uk');
    expect(has.terms).toContain('ма');
    expect(latinTypedTerm('map', 'uk', has.vocabulary)).toBeUndefined();
    expect(has.terms[latinTypedTerm('maa', 'uk', has.vocabulary)!]).toBe('ма');
  });

  it("spells a short word every way, so its function words are told apart: 'einai', 'gia', 'mou', 'pote' are stopwords", () => {
    const greek = analyzerFor('el');
    for (const word of ['einai', 'gia', 'mou', 'na', 'pote', 'exei', 'kai', 'sto']) expect(latinTypedSpellings(word, 'el').some((s) => greek.isStopword(s)), word).toBe(true);
    for (const word of ['mpainw', 'kanw']) expect(latinTypedSpellings(word, 'el').some((s) => greek.isStopword(s)), word).toBe(false);
    expect(latinTypedSpellings('pote', 'el')).toContain('ποτε');
    expect(latinTypedSpellings('tournoua', 'el')).toEqual([]);
  });
});

describe('Ukrainian typed in Latin letters', () => {
  const { vocabulary, terms } = vocabularyOf(['коштує', 'вайп', 'апеляцію', 'гравців', 'головний', 'турніру', 'моди', 'потрібні', 'пʼятниця'], 'uk');
  const read = (word: string) => {
    const id = latinTypedTerm(word, 'uk', vocabulary);
    return id === undefined ? undefined : terms[id];
  };

  it("reads a word as the articles' term it spells, in the national system or chat's ways, the soft sign left out", () => {
    expect(read('koshtuye')).toBe(analyzerFor('uk').terms('коштує')[0]);
    // й is folded in terms ("вайп" is "ваип"), and chat writes it "i", "y" or "j".
    for (const typed of ['vaip', 'vayp', 'vajp']) expect(read(typed), typed).toBe('ваип');
    expect(read('apeliatsiyu')).toBe('апеляц');
    expect(read('apelyaciyu')).toBe('апеляц');
    expect(read('gravciv')).toBe('гравц');
    expect(read('holovnyi')).toBe('головн');
    expect(read('golovnyi')).toBe('головн');
    expect(read('turniru')).toBe('турнір');
    expect(read('pyatnytsya')).toBe(analyzerFor('uk').terms('пʼятниця')[0]);
    expect(read('server')).toBeUndefined();
  });

  it('spells a short word every way, so its question words are told apart', () => {
    const ukrainian = analyzerFor('uk');
    for (const word of ['koly', 'hto', 'skilky', 'yaka', 'de', 'chy', 'kotriy']) expect(latinTypedSpellings(word, 'uk').some((s) => ukrainian.isStopword(s)), word).toBe(true);
    expect(latinTypedSpellings('vaip', 'uk').some((s) => ukrainian.isStopword(s))).toBe(false);
  });
});

describe('Bulgarian typed in Latin letters', () => {
  const bg = analyzerFor('bg');
  const stems = (word: string) => new Set(latinTypedWholeSpellings(word, 'bg').map((spelling) => bg.stemOnce(spelling)));

  it("spells a word whole, its digits and letters as chat writes them, so its stem meets the articles' stem", () => {
    expect(latinTypedWholeSpellings('4a6a', 'bg')).toContain('чаша');
    expect(latinTypedWholeSpellings('sledva6tiq', 'bg')).toContain('следващия');
    // "ъ" typed "u", "a" or "y".
    for (const typed of ['kude', 'kade', 'kyde']) expect(latinTypedWholeSpellings(typed, 'bg'), typed).toContain('къде');
    // The stem rewrites a letter ("златен" → "златн"): no beginning of "zlaten" spells it, its whole spelling does.
    expect(stems('zlaten')).toContain(bg.stemOnce('златен'));
  });

  it('spells no word of another language, and none for Greek or Ukrainian, which are read by beginnings', () => {
    expect(latinTypedWholeSpellings('kostizei', 'el')).toEqual([]);
    expect(latinTypedWholeSpellings('skilky', 'uk')).toEqual([]);
    expect(latinTypedWholeSpellings('4', 'bg')).toEqual([]);
  });
});

describe('Serbian typed in Latin letters', () => {
  const { vocabulary, terms } = vocabularyOf(['кошта', 'жалбу', 'власник', 'људи', 'време', 'ђак'], 'sr');

  it("reads a word typed in gajica, with its diacritics or without them, as the articles' Cyrillic term", () => {
    const read = (word: string) => terms[latinTypedTerm(word, 'sr', vocabulary) ?? -1];
    for (const typed of ['košta', 'kosta']) expect(read(typed), typed).toBe('кошта');
    for (const typed of ['žalbu', 'zalbu']) expect(read(typed), typed).toBe('жалбу');
    expect(read('ljudi')).toBe('људи');
    expect(read('djak')).toBe('ђак');
    // Croatian and Bosnian members' ijekavian "vrijeme" for the articles' ekavian "време".
    expect(read('vrijeme')).toBe('време');
    expect(read('vlasnik')).toBe('власник');
  });
});

describe('Georgian typed in Latin letters', () => {
  const ka = analyzerFor('ka');

  it('spells a word whole, each Latin letter as the Georgian ones it stands for', () => {
    expect(latinTypedWholeSpellings('turniri', 'ka')).toContain('ტურნირი');
    expect(latinTypedWholeSpellings('ghirs', 'ka')).toContain('ღირს');
    // "k", "t", "ts" type ejectives and aspirates alike.
    expect(latinTypedWholeSpellings('tsesebi', 'ka')).toContain('წესები');
    expect(ka.stemOnce('წესები')).toBe('წესები');
  });
});

describe('Armenian typed in Latin letters', () => {
  it('spells a word whole, "vo", "u", "y", "q", "x" as chat writes them', () => {
    expect(latinTypedWholeSpellings('turniry', 'hy')).toContain('տուրնիրը');
    expect(latinTypedWholeSpellings('arji', 'hy')).toContain('արժի');
    expect(latinTypedWholeSpellings('vonc', 'hy')).toContain('ոնց');
  });
});

describe('Kazakh typed in Latin letters', () => {
  const { vocabulary, terms } = vocabularyOf(['маусым', 'қашан', 'басталады', 'жүлде', 'қоры', 'қанша', 'тұрады'], 'kk');

  it("reads a word typed in plain ASCII or the 2021 alphabet as the articles' Cyrillic term, as Kazakh's spelling reads it", () => {
    const read = (word: string) => terms[latinTypedTerm(word, 'kk', vocabulary) ?? -1];
    expect(read('mausym')).toBe('маусым');
    for (const typed of ['qashan', 'kashan']) expect(read(typed), typed).toBe('кашан');
    expect(read('bastalady')).toBe('басталады');
    for (const typed of ['jülde', 'julde', 'zhulde']) expect(read(typed), typed).toBe('жулде');
    expect(read('qansha')).toBe('канша');
  });

  it('reads Kazakh letters typed on a Russian keyboard as the letters they stand for, on both sides', () => {
    const kk = analyzerFor('kk');
    expect(kk.terms('Маусым қашан басталады? Жүлде қоры қанша?')).toEqual(kk.terms('маусым кашан басталады жулде коры канша'));
  });
});

describe('Mongolian typed in Latin letters', () => {
  const { vocabulary, terms } = vocabularyOf(['хэзээ', 'эхлэх', 'вэ', 'хэдэн', 'төгрөг', 'бүртгэл', 'хоцорвол'], 'mn');

  it("reads a word as the articles' Cyrillic term, \"u\" and \"v\" for ү, \"o\" and \"q\" for ө, \"w\" for в", () => {
    const read = (word: string) => terms[latinTypedTerm(word, 'mn', vocabulary) ?? -1];
    expect(read('hezee')).toBe('хэзээ');
    expect(read('ehleh')).toBe('эхлэх');
    expect(read('tugrug')).toBe('төгрөг');
    expect(read('burtgel')).toBe('бүртгэл');
    expect(read('hotsorvol')).toBe('хоцорвол');
  });
});
