import { isFaqHeading } from '../content/faq-markers.js';
import type { Article, Passage } from '../content/types.js';
import { ensure } from './splits.js';
import type { Analyzer } from './tokenize.js';

/**
 * The heading whose words are the topic of body paragraph `passage`: the heading of the section it sits in
 * (Markdown `##`/`###`, HTML h2–h6, as src/content keeps it in `Passage.section`), which its sentences need
 * not repeat ("## Breaking changes in 2.4.0" over bullets that only name what was removed). Null before the
 * first heading and in an FAQ section: "FAQ" or "Perguntas frequentes" names no topic of what follows.
 */
export function topicHeading(passage: Passage): string | null {
  const { section } = passage;
  return section !== null && !isFaqHeading(section) ? section : null;
}

/**
 * Per body paragraph of `article`, the terms (as `analyzer` reads the article's language) of its topic
 * heading (see `topicHeading`) that name a topic of its own: none for a paragraph without one. Left out:
 * the terms of the article's title and tags, which name the topic every paragraph of the article shares and
 * are credited to them apart (see `RankingOptions.titleWeight`): repeated on a section's paragraphs they
 * would only lift those on the article's topic alone ("is there a rule about base size?" of "## In-game
 * rules" in the article "Server Rules", which names no base size); and the words that arrange a page rather
 * than name a topic (GENERIC_HEADING_WORDS: "can I post memes in general?" is not about "## General
 * conduct"). Each heading is analysed once; its paragraphs share the returned array (read it, never change it).
 */
export function headingTerms(article: Article, analyzer: Analyzer): (passage: Passage) => readonly string[] {
  // By section text, FAQ headings too: the build asks for every paragraph's, several times each, and telling
  // an FAQ heading took 5 % of a 100k-paragraph build (see `isFaqHeading`).
  const bySection = new Map<string, readonly string[]>();
  let titled: Set<string> | null = null;
  return (passage) => {
    if (passage.section === null) return NONE;
    let terms = bySection.get(passage.section);
    if (!terms) {
      const heading = topicHeading(passage);
      if (heading === null) terms = NONE;
      else {
        titled ??= new Set(analyzer.terms([article.title, ...article.tags].join(' ')));
        const generic = genericTerms(analyzer);
        terms = analyzer.terms(heading).filter((term) => !titled!.has(term) && !generic.has(term));
      }
      bySection.set(passage.section, terms);
    }
    return terms;
  };
}

/**
 * English words that arrange a page's sections rather than name their topic ("General", "Overview",
 * "Other notes"). English only: no maintained list gives them by language, and the trials that found them
 * were on English pages; a heading in another language keeps all its words.
 */
const GENERIC_HEADING_WORDS: readonly string[] = ['general', 'overview', 'introduction', 'intro', 'summary', 'details', 'notes', 'other', 'misc', 'miscellaneous', 'more', 'basics', 'background'];

const NONE: readonly never[] = [];

const genericByAnalyzer = new WeakMap<Analyzer, ReadonlySet<string>>();

/** The terms of GENERIC_HEADING_WORDS as `analyzer` reads them (none but in English), made once per analyzer. */
function genericTerms(analyzer: Analyzer): ReadonlySet<string> {
  let terms = genericByAnalyzer.get(analyzer);
  if (!terms) genericByAnalyzer.set(analyzer, (terms = new Set(analyzer.english ? GENERIC_HEADING_WORDS.flatMap((word) => analyzer.terms(word)) : [])));
  return terms;
}

/** What `HeadingOnlyTerms` is made of, for the index snapshot. */
export interface HeadingOnlyTermsState {
  firsts: Int32Array;
  ids: Int32Array;
}

/**
 * Per document of an index, the terms of its section heading that it does not write, nor, past the
 * section's first paragraph, another paragraph of the section writes (see `headingTerms` and the engine's
 * indexing; none for an FAQ entry): taken when it is indexed, as ranking reads them on each of its questions. Two flat
 * typed arrays, no object per document: 4 bytes per document and per term (0.93 MB at 100k paragraphs
 * of the synthetic benchmark corpus), where a set per paragraph met by a question cost more heap after a few
 * hundred questions and 6 % of `answer()`'s CPU at 10k synthetic paragraphs (node --cpu-prof).
 */
export class HeadingOnlyTerms {
  /** Document `d`'s terms are `ids[firsts[d]]` to `ids[firsts[d + 1] - 1]`. */
  private firsts: Int32Array = new Int32Array(1 << 10);
  private ids: Int32Array = new Int32Array(1 << 8);
  private docs = 0;
  private count = 0;

  static restore(state: HeadingOnlyTermsState): HeadingOnlyTerms {
    const terms = new HeadingOnlyTerms();
    Object.assign(terms, { firsts: state.firsts, ids: state.ids, docs: state.firsts.length - 1, count: state.ids.length });
    return terms;
  }

  /** The state to store in a snapshot; call `seal` first. Shares the arrays: never change them. */
  state(): HeadingOnlyTermsState {
    return { firsts: this.firsts, ids: this.ids };
  }

  /** Adds the next document's terms (documents are added in their order: 0, 1, 2, …), each once. */
  add(ids: readonly number[]): void {
    this.firsts = ensure(this.firsts, this.docs + 2);
    this.ids = ensure(this.ids, this.count + ids.length);
    const first = this.count;
    for (const id of ids) if (!this.holds(first, this.count, id)) this.ids[this.count++] = id;
    this.firsts[++this.docs] = this.count;
  }

  /** Trims the arrays to what they hold; nothing can be added after. */
  seal(): void {
    this.firsts = this.firsts.slice(0, this.docs + 1);
    this.ids = this.ids.slice(0, this.count);
  }

  /** Whether document `doc`'s heading holds term `id` that the document does not write. */
  has(doc: number, id: number): boolean {
    return this.holds(this.firsts[doc]!, this.firsts[doc + 1]!, id);
  }

  /** How many such terms document `doc` has. */
  size(doc: number): number {
    return this.firsts[doc + 1]! - this.firsts[doc]!;
  }

  private holds(from: number, to: number, id: number): boolean {
    for (let i = from; i < to; i++) if (this.ids[i] === id) return true;
    return false;
  }
}

