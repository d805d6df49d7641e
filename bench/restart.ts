/**
 * Restart benchmark (issue 15, "a bot restart on an unchanged 100k-paragraph folder ready in ≤ 3 s"): a
 * synthetic corpus (corpus.ts; 100k paragraphs by default, `npm run bench:restart -- 10000` for another
 * size) is written as Markdown files, then the bot's app (`createApp`: store, feeds, content watcher and
 * index, as `npm start` and the HTTP endpoint assemble it) is started in a fresh process three times on the
 * same DATA_DIR:
 *   - cold: no index snapshot, the content is parsed and indexed (as every start was before the snapshot),
 *     and the snapshot is written in the background; meanwhile a 1 ms timer records how long the write held
 *     the event loop at most;
 *   - restart: unchanged content, served from the snapshot;
 *   - off: the same with INDEX_SNAPSHOT=off, for comparison.
 * Each run prints its time to ready (from process start, so Node's and the loader's start-up count), its
 * CPU time and its heap once ready; then the snapshot's size on disk. Never fails on a missed target.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { REST } from 'discord.js';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { generateCorpus, writeCorpusFolder } from './corpus.js';

interface Run {
  /** When the app's modules were loaded (Node's and the TypeScript loader's start-up, and the imports), in ms from process start. */
  importedMs: number;
  readyMs: number;
  cpuMs: number;
  /** V8 heap in use once ready, after a full collection, in MB. */
  heapMb: number;
  snapshot: unknown;
  /** Longest the event loop was held while the snapshot was written, in ms; null when none was written. */
  writeBlockMs: number | null;
}

/** One start of the app on `content` and `data`: prints a `Run` as JSON, then exits. */
async function child(content: string, data: string, snapshot: string): Promise<void> {
  const importedMs = performance.now();
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const config = loadConfig({ DISCORD_TOKEN: 'bench', CONTENT_DIR: content, DATA_DIR: data, INDEX_SNAPSHOT: snapshot }, { dotenv: false });
  const app = await createApp(config, log, {} as REST);
  const readyMs = performance.now();
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  global.gc?.();
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
  // The line saying what became of the snapshot at start (logSnapshot in src/app.ts).
  const read = lines.find((l) => String(l.msg).includes('index snapshot') && l.msg !== 'index snapshot written')?.msg ?? null;
  let writeBlockMs: number | null = null;
  if (read && !String(read).startsWith('content restored')) {
    let last = performance.now();
    writeBlockMs = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      writeBlockMs = Math.max(writeBlockMs!, now - last - 1);
      last = now;
    }, 1);
    while (!lines.some((l) => String(l.msg).includes('index snapshot written') || String(l.msg).includes('could not write'))) await new Promise((resolve) => setTimeout(resolve, 10));
    clearInterval(timer);
  }
  await app.stop();
  console.log(JSON.stringify({ importedMs, readyMs, cpuMs: (userCPUTime + systemCPUTime) / 1000, heapMb, snapshot: read, writeBlockMs } satisfies Run));
  process.exit(0);
}

async function main(): Promise<void> {
  const paragraphs = Number(process.argv[2] ?? 100_000);
  const corpus = generateCorpus(paragraphs);
  const content = mkdtempSync(path.join(tmpdir(), 'faq-restart-bench-'));
  const data = mkdtempSync(path.join(tmpdir(), 'faq-restart-data-'));
  const files = writeCorpusFolder(corpus, content);
  const script = fileURLToPath(import.meta.url);
  const start = (snapshot: 'on' | 'off'): Run =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', script, '--child', content, data, snapshot], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').at(-1)!) as Run;
  try {
    console.log(`${corpus.paragraphs} paragraphs, ${corpus.faq} FAQ entries in ${files} files`);
    for (const [name, snapshot] of [['cold', 'on'], ['restart', 'on'], ['off', 'off']] as const) {
      const run = start(snapshot);
      const block = run.writeBlockMs === null ? '' : ` | snapshot written in the background, longest event-loop block ${run.writeBlockMs.toFixed(0)} ms`;
      console.log(`${name.padEnd(7)} ready ${(run.readyMs / 1000).toFixed(2)} s after process start (modules loaded at ${(run.importedMs / 1000).toFixed(2)} s), CPU ${(run.cpuMs / 1000).toFixed(2)} s, heap ${run.heapMb.toFixed(0)} MB | ${String(run.snapshot ?? 'no snapshot')}${block}`);
    }
    const bytes = statSync(path.join(data, 'index-snapshot', 'index.snapshot')).size;
    console.log(`snapshot ${(bytes / 2 ** 20).toFixed(1)} MB on disk`);
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, process.argv[5]!);
else await main();
