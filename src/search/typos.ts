import { FNV_OFFSET, fnvStep } from './hash.js';

/**
 * Looks words up in a vocabulary by their spelling: the terms that start with a prefix or share a long one
 * with a word, and the terms one typo away from a word the corpus does not contain, the latter with the symmetric
 * delete method: two strings are one edit (insert, delete, substitute, transpose) apart only if deleting
 * at most one character from each makes them equal, so a map from "term minus one character" to terms
 * finds every candidate without scanning the vocabulary.
 */
export class TypoCorrector {
  private deletes: Deletions | null = null;

  /** `vocabulary[i]` is term i; only terms of `minLength` or more are corrected or offered. */
  constructor(
    private readonly vocabulary: readonly string[],
    private readonly minLength = 4,
  ) {}

  /** The built maps, to store in a snapshot (`node:v8` serialize); builds them first if needed. */
  state(): TypoState {
    const { starts, ids } = this.map();
    return { minLength: this.minLength, starts, ids, order: this.sorted() };
  }

  /** A corrector over `vocabulary` (the one `state` was taken with) that needs no building. */
  static restore(vocabulary: readonly string[], state: TypoState): TypoCorrector {
    const corrector = new TypoCorrector(vocabulary, state.minLength);
    corrector.deletes = new Deletions(state.starts, state.ids);
    corrector.order = state.order;
    return corrector;
  }

  /**
   * The term a word is most likely a typo of, from its `spellings` (the word as typed, then its stem; or
   * one): the most common (by `frequency`) one edit from the first spelling that has any; among equally
   * common ones the longest, as for a left-out letter ("Shelly" → "Shelley", not "shell"), then the first
   * in the vocabulary; but a term an edit fingers or spelling make gives (see `likelyEdit`) before any other
   * ("contollers" is "controllers" rather than the commoner "consoles"). Only where a typo is likely: words
   * of MIN_TYPO_LENGTH letters or more, and never an edit of the first letter (people rarely mistype it,
   * and "bread" is not a typo of "read"). Numbers are never typos. Where no spelling is one edit from a
   * term, a term with one letter of it put back in its place (see `letterMoved`): "Ghandi" is "Gandhi"; a
   * real word the articles lack may so become another ("steak" a "stake"), as one edit makes "winner" a
   * "winter". The autocomplete's corrections (suggest.ts) read moved letters too.
   */
  correct(spellings: string | readonly string[], frequency: (id: number) => number, accept: (id: number) => boolean = () => true): number | undefined {
    const words = [...new Set(typeof spellings === 'string' ? [spellings] : spellings)].filter((word) => !DIGIT.test(word) && word.length >= MIN_TYPO_LENGTH && word.length <= MAX_TYPO_LENGTH);
    const near = words.map((word) => ({ word, ids: this.near(word).filter((id) => this.vocabulary[id]![0] === word[0] && accept(id)) }));
    for (const apart of [oneEditApart, letterMoved]) {
      for (const { word, ids } of near) {
        // `likelyEdit` judges one edit; moved letters are ranked by frequency alone.
        const best = ids
          .filter((id) => apart(word, this.vocabulary[id]!))
          .map((id) => ({ id, likely: apart === oneEditApart ? +likelyEdit(word, this.vocabulary[id]!) : 0 }))
          .sort((a, b) => b.likely - a.likely || frequency(b.id) - frequency(a.id) || this.vocabulary[b.id]!.length - this.vocabulary[a.id]!.length || a.id - b.id)[0];
        if (best) return best.id;
      }
    }
    return undefined;
  }

  /** Term ids within one edit of `word`, in no particular order. */
  candidates(word: string): number[] {
    return this.near(word).filter((id) => oneEditApart(word, this.vocabulary[id]!));
  }

  /**
   * Term ids that may equal `word` once at most one character is deleted from each (those one edit away,
   * those with one letter moved: see `letterMoved`), with those that only share a key's bucket: the caller
   * tests each.
   */
  private near(word: string): number[] {
    if (word.length < this.minLength) return [];
    const map = this.map();
    const found = new Set<number>();
    const add = (id: number) => found.add(id);
    // The keys are `word` and `word` minus each character, hashed from its characters: no string made.
    eachKeyHash(word, 0, (hash) => map.each(hash, add));
    return [...found];
  }

  /**
   * The term that shares the longest prefix with `word` (ties: the more frequent, by `frequency`), when
   * the prefix holds at least `minPrefix` characters and `minShare` (0 to 1) of the shorter of the two:
   * another inflection of the same stem ("выиграла" → "выигра", "yenmiştir" → "yenm").
   */
  sharingPrefix(word: string, minPrefix: number, minShare: number, frequency: (id: number) => number): number | undefined {
    if (word.length < minPrefix) return undefined;
    const key = word.slice(0, minPrefix);
    let best: number | undefined;
    let bestShared = 0;
    for (const id of this.startingWith(key)) {
      const term = this.vocabulary[id]!;
      let shared = minPrefix;
      while (shared < word.length && shared < term.length && word[shared] === term[shared]) shared++;
      if (shared < minShare * Math.min(word.length, term.length)) continue;
      if (shared > bestShared || (shared === bestShared && frequency(id) > frequency(best!))) [best, bestShared] = [id, shared];
    }
    return best;
  }

  /**
   * Ids of the terms that start with `prefix`, in the vocabulary's code-unit order: a view of the sorted
   * ids (no copy; never change it), bounded by two bisections rather than a comparison per term.
   */
  startingWith(prefix: string): TermIds {
    const sorted = this.sorted();
    const { vocabulary } = this;
    // The terms before `prefix`, then those starting with it: each bound is where a test turns false.
    const bound = (before: (term: string) => boolean) => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(vocabulary[sorted[mid]!]!)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const from = bound((term) => term < prefix);
    return sorted.subarray(from, bound((term) => term < prefix || term.startsWith(prefix)));
  }

  private order: TermIds | null = null;

  /** Term ids in the vocabulary's code-unit order, for prefix ranges; built on first use. */
  private sorted(): TermIds {
    if (this.order) return this.order;
    const order = termIds(this.vocabulary.length, this.vocabulary.length);
    for (let id = 0; id < order.length; id++) order[id] = id;
    const { vocabulary } = this;
    return (this.order = order.sort((a, b) => (vocabulary[a]! < vocabulary[b]! ? -1 : vocabulary[a]! > vocabulary[b]! ? 1 : 0)));
  }

  /** Built on the first typo, or ahead of time by `SearchIndex.warm()`, rather than with the index. */
  map(): Deletions {
    for (const _ of this.mapping()) continue;
    return this.deletes!;
  }

  /**
   * `map` in steps: yields after every `slice` terms (default 4,096, about 2 ms), for `SearchIndex.build`;
   * then sorts the vocabulary for prefix lookups, so the first one after a build does not wait for it.
   */
  *mapping(slice = 4096): Generator<void> {
    if (this.deletes) return;
    // Numbers are never typos nor corrections, nor a term marked by a leading control character (the
    // autocomplete's function words: see suggest.ts), which keeps no word's first letter: they take no room.
    const spelt = (term: string) => term.length >= this.minLength - 1 && !DIGIT.test(term) && !MARKED.test(term);
    let capacity = 0;
    for (const term of this.vocabulary) if (spelt(term)) capacity += term.length + 1;
    // Each pair's bucket and term first, then a counting sort by bucket (these two arrays are let go after).
    const buckets = 2 ** Math.floor(Math.log2(Math.max(2, capacity / PAIRS_PER_BUCKET)));
    const pairBuckets = new Int32Array(capacity);
    const pairIds = new Int32Array(capacity);
    let pairs = 0;
    for (let id = 0; id < this.vocabulary.length; id++) {
      const term = this.vocabulary[id]!;
      if (spelt(term)) pairs = eachKeyHash(term, pairs, (hash, at) => ((pairBuckets[at] = hash & (buckets - 1)), (pairIds[at] = id)));
      if ((id + 1) % slice === 0) yield;
    }
    this.deletes = Deletions.sorted(buckets, pairBuckets.subarray(0, pairs), pairIds, this.vocabulary.length);
    yield;
    this.sorted();
  }
}

/** Term ids, in 16 bits when every id fits. */
type TermIds = Uint16Array | Int32Array;

/** An array of `length` term ids below `terms`. */
const termIds = (length: number, terms: number): TermIds => (terms <= 0x10000 ? new Uint16Array(length) : new Int32Array(length));

/**
 * Calls `each` with the FNV-1a hash (see hash.ts) of `term` and of each distinct string `term` minus one
 * character gives, and the next pair number from `at` on; returns the number after the last. Hashed from the
 * characters, no string made: deleting any character of a run of equal ones gives the same string, so only
 * the run's first is deleted.
 */
function eachKeyHash(term: string, at: number, each: (hash: number, at: number) => void): number {
  let prefix = FNV_OFFSET;
  for (let i = 0; i < term.length; i++) {
    if (i === 0 || term.charCodeAt(i) !== term.charCodeAt(i - 1)) {
      let hash = prefix;
      for (let j = i + 1; j < term.length; j++) hash = fnvStep(hash, term.charCodeAt(j));
      each(hash >>> 0, at++);
    }
    prefix = fnvStep(prefix, term.charCodeAt(i));
  }
  each(prefix >>> 0, at++);
  return at;
}

/** What a `TypoCorrector` keeps once built: its delete map's arrays and the vocabulary's order. */
export interface TypoState {
  minLength: number;
  starts: Int32Array;
  ids: TermIds;
  order: TermIds;
}

/**
 * The symmetric-delete map (each term, and each term minus one character, to the term's id) as a hash table
 * in two typed arrays, its pairs sorted by bucket: under 3 bytes per pair (2 for the term id where ids fit in
 * 16 bits, 4 for each bucket's start, a bucket per PAIRS_PER_BUCKET pairs or more), where a Map of strings to
 * arrays took about 100 and chained buckets 12 (the typo maps were a third of what `SearchIndex.warm` adds at
 * 10k paragraphs). Keys are not kept: a lookup yields every term of the key's bucket, four to eight pairs per
 * key on average, and the caller's distance check drops those that are not one edit away.
 */
class Deletions {
  /** Per bucket, where its pairs start in `ids` (one more entry: the end). */
  readonly starts: Int32Array;
  readonly ids: TermIds;

  constructor(starts: Int32Array, ids: TermIds) {
    this.starts = starts;
    this.ids = ids;
  }

  /** The map of pair `p`'s term `pairIds[p]` under the key whose bucket (of `buckets`) is `pairBuckets[p]`. */
  static sorted(buckets: number, pairBuckets: Int32Array, pairIds: Int32Array, terms: number): Deletions {
    const starts = new Int32Array(buckets + 1);
    for (const bucket of pairBuckets) starts[bucket + 1]!++;
    for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
    const next = starts.slice(0, buckets);
    const ids = termIds(pairBuckets.length, terms);
    for (let p = 0; p < pairBuckets.length; p++) ids[next[pairBuckets[p]!]!++] = pairIds[p]!;
    return new Deletions(starts, ids);
  }

  /** Calls `found` with the id of every pair in the bucket of the key hashed `hash` (see `eachKeyHash`): those under the key, and a few others. */
  each(hash: number, found: (id: number) => void): void {
    const bucket = hash & (this.starts.length - 2);
    for (let p = this.starts[bucket]!, end = this.starts[bucket + 1]!; p < end; p++) found(this.ids[p]!);
  }
}

/**
 * Pairs per bucket of the delete map, on average at least (up to twice as many: buckets are a power of
 * two). At 1, the bucket starts took 4 bytes a pair beside the ids' 2; at 4, the map of the 10k real-text
 * benchmark corpus is 110 KB rather than 206, and 11,784 of its questions' words with their last letter
 * mistyped got the same corrections in 7.4 µs each rather than 8.2 (at 8: 94 KB, 11.5 µs).
 */
const PAIRS_PER_BUCKET = 4;

/** How much a typo-corrected word counts, in a score and in the share of a question covered. */
export const CORRECTED_WEIGHT = 0.7;

const DIGIT = /\d/;
const MARKED = /^\p{Cc}/u;

/** Shorter words are not corrected: one edit turns too many of them into other words. */
const MIN_TYPO_LENGTH = 5;
/** Nor longer ones: no word is that long, and the lookup grows with the length. */
const MAX_TYPO_LENGTH = 40;

/**
 * Each letter's neighbours on a QWERTY keyboard (the keys around it), with QWERTZ's and AZERTY's moved
 * letters (y and z, w and z) counted as neighbours too.
 */
const KEY_NEIGHBOURS: Record<string, string> = {
  q: 'wa', w: 'qeasz', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tughz', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
  z: 'asxyw', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};
const VOWELS = 'aeiouy';

/**
 * Whether typing `intended` could give `typed`, one edit apart (see `oneEditApart`), by a slip of the
 * fingers or of spelling: a letter left out, two letters swapped, a letter typed twice or beside a
 * neighbouring key's, a neighbouring key's letter for it, or a vowel for a vowel ("definately"). Letters
 * outside a–z (other scripts and keyboards) are taken as likely. Kernighan, Church and Gale (1990) found
 * omissions, insertions of the letter or its neighbour, and transpositions the commonest single typos.
 * Only ranks corrections (see `TypoCorrector.correct`): dropping the others as no typos ("winner" of
 * "winter", "brother" of "bother") helped new-user trials (three wrong answers fewer in four trials, one
 * more in a French one) but cost StackFAQ dev P@1 0.808 → 0.806 and HINT3 overall accuracy a query on two
 * of its three bots (npm run bench:quality): real members' typos are not all slips of the fingers.
 */
export function likelyEdit(typed: string, intended: string): boolean {
  if (typed.length < intended.length) return true;
  let i = 0;
  while (i < intended.length && typed[i] === intended[i]) i++;
  const slip = typed[i]!;
  if (!(slip in KEY_NEIGHBOURS)) return true;
  const near = (key: string | undefined) => key !== undefined && (key === slip || (KEY_NEIGHBOURS[key] ?? '').includes(slip));
  // A letter added: the one before or after it again, or its neighbour.
  if (typed.length > intended.length) return near(typed[i - 1]) || near(typed[i + 1]);
  const meant = intended[i]!;
  if (typed[i + 1] === meant && intended[i + 1] === slip) return true;
  return !(meant in KEY_NEIGHBOURS) || near(meant) || (VOWELS.includes(slip) && VOWELS.includes(meant));
}

/**
 * Whether `distance(a, b) <= 1`, in one pass and no allocation: the two are equal, or differ by one
 * substitution, one adjacent transposition, or one character more in one of them.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length) return true;
  if (a.length > b.length) return sameFrom(a, b, i + 1, 1);
  if (sameFrom(a, b, i + 1, 0)) return true;
  return i + 1 < a.length && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, b, i + 2, 0);
}

/**
 * Whether `b` is `a` with one letter moved across two to MAX_LETTER_MOVE others: a slip of spelling one
 * edit cannot undo ("ghandi" of "gandhi"; moved across one, as in "recieve", it is a transposition, which
 * `oneEditApart` takes). The two differ in one span, whose first letter in one is its last in the other,
 * the letters between shifted by one. Two edits apart (`distance`).
 */
export function letterMoved(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = a.length - 1;
  while (j > i && a[j] === b[j]) j--;
  if (j - i < 2 || j - i > MAX_LETTER_MOVE) return false;
  const rotated = (x: string, y: string) => x[i] === y[j] && x.slice(i + 1, j + 1) === y.slice(i, j);
  return rotated(a, b) || rotated(b, a);
}

/**
 * How many letters a moved letter may cross (see `letterMoved`): "ghandi" moves its "h" across three.
 * npm run bench:quality, with moved letters read so: XQuAD dev paragraph@1 English 0.943 → 0.944 plain,
 * 0.939 → 0.941 FAQ mode ("What was Ghandi's work called?"), Spanish and Vietnamese +0.2 points; StackFAQ
 * and HINT3 unchanged.
 */
const MAX_LETTER_MOVE = 3;

/** Whether `a` from `from` on equals `b` from `from - skip` on. */
function sameFrom(a: string, b: string, from: number, skip: number): boolean {
  for (let k = from; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k - skip)) return false;
  return true;
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transposition). */
export function distance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}
