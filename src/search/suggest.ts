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
 * size (over 40,023 synthetic FAQ questions, p50 0.18 ms, p99 0.56 ms): a BM25F index of three fields per
 * text: its terms; a second, lighter field (a question's article title); and its function words (the
 * stopwords and question words the terms leave out), lighter still, so what a member types before any topic
 * word ("how much", "¿a qué") already ranks the texts that begin so. A typed
 * word counts by its own term or a typo correction of it, and the word being typed by the vocabulary terms
 * and function words it begins (the most common terms first).
 *
 * It replaced fuse.js on pools of up to 2,000 texts: `npm run bench:quality -- --only autocomplete` types
 * StackFAQ's test paraphrases and the trial sites' questions word by word (character by character where
 * written without spaces), and this offers the question asked first at 0.388 and 0.586 of the prefixes
 * where fuse.js did at 0.245 and 0.459 (MiniSearch 0.267 and 0.469), more often at every number of words
 * typed, in about 20 µs a keystroke where fuse.js took 641 to 2,707.
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
   * is complete: its term, else a typo correction, and itself as a function word of any text's language
   * (the question's detected language may be another: a German "Wann" read as English). The last one, unless
   * a space follows it, is still being typed: itself as a function word, the most common terms it begins,
   * the longest term it begins with, the function words it begins (all of them lighter when it is a whole
   * function word already: "is" is not "issue"), and a typo correction when it begins no term; in a script
   * written without spaces, the terms its last few letters begin ("食べ" of "食べ物", segmented 食|べ). Chat's
   * spellings of question words are read as the words (see `Analyzer.respelled`), but for a word being typed
   * that begins a term ("wat" of "water"). Empty when no typed word is in any text.
   */
  search(typed: string, analyzer: Analyzer, limit: number): T[] {
    const query: QueryTerm[] = [];
    const seen = new Set<number>();
    const add = (id: number | undefined, weight: number) => {
      if (id === undefined || seen.has(id)) return;
      seen.add(id);
      query.push({ id, weight });
    };
    // The letters typed since the last space or mark, while a word is being typed.
    const run = /[\p{L}\p{M}\p{N}]+$/u.exec(typed)?.[0] ?? '';
    const begins = (letters: string) => letters !== '' && this.words.startingWith(letters).length > 0;
    const held = (word: string) => {
      const lower = analyzer.lowerCase(word);
      if (word === run && begins(analyzer.termForm(lower))) return true;
      return this.index.termId(analyzer.contentTerm(lower) ?? functionWord(analyzer, lower)) !== undefined;
    };
    const tokens = analyzer.tokens(analyzer.respelled(typed, held));
    const typing = run ? tokens.at(-1)?.word : undefined;
    const finished = typing === undefined ? tokens : tokens.slice(0, -1);
    for (const { word } of finished) add(this.index.termId(functionWord(analyzer, word)), 1);
    for (const { word, term } of analyzer.queryTerms(tokens)) {
      const exact = this.index.termId(term) ?? this.index.termId(word);
      if (exact !== undefined) add(exact, 1);
      else if (word !== typing) add(this.words.correct(word, (id) => this.index.documentFrequency(id)), CORRECTED_WEIGHT);
    }
    if (typing !== undefined) {
      // A one-letter word may be one already (Spanish "¿A", English "I", or the "I" of "I'm").
      const whole = this.index.termId(functionWord(analyzer, typing));
      add(whole, 1);
      const begun = whole === undefined ? 1 : BEGUN_BY_WHOLE;
      const prefix = analyzer.termForm(typing);
      // The word being typed may be a stopword so far ("wh" of "when"): complete it only from 2 letters, but
      // from one Han, katakana or hangul character, which holds a syllable or a meaning ("食" of "食べ物").
      if ((typing.length >= MIN_COMPLETED_PREFIX || WHOLE_SYLLABLE.test(typing)) && prefix !== '') {
        const completions = [...this.words.startingWith(prefix)];
        completions.sort((a, b) => this.index.documentFrequency(b) - this.index.documentFrequency(a));
        for (const id of completions.slice(0, MAX_COMPLETIONS)) add(id, begun);
        // Typed past its stem ("configura" of "configur"): the longest term the typed letters begin with.
        for (let end = Math.min(prefix.length - 1, MAX_STEM_SEARCH); end >= MIN_STEM_PREFIX; end--) {
          const id = this.index.termId(prefix.slice(0, end));
          if (id === undefined) continue;
          add(id, begun);
          break;
        }
        for (const id of this.words.startingWith(functionWord(analyzer, typing))) add(id, begun);
        if (!completions.length) add(this.words.correct(typing, (id) => this.index.documentFrequency(id)), CORRECTED_WEIGHT);
      }
      // Letters of a script without spaces that its segmentation cut: the longest tail of the run, up to
      // MAX_UNSPACED_TAIL letters and longer than the word, that begins a term.
      const letters = analyzer.termForm(analyzer.lowerCase(run));
      for (let length = Math.min(letters.length, MAX_UNSPACED_TAIL); length > typing.length; length--) {
        const tail = letters.slice(-length);
        if (!begins(tail)) continue;
        for (const id of this.words.startingWith(tail).slice(0, MAX_COMPLETIONS)) add(id, 1);
        break;
      }
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
  // Read once: its terms and its function words come from the same tokens.
  const tokens = analyzer.tokens(text);
  const functionWords = tokens.filter(({ word }) => analyzer.contentTerm(word) === null).map(({ word }) => functionWord(analyzer, word));
  return [analyzer.termsOfTokens(tokens), analyzer.terms(second), functionWords];
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
 * words, never to outrank a topic word. Chosen before measuring, and kept: on the trial sites' FAQ
 * paraphrases (no held-out split), a reviewer found 0.3 first as often (@1 .547 against .548) and better on
 * whole questions (.849 against .840), and 1 worse on both (.528, .807).
 */
const FUNCTION_WORD_WEIGHT = 0.5;

const MIN_COMPLETED_PREFIX = 2;
const WHOLE_SYLLABLE = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * How much the words a whole function word begins count while it is typed ("is" begins "issue", "que"
 * "quelle", "ли" "ливнул"): a reviewer found "est-ce que" and "Можно ли" offering "À quelle heure…" and
 * "…ливнул?" first. Prototyped with the fixes beside it (trial sites @1 .574 → .580, StackFAQ unchanged).
 */
const BEGUN_BY_WHOLE = 0.15;
/** Longest stem sought in a word typed past it: a 6,000-letter "word" took 50 ms of slicing. */
const MAX_STEM_SEARCH = 40;
/** Longest tail of an unspaced run tried as the start of a term (see `Suggester.search`). */
const MAX_UNSPACED_TAIL = 4;
/** Shortest stem a word typed past it is matched to (shorter ones are most words' beginnings). */
const MIN_STEM_PREFIX = 4;
/** Terms a word being typed stands for, the most common first: enough for the 25 choices Discord shows. */
const MAX_COMPLETIONS = 32;
