import { existsSync, readFileSync } from 'node:fs';
import type { Article } from '../src/content/types.js';
import { benchArticle } from './article.js';

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
 * threads apart. With `alternates`, each entry lists those phrasings of its thread (e.g. `alternatesOf(data, 3)`).
 */
export function stackArticle(entries: StackEntry[], alternates: Map<number, string[]> = new Map()): Article {
  return benchArticle(
    'stackfaq',
    'StackFAQ',
    [],
    entries.map((e) => ({ question: e.question, alternates: alternates.get(e.thread) ?? [], answer: e.answer })),
  );
}

/** Each thread's first `n` dev paraphrases: what an editor would list under `Also asked as:`. */
export function alternatesOf(data: StackFaq, n: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const q of data.dev) {
    const list = out.get(q.thread) ?? [];
    if (list.length < n) list.push(q.text);
    out.set(q.thread, list);
  }
  return out;
}
