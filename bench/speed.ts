/**
 * Speed benchmark: our SearchIndex against plain fuse.js over the same FAQ entries and paragraphs, on
 * synthetic corpora of 1k, 10k and 100k paragraphs (see corpus.ts). Prints a report; never fails on a
 * missed target.
 *
 * Each size runs in a child process started with `--expose-gc`, so heap deltas are measured after a full
 * collection and no size inherits another's heap, JIT state or module caches (the stem cache).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { SearchIndex } from '../src/search/engine.js';
import { generateCorpus, generateQueries, OFF_TOPIC, type Corpus, type Query, type QueryKind } from './corpus.js';

const SIZES = [1_000, 10_000, 100_000];
const QUERIES = 300;
const WARMUP = 50;
/** fuse.js scans every unit per query, so larger corpora get only a sample. */
const FUSE_SAMPLES: Record<number, number> = { 1_000: 20, 10_000: 5, 100_000: 2 };
/** Past this predicted time per query, fuse.js is not run at all. */
const FUSE_SKIP_MS = 30_000;

const TARGETS = { p50: 5, p99: 25, buildMs: 5_000, heapMB: 300, ratioAt10k: 1_000 };

interface EngineResult {
  buildMs: number;
  /** Growth of heap (plus array buffers) from before the build to after it, after full collections. */
  heapMB: number;
  /** The same after the timed queries: lazily built structures (typo map, suggestion index, caches) included. */
  heapAfterQueriesMB: number | null;
  latencies: number[];
  /** Slowest warm-up query, which pays for structures built on first use. */
  coldMaxMs: number | null;
  byKind: Partial<Record<QueryKind, number>>;
  /** Median and slowest of the OFF_TOPIC messages, timed after the others and kept out of p50/p99. */
  offTopic: { p50: number; max: number } | null;
  skipped: string | null;
}

interface SizeResult {
  size: number;
  articles: number;
  faq: number;
  words: number;
  generateMs: number;
  ours: EngineResult;
  fuse: EngineResult;
}

/** A unit as a naive bot would hand it to fuse.js: the FAQ question and answer, or the paragraph. */
interface FuseUnit {
  question: string;
  text: string;
}

/** Heap plus array buffers: the inverted index keeps its postings in typed arrays, outside the JS heap. */
function memoryUsed(): number {
  // Sizes run in children started with --expose-gc (see runChild).
  gc!();
  gc!();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const MB = 1024 * 1024;

function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** `n` evenly spaced items, so a sample mixes query kinds. */
const spread = <T>(items: readonly T[], n: number): T[] =>
  Array.from({ length: Math.min(n, items.length) }, (_, i) => items[Math.floor((i * items.length) / n)]!);

function benchOurs(corpus: Corpus, queries: Query[], warmup: Query[]): EngineResult {
  const before = memoryUsed();
  const { value: index, ms: buildMs } = time(() => new SearchIndex(corpus.articles));
  const heapMB = (memoryUsed() - before) / MB;
  const coldMaxMs = Math.max(...warmup.map((q) => time(() => index.answer(q.text)).ms));
  const latencies = queries.map((q) => time(() => index.answer(q.text)).ms);
  const offTopicMs = OFF_TOPIC.map((text) => time(() => index.answer(text)).ms);
  const offTopic = { p50: percentile(offTopicMs, 50), max: Math.max(...offTopicMs) };
  const heapAfterQueriesMB = (memoryUsed() - before) / MB;
  const byKind: EngineResult['byKind'] = {};
  for (const kind of ['faq', 'paragraph', 'typo'] as const) {
    byKind[kind] = percentile(latencies.filter((_, i) => queries[i]!.kind === kind), 50);
  }
  return { buildMs, heapMB, heapAfterQueriesMB, latencies, coldMaxMs, byKind, offTopic, skipped: null };
}

/**
 * `msPerUnit` (from the previous size) predicts a query's time, so a size where one query would take
 * longer than FUSE_SKIP_MS is skipped instead of run.
 */
function benchFuse(corpus: Corpus, queries: Query[], msPerUnit: number | null): EngineResult {
  const before = memoryUsed();
  const options = { keys: ['question', 'text'], ignoreLocation: true };
  const { value: built, ms: buildMs } = time(() => {
    const units: FuseUnit[] = corpus.articles.flatMap((a) => [
      ...a.faq.map((e) => ({ question: e.question.text, text: e.answer.map((p) => p.text).join('\n\n') })),
      ...a.paragraphs.map((p) => ({ question: '', text: p.text })),
    ]);
    return { units, fuse: new Fuse(units, options) };
  });
  const heapMB = (memoryUsed() - before) / MB;
  const { units, fuse } = built;
  const result = { buildMs, heapMB, heapAfterQueriesMB: null, coldMaxMs: null, byKind: {}, offTopic: null };
  const predicted = msPerUnit === null ? 0 : msPerUnit * units.length;
  if (predicted > FUSE_SKIP_MS) {
    return { ...result, latencies: [], skipped: `skipped (too slow: ~${(predicted / 1000).toFixed(0)} s/query predicted)` };
  }
  // Warm the JIT on a small instance so the first timed query is not also compiling fuse.js.
  const small = new Fuse(units.slice(0, 1_000), options);
  for (const q of queries.slice(0, 3)) small.search(q.text);
  const sample = spread(queries, FUSE_SAMPLES[corpus.paragraphs] ?? 2);
  const latencies = sample.map((q) => time(() => fuse.search(q.text)).ms);
  return { ...result, latencies, skipped: null };
}

function measure(size: number, fuseMsPerUnit: number | null): SizeResult {
  const { value: corpus, ms: generateMs } = time(() => generateCorpus(size));
  const queries = generateQueries(corpus, QUERIES, size + 1);
  const warmup = generateQueries(corpus, WARMUP, size + 2);
  const ours = benchOurs(corpus, queries, warmup);
  const fuse = benchFuse(corpus, queries, fuseMsPerUnit);
  return { size, articles: corpus.articles.length, faq: corpus.faq, words: corpus.words, generateMs, ours, fuse };
}

/** Runs one size in a fresh process with `--expose-gc` and tsx, and returns its result. */
function runChild(size: number, fuseMsPerUnit: number | null): Promise<SizeResult> {
  const args = [`--size=${size}`, ...(fuseMsPerUnit === null ? [] : [`--fuse-ms-per-unit=${fuseMsPerUnit}`])];
  const child = fork(fileURLToPath(import.meta.url), args, { execArgv: ['--expose-gc', '--import', import.meta.resolve('tsx')] });
  return new Promise((resolve, reject) => {
    let result: SizeResult | undefined;
    child.on('message', (message) => (result = message as SizeResult));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`benchmark of ${size} paragraphs exited with code ${code}`))));
  });
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number): string => (Number.isNaN(n) ? '—' : n < 10 ? `${fmt(n, 2)} ms` : n < 1_000 ? `${fmt(n, 1)} ms` : `${fmt(n / 1000, 2)} s`);
const mb = (n: number | null): string => (n === null ? '—' : `${fmt(n, 1)} MB`);

function report(r: SizeResult): void {
  const { ours, fuse } = r;
  const timed = (e: EngineResult, total: number) => e.skipped ?? (e.latencies.length === total ? String(total) : `${e.latencies.length} of ${total} (sampled)`);
  const rows: [string, string, string][] = [
    ['build', ms(ours.buildMs), ms(fuse.buildMs)],
    ['heap after build', mb(ours.heapMB), mb(fuse.heapMB)],
    ['heap after queries', mb(ours.heapAfterQueriesMB), mb(fuse.heapAfterQueriesMB)],
    ['p50 latency', ms(percentile(ours.latencies, 50)), fuse.skipped ? '—' : ms(percentile(fuse.latencies, 50))],
    ['p99 latency', ms(percentile(ours.latencies, 99)), fuse.skipped ? '—' : ms(percentile(fuse.latencies, 99))],
    ['slowest warm-up query', ms(ours.coldMaxMs ?? NaN), '—'],
    ['off-topic p50 / max', ours.offTopic ? `${ms(ours.offTopic.p50)} / ${ms(ours.offTopic.max)}` : '—', '—'],
    ['queries timed', timed(ours, QUERIES), timed(fuse, QUERIES)],
  ];
  const units = r.faq + r.size;
  console.log(
    `\n== ${fmt(r.size)} paragraphs: ${fmt(r.articles)} articles, ${fmt(r.faq)} FAQ entries, ${fmt(units)} units, ` +
      `${fmt(r.words / 1e6, 2)}M words (generated in ${ms(r.generateMs)}) ==`,
  );
  console.log(`${''.padEnd(24)}${'ours'.padStart(20)}   fuse.js`);
  for (const [label, a, b] of rows) console.log(`${label.padEnd(24)}${a.padStart(20)}   ${b}`);
  const kinds = Object.entries(ours.byKind).map(([k, v]) => `${k} ${ms(v)}`).join(', ');
  console.log(`ours p50 by query kind: ${kinds}; off-topic: ${OFF_TOPIC.length} messages, not in p50/p99`);
  const ratio = ratioOf(r);
  console.log(`speed ratio (fuse.js p50 / ours p50): ${ratio === null ? '—' : `${fmt(ratio)}×`}`);
}

const ratioOf = (r: SizeResult): number | null =>
  r.fuse.skipped ? null : percentile(r.fuse.latencies, 50) / percentile(r.ours.latencies, 50);

function targets(results: SizeResult[]): void {
  console.log('\n== Targets ==');
  const line = (label: string, value: string, met: boolean | null) =>
    console.log(`${label.padEnd(36)}${value.padStart(14)}   ${met === null ? 'not measured' : met ? 'met' : 'MISSED'}`);
  const big = results.find((r) => r.size === 100_000);
  if (big) {
    const p50 = percentile(big.ours.latencies, 50);
    const p99 = percentile(big.ours.latencies, 99);
    line(`100k p50 ≤ ${TARGETS.p50} ms`, ms(p50), p50 <= TARGETS.p50);
    line(`100k p99 ≤ ${TARGETS.p99} ms`, ms(p99), p99 <= TARGETS.p99);
    line(`100k build ≤ ${TARGETS.buildMs / 1000} s`, ms(big.ours.buildMs), big.ours.buildMs <= TARGETS.buildMs);
    line(`100k heap after build ≤ ${TARGETS.heapMB} MB`, mb(big.ours.heapMB), big.ours.heapMB <= TARGETS.heapMB);
    const after = big.ours.heapAfterQueriesMB!;
    line('  (after queries, for reference)', mb(after), after <= TARGETS.heapMB);
  }
  const mid = results.find((r) => r.size === 10_000);
  if (mid) {
    const ratio = ratioOf(mid);
    line(`10k ≥ ${fmt(TARGETS.ratioAt10k)}× faster than fuse.js`, ratio === null ? '—' : `${fmt(ratio)}×`, ratio === null ? null : ratio >= TARGETS.ratioAt10k);
  }
}

async function main(): Promise<void> {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const size = arg('size');
  if (size !== undefined) {
    const msPerUnit = arg('fuse-ms-per-unit');
    process.send!(measure(Number(size), msPerUnit === undefined ? null : Number(msPerUnit)));
    return;
  }
  console.log(`Speed benchmark: ${QUERIES} queries per size after ${WARMUP} warm-up queries; Node ${process.version}.`);
  const results: SizeResult[] = [];
  let msPerUnit: number | null = null;
  for (const n of SIZES) {
    process.stderr.write(`running ${fmt(n)} paragraphs…\n`);
    const result = await runChild(n, msPerUnit);
    report(result);
    results.push(result);
    if (!result.fuse.skipped) msPerUnit = percentile(result.fuse.latencies, 50) / (result.faq + result.size);
  }
  targets(results);
}

await main();
