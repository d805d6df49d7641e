import type { Article, Passage } from '../content/types.js';
import { sentences, type Sentence } from './sentences.js';
import type { Analyzer, Lexicon } from './tokenize.js';
import { Lru } from './lru.js';
import { WordTable } from './word-table.js';

/**
 * A passage's sentences and the terms of each, as ranking and quoting read them: sentence `s`'s distinct
 * terms, in order of first use, are `ids[first[s]]` to `ids[first[s + 1] - 1]`, as `Splits` numbers terms
 * (the vocabulary's ids, then the terms only raw texts hold: see `Splits.term`). Two ids are the same term
 * exactly when they are equal, so a question's terms are matched without a string or a set per sentence.
 */
export interface Split {
  list: Sentence[];
  /** Shared by every passage's split: read only from `first[0]` to `first[list.length]`. */
  ids: ArrayLike<number>;
  first: number[];
  /** Which sentences state a date, and which a time, read on first use (see the engine's `typedSentences`). */
  stated?: { date?: readonly boolean[]; time?: readonly boolean[] };
}

/** A passage analysed once at index time: its sentences, each one's terms, and the passage's own terms. */
export interface AnalysedPassage {
  list: Sentence[];
  /** The passage's index terms (those `analyzer.terms(passage.text)` gives), as the index numbers them. */
  ids: number[];
  /** When the sentences' terms are the passage's, one sentence's after another: where each sentence's end in `ids`. */
  sentenceEnds: number[] | null;
  /** Else each sentence's terms, as `analyzer.terms(sentence.text)` gives them. */
  sentenceTerms: string[][] | null;
}

/** The vocabulary terms are numbered in: the inverted index's. */
export interface Vocabulary {
  termId(term: string): number | undefined;
  term(id: number): string;
  readonly terms: readonly string[];
}

/**
 * A sentence of a `Split`, its text sliced from the passage's readable text (see `readable`) when first
 * read: ranking reads most splits' offsets and terms only (a string per sentence of each candidate took a
 * tenth of a question's time).
 */
class SplitSentence implements Sentence {
  private sliced: string | undefined;

  constructor(
    private readonly raw: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    return (this.sliced ??= this.raw.slice(this.start, this.end));
  }
}

/** 16 bits where every value fits (most corpora's vocabularies and passages), else 32. */
type Numbers = Uint16Array | Int32Array;

/** What `Splits` is made of, for the index snapshot: typed arrays and the terms the inverted index lacks. */
export interface SplitsState {
  firstSentence: Int32Array;
  bounds: Numbers;
  firstTerm: Int32Array;
  termIds: Numbers;
  extra: string[];
}

/**
 * A passage's sentences, split and analysed as `split` reads them, with its index terms, numbered by
 * `lexicon` (see `termIdLexicon`). A passage's raw text is its plain text in most articles (every `.txt`
 * one): its sentences' terms then make its terms, as long as white space parts them (all but unspaced
 * scripts), so each word is analysed once. Otherwise the passage's text is analysed on its own.
 */
export function analysePassage(passage: Passage, analyzer: Analyzer, lexicon: Lexicon<number>): AnalysedPassage {
  const list = sentences(readable(passage), analyzer.lang);
  const spaced = passage.raw === passage.text && list.every((s, i) => i === 0 || list[i - 1]!.end < s.start);
  const { whole, ends } = spaced ? analyzer.termsOfParts(passage.raw, list, lexicon) : analyzer.termsOfParts(passage.text, [{ start: 0, end: passage.text.length }], lexicon);
  const sentenceEnds = spaced ? ends : null;
  return { list, ids: whole, sentenceEnds, sentenceTerms: sentenceEnds ? null : list.map((s) => analyzer.terms(s.text)) };
}

/**
 * `passage.raw` with its hidden parts (a Markdown link's address and more: see `Passage.hidden`) blanked,
 * each character to a space, as sentences are split and matched: the same length, so a sentence's offsets
 * quote `raw` as written.
 */
export function readable(passage: Passage): string {
  const { raw, hidden } = passage;
  if (!hidden) return raw;
  let out = '';
  let from = 0;
  for (let i = 0; i < hidden.length; i += 2) {
    out += raw.slice(from, hidden[i]) + ' '.repeat(hidden[i + 1]! - hidden[i]!);
    from = hidden[i + 1]!;
  }
  return out + raw.slice(from);
}

/** Whether a sentence of `passage` holds the term `term`, of id `id` (as `Splits` reads its sentences). */
export function sentencesHold(passage: AnalysedPassage, id: number, term: string): boolean {
  return passage.sentenceEnds ? passage.ids.includes(id) : passage.sentenceTerms!.some((terms) => terms.includes(term));
}

/**
 * Words to the ids an index numbers their terms by (`intern`: see `InvertedIndex.intern`), each word
 * analysed and looked up once per build: a word is read by its number in the lexicon's `WordTable`, and its
 * term id is then an array read (no string made, no Map looked up per occurrence). Only for the terms of
 * passages the index will hold.
 */
export function termIdLexicon(analyzer: Analyzer, intern: (term: string) => number): Lexicon<number> {
  const table = new WordTable(1 << 12);
  /** Per word, its term id as a content word (-1 for a stopword) and as an acronym; UNSEEN until asked. */
  let contents: Int32Array = new Int32Array(1 << 12).fill(UNSEEN);
  let stems: Int32Array = new Int32Array(1 << 12).fill(UNSEEN);
  return {
    table,
    content(entry) {
      contents = ensure(contents, entry + 1, UNSEEN);
      let id = contents[entry]!;
      if (id === UNSEEN) {
        const term = analyzer.contentTerm(table.word(entry));
        contents[entry] = id = term === null ? -1 : intern(term);
      }
      return id < 0 ? null : id;
    },
    stem(entry) {
      stems = ensure(stems, entry + 1, UNSEEN);
      if (stems[entry] === UNSEEN) stems[entry] = intern(analyzer.stem(table.word(entry)));
      return stems[entry]!;
    },
  };
}

const UNSEEN = -2;

/**
 * Each of an article's passages analysed (see `analysePassage`), in the order the index adds their terms.
 * An FAQ passage whose texts `recent` (kept with the same lexicon) has met before shares their analysis: a
 * site repeats FAQ entries across its articles (the real-text benchmark corpus, each entry in about 30),
 * and the same texts give the same terms, which the lexicon numbered at their first sight. (Shared: never
 * change an analysis.)
 */
export function analyseArticle(article: Article, analyzer: Analyzer, lexicon: Lexicon<number>, recent?: RecentPassages): Map<Passage, AnalysedPassage> {
  const analysed = new Map<Passage, AnalysedPassage>();
  const analyse = (passage: Passage) => analysePassage(passage, analyzer, lexicon);
  for (const entry of article.faq) {
    for (const passage of [entry.question, ...entry.alternates, ...entry.answer]) {
      const texts = passage.raw === passage.text ? passage.raw : `${passage.raw}\u0000${passage.text}\u0000${passage.hidden?.join(',') ?? ''}`;
      analysed.set(passage, recent ? recent.analysis(texts, () => analyse(passage)) : analyse(passage));
    }
  }
  for (const passage of article.paragraphs) analysed.set(passage, analyse(passage));
  return analysed;
}

/**
 * The analyses of FAQ passages met more than once while an index is built, by their texts (see
 * `analyseArticle`). A text met once is only remembered (the article holds it already); from its second
 * sight its analysis is kept, 4,096 at most, one not used since the cache last passed over it dropped first
 * (see `Lru`): about 2 KB each, so at most 8 MB (the real-text benchmark corpus has 2,222 distinct FAQ
 * passages among 107,651 at 100k paragraphs). Keeping every analysis from the first sight cost a corpus of
 * distinct entries (the synthetic one) 8% more build time.
 */
export class RecentPassages {
  private readonly seen = new Set<string>();
  private readonly analyses = new Lru<string, AnalysedPassage>(4_096);

  /** The analysis of the passage with `texts` (its raw text, and its plain text and hidden parts when they differ), `analyse()`'s when not kept. */
  analysis(texts: string, analyse: () => AnalysedPassage): AnalysedPassage {
    if (this.seen.size < this.seen.add(texts).size) return analyse();
    return this.analyses.get(texts, analyse);
  }
}

/**
 * An article's passages in the order `Splits` numbers them: each FAQ entry's question, alternates and
 * answer, then the paragraphs. One array, no generator: a restart numbers every passage of the content.
 */
export function passagesOf(article: Article): Passage[] {
  const out: Passage[] = [];
  for (const entry of article.faq) {
    out.push(entry.question);
    for (const p of entry.alternates) out.push(p);
    for (const p of entry.answer) out.push(p);
  }
  for (const p of article.paragraphs) out.push(p);
  return out;
}

/** The texts of an article the index holds: its title and its passages (see `passagesOf`). */
export function* textsOf(article: Article): Generator<string> {
  yield article.title;
  for (const passage of passagesOf(article)) yield passage.text;
}

/**
 * Every indexed passage's sentences and their terms, analysed once when the passage is indexed, so a
 * question reads them instead of splitting and stemming its candidates. Kept compactly in shared typed
 * arrays, no object per sentence: per passage its first sentence; per sentence its offsets in the raw
 * text and its first term; per sentence its distinct terms in order of first use, as ids of the inverted
 * index's vocabulary, then of the terms only a raw text holds (a Markdown link's address), in 16 bits where
 * they fit. At 100k paragraphs of the benchmark's corpus (650k sentences) that is about 15 MB.
 */
export class Splits {
  private readonly vocabulary: Vocabulary;
  private readonly numbers = new Map<Passage, number>();
  private firstSentence: Int32Array = new Int32Array(1 << 10);
  /** Start and end offset of each sentence, in pairs. */
  private bounds: Numbers = new Int32Array(1 << 10);
  private firstTerm: Int32Array = new Int32Array(1 << 10);
  /** While adding, a term only raw texts hold is -1 - its number among them; `seal` numbers it after the vocabulary. */
  private termIds: Numbers = new Int32Array(1 << 12);
  /** The vocabulary's size when sealed: term ids from it on are `extra`'s. */
  private known = 0;
  private readonly extra: string[] = [];
  private readonly extraIds = new Map<string, number>();
  private passageCount = 0;
  private sentenceCount = 0;
  private termCount = 0;
  /** Per term id (extra terms after the vocabulary's), the last sentence that listed it: to keep each once. */
  private lastSentence: Int32Array = new Int32Array(1 << 10).fill(-1);
  private lastExtra: Int32Array = new Int32Array(0);
  /** The splits `split` made last, by passage number modulo their count (see `slotsFor`), and whose each is (-1: none). */
  private kept: (Split | undefined)[] = [];
  private keptFor = new Int32Array(0);

  constructor(vocabulary: Vocabulary) {
    this.vocabulary = vocabulary;
    this.keep();
  }

  /** Splits from `state`, over the same `articles` the state's were built from (equal, in the same order). */
  static restore(state: SplitsState, articles: readonly Article[], vocabulary: Vocabulary): Splits {
    const splits = new Splits(vocabulary);
    Object.assign(splits, { firstSentence: state.firstSentence, bounds: state.bounds, firstTerm: state.firstTerm, termIds: state.termIds });
    state.extra.forEach((term, i) => {
      splits.extra.push(term);
      splits.extraIds.set(term, i);
    });
    for (const article of articles) for (const passage of passagesOf(article)) splits.numbers.set(passage, splits.passageCount++);
    splits.sentenceCount = state.firstTerm.length - 1;
    splits.termCount = state.termIds.length;
    splits.known = vocabulary.terms.length;
    splits.lastSentence = new Int32Array(0);
    splits.keep();
    return splits;
  }

  /** The state to store in a snapshot; call `seal` first. Shares the arrays: never change them. */
  state(): SplitsState {
    const { firstSentence, bounds, firstTerm, termIds, extra } = this;
    return { firstSentence, bounds, firstTerm, termIds, extra };
  }

  /**
   * Adds an article's passages, each as `analysed` holds it. Every term the inverted index has must be in
   * it by then: add the article's documents to the index first.
   */
  add(article: Article, analysed: ReadonlyMap<Passage, AnalysedPassage>): void {
    for (const passage of passagesOf(article)) {
      const { list, ids, sentenceEnds, sentenceTerms } = analysed.get(passage)!;
      this.numbers.set(passage, this.passageCount);
      this.firstSentence = ensure(this.firstSentence, this.passageCount + 2);
      this.firstSentence[this.passageCount++] = this.sentenceCount;
      list.forEach((sentence, i) => {
        if (sentenceEnds) this.addSentence(sentence, ids, i ? sentenceEnds[i - 1]! : 0, sentenceEnds[i]!);
        else {
          const own = this.idsOf(sentenceTerms![i]!);
          this.addSentence(sentence, own, 0, own.length);
        }
      });
      this.firstSentence[this.passageCount] = this.sentenceCount;
    }
  }

  /** Adds a sentence and its terms' ids, `ids[from, to)` (-1 - an extra term's number). */
  private addSentence(sentence: Sentence, ids: readonly number[], from: number, to: number): void {
    const s = this.sentenceCount++;
    this.bounds = ensure(this.bounds as Int32Array, 2 * s + 2);
    this.bounds[2 * s] = sentence.start;
    this.bounds[2 * s + 1] = sentence.end;
    this.firstTerm = ensure(this.firstTerm, s + 2);
    this.firstTerm[s] = this.termCount;
    this.termIds = ensure(this.termIds as Int32Array, this.termCount + to - from);
    for (let k = from; k < to; k++) {
      const id = ids[k]!;
      if (id >= 0) {
        this.lastSentence = ensure(this.lastSentence, id + 1, -1);
        if (this.lastSentence[id] === s) continue;
        this.lastSentence[id] = s;
      } else {
        if (this.lastExtra[-1 - id] === s) continue;
        this.lastExtra[-1 - id] = s;
      }
      this.termIds[this.termCount++] = id;
    }
    this.firstTerm[s + 1] = this.termCount;
  }

  /** Ids of `terms`: the vocabulary's, or -1 - an extra term's number. */
  private idsOf(terms: string[]): number[] {
    return terms.map((term) => this.vocabulary.termId(term) ?? -1 - this.extraId(term));
  }

  private extraId(term: string): number {
    let id = this.extraIds.get(term);
    if (id === undefined) {
      id = this.extra.length;
      this.extra.push(term);
      this.extraIds.set(term, id);
      this.lastExtra = ensure(this.lastExtra, id + 1, -1);
    }
    return id;
  }

  /**
   * Trims the arrays to what they hold, in 16 bits where every value fits, and drops what adding needed;
   * call it once every article is added, nothing can be added after.
   */
  seal(): void {
    this.known = this.vocabulary.terms.length;
    // A raw-only term a later article's passages gave the vocabulary takes its id: one id per term.
    const numbered = this.extra.map((term, i) => this.vocabulary.termId(term) ?? this.known + i);
    const ids = this.termIds.subarray(0, this.termCount);
    for (let t = 0; t < ids.length; t++) if (ids[t]! < 0) ids[t] = numbered[-1 - ids[t]!]!;
    this.termIds = narrow(ids, this.known + this.extra.length);
    const bounds = this.bounds.subarray(0, 2 * this.sentenceCount);
    this.bounds = narrow(bounds, maxOf(bounds));
    this.firstSentence = this.firstSentence.slice(0, this.passageCount + 1);
    this.firstTerm = this.firstTerm.slice(0, this.sentenceCount + 1);
    this.lastSentence = new Int32Array(0);
    this.lastExtra = new Int32Array(0);
    this.keep();
  }

  /** Empties the kept splits (one made before `seal` holds the arrays it replaced), as many slots as the passages want. */
  private keep(): void {
    const slots = slotsFor(this.passageCount);
    this.kept = new Array(slots);
    this.keptFor = new Int32Array(slots).fill(-1);
  }

  /**
   * `passage`'s sentences and their terms' ids; undefined for a passage of no indexed article. The splits
   * made last are kept, one per slot by passage number (shared: never change one): a question
   * reads each candidate's split two or three times, and the next question most of the same candidates.
   */
  split(passage: Passage): Split | undefined {
    const p = this.numbers.get(passage);
    if (p === undefined) return undefined;
    const slot = p & (this.kept.length - 1);
    if (this.keptFor[slot] === p) return this.kept[slot]!;
    const split = this.make(passage, p);
    this.keptFor[slot] = p;
    this.kept[slot] = split;
    return split;
  }

  private make(passage: Passage, p: number): Split {
    const source = readable(passage);
    const from = this.firstSentence[p]!;
    const count = this.firstSentence[p + 1]! - from;
    // Sized, not pushed to: a pushed array keeps room for 16 elements or more (the splits kept after a
    // thousand questions at 10k real paragraphs, by heap snapshots: 0.51–0.56 MB so, 0.30–0.34 MB sized).
    const list = new Array<Sentence>(count);
    const first = new Array<number>(count + 1);
    for (let i = 0; i < count; i++) {
      list[i] = new SplitSentence(source, this.bounds[2 * (from + i)]!, this.bounds[2 * (from + i) + 1]!);
      first[i] = this.firstTerm[from + i]!;
    }
    first[count] = this.firstTerm[from + count]!;
    return { list, ids: this.termIds, first };
  }

  /** How many ids splits give terms (every id is below it); call `seal` first. */
  get idCount(): number {
    return this.known + this.extra.length;
  }

  /** The term a split's id stands for. */
  term(id: number): string {
    return id < this.known ? this.vocabulary.term(id) : this.extra[id - this.known]!;
  }

  /** The id a split gives `term` (see `Split`); undefined for a term no indexed passage holds. */
  termId(term: string): number | undefined {
    const id = this.vocabulary.termId(term);
    if (id !== undefined) return id;
    const extra = this.extraIds.get(term);
    return extra === undefined ? undefined : this.known + extra;
  }
}

/**
 * Splits `Splits.split` keeps, for `passages` passages (a power of two): an eighth of the passages, 128 to
 * 1,024 (about 20 questions' candidates, of a few sentences each, their texts sliced as read: some hundreds of
 * kilobytes at most). A small index keeps fewer than 1,024: at 1k paragraphs of the synthetic benchmark
 * corpus those held a third of the heap its first 50 questions added (0.4 MB, by heap snapshots).
 */
const slotsFor = (passages: number): number => 2 ** Math.min(10, Math.max(7, Math.ceil(Math.log2(passages / 8))));

/** A copy of `values` (none above `max`) in 16 bits when they fit. */
const narrow = (values: Numbers, max: number): Numbers => (max <= 0xffff ? Uint16Array.from(values) : Int32Array.from(values));

function maxOf(values: Numbers): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  return max;
}

/** `array`, or a copy at least twice as long when it holds fewer than `size` items (new items set to `fill`). */
export function ensure(array: Int32Array, size: number, fill = 0): Int32Array {
  if (size <= array.length) return array;
  const grown = new Int32Array(Math.max(size, array.length * 2));
  if (fill) grown.fill(fill, array.length);
  grown.set(array);
  return grown;
}
