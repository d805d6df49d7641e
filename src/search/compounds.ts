import type { Article } from '../content/types.js';
import { textsOf } from './splits.js';
import { analyzerFor, MAX_WORD_LENGTH, type Analyzer, type Lexicon } from './tokenize.js';
import { WORD } from './trigrams.js';

/**
 * Compound words split against a corpus's own vocabulary, for languages that write compounds as one word
 * (German "Probleminstanz" for "Instanz eines Problems"; see `LanguageSpec.compoundLinks`). A compound is
 * indexed, and asked, as itself and its two parts, so a question and an article meet whether either
 * writes the compound or its words apart. No npm package decompounds German (checked for this issue), and
 * a dictionary of the language would split words the articles never use: the corpus's own words are the
 * dictionary, as in Koehn and Knight's "Empirical Methods for Compound Splitting" (EACL 2003).
 */
export class Decompounder<T> {
  private readonly links: readonly string[];
  /** The shortest part taken: the language's (see `LanguageSpec.compoundPart`), else MIN_PART_LENGTH. */
  private readonly minPart: number;

  /**
   * `lookup(term)`: the vocabulary's id of a term (undefined when the corpus lacks it); `frequency(id)`: how
   * often the corpus uses it (any count: only ratios matter). The parts are read as `analyzer` reads words,
   * the linking elements its language's (see `LanguageSpec.compoundLinks`; none if it has none).
   */
  constructor(
    private readonly analyzer: Analyzer,
    private readonly lookup: (term: string) => T | undefined,
    private readonly frequency: (id: T) => number,
  ) {
    this.links = analyzer.compoundLinks ?? [];
    this.minPart = analyzer.compoundPart ?? MIN_PART_LENGTH;
  }

  /**
   * The two parts of `term` (a term as the analyzer makes it, so its last part is stemmed), each a known
   * word of at least `minPart` letters, also as a term (the stem of "Regen" is "reg"), and no
   * stopword ("unter" of "Unternehmen"), the first optionally followed by a linking element; null when
   * there are none. Of several splits, the one whose parts the corpus uses most (the product of their
   * frequencies, Koehn and Knight's rule): "Staatsoberhaupt" → "Staat" + "Oberhaupt", not "Staatsober" +
   * "Haupt" when the corpus says "Oberhaupt" more. Numbers and over-long words are not split.
   */
  split(term: string): [T, T] | null {
    if (term.length < 2 * this.minPart || term.length > MAX_WORD_LENGTH || /\d/.test(term)) return null;
    let best: [T, T] | null = null;
    let bestScore = 0;
    for (let i = this.minPart; i <= term.length - this.minPart; i++) {
      // The term's end is stemmed already: looked up as it is, so no piece of a word is stemmed in vain.
      const tail = this.lookup(term.slice(i));
      if (tail === undefined || this.analyzer.isStopword(term.slice(i))) continue;
      const head = this.head(term.slice(0, i));
      if (head === undefined) continue;
      const score = this.frequency(head) * this.frequency(tail);
      if (score > bestScore) [best, bestScore] = [[head, tail], score];
    }
    return best;
  }

  /** A first part: a known word as written, or without a linking element it ends in. */
  private head(part: string): T | undefined {
    const id = this.known(part);
    if (id !== undefined) return id;
    for (const link of this.links) {
      if (part.length - link.length >= this.minPart && part.endsWith(link)) {
        const bare = this.known(part.slice(0, -link.length));
        if (bare !== undefined) return bare;
      }
    }
    return undefined;
  }

  /** A part's id: the part as a term, else its stem when that is long enough; none for a stopword. */
  private known(part: string): T | undefined {
    if (this.analyzer.isStopword(part)) return undefined;
    const id = this.lookup(part);
    if (id !== undefined) return id;
    const stem = this.analyzer.stem(part);
    return stem.length >= this.minPart ? this.lookup(stem) : undefined;
  }
}

/**
 * A decompounder over an index's vocabulary (`termId`: a term's id, `frequency`: its document frequency),
 * for questions in `analyzer`'s language; null when the language does not compound.
 */
export function indexDecompounder(analyzer: Analyzer, termId: (term: string) => number | undefined, frequency: (id: number) => number): Decompounder<number> | null {
  return analyzer.compoundLinks ? new Decompounder(analyzer, termId, frequency) : null;
}

/**
 * For each compounding language among the articles' (see `LanguageSpec.compoundLinks`), a decompounder
 * over the vocabulary of its articles: their words' terms, counted. The vocabulary must be whole before the
 * first compound is split, or a split would depend on the articles' order, so this pass over their text
 * runs before any is indexed; it yields after each article, as `SearchIndex.build` slices the indexing. It
 * reads words with trigrams.ts's plain `WORD` pattern, not the analyzer's scan (a third of its cost; 0.4 s
 * of CPU at 10k German paragraphs): the vocabulary only decides which parts are known words.
 */
export function* compoundSplitters(articles: readonly Article[]): Generator<void, Map<Analyzer, Decompounder<string>>> {
  const words = new Map<Analyzer, Map<string, number>>();
  for (const article of articles) {
    const analyzer = analyzerFor(article.lang);
    if (!analyzer.compoundLinks) continue;
    let counts = words.get(analyzer);
    if (!counts) words.set(analyzer, (counts = new Map()));
    for (const text of textsOf(article)) {
      for (const [word] of analyzer.lowerCase(text).matchAll(WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    yield;
  }
  const splitters = new Map<Analyzer, Decompounder<string>>();
  for (const [analyzer, counts] of words) {
    const terms = new Map<string, number>();
    for (const [word, n] of counts) {
      const term = analyzer.contentTerm(word);
      if (term !== null) terms.set(term, (terms.get(term) ?? 0) + n);
    }
    splitters.set(analyzer, new Decompounder(analyzer, (term) => (terms.has(term) ? term : undefined), (term) => terms.get(term)!));
    yield;
  }
  return splitters;
}

/**
 * The index's word-to-term lexicon for articles in `analyzer`'s language with each compound's parts, as
 * `splitter` (see `compoundSplitters`) finds them; `intern` numbers a term as `lexicon` does. `lexicon`
 * itself where there is no splitter (a language that does not compound).
 */
export function withCompoundParts(lexicon: Lexicon<number>, analyzer: Analyzer, splitter: Decompounder<string> | undefined, intern: (term: string) => number): Lexicon<number> {
  if (!splitter) return lexicon;
  const parts = new Map<number, number[]>();
  return {
    ...lexicon,
    parts(entry) {
      let found = parts.get(entry);
      if (found === undefined) {
        const term = analyzer.contentTerm(lexicon.table.word(entry));
        const split = term === null ? null : splitter.split(term);
        parts.set(entry, (found = split ? split.map(intern) : NONE));
      }
      return found;
    },
  };
}

const NONE: number[] = [];

/**
 * Shortest part of a compound where the language sets none (see `LanguageSpec.compoundPart`): shorter ones
 * ("Art", "Ei") match inside words by chance. On XQuAD de
 * (npm run bench:quality, answer in quote plain/FAQ mode): 3 letters 0.817/0.787, 4 0.820/0.793,
 * 5 0.812/0.783.
 */
const MIN_PART_LENGTH = 4;
