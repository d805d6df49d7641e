import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Article } from '../src/content/types.js';
import { benchArticle, faqUnitId } from './article.js';

/** Default folder, relative to the project root (the data set must not be committed). */
export const DEFAULT_HINT3 = '../shared/datasets/hint3';
export const HINT3_BOTS = ['sofmattress', 'curekart', 'powerplay11'] as const;
/** The label of a query the live bot had no answer for. */
const OUT_OF_SCOPE = 'NO_NODES_DETECTED';

/** A real user query: the FAQ entry id it meant, or null when out of scope. */
export interface Hint3Query {
  text: string;
  entry: string | null;
}

export interface Hint3 {
  article: Article;
  queries: Hint3Query[];
}

const rows = (path: string): { sentence: string; label: string }[] =>
  (parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true }) as { sentence: string; label: string }[]).filter(
    (r) => r.sentence?.trim() && r.label?.trim(),
  );

/**
 * One HINT3 bot (v2 files) as FAQ retrieval, as the data set's README says: one FAQ entry per intent whose
 * question is the intent's first training phrasing; with `allPhrasings`, its other phrasings are the entry's
 * alternates (the bot as built), else it has none (one phrasing per intent). HINT3 has no answer texts, so
 * each answer is empty: entries are matched on their phrasings alone. Null when the files are absent.
 */
export function loadHint3(dir: string, bot: string, allPhrasings: boolean): Hint3 | null {
  const train = `${dir}/train/${bot}_train.csv`;
  const test = `${dir}/test/${bot}_test.csv`;
  if (!existsSync(train) || !existsSync(test)) return null;
  const intents = new Map<string, string[]>();
  for (const { sentence, label } of rows(train)) intents.set(label, [...(intents.get(label) ?? []), sentence]);
  const labels = [...intents.keys()];
  const article = benchArticle(
    `hint3-${bot}`,
    bot,
    [],
    labels.map((label) => {
      const [question, ...rest] = intents.get(label)!;
      return { question: question!, alternates: allPhrasings ? rest : [], answer: '' };
    }),
  );
  const queries = rows(test).map(({ sentence, label }) => {
    const i = labels.indexOf(label);
    if (label !== OUT_OF_SCOPE && i < 0) throw new Error(`${test}: label ${label} has no training phrasing`);
    return { text: sentence, entry: label === OUT_OF_SCOPE ? null : faqUnitId(article.id, i) };
  });
  return { article, queries };
}
