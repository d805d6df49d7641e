/**
 * Restart benchmark (issue 15, "a bot restart on an unchanged 100k-paragraph folder ready in ≤ 3 s"): a
 * synthetic corpus (corpus.ts; 100k paragraphs by default, `npm run bench:restart -- 10000` for another
 * size) is written as Markdown files, then the bot's app as production runs it (compiled JS in dist/, by
 * `npm run build` first; `createApp`: store, feeds, content watcher and index, as `node dist/bin/bot.js`
 * and the HTTP endpoint assemble it) is started with plain `node` in a fresh process, on the same DATA_DIR:
 *   - cold: no index snapshot, the content is parsed and indexed (as every start was before the snapshot),
 *     and the snapshot is written in the background; meanwhile a 1 ms timer records how long the write held
 *     the event loop at most;
 *   - restart: unchanged content, served from the snapshot;
 *   - changed: one file edited since, its article parsed again and the rest reused from the snapshot;
 *   - off: the same content with INDEX_SNAPSHOT=off, for comparison.
 * Each run prints its time to ready (from process start, so Node's start-up and the imports count), its
 * CPU time and its heap once ready; then the snapshot's size on disk. Never fails on a missed target.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus, writeCorpusFolder } from './corpus.js';

interface Run {
  /** When the app's modules were loaded (Node's start-up and the imports), in ms from process start. */
  importedMs: number;
  readyMs: number;
  cpuMs: number;
  /** V8 heap in use once ready, after a full collection, in MB. */
  heapMb: number;
  snapshot: unknown;
  /** Longest the event loop was held while the snapshot was written, in ms; null when none was written. */
  writeBlockMs: number | null;
}

/**
 * One start of the compiled app on a content folder and DATA_DIR (the arguments: content, data, INDEX_SNAPSHOT,
 * then the URLs of dist/ and of pino): prints a `Run` as JSON, then exits. Plain JavaScript, written to a
 * file and run by `node`, so that no TypeScript loader runs in the measured process (not `node -e`: the
 * content worker would inherit `--input-type`, which Node refuses for a file).
 */
const CHILD = `
const [content, data, snapshot, dist, pinoUrl] = process.argv.slice(2);
const { createApp } = await import(dist + '/app.js');
const { loadConfig } = await import(dist + '/config.js');
const { default: pino } = await import(pinoUrl);
const importedMs = performance.now();
const lines = [];
const log = pino({ level: 'info' }, { write: (line) => void lines.push(JSON.parse(line)) });
const config = loadConfig({ DISCORD_TOKEN: 'bench', CONTENT_DIR: content, DATA_DIR: data, INDEX_SNAPSHOT: snapshot }, { dotenv: false });
const app = await createApp(config, log, {});
const readyMs = performance.now();
const { userCPUTime, systemCPUTime } = process.resourceUsage();
global.gc();
const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
// The line saying what became of the snapshot at start (logSnapshot in src/app.ts).
const read = lines.find((l) => String(l.msg).includes('index snapshot') && l.msg !== 'index snapshot written')?.msg ?? null;
let writeBlockMs = null;
if (read && !String(read).startsWith('content restored')) {
  let last = performance.now();
  writeBlockMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    writeBlockMs = Math.max(writeBlockMs, now - last - 1);
    last = now;
  }, 1);
  while (!lines.some((l) => String(l.msg).includes('index snapshot written') || String(l.msg).includes('could not write'))) await new Promise((resolve) => setTimeout(resolve, 10));
  clearInterval(timer);
}
await app.stop();
console.log(JSON.stringify({ importedMs, readyMs, cpuMs: (userCPUTime + systemCPUTime) / 1000, heapMb, snapshot: read, writeBlockMs }));
process.exit(0);
`;

async function main(): Promise<void> {
  const paragraphs = Number(process.argv[2] ?? 100_000);
  const corpus = generateCorpus(paragraphs);
  const work = mkdtempSync(path.join(tmpdir(), 'faq-restart-bench-'));
  const [content, data, child] = ['content', 'data', 'child.mjs'].map((name) => path.join(work, name)) as [string, string, string];
  mkdirSync(content);
  const files = writeCorpusFolder(corpus, content);
  writeFileSync(child, CHILD);
  const dist = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')).href;
  const start = (snapshot: 'on' | 'off'): Run =>
    JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', child, content, data, snapshot, dist, import.meta.resolve('pino')], { encoding: 'utf8', maxBuffer: 1 << 20 })
        .trim()
        .split('\n')
        .at(-1)!,
    ) as Run;
  try {
    console.log(`${corpus.paragraphs} paragraphs, ${corpus.faq} FAQ entries in ${files} files`);
    for (const [name, snapshot] of [['cold', 'on'], ['restart', 'on'], ['changed', 'on'], ['off', 'off']] as const) {
      // One paragraph added to the first file: a start after an edit.
      if (name === 'changed') appendFileSync(path.join(content, readdirSync(content).filter((f) => f.endsWith('.md')).sort()[0]!), '\nOne more paragraph, written after the snapshot.\n');
      const run = start(snapshot);
      const block = run.writeBlockMs === null ? '' : ` | snapshot written in the background, longest event-loop block ${run.writeBlockMs.toFixed(0)} ms`;
      console.log(`${name.padEnd(7)} ready ${(run.readyMs / 1000).toFixed(2)} s after process start (modules loaded at ${(run.importedMs / 1000).toFixed(2)} s), CPU ${(run.cpuMs / 1000).toFixed(2)} s, heap ${run.heapMb.toFixed(0)} MB | ${String(run.snapshot ?? 'no snapshot')}${block}`);
    }
    const bytes = statSync(path.join(data, 'index-snapshot', 'index.snapshot')).size;
    console.log(`snapshot ${(bytes / 2 ** 20).toFixed(1)} MB on disk`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
