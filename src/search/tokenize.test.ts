import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import lemmatizer from 'wink-lemmatizer';
import porter2 from 'wink-porter2-stemmer';
import { analyzerFor } from './tokenize.js';

const terms = (lang: string, text: string) => analyzerFor(lang).terms(text);

describe('analysis per language', () => {
  it('segments scripts written without spaces into words, and drops their question words', () => {
    expect(terms('zh', '北京大学在哪里？')).toEqual(['北京', '大学']);
    expect(terms('zh', '北京大学是一所大学。')).toContain('大学');
    expect(terms('th', 'มหาวิทยาลัยอยู่ที่ไหน')).toEqual(['มหาวิทยาลัย']);
  });

  it('segments Chinese inside text of any language (a name in an English sentence)', () => {
    expect(terms('en', 'The 北京大学 campus')).toEqual(['北京', '大学', 'campus']);
  });

  it('keeps combining vowel signs inside the word (Devanagari) and stems it', () => {
    expect(terms('hi', 'लड़कियों ने क्या किया?')).toEqual(terms('hi', 'लड़कियाँ'));
    expect(terms('hi', 'लड़कियाँ')).toHaveLength(1);
  });

  it('stems with the language and folds case and diacritics after stemming', () => {
    expect(terms('de', 'Häusern')).toEqual(terms('de', 'Haus'));
    expect(terms('de', 'Zürich')).toEqual(terms('de', 'Zurich'));
    expect(terms('ru', 'библиотеками')).toEqual(terms('ru', 'библиотека'));
    expect(terms('el', 'πόλεις')).toEqual(terms('el', 'ΠΟΛΕΙΣ'));
    expect(terms('es', '¿Cuándo ganó Zúrich?')).toEqual(terms('es', 'gano zurich'));
  });

  it('keeps Vietnamese tones, which tell words apart', () => {
    expect(new Set(terms('vi', 'bán bàn bạn')).size).toBe(3);
  });

  it('lower-cases the Turkish dotted capital I as i, and drops case suffixes after an apostrophe', () => {
    expect(terms('tr', 'İstanbul')).toEqual(['istanbul']);
    expect(terms('tr', "Super Bowl 50'de Ulusal Marş'ı kim söyledi?")).toEqual(['super', 'bowl', '50', 'ulusal', 'mars', 'soyledi']);
  });

  it('splits French elisions and drops the elided article', () => {
    expect(terms('fr', "Qui a rejoint l'équipe ?")).toEqual(terms('fr', 'rejoint équipe'));
  });

  it('takes the Arabic conjunction and prepositions off the article as light10 does', () => {
    expect(terms('ar', 'والمكتبة')).toEqual(terms('ar', 'المكتبة'));
    expect(terms('ar', 'بالمكتبات')).toEqual(terms('ar', 'المكتبة'));
  });

  it('drops each language\'s question words, which the stopword lists miss', () => {
    expect(terms('de', 'Wann wurde das Haus gebaut?')).toEqual(terms('de', 'Haus gebaut'));
    expect(terms('tr', 'Ev nedir?')).toEqual(terms('tr', 'ev'));
    expect(terms('ru', 'Когда построили дом?')).toEqual(terms('ru', 'построили дом'));
    // Every case of "какой" ("каким жанром"), and "что такое" ("what is").
    expect(terms('ru', 'Каким жанром считают Lindisfarne?')).toEqual(terms('ru', 'жанром считают Lindisfarne'));
    expect(terms('ru', 'Что такое сепсис?')).toEqual(terms('ru', 'сепсис'));
  });

  it('reads Romanian ș and ț with a comma below as the stemmer and stopword list spell them, with a cedilla', () => {
    expect(terms('ro', 'organizațiile și națiunile')).toEqual(terms('ro', 'organizaţiile şi naţiunile'));
    expect(terms('ro', 'organizațiile și națiunile')).toEqual(terms('ro', 'organizaţii naţiuni'));
  });

  it('analyses text of unknown language, and English, as English', () => {
    expect(analyzerFor(undefined).lang).toBe('en');
    expect(analyzerFor('und').lang).toBe('en');
    expect(analyzerFor('pt-BR').lang).toBe('pt');
    expect(terms('en', "Older residents don't")).toEqual(['old', 'resid']);
  });
});

describe('analysis faults found in review', () => {
  it('keeps content words that fold onto a stopword (German ändern/andern, Größe/große, Ware/wäre; Turkish su/şu)', () => {
    expect(terms('de', 'Wie ändere ich die Größe?')).toHaveLength(2);
    expect(terms('de', 'Wann kommt die Ware an?')).toEqual(terms('de', 'Ware'));
    expect(terms('tr', 'Su nerede?')).toEqual(['su']);
  });

  it('makes no term of stopwords joined by a hyphen ("est-ce", "кто-нибудь")', () => {
    expect(terms('fr', "Est-ce que c'est gratuit ?")).toEqual(terms('fr', 'gratuit'));
    expect(terms('ru', 'Кто-нибудь знает?')).toEqual(terms('ru', 'знает'));
  });

  it('segments Thai words written with sara am as ICU knows them, after NFKC', () => {
    expect(analyzerFor('th').words('คำถาม')).toEqual(['คำถาม']);
    expect(analyzerFor('th').words('น้ำตาลกำลังทำงาน')).toHaveLength(3);
  });

  it('keeps a Turkish word in single quotes, dropping only a suffix after an apostrophe', () => {
    expect(analyzerFor('tr').words("Menüde 'Ayarlar' seçeneğine tıklayın")).toContain('ayarlar');
  });

  it('reads a capital and a final sigma as the same Greek letter', () => {
    expect(terms('en', 'οδός')).toEqual(terms('en', 'ΟΔΟΣ'));
    expect(terms('el', 'οδός')).toEqual(terms('el', 'ΟΔΟΣ'));
  });

  it('knows a question word with two neighbouring letters swapped, but no other stopword and no swap of the first letter', () => {
    const en = analyzerFor('en');
    expect(en.isMistypedQuestionWord('waht')).toBe(true);
    expect(en.isMistypedQuestionWord('hwo')).toBe(true);
    expect(en.isMistypedQuestionWord('ohw')).toBe(false);
    // Swaps of other stopwords are real words: "form" (from), "dose" (does), "three" (there).
    expect(en.isMistypedQuestionWord('form')).toBe(false);
    expect(en.isMistypedQuestionWord('dose')).toBe(false);
    expect(en.isMistypedQuestionWord('three')).toBe(false);
    expect(analyzerFor('de').isMistypedQuestionWord('wnan')).toBe(true);
  });
});

describe('English stems', () => {
  it("are wink-lemmatizer's adjective base forms, Porter2-stemmed, though the lemmatizer is loaded only for words it may change", () => {
    // Every exception the lemmatizer knows (the words it changes without taking "er" or "est" off among them), and regular words.
    const exceptions = createRequire(import.meta.url)('wink-lexicon/src/wn-adjective-exceptions.js') as Record<string, string>;
    const words = [...Object.keys(exceptions), 'older', 'oldest', 'larger', 'latest', 'number', 'teacher', 'interest', 'harbour', 'ferry', 'was'];
    expect(words.length).toBeGreaterThan(1000);
    const english = analyzerFor('en');
    for (const word of words) expect([word, english.stem(word)]).toEqual([word, porter2(lemmatizer.adjective(word))]);
  });
});
