/**
 * Character trigrams, for a typo-tolerant closeness of a question to an FAQ phrasing that costs
 * microseconds and no index: a typo or another word ending changes the few trigrams around it and leaves
 * the rest.
 *
 * Words are lower-cased and padded as PostgreSQL's pg_trgm pads them (two spaces before, one after), so a
 * word's start weighs more than its middle and a one-letter word still has a trigram. A trigram is three
 * UTF-16 code units packed into one exact number (48 bits), so sets of them never collide.
 */
import { grown } from './word-table.js';

/** Runs of letters, combining marks and digits: the words character n-grams are taken from. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** How a language reads words: lower-cased by its rules, and which words to leave out (its stopwords:
 * "what", "the" match anything), as `Analyzer.lowerCase` and `Analyzer.isStopword` do. */
export interface WordRules {
  lower(text: string): string;
  skip(word: string): boolean;
}

/**
 * WORD for `eachTrigram` alone: its `exec` keeps its place in `lastIndex`, so `rules` and `each` must not
 * call back into `eachTrigram` (through `trigrams`, `dice` or `TrigramSets.add`), which would start it over.
 */
const TRIGRAM_WORD = new RegExp(WORD.source, WORD.flags);
const SPACE = 0x20;

/**
 * Calls `each` with every trigram of `text`'s words but those `rules` skip, repeats included. By
 * TRIGRAM_WORD's `exec` and offsets into the lower-cased text, with no padded copy of a word: with
 * `matchAll` and a copy per word, taking the FAQ phrasings' trigrams (see `TrigramSets.add`) was 4.6 % of
 * building the index of 100k paragraphs in a CPU profile; by offsets, 3.2 %.
 */
function eachTrigram(text: string, rules: WordRules, each: (trigram: number) => void): void {
  const lower = rules.lower(text);
  TRIGRAM_WORD.lastIndex = 0;
  for (let match = TRIGRAM_WORD.exec(lower); match; match = TRIGRAM_WORD.exec(lower)) {
    const word = match[0];
    if (rules.skip(word)) continue;
    // The word padded as "  word ": its code units, spaces outside it.
    const code = (i: number) => (i < 2 || i >= word.length + 2 ? SPACE : word.charCodeAt(i - 2));
    for (let i = 0; i + 3 <= word.length + 3; i++) each(code(i) * 0x100000000 + code(i + 1) * 0x10000 + code(i + 2));
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

/** What `TrigramSets` is made of, for the index snapshot. */
export interface TrigramSetsState {
  values: Float64Array;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * The distinct trigrams of many texts (each as `trigrams` gives them), numbered 0, 1, 2, … in the order
 * added, kept in typed arrays: taken once when the texts are indexed, so comparing a question with one (see
 * `dice`) reads numbers instead of analysing the text on each question. An FAQ phrasing of ~60 characters
 * holds about 40 trigrams: 320 bytes. A text's trigrams are kept sorted, each once. A text added again with the same rules (an entry repeated in several
 * articles) shares the first one's trigrams.
 */
export class TrigramSets {
  private values = new Float64Array(1 << 10);
  private size = 0;
  /** Text `n`'s trigrams are `values[starts[n]]` to `values[ends[n] - 1]`. */
  private starts = new Int32Array(1 << 10);
  private ends = new Int32Array(1 << 10);
  private count = 0;
  /** While adding: per rules, the number of each text added. */
  private added: Map<WordRules, Map<string, number>> | null = new Map();

  static restore(state: TrigramSetsState): TrigramSets {
    const sets = new TrigramSets();
    Object.assign(sets, { values: state.values, starts: state.starts, ends: state.ends, count: state.starts.length, size: state.values.length, added: null });
    return sets;
  }

  /** The state to store in a snapshot; call `seal` first. Shares the arrays: never change them. */
  state(): TrigramSetsState {
    return { values: this.values, starts: this.starts, ends: this.ends };
  }

  /** Adds the next text's trigrams as `rules` read it; null adds a text with none (one never compared). */
  add(text: string | null, rules: WordRules): void {
    if (!this.added) throw new Error('the trigram sets are sealed');
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts, 2 * this.count);
      this.ends = grown(this.ends, 2 * this.count);
    }
    const n = this.count++;
    let texts = this.added.get(rules);
    if (!texts) this.added.set(rules, (texts = new Map()));
    const same = text === null ? undefined : texts.get(text);
    if (same !== undefined) {
      this.starts[n] = this.starts[same]!;
      this.ends[n] = this.ends[same]!;
      return;
    }
    const start = (this.starts[n] = this.size);
    if (text !== null) {
      texts.set(text, n);
      eachTrigram(text, rules, (t) => {
        if (this.size === this.values.length) this.values = grown(this.values, 2 * this.size);
        this.values[this.size++] = t;
      });
      // Each once, sorted (no set of numbers: each trigram in one would be a heap number).
      const all = this.values.subarray(start, this.size).sort();
      let distinct = 0;
      for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
      this.size = start + distinct;
    }
    this.ends[n] = this.size;
  }

  /** Trims the arrays to what they hold and lets go of what adding needed; nothing can be added after. */
  seal(): void {
    this.values = this.values.slice(0, this.size);
    this.starts = this.starts.slice(0, this.count);
    this.ends = this.ends.slice(0, this.count);
    this.added = null;
  }

  /** `dice(query, text, rules)` of text `n`, as added. */
  dice(query: ReadonlySet<number>, n: number): number {
    const from = this.starts[n]!;
    const to = this.ends[n]!;
    let shared = 0;
    for (let i = from; i < to; i++) if (query.has(this.values[i]!)) shared++;
    return query.size + to - from ? (2 * shared) / (query.size + to - from) : 0;
  }
}
