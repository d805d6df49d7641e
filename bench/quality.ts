/**
 * Retrieval quality on StackFAQ: `npm run bench:quality [-- PATH]`.
 *
 * Every (question, answer) pair is one FAQ entry of a single neutral article; the queries are the human
 * paraphrases, split dev/test as the data set's README says. A query is right at rank 1 when the top entry
 * comes from its own thread. Systems: plain fuse.js, a plain one-field BM25 on our index, and ours
 * (`SearchIndex.answer()`, where an abstention is a miss; MRR and R@5 use its ranking, `rankIds`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import Fuse from 'fuse.js';
import { InvertedIndex, type QueryTerm } from '../src/search/bm25.js';
import { SearchIndex } from '../src/search/engine.js';
import { queryTerms, terms } from '../src/search/tokenize.js';
import { DEFAULT_STACKFAQ, loadStackFaq, stackArticle, type StackEntry, type StackQuery } from './stackfaq.js';

/** What a system returns for one query: the thread of its answer (null = abstained) and its ranked threads. */
interface Run {
  top: number | null;
  ranked: number[];
}

type System = (query: string) => Run;

interface Metrics {
  p1: number;
  mrr: number;
  r5: number;
  abstained: number;
  ms: number;
}

const root = resolve(fileURLToPath(import.meta.url), '../..');
const path = process.argv[2] ? resolve(process.argv[2]) : resolve(root, DEFAULT_STACKFAQ);
const data = loadStackFaq(path);
if (!data) {
  console.log(`StackFAQ not found at ${path}; skipping the quality benchmark (pass the JSON's path as an argument).`);
  process.exit(0);
}
const { entries, dev, test } = data;

const FUSE_OPTIONS = { keys: ['question', 'answer'], ignoreLocation: true };

/**
 * Plain fuse.js takes about half a second per query here (bitap over long answers), so its rankings are
 * computed on worker threads and cached under node_modules/.cache, keyed by the data, the queries and
 * fuse.js's version: the first run takes minutes, later ones a second.
 */
async function fuseSystem(list: StackEntry[], queries: StackQuery[]): Promise<System> {
  const key = createHash('sha1')
    .update(JSON.stringify([Fuse.version, FUSE_OPTIONS, list, queries.map((q) => q.text)]))
    .digest('hex')
    .slice(0, 16);
  const cache = resolve(root, 'node_modules/.cache/faq-bot', `stackfaq-fuse-${key}.json`);
  let rankings: Record<string, number[]>;
  if (existsSync(cache)) {
    rankings = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, number[]>;
  } else {
    const texts = [...new Set(queries.map((q) => q.text))];
    const workers = Math.max(1, Math.min(availableParallelism(), 8));
    console.log(`fuse.js: ranking ${texts.length} queries on ${workers} threads (cached for later runs)…`);
    const parts = await Promise.all(
      Array.from({ length: workers }, (_, w) => fuseWorker(list, texts.filter((_, i) => i % workers === w))),
    );
    rankings = Object.assign({}, ...parts) as Record<string, number[]>;
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(cache, JSON.stringify(rankings));
  }
  return (query) => {
    const ranked = rankings[query] ?? [];
    return { top: ranked[0] ?? null, ranked };
  };
}

/** Ranks `texts` with fuse.js on a worker thread (plain JS, so it needs no TypeScript loader). */
function fuseWorker(list: StackEntry[], texts: string[]): Promise<Record<string, number[]>> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.fuse).then(({ default: Fuse }) => {
      const fuse = new Fuse(workerData.list, workerData.options);
      const out = {};
      for (const t of workerData.texts) out[t] = fuse.search(t).slice(0, 100).map((r) => r.item.thread);
      parentPort.postMessage(out);
    });`;
  const fuse = import.meta.resolve('fuse.js');
  const worker = new Worker(code, { eval: true, workerData: { fuse, list, texts, options: FUSE_OPTIONS } });
  return new Promise((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
  });
}

/** Plain BM25: one field (question + answer), k1 1.2, b 0.75, our tokenizer, no typo correction or bonuses. */
function bm25System(list: StackEntry[]): System {
  const index = new InvertedIndex([{ weight: 1, b: 0.75 }]);
  for (const e of list) index.add([terms(`${e.question}\n${e.answer}`)]);
  index.freeze();
  return (query) => {
    const q: QueryTerm[] = [];
    for (const { term } of queryTerms(query)) {
      const id = index.termId(term);
      if (id !== undefined) q.push({ id, weight: 1 });
    }
    const ranked = index.search(q, 100).map((h) => list[h.doc]!.thread);
    return { top: ranked[0] ?? null, ranked };
  };
}

function oursSystem(list: StackEntry[]): System {
  const index = new SearchIndex([stackArticle(list)]);
  const thread = (id: string | null): number | null => {
    const n = id === null ? NaN : Number(/#faq-(\d+)$/.exec(id)?.[1]);
    return Number.isNaN(n) ? null : list[n - 1]!.thread;
  };
  return (query) => ({
    top: thread(index.answer(query).entry),
    ranked: index.rankIds(query).map((id) => thread(id)!),
  });
}

function measure(system: System, queries: StackQuery[]): Metrics {
  let p1 = 0;
  let mrr = 0;
  let r5 = 0;
  let abstained = 0;
  const start = performance.now();
  for (const q of queries) {
    const run = system(q.text);
    if (run.top === null) abstained++;
    if (run.top === q.thread) p1++;
    const at = run.ranked.indexOf(q.thread);
    if (at >= 0) mrr += 1 / (at + 1);
    if (at >= 0 && at < 5) r5++;
  }
  const n = queries.length;
  return { p1: p1 / n, mrr: mrr / n, r5: r5 / n, abstained: abstained / n, ms: (performance.now() - start) / n };
}

const systems: [string, System][] = [
  ['fuse.js (plain)', await fuseSystem(entries, [...dev, ...test])],
  ['BM25 (plain)', bm25System(entries)],
  ['ours (answer)', oursSystem(entries)],
];

const f = (x: number) => x.toFixed(3);
console.log(`StackFAQ: ${entries.length} entries from ${new Set(entries.map((e) => e.thread)).size} threads; ${dev.length} dev, ${test.length} test queries`);
console.log('');
console.log(`${'system'.padEnd(17)} | ${'dev P@1'.padStart(7)} ${'MRR'.padStart(5)} ${'R@5'.padStart(5)} ${'abst'.padStart(5)} | ${'test P@1'.padStart(8)} ${'MRR'.padStart(5)} ${'R@5'.padStart(5)} ${'abst'.padStart(5)} | ms/query`);
console.log('-'.repeat(86));
for (const [name, system] of systems) {
  const d = measure(system, dev);
  const t = measure(system, test);
  console.log(
    `${name.padEnd(17)} | ${f(d.p1).padStart(7)} ${f(d.mrr)} ${f(d.r5)} ${f(d.abstained)} | ${f(t.p1).padStart(8)} ${f(t.mrr)} ${f(t.r5)} ${f(t.abstained)} | ${name.startsWith('fuse') ? '  (cached)' : ((d.ms + t.ms) / 2).toFixed(2)}`,
  );
}
console.log('');
console.log("P@1: the top answer is from the query's thread (an abstention is a miss). MRR, R@5: over the ranked entries");
console.log('(fuse.js, BM25: top 100; ours: its re-ranked candidates). abst: share of queries with no answer.');
console.log("ours' time covers answer() and rankIds(); fuse.js takes about 0.5 s a query (cached after the first run).");
