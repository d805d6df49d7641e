import { existsSync, readFileSync } from 'node:fs';
import type { Article, FaqEntry, Passage } from '../src/content/types.js';

/** One StackFAQ entry: a thread's question with one of its answers. */
export interface StackEntry {
  thread: number;
  question: string;
  answer: string;
}

export interface StackQuery {
  thread: number;
  text: string;
}

export interface StackFaq {
  entries: StackEntry[];
  dev: StackQuery[];
  test: StackQuery[];
}

interface RawPair {
  question: string;
  answer: string | string[];
  rephr: (string | null)[];
}

/** Default location, relative to the project root (the data set must not be committed). */
export const DEFAULT_STACKFAQ = '../shared/datasets/stackfaq/stackExchange-FAQ.json';

/**
 * Reads StackFAQ (`root.qapair[]`), or returns null when the file is absent. The split is the README's:
 * after dropping `*` placeholders (and the one null), a thread's paraphrases at even positions are dev, odd positions test.
 */
export function loadStackFaq(path: string): StackFaq | null {
  if (!existsSync(path)) return null;
  const data = JSON.parse(readFileSync(path, 'utf8')) as { root: { qapair: RawPair[] } };
  const out: StackFaq = { entries: [], dev: [], test: [] };
  data.root.qapair.forEach((pair, thread) => {
    const answers = Array.isArray(pair.answer) ? pair.answer : [pair.answer];
    for (const answer of answers) out.entries.push({ thread, question: pair.question, answer });
    pair.rephr
      .filter((r): r is string => r !== null && r.trim() !== '*')
      .forEach((text, i) => (i % 2 === 0 ? out.dev : out.test).push({ thread, text }));
  });
  return out;
}

/**
 * All entries as the FAQ of one article with a neutral title, so that no title or article signal can tell
 * threads apart. Passages are synthesized: each entry is a question block followed by an answer block.
 */
export function stackArticle(entries: StackEntry[]): Article {
  let paragraph = 0;
  const passage = (text: string, section: string | null): Passage => {
    paragraph++;
    return { raw: text, text, section, paragraph, line: 2 * paragraph - 1 };
  };
  const faq: FaqEntry[] = entries.map((e) => {
    const question = passage(e.question, 'FAQ');
    return { question, answer: [passage(e.answer, e.question)], alternates: [] };
  });
  return {
    id: 'stackfaq',
    title: 'StackFAQ',
    url: null,
    date: null,
    summary: null,
    site: null,
    tags: [],
    file: 'stackExchange-FAQ.json',
    paragraphs: [],
    faq,
  };
}
