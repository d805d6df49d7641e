import { createRequire } from 'node:module';
import { WORDNET_ADJECTIVES } from './wordnet-adjectives.js';

const require = createRequire(import.meta.url);

/**
 * English comparatives and superlatives in their base form, by WordNet's rules for adjectives (its Morphy,
 * as wink-lemmatizer's `adjective()` applies them): a form WordNet lists as irregular takes its listed base
 * ("better" → "good", "bigger" → "big"); else "er" or "est" comes off, and the rest, or the rest with an
 * "e" ("larger" → "large"), is the base where WordNet knows it as an adjective ("older" → "old"). Nouns
 * such as "teacher" and every other word stay as they are.
 *
 * The data are wink-lexicon's WordNet files: its irregular forms as the package has them, and its 17,783
 * adjectives as wordnet-adjectives.ts lists them, found in its word and sense files by wordnet-adjectives.test.ts.
 * Loaded as wink-lemmatizer loads them, evaluating WordNet's 77,000 words and their senses as code took
 * about 0.3 s of CPU in every process that analysed English; finding the adjectives in the files' text, 70
 * to 110 ms at the first word in "-er" or "-est" of a process ("differ" in the shipped FAQ: a tenth of
 * `node dist/cli.js "What is Mythos?"`); the list, about 4 ms. Each part is read at the first word that
 * needs it. A test holds the result to wink-lemmatizer's on every word WordNet has, with each ending.
 */
export function adjectiveBase(word: string): string {
  const suffix = word.endsWith('est') ? 3 : word.endsWith('er') ? 2 : 0;
  if (!suffix && !IRREGULAR_UNSUFFIXED.has(word)) return word;
  const irregular = (exceptions ??= require('wink-lexicon/src/wn-adjective-exceptions.js') as Record<string, string>)[word];
  if (irregular) return irregular;
  if (!suffix) return word;
  adjectives ??= new Set(WORDNET_ADJECTIVES.split(/\s+/));
  const rest = word.slice(0, -suffix);
  if (adjectives.has(rest)) return rest;
  return adjectives.has(`${rest}e`) ? `${rest}e` : word;
}

/** WordNet's irregular forms (wink-lexicon's exception list, by form) and its adjectives: read when first needed. */
let exceptions: Record<string, string> | null = null;
let adjectives: Set<string> | null = null;

/** The irregular forms that end in neither "er" nor "est" (a test holds this to the exception list). */
const IRREGULAR_UNSUFFIXED = new Set(['halfways', 'worse', 'worst']);
