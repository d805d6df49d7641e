/**
 * Character trigrams, for a typo-tolerant closeness of a question to an FAQ phrasing that costs
 * microseconds and no index: a typo or another word ending changes the few trigrams around it and leaves
 * the rest.
 *
 * Words are lower-cased and padded as PostgreSQL's pg_trgm pads them (two spaces before, one after), so a
 * word's start weighs more than its middle and a one-letter word still has a trigram. A trigram is three
 * UTF-16 code units packed into one exact number (48 bits), so sets of them never collide.
 */

/** Runs of letters, combining marks and digits: the words character n-grams are taken from. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** How a language reads words: lower-cased by its rules, and which words to leave out (its stopwords:
 * "what", "the" match anything), as `Analyzer.lowerCase` and `Analyzer.isStopword` do. */
export interface WordRules {
  lower(text: string): string;
  skip(word: string): boolean;
}

/** Calls `each` with every trigram of `text`'s words but those `rules` skip, repeats included. */
function eachTrigram(text: string, rules: WordRules, each: (trigram: number) => void): void {
  for (const [word] of rules.lower(text).matchAll(WORD)) {
    if (rules.skip(word)) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      each(padded.charCodeAt(i) * 0x100000000 + padded.charCodeAt(i + 1) * 0x10000 + padded.charCodeAt(i + 2));
    }
  }
}

/** The distinct trigrams of `text`'s words but those `rules` skip. */
export function trigrams(text: string, rules: WordRules): Set<number> {
  const out = new Set<number>();
  eachTrigram(text, rules, (t) => out.add(t));
  return out;
}

/**
 * Dice coefficient of `query`'s distinct trigrams (from `trigrams`) and those of `text`'s words as `rules` read them,
 * 0 to 1: 1 when both hold the same words as written, high when they differ by a typo or an ending.
 * `text` is read once and never stored, so scoring a few dozen candidates needs no index.
 */
export function dice(query: ReadonlySet<number>, text: string, rules: WordRules): number {
  const all = new Set<number>();
  let shared = 0;
  eachTrigram(text, rules, (t) => {
    if (all.has(t)) return;
    all.add(t);
    if (query.has(t)) shared++;
  });
  return query.size + all.size ? (2 * shared) / (query.size + all.size) : 0;
}
