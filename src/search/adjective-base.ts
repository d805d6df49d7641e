import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * English comparatives and superlatives in their base form, by WordNet's rules for adjectives (its Morphy,
 * as wink-lemmatizer's `adjective()` applies them): a form WordNet lists as irregular takes its listed base
 * ("better" → "good", "bigger" → "big"); else "er" or "est" comes off, and the rest, or the rest with an
 * "e" ("larger" → "large"), is the base where WordNet knows it as an adjective ("older" → "old"). Nouns
 * such as "teacher" and every other word stay as they are.
 *
 * The data are wink-lexicon's WordNet files, read as text rather than loaded as wink-lemmatizer loads them:
 * evaluating WordNet's 77,000 words and their senses as code took about 0.3 s of CPU in every process that
 * analysed English (close to half of building the speed benchmark's 1,000-paragraph index); finding the
 * adjectives in the files' text takes about 90 ms. Each part is read at the first word that needs it. A test
 * holds the result to wink-lemmatizer's on every word WordNet has, with each ending.
 */
export function adjectiveBase(word: string): string {
  const suffix = word.endsWith('est') ? 3 : word.endsWith('er') ? 2 : 0;
  if (!suffix && !IRREGULAR_UNSUFFIXED.has(word)) return word;
  const irregular = (exceptions ??= require('wink-lexicon/src/wn-adjective-exceptions.js') as Record<string, string>)[word];
  if (irregular) return irregular;
  if (!suffix) return word;
  adjectives ??= wordNetAdjectives();
  const rest = word.slice(0, -suffix);
  if (adjectives.has(rest)) return rest;
  return adjectives.has(`${rest}e`) ? `${rest}e` : word;
}

/** WordNet's irregular forms (wink-lexicon's exception list, by form) and its adjectives: read when first needed. */
let exceptions: Record<string, string> | null = null;
let adjectives: Set<string> | null = null;

/** The irregular forms that end in neither "er" nor "est" (a test holds this to the exception list). */
const IRREGULAR_UNSUFFIXED = new Set(['halfways', 'worse', 'worst']);

/** The lexicographer files of adjectives wink-lemmatizer counts: adj.all (0) and adj.pert (1), not adj.ppl (44). */
const ADJECTIVE_FILES = new Set(['0', '1']);

/**
 * The words WordNet has an adjective sense of, from wink-lexicon's `wn-words.js` (one `words.<word> = <n>;`
 * per word) and `wn-word-senses.js` (sense lists `const s_… = [ 0, 3 ];`, then `wordIndex2Sense`, the list
 * of word n's at n). Throws, naming the file, where they are laid out otherwise.
 */
function wordNetAdjectives(): Set<string> {
  // Latin-1 reads the files' words and code (ASCII; only comments are not) as UTF-8 would, in half the time.
  const read = (file: string) => ({ file, text: readFileSync(require.resolve(`wink-lexicon/src/${file}`), 'latin1') });
  const senses = read('wn-word-senses.js');
  const words = read('wn-words.js');
  const unexpected = (file: string, what: string) => new Error(`wink-lexicon's ${file} is not laid out as version 2.2.0 lays it out (${what}): the English adjective forms cannot be read.`);

  // Per sense list, by name, whether it holds an adjective sense.
  const lists = new Map<string, boolean>();
  let at = senses.text.indexOf('\nconst s_');
  for (; at >= 0; at = senses.text.indexOf('\nconst s_', at + 1)) {
    const name = senses.text.slice(at + 7, senses.text.indexOf(' ', at + 7));
    const list = senses.text.slice(senses.text.indexOf('[', at) + 1, senses.text.indexOf(']', at));
    lists.set(name, list.split(',').some((sense) => ADJECTIVE_FILES.has(sense.trim())));
  }
  const start = senses.text.indexOf('const wordIndex2Sense = [');
  if (start < 0) throw unexpected(senses.file, 'no wordIndex2Sense');
  // Per word number, whether its senses include an adjective's.
  const isAdjective: boolean[] = [];
  const end = senses.text.indexOf(']', start);
  for (let from = senses.text.indexOf('s_', start); from >= 0 && from < end; ) {
    const next = senses.text.indexOf(',', from);
    const to = next < 0 || next > end ? end : next;
    const name = senses.text.slice(from, to).trim();
    const adjective = lists.get(name);
    if (adjective === undefined) throw unexpected(senses.file, `no sense list ${name}`);
    isAdjective.push(adjective);
    from = senses.text.indexOf('s_', to);
  }

  const found = new Set<string>();
  let count = 0;
  for (at = words.text.indexOf('\nwords.'); at >= 0; at = words.text.indexOf('\nwords.', at + 1), count++) {
    const equals = words.text.indexOf(' = ', at);
    const n = Number(words.text.slice(equals + 3, words.text.indexOf(';', equals)));
    if (!(n >= 0 && n < isAdjective.length)) throw unexpected(words.file, `word number ${n} has no senses`);
    if (isAdjective[n]) found.add(words.text.slice(at + 7, equals));
  }
  if (count !== isAdjective.length) throw unexpected(words.file, `${count} words, ${isAdjective.length} sense lists`);
  return found;
}
