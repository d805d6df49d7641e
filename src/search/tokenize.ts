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

/** Porter2 (Snowball English) stem, cached: a corpus has far fewer distinct words than tokens. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = porter2(word);
    if (stems.size < 500_000) stems.set(word, s);
  }
  return s;
}

/**
 * Lower-cased words of `text`, diacritics folded. Contractions lose their clitic ("I'd" → "i", "don't" →
 * "do", "it's" → "it") so they fall to the stopword list instead of becoming words like "id" or "dont";
 * other apostrophes are dropped.
 */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(ca|wo)n['’]t\b/g, (_, w: string) => (w === 'ca' ? 'can' : 'will'))
    .replace(/n['’]t\b|['’](s|d|ll|m|re|ve)\b/g, '')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export const isStopword = (word: string): boolean => STOPWORDS.has(word);

/** Index terms of `text`: words without stopwords, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (!STOPWORDS.has(w)) out.push(stem(w));
  return out;
}

/** Distinct terms of a query, each with the word it came from (a typo is corrected on the word, not its stem). */
export function queryTerms(text: string): { word: string; term: string }[] {
  const seen = new Map<string, string>();
  for (const w of words(text)) if (!STOPWORDS.has(w) && !seen.has(stem(w))) seen.set(stem(w), w);
  return [...seen].map(([term, word]) => ({ word, term }));
}
