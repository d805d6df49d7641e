/**
 * The retrieval systems the quality benchmark compares, each built from the same articles and answering
 * with the same unit ids as the engine (`article#faq-N`, `article#pN`): plain fuse.js, plain BM25, and ours.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import Fuse from 'fuse.js';
import type { Article } from '../src/content/types.js';
import { InvertedIndex, type QueryTerm } from '../src/search/bm25.js';
import { SearchIndex } from '../src/search/engine.js';
import { analyzerFor } from '../src/search/tokenize.js';
import { faqUnitId, paragraphUnitId } from './article.js';

/** What a system returns for one question: its answer (null = abstained), quote and ranked unit ids. */
export interface Result {
  top: string | null;
  quote: string | null;
  ranked: string[];
}

export type System = (question: string) => Result;

export interface SystemSpec {
  name: string;
  /** Its answers are read from a cache, so its time per question means nothing. */
  cached?: boolean;
  build(articles: Article[], questions: string[]): Promise<System>;
}

/** A unit as the plain baselines see it: what they index, and what they would show as the answer. */
export interface PlainUnit {
  id: string;
  /** The article's language, as the engine analyses it. */
  lang: string | undefined;
  question: string;
  answer: string;
}

/** Every FAQ entry (question and alternates; answer) and paragraph of `articles`, in article order. */
export function plainUnits(articles: readonly Article[]): PlainUnit[] {
  return articles.flatMap((a) => [
    ...a.faq.map((e, i) => ({
      id: faqUnitId(a.id, i),
      lang: a.lang ?? undefined,
      question: [e.question, ...e.alternates].map((p) => p.text).join('\n'),
      answer: e.answer.map((p) => p.text).join('\n'),
    })),
    ...a.paragraphs.map((p) => ({ id: paragraphUnitId(a.id, p.paragraph), lang: a.lang ?? undefined, question: '', answer: p.text })),
  ]);
}

const plainResult = (units: PlainUnit[], ranked: number[]): Result => ({
  top: ranked.length ? units[ranked[0]!]!.id : null,
  quote: ranked.length ? units[ranked[0]!]!.answer : null,
  ranked: ranked.map((i) => units[i]!.id),
});

export const FUSE_OPTIONS = { keys: ['question', 'answer'], ignoreLocation: true };

/**
 * Plain fuse.js (keys question + answer, ignoreLocation). It takes up to half a second per question on long
 * texts (bitap), so rankings are computed on worker threads and cached under node_modules/.cache, keyed by
 * the units, the questions and fuse.js's version: a first run takes minutes, later ones a second.
 */
export const fuseSpec: SystemSpec = {
  name: 'fuse.js',
  cached: true,
  async build(articles, questions) {
    const units = plainUnits(articles);
    const docs = units.map(({ question, answer }) => ({ question, answer }));
    const texts = [...new Set(questions)];
    const key = createHash('sha1').update(JSON.stringify([Fuse.version, FUSE_OPTIONS, docs, texts])).digest('hex').slice(0, 16);
    const cache = resolve(import.meta.dirname, '../node_modules/.cache/faq-bot', `fuse-${key}.json`);
    let rankings: Record<string, number[]>;
    if (existsSync(cache)) {
      rankings = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, number[]>;
    } else {
      const workers = Math.max(1, Math.min(availableParallelism(), 8));
      process.stderr.write(`  fuse.js: ranking ${texts.length} questions over ${docs.length} units on ${workers} threads (cached for later runs)…\n`);
      const parts = await Promise.all(Array.from({ length: workers }, (_, w) => fuseWorker(docs, texts.filter((_, i) => i % workers === w))));
      rankings = Object.assign({}, ...parts) as Record<string, number[]>;
      mkdirSync(dirname(cache), { recursive: true });
      writeFileSync(cache, JSON.stringify(rankings));
    }
    return (question) => plainResult(units, rankings[question] ?? []);
  },
};

/** Ranks `texts` with fuse.js on a worker thread (plain JS, so it needs no TypeScript loader). */
function fuseWorker(docs: { question: string; answer: string }[], texts: string[]): Promise<Record<string, number[]>> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.fuse).then(({ default: Fuse }) => {
      const fuse = new Fuse(workerData.docs, workerData.options);
      const out = {};
      for (const t of workerData.texts) out[t] = fuse.search(t).slice(0, 100).map((r) => r.refIndex);
      parentPort.postMessage(out);
    });`;
  const worker = new Worker(code, { eval: true, workerData: { fuse: import.meta.resolve('fuse.js'), docs, texts, options: FUSE_OPTIONS } });
  return new Promise((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
  });
}

/**
 * Plain BM25 over `units`: one field (question, alternates and answer), k1 1.2, b 0.75, our analysis in each
 * unit's language and the question in `lang`'s, nothing else. `search` returns the `k` best units' indexes.
 */
export function plainBm25(units: readonly PlainUnit[], lang: string | undefined): (question: string, k: number) => number[] {
  const index = new InvertedIndex([{ weight: 1, b: 0.75 }]);
  for (const u of units) index.add([analyzerFor(u.lang).terms(`${u.question}\n${u.answer}`)]);
  index.freeze();
  const asked = analyzerFor(lang);
  return (question, k) => {
    const query: QueryTerm[] = [];
    for (const { term } of asked.queryTerms(asked.tokens(question))) {
      const id = index.termId(term);
      if (id !== undefined) query.push({ id, weight: 1 });
    }
    return index.search(query, k, 0, index.size, { prune: true }).map((h) => h.doc);
  };
}

/** Plain BM25 (see `plainBm25`), the question analysed in the first article's language. */
export const bm25Spec: SystemSpec = {
  name: 'BM25',
  async build(articles) {
    const units = plainUnits(articles);
    const search = plainBm25(units, articles[0]?.lang);
    return (question) => plainResult(units, search(question, 100));
  },
};

/** The product: `SearchIndex.answer()` (an abstention is a miss) and its ranking (`rankIds`) for MRR and recall. */
export const oursSpec: SystemSpec = {
  name: 'ours',
  async build(articles) {
    const index = new SearchIndex(articles).warm();
    return (question) => {
      const a = index.answer(question);
      return { top: a.entry, quote: a.quote, ranked: index.rankIds(question) };
    };
  },
};

export const SYSTEMS: SystemSpec[] = [fuseSpec, bm25Spec, oursSpec];
