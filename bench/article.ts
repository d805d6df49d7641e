import type { Article, FaqEntry, Passage } from '../src/content/types.js';

/** An FAQ entry as a benchmark states it: the question, other phrasings of it, and the answer's text. */
export interface BenchFaq {
  question: string;
  alternates?: string[];
  answer: string;
}

/**
 * An article built from a data set rather than a file: paragraphs first, then the FAQ, each block one
 * numbered passage (as the parsers number them), so entry ids follow the engine's `#faq-N` / `#pN` scheme.
 * `lang` is the data set's language (BCP 47), declared as a file's front matter would.
 */
export function benchArticle(id: string, title: string, paragraphs: string[], faq: BenchFaq[] = [], lang = 'en'): Article {
  let paragraph = 0;
  const passage = (text: string, section: string | null): Passage => {
    paragraph++;
    return { raw: text, text, section, paragraph, line: paragraph };
  };
  const body = paragraphs.map((text) => passage(text, null));
  const entries: FaqEntry[] = faq.map((e) => ({
    question: passage(e.question, 'FAQ'),
    alternates: (e.alternates ?? []).map((text) => passage(text, 'FAQ')),
    answer: [passage(e.answer, e.question)],
  }));
  return {
    id, title, url: null, date: null, summary: null, site: null, lang, langSource: 'declared', langReliable: true, tags: [], file: `${id}.json`,
    paragraphs: body, faq: entries,
  };
}

/** The engine's id of an article's `i`-th FAQ entry (0-based) and of its paragraph numbered `n`. */
export const faqUnitId = (article: string, i: number): string => `${article}#faq-${i + 1}`;
export const paragraphUnitId = (article: string, n: number): string => `${article}#p${n}`;
