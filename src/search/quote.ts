import type { Sentence } from './sentences.js';

/** At most this many consecutive sentences answer a question or support an answer. */
export const MAX_QUOTE_SENTENCES = 3;

export interface Window {
  /** Index of the first and one past the last sentence. */
  from: number;
  to: number;
  score: number;
}

/** What a run of `length` sentences keeps of its score when each sentence past the first costs `extraSentenceCost` of it. */
export const runLengthFactor = (length: number, extraSentenceCost: number): number => 1 - extraSentenceCost * (length - 1);

/**
 * The run of 1–3 consecutive sentences of `count` that scores best. `score(from, to)` rates a window
 * `[from, to)` from the terms its sentences hold together, so a term repeated across sentences is not
 * counted twice; a longer window must earn its extra sentences, and a window never starts or ends on a
 * sentence that adds nothing. Of runs scoring the same, the earliest wins: the latest lost up to 1.2 points
 * of answer in quote in eight languages on XQuAD dev (en plain 0.917 → 0.905). A run of three whose middle
 * sentence holds none of the question is kept, though it misses the fact in some quotes ("What cultures
 * were part of Kublai's administration?"): left out of the quote's run only, XQuAD dev answer in quote en
 * 0.917 / 0.909 → 0.913 / 0.904 (plain / FAQ mode), zh −0.5 / −0.6; left out everywhere, paragraph@1 fell in seven languages.
 * With `opensItem` (whether sentence i opens a bullet list's item: see `opensBulletItem`), a run keeps to one item.
 */
export function bestWindow(count: number, score: (from: number, to: number) => number, extraSentenceCost = 0.1, opensItem?: (sentence: number) => boolean): Window | null {
  let best: Window | null = null;
  const alone: number[] = [];
  for (let i = 0; i < count; i++) alone.push(score(i, i + 1));
  for (let from = 0; from < count; from++) {
    if (alone[from]! <= 0) continue;
    for (let to = from + 1; to <= Math.min(count, from + MAX_QUOTE_SENTENCES); to++) {
      // A run keeps to one bullet item: "… nickname. - Level 20: Fern." names the next item's level.
      if (to - 1 > from && opensItem?.(to - 1)) break;
      if (alone[to - 1]! <= 0) continue;
      // Each extra sentence must add at least `extraSentenceCost` of what the window scores to be worth reading.
      // A one-sentence window scores what it scores alone.
      const value = (to - from === 1 ? alone[from]! : score(from, to)) * runLengthFactor(to - from, extraSentenceCost);
      if (!best || value > best.score) best = { from, to, score: value };
    }
  }
  return best;
}

/**
 * Below this score (`bestWindow`'s: the share of the question's weight a run holds, or of an FAQ answer's
 * for the body sentences that back it), a run is a weak match: the sentence it names the topic in is
 * likely not the one that states the fact, and a German or Arabic answer sentence often repeats none of
 * the question's words. On XQuAD dev (answer in quote, plain / FAQ mode): de 0.824 / 0.823 → 0.835 /
 * 0.835, ar, es, ru and tr +0.1 to +0.4, English and the other six unchanged, for 2–4 more words a quote;
 * at 0.5: de 0.830 / 0.829; at 0.85: English +0.2 and every language's quotes 3–4 words longer still.
 */
const WEAK_RUN = 0.7;

/**
 * How far a sentence's length dilutes the question's weight it holds when it competes as context (see
 * `contextWeight`): 0 would rank neighbours by that weight alone, 1 by its share per term. A long sentence
 * holds a question word or two by chance, while a short one holding them is about them. On XQuAD dev (npm
 * run bench:quality, answer in quote, plain / FAQ mode): en 0.892 / 0.890 → 0.894 / 0.892, de 0.835 /
 * 0.835 → 0.838 / 0.835, ar 0.832 / 0.825 → 0.835 / 0.827, hi +0.2, ro −0.2, tr −0.1 to −0.2, the other
 * five unchanged, every language's quotes 0.1–0.9 words shorter. At 0.5: de and ar 0.3 points higher still,
 * but ro 0.4 lower; at 1: en below today's, es −0.3 to −0.4.
 */
export const CONTEXT_LENGTH_EXPONENT = 0.35;

/**
 * The weight `withContext` ranks a neighbouring sentence by: `held`, the question's weight it holds (e.g.
 * the idf mass of the question's terms in it), per `terms ** CONTEXT_LENGTH_EXPONENT`, `terms` being how
 * many distinct terms it has (at least 1). 0 when it holds none of the question.
 */
export const contextWeight = (held: number, terms: number): number => held / Math.max(1, terms) ** CONTEXT_LENGTH_EXPONENT;

/**
 * The sentences an answer quotes: its best run, widened as context up to MAX_QUOTE_SENTENCES. A sentence
 * that holds the question's words often names the topic while the fact asked for sits beside it ("…soon
 * faced 3rd-and-9." then "Newton fumbled…"). A one-sentence run takes the neighbour that holds more of the
 * question by `held(i)` (sentence `i`'s weight, e.g. its `contextWeight`; the next one on a tie or without
 * `held`); a run still short of three then takes a neighbour that holds any of the question (weight above
 * 0; the better one first) or states the kind of fact asked for (`states(i)`, which also wins a tie).
 *
 * On XQuAD's dev split (npm run bench:quality, answer in quote): always the next sentence took English from
 * 0.820 to 0.863; the neighbour by `held` to 0.869 (FAQ mode, where an FAQ answer's source is quoted so
 * too: 0.823 → 0.852); the third sentence to 0.892 (FAQ mode 0.880), 2–3 points in every language but Thai,
 * for 71 words a quote on average instead of 57. Three sentences always scored 0.894 at 79 words.
 * A run scoring under WEAK_RUN takes its third sentence even when that holds none of the question.
 * A third sentence that states the fact asked for though it repeats none of the question ("When were
 * they naturalised?" … "On 12 May 1705, the Assembly passed an act…"), for a date or a number: en 0.894 /
 * 0.892 → 0.895 / 0.894, de 0.838 / 0.835 → 0.840 / 0.837, ru +0.2 plain, the rest unchanged, for 0.2–0.7
 * more words a quote (en 0.6). A name as well (a capitalised word, in most sentences of an article): tr
 * +0.1 / +0.2 too, but 0.3–2.8 more words a quote.
 * A run whose first sentence leans on the one before (`leans(i)`, see `leansBack`: it opens with a pronoun
 * or refers to "these devices") takes that one first, whatever its weight: "What device is used to treat
 * carbon monoxide poisoning?" is asked of "…are sometimes treated using these devices.", and the device is
 * named before it. XQuAD dev (npm run bench:quality, answer in quote, plain / FAQ mode): en 0.915 / 0.909
 * → 0.917 / 0.909, ar plain 0.861 → 0.863, de 0.874 / 0.864 → 0.877 / 0.866, es 0.891 / 0.888 → 0.892 /
 * 0.890, the other eight unchanged, for 0–0.3 more words a quote. Taking also the sentence after a run when that one leans on the run lost en, ro and
 * ru 0.2 points each; taking the leaned-on sentence even into a strong run holding none of the question
 * gained nothing, for 0.3 more words a quote. Since then, taking first a neighbour that states the date or
 * number asked for when the run states none moved no figure (a run is chosen with `typeWeight`: where a
 * neighbour states one, so does the run), and widening every run to three sentences left English at 0.917 /
 * 0.909 for 4.4 more words a quote (ar, de, el, tr, zh +0.1 to +0.2 points).
 * `count` is the paragraph's sentence count; with `opensItem` (see `bestWindow`), context stays in the run's
 * bullet item, and a run in an item takes its first sentence first, as one that leans on it (the item's
 * label: "- Level 10: Sapling." before "You can change your nickname.").
 */
export function withContext(window: Window, count: number, held?: (sentence: number) => number, states?: (sentence: number) => boolean, leans?: (sentence: number) => boolean, opensItem?: (sentence: number) => boolean): Window {
  let quoted = window;
  // A neighbour's rank: its weight, then whether it states the fact asked for; -1 past the paragraph's ends
  // and past the run's list item (see `opensItem`).
  const rank = (i: number): [number, boolean] =>
    i < 0 || i >= count || opensItem?.(i < quoted.from ? quoted.from : i) ? [-1, false] : [held?.(i) ?? 0, states?.(i) ?? false];
  const beats = ([w, s]: [number, boolean], [v, t]: [number, boolean]) => w > v || (w === v && s && !t);
  while (quoted.to - quoted.from < MAX_QUOTE_SENTENCES) {
    const before = rank(quoted.from - 1);
    const after = rank(quoted.to);
    // A run opening on a sentence that leans on the one before ("…are sometimes treated using these devices.")
    // takes that one first, whatever it holds: it names what the run refers to. Cut off, "It is the fastest…
    // OpenVPN is available on port 443" told a member OpenVPN is the fastest (an English trial).
    const leaning = quoted.from > 0 && (leans?.(quoted.from) || (opensItem !== undefined && itemOpenedBefore(quoted.from, opensItem)));
    const next = leaning || beats(before, after) ? before : after;
    // A single sentence always takes one neighbour, and so does a weak run; a longer run only one that holds
    // part of the question or states the fact asked for.
    const open = quoted.to - quoted.from === 1 || window.score < WEAK_RUN;
    if (next[0] < 0 || (!open && !leaning && next[0] === 0 && !next[1])) return quoted;
    quoted = next === before ? { ...quoted, from: quoted.from - 1 } : { ...quoted, to: quoted.to + 1 };
  }
  return quoted;
}

/** Whether sentence `i` runs on in a bullet item that one of the two sentences before it opened (see `withContext`). */
const itemOpenedBefore = (i: number, opensItem: (sentence: number) => boolean): boolean => !opensItem(i) && (opensItem(i - 1) || (i > 1 && opensItem(i - 2)));

/**
 * What a run of sentences gains, per pair of the question's adjacent words it writes adjacent too (see
 * `pairsBySentence`), in `bestWindow`'s units (shares of the question's weight). A question often copies a
 * phrase of the sentence that answers it ("The West saw the East as what?" of "…Defining the East as a
 * negative vision of itself, as its inferior…"), where every sentence of the paragraph holds its terms.
 * XQuAD dev (npm run bench:quality, answer in quote, plain / FAQ mode, against none): en 0.917 / 0.909 →
 * 0.922 / 0.913, el +0.3 / +0.2, es +0.3 / 0, hi +0.2 / 0, ru +0.2 / +0.2, vi +0.2 / +0.4, ro −0.4 /
 * −0.2, ar, de, th, tr and zh unchanged; quotes up to 0.6 words shorter (vi 0.3 longer). Counting one pair
 * at most, more pairs breaking a tie: en the same, de, el, es, hi, ro, ru, vi −0.2 to +0.4; so at 0.05 or
 * 0.08, de −0.2 to −0.8. A pair of any two words (two content words too, which restate terms the run
 * holds already) gained English 0.3 / 0.4 but lost ar, de, el, es and ro 0.2–0.4 points.
 */
export const PAIR_WEIGHT = 0.03;

/**
 * Per sentence (its lower-cased `words`, in order), how many of the question's pairs of adjacent words
 * (`asked`, lower-cased, in order) it writes adjacent too, counting only a pair of one content word and one
 * stopword (`content` tells them apart): "the East as what?" → "east as", which says how the question's
 * terms stand where its terms alone do not ("…positioned the East as irrational…").
 */
export function pairsBySentence(asked: readonly string[], sentences: readonly (readonly string[])[], content: (word: string) => boolean): number[] {
  const pairs = new Set<string>();
  for (let i = 1; i < asked.length; i++) if (content(asked[i - 1]!) !== content(asked[i]!)) pairs.add(`${asked[i - 1]} ${asked[i]}`);
  return sentences.map((words) => {
    const found = new Set<string>();
    for (let i = 1; pairs.size && i < words.length; i++) {
      const pair = `${words[i - 1]} ${words[i]}`;
      if (pairs.has(pair)) found.add(pair);
    }
    return found.size;
  });
}

/** `score` (a `bestWindow` score) plus PAIR_WEIGHT per pair its sentences write (`pairs`, see `pairsBySentence`), for a run that scores at all. */
export function withPairs(score: (from: number, to: number) => number, pairs: readonly number[]): (from: number, to: number) => number {
  return (from, to) => {
    const value = score(from, to);
    if (value <= 0) return value;
    let found = 0;
    for (let i = from; i < to; i++) found += pairs[i]!;
    return value + PAIR_WEIGHT * found;
  };
}

/** The verbatim text of sentences `[from, to)` of `raw`, from the first's start to the last's end. */
export const sliceSentences = (raw: string, list: Sentence[], from: number, to: number): string =>
  raw.slice(list[from]!.start, list[to - 1]!.end);

/**
 * Shortest prefix, in letters, that a question word and a sentence's word must share to be read as forms of
 * one word that the stemmer left apart (see `sharesStem`). On XQuAD dev (npm run bench:quality, answer in
 * quote, plain / FAQ mode, against no such matching): at 6, en +0.2 / 0, de +0.2 / +0.4, el +0.2 / 0, hi
 * +0.2 / +0.2, ro +0.8 / +0.6, ru +0.2 / 0, tr +0.5 / +0.6, the other five unchanged, for 0–0.5 more words
 * a quote. At 5 and 4, German gained up to 0.8 points but Spanish lost 0.2 and quotes grew up to 0.8 words;
 * at 7, half the gains were left.
 */
export const LOOSE_PREFIX = 6;

/** Share of the shorter word that prefix must be: a long word's first six letters are not the word. */
const LOOSE_SHARE = 0.7;

/**
 * Whether two words (lower-cased as `Analyzer.lowerCase` does) are likely forms of one word that the
 * stemmer did not bring together: they share their first LOOSE_PREFIX letters and 70 % of the shorter
 * one ("jacksonville" and "jackson", Romanian "farmaceutic" and "farmaceutice", German "meerwasser" and
 * "meerwassers"). Read only where a quote is chosen: the index keeps its exact terms.
 */
export function sharesStem(a: string, b: string): boolean {
  const most = Math.min(a.length, b.length);
  let k = 0;
  while (k < most && a[k] === b[k]) k++;
  return k >= LOOSE_PREFIX && k >= LOOSE_SHARE * most;
}

/**
 * Per sentence, which of `asked` (a question's content words) one of its `words` shares a stem with (see
 * `sharesStem`), or writes the same number as by `value` (a figure and a number word: see `numberValue`),
 * as indices into `asked`, ascending. Other words shorter than LOOSE_PREFIX letters never match.
 */
export function looseMatches(asked: readonly string[], sentences: readonly (readonly string[])[], value: (word: string) => string | null = () => null): number[][] {
  // By their first LOOSE_PREFIX letters, the only words of a sentence worth comparing are found at once.
  const byPrefix = new Map<string, number[]>();
  const byValue = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => map.set(key, [...(map.get(key) ?? []), i]);
  asked.forEach((word, i) => {
    const number = value(word);
    if (number !== null) add(byValue, number, i);
    if (word.length >= LOOSE_PREFIX) add(byPrefix, word.slice(0, LOOSE_PREFIX), i);
  });
  return sentences.map((words) => {
    const found = new Set<number>();
    for (const w of words) {
      const number = byValue.size ? value(w) : null;
      if (number !== null) for (const i of byValue.get(number) ?? []) found.add(i);
      if (w.length < LOOSE_PREFIX) continue;
      for (const i of byPrefix.get(w.slice(0, LOOSE_PREFIX)) ?? []) if (sharesStem(asked[i]!, w)) found.add(i);
    }
    return [...found].sort((a, b) => a - b);
  });
}
