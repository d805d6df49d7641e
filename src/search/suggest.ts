import { InvertedIndex, type PostingsState, type QueryTerm } from './bm25.js';
import type { Analyzer } from './tokenize.js';
import { CORRECTED_WEIGHT, TypoCorrector, type TypoState } from './typos.js';

/** What a built `Suggester` is made of, besides its items (see `Suggester.state`). */
export interface SuggesterState {
  index: PostingsState;
  words: TypoState;
}

/**
 * Autocomplete over many short texts (FAQ questions, article titles) in about a millisecond at any size:
 * a BM25F index of each text's terms and of a second, lighter field (the question's article title), where a
 * typed word counts by its own term or a typo correction of it, and the word being typed by the vocabulary
 * terms it begins (the most common first). fuse.js's character-level matching ranks as well on a small pool
 * but scans every text on each keystroke (~600 ms over 40k questions), so the engine uses this past
 * `MAX_FUZZY_POOL` texts.
 */
export class Suggester<T> {
  private index = new InvertedIndex([
    { weight: 1, b: 0.75 },
    { weight: 0.3, b: 0.75 },
  ]);
  /** The item of each document number, made when a search returns it: many FAQ questions are never suggested. */
  private item!: (n: number) => T;
  private words!: TypoCorrector;

  /** Its index and typo map, to store in a snapshot; its items are the caller's to keep. */
  state(): SuggesterState {
    return { index: this.index.state(), words: this.words.state() };
  }

  /** The suggester `state` was taken from, over the same items (`item(n)`, the n-th) in the same order. */
  static restore<T>(item: (n: number) => T, state: SuggesterState): Suggester<T> {
    const restored = new Suggester<T>();
    restored.item = item;
    restored.index = InvertedIndex.restore(state.index);
    restored.words = TypoCorrector.restore(restored.index.terms, state.words);
    return restored;
  }

  /**
   * Fills a suggester with `count` items, `item(n)` the n-th (called again for each one a search returns: it
   * keeps no item), yielding every `slice` items (default 256) so a caller building it beside a serving index
   * can pause; its value is the suggester. `fields` gives an item's terms: its text's, then the second field's.
   */
  static *building<T>(count: number, item: (n: number) => T, fields: (item: T) => [string[], string[]], slice = 256): Generator<void, Suggester<T>> {
    const built = new Suggester<T>();
    built.item = item;
    for (let n = 0; n < count; n++) {
      built.index.add(fields(item(n)));
      if ((n + 1) % slice === 0) yield;
    }
    yield* built.index.freezing();
    built.words = new TypoCorrector(built.index.terms);
    yield* built.words.mapping();
    return built;
  }

  /**
   * Up to `limit` items matching `typed`, best first, analysed with `analyzer`. A word followed by a space
   * is complete (its term, else a typo correction); the last one, unless a space follows it, is still being
   * typed: the most common terms it begins, the longest term it begins with, and a typo correction when it
   * begins none. Empty when no typed word names a term (only stopwords, or nothing the texts hold).
   */
  search(typed: string, analyzer: Analyzer, limit: number): T[] {
    const query: QueryTerm[] = [];
    const seen = new Set<number>();
    const add = (id: number | undefined, weight: number) => {
      if (id === undefined || seen.has(id)) return;
      seen.add(id);
      query.push({ id, weight });
    };
    const tokens = analyzer.tokens(typed);
    const typing = /[\p{L}\p{M}\p{N}]$/u.test(typed) ? tokens.at(-1)?.word : undefined;
    for (const { word, term } of analyzer.queryTerms(tokens)) {
      const exact = this.index.termId(term) ?? this.index.termId(word);
      if (exact !== undefined) add(exact, 1);
      else if (word !== typing) add(this.words.correct(word, (id) => this.index.documentFrequency(id)), CORRECTED_WEIGHT);
    }
    // The word being typed may be a stopword so far ("wh" of "when"): complete it only from 2 letters.
    if (typing && typing.length >= MIN_COMPLETED_PREFIX) {
      const prefix = analyzer.termForm(typing);
      const completions = [...this.words.startingWith(prefix)];
      completions.sort((a, b) => this.index.documentFrequency(b) - this.index.documentFrequency(a));
      for (const id of completions.slice(0, MAX_COMPLETIONS)) add(id, 1);
      // Typed past its stem ("configura" of "configur"): the longest term the typed letters begin with.
      for (let end = prefix.length - 1; end >= MIN_STEM_PREFIX; end--) {
        const id = this.index.termId(prefix.slice(0, end));
        if (id === undefined) continue;
        add(id, 1);
        break;
      }
      if (!completions.length) add(this.words.correct(typing, (id) => this.index.documentFrequency(id)), CORRECTED_WEIGHT);
    }
    if (!query.length) return [];
    return this.index.search(query, limit).map((hit) => this.item(hit.doc));
  }
}

/** Pools larger than this many texts are searched by `Suggester` rather than fuse.js (see the class comment). */
export const MAX_FUZZY_POOL = 2000;

const MIN_COMPLETED_PREFIX = 2;
/** Shortest stem a word typed past it is matched to (shorter ones are most words' beginnings). */
const MIN_STEM_PREFIX = 4;
/** Terms a word being typed stands for, the most common first: enough for the 25 choices Discord shows. */
const MAX_COMPLETIONS = 32;
