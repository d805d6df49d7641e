import { createRequire } from 'node:module';
import type Lemmatizer from 'wink-lemmatizer';
import porter2 from 'wink-porter2-stemmer';
import { eng } from 'stopword';
import { primaryLanguage } from '../language/detect.js';
import { LANGUAGES, questionWords, type LanguageSpec } from './languages.js';

/**
 * Words that carry no topic in an English question. The `stopword` package's English list misses several
 * question words, which matter here because every query is a question, and contractions typed without
 * apostrophes.
 */
const ENGLISH_STOPWORDS = [
  ...eng,
  ...'why does do did doing done would could should may might must shall will also just get got there here about tell know want need please anyone someone something thing things one ones s t'.split(' '),
  // Contractions typed without their apostrophe.
  ...'dont doesnt didnt isnt arent wasnt werent cant couldnt wouldnt shouldnt wont hasnt havent hadnt im ive youre youve theyre thats whats'.split(' '),
];

const require = createRequire(import.meta.url);
let lemmatizer: typeof Lemmatizer | null = null;

/** The words of wink-lemmatizer's adjective exceptions that end in neither "er" nor "est" (a test holds it to the list). */
const IRREGULAR_ADJECTIVES = new Set(['halfways', 'worse', 'worst']);

/**
 * wink-lemmatizer's `adjective(word)`, loaded at the first word it may change (issue 15): it changes a word
 * only by its exception list or by taking "er" or "est" off, so any other word is returned as it is without
 * loading its WordNet data (about 0.15 s of CPU at start), which a process that restores its index from the
 * snapshot needs only once a question has such a word.
 */
function adjectiveBase(word: string): string {
  if (!/(?:er|est)$/.test(word) && !IRREGULAR_ADJECTIVES.has(word)) return word;
  return (lemmatizer ??= require('wink-lemmatizer') as typeof Lemmatizer).adjective(word);
}

/** Letters NFKD does not decompose, written out as people type them without the key ("Hauptstrasse"). */
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', Æ: 'AE', Œ: 'OE', Ø: 'O', Ł: 'L', Đ: 'D', Ð: 'D', Þ: 'TH' };

const ASCII = /^[\x00-\x7f]*$/;

/**
 * NFKC (full-width letters, ligatures and compatibility forms to their plain letters), with the Thai and
 * Lao vowel sara am put back together: NFKC splits "ำ" into nikhahit and sara aa, a spelling ICU's Thai
 * dictionary does not know ("คำถาม" would segment as "คํา|ถาม").
 */
const normalize = (text: string): string => (ASCII.test(text) ? text : text.normalize('NFKC').replace(/\u0e4d\u0e32/g, '\u0e33').replace(/\u0ecd\u0eb2/g, '\u0eb3'));

/** `text` without diacritics and with special letters written out ("Zürich" → "Zurich", "Straße" → "Strasse"). */
const fold = (text: string): string =>
  ASCII.test(text) ? text : normalize(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[ßæœøłđðþıÆŒØŁĐÐÞ]/g, (c) => SPECIAL_LETTERS[c]!));

/** One word of a text as written: `word` lower-cased, and whether it was written as an acronym. */
export interface Token {
  word: string;
  /** Written in capitals ("WHO", "US") in a text that is not shouting: a name, never a stopword. */
  acronym: boolean;
  /** Joined to the next token by a hyphen ("cease-fire", "e-mail"). */
  hyphen: boolean;
}

/** A word (letters with their combining marks: Devanagari and Thai vowel signs are marks), and the hyphen joining it to the next one. */
const WORD = /[\p{L}\p{M}\p{N}]+(-(?=[\p{L}\p{M}\p{N}]))?/gu;
/** Scripts written without spaces between words: a run of them is split into words by ICU's dictionaries. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/**
 * How a language's text becomes index terms: words (Unicode word boundaries, and Intl.Segmenter's
 * dictionary segmentation for scripts without spaces, whatever the language), case folded, stopwords
 * dropped (an acronym is kept: "the WHO" is not "who"), stemmed, diacritics folded; each hyphenated
 * compound is also written as one word, so "cease-fire", "ceasefire" and "e-mail"/"email" meet.
 *
 * English keeps its own finer steps: comparatives and superlatives lemmatised before the Porter2 stem
 * ("older" → "old"), contractions losing their clitic ("don't" → "do"), diacritics folded before stemming.
 * Get one with `analyzerFor`.
 */
export class Analyzer {
  /** ISO 639-1 code of the language ("en" also for text of unknown language). */
  readonly lang: string;
  private readonly spec: LanguageSpec | null;
  private readonly stopwords: Set<string>;
  private readonly questionWords: Set<string>;
  private readonly stems = new Map<string, string>();
  private readonly segmenter: Intl.Segmenter;

  constructor(lang: string) {
    this.lang = lang;
    this.spec = lang === 'en' ? null : (LANGUAGES.get(lang) ?? { stopwords: [], fold: true });
    this.stopwords = new Set((this.spec?.stopwords ?? ENGLISH_STOPWORDS).map((w) => this.normal(w)));
    this.questionWords = new Set(questionWords(lang).map((w) => this.normal(w)));
    this.segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  }

  /** One-letter prefixes a word may carry (see `LanguageSpec.proclitics`). */
  get proclitics(): string {
    return this.spec?.proclitics ?? '';
  }

  get english(): boolean {
    return this.spec === null;
  }

  /**
   * The index term of a word as `tokens` returns it. English: comparatives and superlatives brought to
   * their base form ("better" → "good", by wink-lemmatizer's WordNet-based rules, which leave nouns such as
   * "teacher" alone), then the Porter2 stem. Other languages: the language's Snowball stem, then
   * diacritics folded. Cached: a corpus has far fewer distinct words than tokens.
   */
  stem(word: string): string {
    let s = this.stems.get(word);
    if (s === undefined) {
      if (!this.spec) s = porter2(adjectiveBase(word));
      else {
        s = this.spec.before ? this.spec.before(word) : word;
        if (this.spec.stem) s = this.spec.stem(s);
        if (this.spec.fold) s = fold(s);
      }
      if (this.stems.size < MAX_CACHED_STEMS && word.length <= MAX_CACHED_WORD) this.stems.set(word, s);
    }
    return s;
  }

  /**
   * A word as `tokens` returns it, in the form index terms take: folded where the language folds (English
   * words are folded already). For the word being typed in autocomplete, whose terms it may begin.
   */
  termForm(word: string): string {
    return this.spec?.fold ? fold(word) : word;
  }

  /** Whether `word`, as `tokens` returns it (normalised and lower-cased), is one of the language's stopwords. */
  isStopword(word: string): boolean {
    // Compared as written: folded, "ändern" would be the stopword "andern" and "Größe" "große". Only a list
    // written without diacritics (Greek's) is met by the folded word.
    return this.stopwords.has(this.spec?.foldedStopwords ? fold(word) : word);
  }

  /**
   * Whether `word` (as `tokens` returns it) is one of the language's question words with two neighbouring
   * letters swapped ("waht", "hwo", "wehre"), the commonest typo of the shortest words: left in, it would
   * count as a topic the articles never mention. Never a swap of the first letter, as in typo correction
   * (see `TypoCorrector.correct`). Question words only: a swap of other stopwords makes real words ("form"
   * of "from", "dose" of "does", "three" of "there").
   */
  isMistypedQuestionWord(word: string): boolean {
    for (let i = 1; i + 1 < word.length; i++) {
      if (word[i] !== word[i + 1] && this.questionWords.has(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
    }
    return false;
  }

  /** `text` lower-cased as `tokens` lower-cases its words (NFKC; Turkish dotted and dotless i; Greek final sigma; English folds diacritics). */
  lowerCase(text: string): string {
    return this.spec ? this.lower(normalize(text)) : this.lower(fold(text));
  }

  /**
   * The words of `text`, NFKC-normalised and lower-cased. English folds diacritics and special letters
   * ("Zürich" → "zurich") and drops contractions' clitics ("I'd" → "i", "it's" → "it") so they fall to
   * the stopword list instead of becoming words like "id"; other languages split at apostrophes (French
   * "l'équipe" → "l", "équipe") and keep diacritics for the stemmer.
   */
  tokens(text: string): Token[] {
    const prepared = this.spec
      ? normalize(text).replace(this.spec.apostropheSuffix ? /(?<=[\p{L}\p{N}])['’][\p{L}\p{M}]*|['’]/gu : /['’]/g, ' ')
      : (ASCII.test(text) ? text : fold(normalize(text)))
          .replace(/\b(ca|wo)n['’]t\b/gi, (_, w: string) => (w.toLowerCase() === 'ca' ? 'can' : 'will'))
          .replace(/n['’]t\b|['’](s|d|ll|m|re|ve)\b/gi, '')
          .replace(/['’]/g, '');
    const out: Token[] = [];
    let capitals = 0;
    const push = (raw: string, hyphen: boolean) => {
      const word = this.lower(raw);
      const caps = raw.length >= 2 && raw !== word && raw === raw.toUpperCase();
      if (caps) capitals++;
      out.push({ word, acronym: caps, hyphen });
    };
    WORD.lastIndex = 0;
    for (let m = WORD.exec(prepared); m; m = WORD.exec(prepared)) {
      const hyphen = m[1] !== undefined;
      const raw = hyphen ? m[0].slice(0, -1) : m[0];
      if (!UNSPACED.test(raw)) {
        push(raw, hyphen);
        continue;
      }
      for (const s of this.segmenter.segment(raw)) if (s.isWordLike) push(s.segment, false);
      if (hyphen && out.length) out[out.length - 1]!.hyphen = true;
    }
    // A text mostly in capitals is shouting, not acronyms.
    if (capitals * 2 > out.length) for (const t of out) t.acronym = false;
    return out;
  }

  /** Lower-cased words of `text` (see `tokens`). */
  words(text: string): string[] {
    return this.tokens(text).map((t) => t.word);
  }

  /** Index terms of `text`. */
  terms(text: string): string[] {
    const out: string[] = [];
    this.termsOf(this.tokens(text), (_, term) => out.push(term));
    return out;
  }

  /**
   * Distinct terms of a query's `tokens` (see `tokens`, whose words the caller reads too), each with the word
   * it came from (a typo is corrected on the word, not its stem).
   */
  queryTerms(tokens: Token[]): { word: string; term: string }[] {
    const seen = new Map<string, string>();
    this.termsOf(tokens, (word, term) => {
      if (!seen.has(term)) seen.set(term, word);
    });
    return [...seen].map(([term, word]) => ({ word, term }));
  }

  private termsOf(list: Token[], emit: (word: string, term: string) => void): void {
    for (let i = 0; i < list.length; i++) {
      const { word, acronym, hyphen } = list[i]!;
      if (acronym || !this.isStopword(word)) emit(word, this.stem(word));
      if (hyphen && !list[i - 1]?.hyphen) {
        let j = i;
        let joined = word;
        let content = acronym || !this.isStopword(word);
        while (list[j]!.hyphen && j + 1 < list.length) {
          const next = list[++j]!;
          joined += next.word;
          content ||= next.acronym || !this.isStopword(next.word);
        }
        // "est-ce", "что-то": stopwords joined by a hyphen are still no topic.
        if (j > i && content) emit(joined, this.stem(joined));
      }
    }
  }

  /** Lower case; Turkish and Azerbaijani write the dotted and dotless i as two letters: "I" → "ı", "İ" → "i". */
  private lower(word: string): string {
    const lower = this.lang === 'tr' || this.lang === 'az' ? word.toLocaleLowerCase(this.lang) : word.toLowerCase();
    // Greek writes σ as ς at a word's end; lower-casing a capital Σ gives either, so both are σ.
    return ASCII.test(lower) ? lower : lower.replace(/ς/g, 'σ');
  }

  /** A stopword list's word as `isStopword` compares it: normalised and lower-cased (English: also folded, as its words are). */
  private normal(word: string): string {
    const lower = this.lower(word.normalize('NFKC'));
    return !this.spec || this.spec.foldedStopwords ? fold(lower) : lower;
  }
}

/** The stem cache's bounds: a corpus has far fewer distinct words, and a longer "word" is not one to see twice. */
const MAX_CACHED_STEMS = 500_000;
const MAX_CACHED_WORD = 40;

const analyzers = new Map<string, Analyzer>();
const byTag = new Map<string, Analyzer>();

/**
 * The analyzer of a language given as a BCP 47 tag ("de", "pt-BR", "zh-Hans"); English for null, "und"
 * or a malformed tag. One per language, shared, so its stem cache serves every index; looked up by the tag
 * as given, since the engine asks once per candidate.
 */
export function analyzerFor(tag: string | null | undefined): Analyzer {
  const key = tag ?? '';
  let analyzer = byTag.get(key);
  if (!analyzer) {
    const found = primaryLanguage(key);
    const lang = found === null || found === 'und' ? 'en' : found;
    analyzer = analyzers.get(lang);
    if (!analyzer) analyzers.set(lang, (analyzer = new Analyzer(lang)));
    byTag.set(key, analyzer);
  }
  return analyzer;
}

const english = analyzerFor('en');

/** English index terms of `text` (see `Analyzer.terms`). */
export const terms = (text: string): string[] => english.terms(text);
