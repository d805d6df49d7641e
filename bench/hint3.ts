import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
 * One HINT3 bot as FAQ retrieval, as the data set's README says: one FAQ entry per intent (v2 training
 * phrasings) whose question is the intent's first training phrasing; with `allPhrasings`, its other
 * phrasings are the entry's alternates (the bot as built), else it has none (one phrasing per intent).
 * HINT3 has no answer texts, so each answer is empty: entries are matched on their phrasings alone. The
 * queries are the v2 test file's, or with `tests` = 'test-v1' the original ones the paper's published
 * results were computed on (with v1's training phrasings, which are not in the data set: a v1 query whose
 * intent v2 dropped is in scope and can only be missed). Null when the files are absent.
 */
export function loadHint3(dir: string, bot: string, allPhrasings: boolean, tests: 'test' | 'test-v1' = 'test'): Hint3 | null {
  const train = `${dir}/train/${bot}_train.csv`;
  const test = `${dir}/${tests}/${bot}_test.csv`;
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
    if (label === OUT_OF_SCOPE) return { text: sentence, entry: null };
    if (i >= 0) return { text: sentence, entry: faqUnitId(article.id, i) };
    // v2 dropped two of powerplay11's intents (18 v1 queries): no entry is theirs, so they count as misses.
    if (tests === 'test-v1') return { text: sentence, entry: `${article.id}#no-v2-intent-${label}` };
    throw new Error(`${test}: label ${label} has no training phrasing`);
  });
  return { article, queries };
}

/** A platform's best published figures on one bot (the paper's `published-results/`, computed on test-v1). */
export interface Published {
  platform: string;
  /** In-scope accuracy at the lowest published confidence threshold, 0.1 (abstention barely counts). */
  inScope: number;
  /** Accuracy at the platform's best published threshold of 0.1 to 0.9. */
  overall: number;
}

/**
 * The published results for `bot`, one per platform (BERT, Dialogflow, Haptik, LUIS, Rasa), from
 * `published-results/PLATFORM_BOT.csv` (the `_subset` files, scored on part of the queries, are left out).
 * Empty when the folder is absent.
 */
export function loadPublished(dir: string, bot: string): Published[] {
  const folder = `${dir}/published-results`;
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith(`_${bot}.csv`))
    .map((f) => {
      const rows = parse(readFileSync(`${folder}/${f}`, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
      const lowest = rows.reduce((a, b) => (Number(b['Threshold']) < Number(a['Threshold']) ? b : a));
      return {
        platform: f.slice(0, -`_${bot}.csv`.length),
        inScope: Number(lowest['Inscope Accuracy']),
        overall: Math.max(...rows.map((r) => Number(r['Accuracy']))),
      };
    });
}
