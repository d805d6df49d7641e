import { InvertedIndex, type PostingsState, type QueryTerm } from './bm25.js';
import type { Analyzer } from './tokenize.js';
import { CORRECTED_WEIGHT, TypoCorrector, type TypoState } from './typos.js';

/** What a built `Suggester` is made of, besides its items (see `Suggester.state`). */
export interface SuggesterState {
  index: PostingsState;
  words: TypoState;
}

/**
 * Autocomplete over short texts (FAQ questions, article titles), well under a millisecond a keystroke at any
 * size (over 40,000 synthetic FAQ questions, p50 0.16 ms, p99 0.5 ms): a BM25F index of three fields per
 * text: its terms; a second, lighter field (a question's article title); and its function words (the
 * stopwords and question words the terms leave out), lighter still, so what a member types before any topic
 * word ("how much", "¿a qué") already ranks the texts that begin so. A typed
 * word counts by its own term or a typo correction of it, and the word being typed by the vocabulary terms
 * and function words it begins (the most common terms first).
 *
 * It replaced fuse.js on pools of up to 2,000 texts: `npm run bench:quality -- --only autocomplete` types
 * StackFAQ's test paraphrases and the trial sites' questions word by word, and this offers the question
 * asked first at 0.387 and 0.574 of the prefixes where fuse.js did at 0.245 and 0.471 (MiniSearch 0.267 and
 * 0.521), more often at every number of words typed, in 19 µs a keystroke where fuse.js took 685 to 2,771.
 */
export class Suggester<T> {
  private index = new InvertedIndex([
    { weight: 1, b: 0.75 },
    { weight: 0.3, b: 0.75 },
    { weight: FUNCTION_WORD_WEIGHT, b: 0.75 },
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
   * can pause; its value is the suggester. `fields` gives an item's fields (see `suggestionFields`).
   */
  static *building<T>(count: number, item: (n: number) => T, fields: (item: T) => SuggestionFields, slice = 256): Generator<void, Suggester<T>> {
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
   * is complete (its term, else a typo correction; a function word, itself); the last one, unless a space
   * follows it, is still being typed: the most common terms it begins, the longest term it begins with, the
   * function words it begins, and a typo correction when it begins no term. Chat's spellings of question
   * words are read as the words (see `Analyzer.respelled`). Empty when no typed word is in any text.
   */
  search(typed: string, analyzer: Analyzer, limit: number): T[] {
    const query: QueryTerm[] = [];
    const seen = new Set<number>();
    const add = (id: number | undefined, weight: number) => {
      if (id === undefined || seen.has(id)) return;
      seen.add(id);
      query.push({ id, weight });
    };
    // Chat's spellings of question words written out ("wat is" is "what is"), unless the texts hold them.
    const held = (word: string) => {
      const lower = analyzer.lowerCase(word);
      return this.index.termId(analyzer.contentTerm(lower) ?? functionWord(analyzer, lower)) !== undefined;
    };
    const tokens = analyzer.tokens(analyzer.respelled(typed, held));
    const typing = /[\p{L}\p{M}\p{N}]$/u.test(typed) ? tokens.at(-1)?.word : undefined;
    for (const { word } of tokens) if (word !== typing && analyzer.contentTerm(word) === null) add(this.index.termId(functionWord(analyzer, word)), 1);
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
      for (const id of this.words.startingWith(functionWord(analyzer, typing))) add(id, 1);
      if (!completions.length) add(this.words.correct(typing, (id) => this.index.documentFrequency(id)), CORRECTED_WEIGHT);
    }
    if (!query.length) return [];
    return this.index.search(query, limit).map((hit) => this.item(hit.doc));
  }
}

/**
 * A text's three fields as `Suggester.building` reads them, analysed with `analyzer`: the terms of `text`,
 * the terms of `second`, and the function words of `text` (its words that are no term: see `functionWord`).
 */
export type SuggestionFields = [string[], string[], string[]];

export function suggestionFields(analyzer: Analyzer, text: string, second: string): SuggestionFields {
  const functionWords = analyzer.words(text).filter((word) => analyzer.contentTerm(word) === null);
  return [analyzer.terms(text), analyzer.terms(second), functionWords.map((word) => functionWord(analyzer, word))];
}

/**
 * A function word as the index holds it: in the form terms take (see `Analyzer.termForm`), marked with a
 * leading U+0001 (no term holds a control character), so "will" the stopword is not the stem of "willing",
 * and no typo correction (which keeps a word's first letter) or term completion turns into one.
 */
const functionWord = (analyzer: Analyzer, word: string): string => `\u0001${analyzer.termForm(word)}`;

/**
 * The weight of the function-word field, beside the text's terms' 1 and the second field's 0.3: enough to
 * order texts by the words typed before any topic word, and to break ties among texts that share the topic
 * words, never to outrank a topic word. Chosen before measuring; on the trial sites' FAQ paraphrases, 0.3
 * offered the asked question first about as often (0.533 of prefixes against 0.535) and 1 less often
 * (0.520, and 0.790 of whole questions against 0.822).
 */
const FUNCTION_WORD_WEIGHT = 0.5;

const MIN_COMPLETED_PREFIX = 2;
/** Shortest stem a word typed past it is matched to (shorter ones are most words' beginnings). */
const MIN_STEM_PREFIX = 4;
/** Terms a word being typed stands for, the most common first: enough for the 25 choices Discord shows. */
const MAX_COMPLETIONS = 32;
