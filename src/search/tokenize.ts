import lemmatizer from 'wink-lemmatizer';
import porter2 from 'wink-porter2-stemmer';
import { eng } from 'stopword';

/**
 * Words that carry no topic in a question. The `stopword` package's English list misses several question
 * words, which matter here because every query is a question, and contractions typed without apostrophes.
 */
const STOPWORDS = new Set([
  ...eng,
  ...'why does do did doing done would could should may might must shall will also just get got there here about tell know want need please anyone someone something thing things one ones s t'.split(' '),
  // Contractions typed without their apostrophe.
  ...'dont doesnt didnt isnt arent wasnt werent cant couldnt wouldnt shouldnt wont hasnt havent hadnt im ive youre youve theyre thats whats'.split(' '),
]);

const stems = new Map<string, string>();

/**
 * The index term of a word: comparatives and superlatives brought to their base form ("older" → "old",
 * "better" → "good", by wink-lemmatizer's WordNet-based rules, which leave nouns such as "teacher" alone),
 * then the Porter2 (Snowball English) stem. Cached: a corpus has far fewer distinct words than tokens.
 */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = porter2(lemmatizer.adjective(word));
    if (stems.size < 500_000) stems.set(word, s);
  }
  return s;
}

/** Letters NFKD does not decompose, written out as people type them without the key ("Hauptstrasse"). */
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', Æ: 'AE', Œ: 'OE', Ø: 'O', Ł: 'L', Đ: 'D', Ð: 'D', Þ: 'TH' };

/** One word of a text as written: `word` lower-cased, and whether it was written as an acronym. */
export interface Token {
  word: string;
  /** Written in capitals ("WHO", "US") in a text that is not shouting: a name, never a stopword. */
  acronym: boolean;
  /** Joined to the next token by a hyphen ("cease-fire", "e-mail"). */
  hyphen: boolean;
}

/**
 * The words of `text`, diacritics and special letters folded ("Zürich" → "zurich", "Straße" → "strasse").
 * Contractions lose their clitic ("I'd" → "i", "don't" → "do", "it's" → "it") so they fall to the stopword
 * list instead of becoming words like "id" or "dont"; other apostrophes are dropped.
 */
export function tokens(text: string): Token[] {
  // Most text is ASCII: it has nothing to decompose or write out.
  const folded = (ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[ßæœøłđðþıÆŒØŁĐÐÞ]/g, (c) => SPECIAL_LETTERS[c]!))
    .replace(/\b(ca|wo)n['’]t\b/gi, (_, w: string) => (w.toLowerCase() === 'ca' ? 'can' : 'will'))
    .replace(/n['’]t\b|['’](s|d|ll|m|re|ve)\b/gi, '')
    .replace(/['’]/g, '');
  const out: Token[] = [];
  let capitals = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    const hyphen = m[1] !== undefined;
    const raw = hyphen ? m[0].slice(0, -1) : m[0];
    const word = raw.toLowerCase();
    const caps = raw.length >= 2 && raw !== word && raw === raw.toUpperCase();
    if (caps) capitals++;
    out.push({ word, acronym: caps, hyphen });
  }
  // A text mostly in capitals is shouting, not acronyms.
  if (capitals * 2 > out.length) for (const t of out) t.acronym = false;
  return out;
}

const ASCII = /^[\x00-\x7f]*$/;
/** A word, and the hyphen joining it to the next one. */
const WORD = /[\p{L}\p{N}]+(-(?=[\p{L}\p{N}]))?/gu;

/** Lower-cased, folded words of `text` (see `tokens`). */
export const words = (text: string): string[] => tokens(text).map((t) => t.word);

export const isStopword = (word: string): boolean => STOPWORDS.has(word);

/**
 * Index terms of a text's tokens, passed to `emit` with the word each came from: words without stopwords
 * (an acronym is kept: "the WHO" is not "who"), stemmed, and each hyphenated compound also written as one
 * word, so "cease-fire", "ceasefire" and "e-mail"/"email" meet.
 */
function termsOf(list: Token[], emit: (word: string, term: string) => void): void {
  for (let i = 0; i < list.length; i++) {
    const { word, acronym, hyphen } = list[i]!;
    if (acronym || !STOPWORDS.has(word)) emit(word, stem(word));
    if (hyphen && !list[i - 1]?.hyphen) {
      let j = i;
      let joined = word;
      while (list[j]!.hyphen && j + 1 < list.length) joined += list[++j]!.word;
      if (j > i) emit(joined, stem(joined));
    }
  }
}

/** Index terms of `text`: words without stopwords, stemmed, compounds also joined. */
export function terms(text: string): string[] {
  const out: string[] = [];
  termsOf(tokens(text), (_, term) => out.push(term));
  return out;
}

/** Distinct terms of a query, each with the word it came from (a typo is corrected on the word, not its stem). */
export function queryTerms(text: string): { word: string; term: string }[] {
  const seen = new Map<string, string>();
  termsOf(tokens(text), (word, term) => {
    if (!seen.has(term)) seen.set(term, word);
  });
  return [...seen].map(([term, word]) => ({ word, term }));
}
