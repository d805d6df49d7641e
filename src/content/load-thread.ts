import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { assembleContent, ContentDirError, type Content, type FileRead, type LoadOptions, type ParseResultMap } from './load.js';
import { DEFAULT_LIMITS, type ContentLimits } from './limits.js';
import type { ContentIssue } from './types.js';

/** Messages of the load worker (load-worker.ts) to the thread that started it. */
export type FromWorker =
  | { type: 'file'; file: string }
  | { type: 'ready' }
  | { type: 'reads'; reads: FileRead[] }
  | { type: 'done'; listingIssues: ContentIssue[]; files: number }
  | { type: 'failed'; missingDir: boolean; message: string };

/**
 * Messages to the load worker: `load` starts reading a folder (the worker answers `ready` or `failed`);
 * `next` asks for the next batch of files read (or `done` once all were sent).
 */
export type ToWorker = { type: 'load'; dir: string; limits: ContentLimits; batch: number; skip: string[] } | { type: 'next' };

/** The load worker stopped before handing back the content (it crashed or ran out of memory). */
export class ContentWorkerError extends Error {}

export interface OffThreadOptions extends Pick<LoadOptions, 'served'> {
  /** Default: `DEFAULT_LIMITS`. */
  limits?: ContentLimits;
  /** Files read per message to the answering thread (default 50: ~500 paragraphs, well under a millisecond to receive). */
  batch?: number;
  /** Parse results known to be current, by file: not read again (see `LoadOptions.reuse`). */
  reuse?: ParseResultMap;
  /** The worker script; tests substitute one that fails. Default: load-worker.ts beside this module (.js once compiled). */
  entry?: URL;
  /** How long the worker waits for the next load once this one is done, in milliseconds (default WORKER_IDLE_MS: 15 s). */
  idleMs?: number;
}

/**
 * Whether this module runs from TypeScript source (under tsx or vitest) rather than compiled to `dist/`:
 * the worker is then started from the .ts source with tsx's loader, which a compiled build never needs.
 */
const fromSource = import.meta.url.endsWith('.ts');

/**
 * How long a load worker that finished a load waits for the next before it stops, in milliseconds (the
 * default of `OffThreadOptions.idleMs`): long enough for a burst of an editor's saves or a test file's
 * next folder, so those loads skip starting a thread and loading the parsers again (~0.5 s compiled, ~0.9
 * s under tsx); short, as the waiting worker holds its own heap (about 60 MB: the parsers and what the
 * last load left).
 */
const WORKER_IDLE_MS = 15_000;

/**
 * Files a load may read for its worker to be kept: past them the parsing takes longer than starting a
 * worker does, and what it leaves in the worker's heap (a reviewer's 800 files, 29 MB: 170 MB more
 * resident memory 20 s later) would stay beside the index being built.
 */
const KEPT_MAX_FILES = 200;

/**
 * A load worker with the listeners it needs for its whole life: an idle worker that dies is dropped, and
 * its `error` is never an unhandled event. `load` is the running load's handler, if any.
 */
interface LoadWorker {
  worker: Worker;
  entry: string;
  load: { message: (message: FromWorker) => void; stopped: (why: string) => void } | null;
  /** Set while the worker waits for its next load. */
  idle: NodeJS.Timeout | null;
}

/** The waiting worker of each entry script (at most one: a second load at once starts its own). */
const waiting = new Map<string, LoadWorker>();

/**
 * Starts the worker script. A .ts entry (under tsx or vitest) is imported after registering tsx's hooks
 * in the worker itself: Node 20 does not apply hooks from `--import` to a worker's entry module.
 */
function startWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  // `tsx/esm/api` as ESM: resolving it with require() would give its CommonJS twin.
  const api = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** A waiting worker of `entry`, or a new one. */
function takeWorker(entry: URL): LoadWorker {
  const kept = waiting.get(entry.href);
  if (kept) {
    forget(kept);
    kept.worker.ref();
    return kept;
  }
  const worker = startWorker(entry);
  const held: LoadWorker = { worker, entry: entry.href, load: null, idle: null };
  // An uncaught error is reported before the messages the worker posted just before it are all
  // delivered; 'exit' comes after them, so the file being read is known by then.
  let error: string | null = null;
  worker.on('error', (err) => {
    error = `${err.name}: ${err.message.split('\n')[0]}`;
    // Dying: 'exit' comes next, and no load may take it meanwhile.
    forget(held);
  });
  worker.on('message', (message: FromWorker) => held.load?.message(message));
  worker.on('exit', (code) => {
    forget(held);
    held.load?.stopped(error ?? `exit code ${code}`);
  });
  return held;
}

/** `held` no longer waits for a load: a load started from now on starts another worker. */
function forget(held: LoadWorker): void {
  if (waiting.get(held.entry) === held) waiting.delete(held.entry);
  if (held.idle) clearTimeout(held.idle);
  held.idle = null;
}

/**
 * Keeps `held`, which has read `files` files, for `idleMs` for the next load of its entry, without holding
 * the process open; stops it when one already waits, or when it read more than KEPT_MAX_FILES.
 */
function keepWorker(held: LoadWorker, files: number, idleMs: number): void {
  held.load = null;
  if (waiting.has(held.entry) || files > KEPT_MAX_FILES) return void held.worker.terminate();
  held.worker.unref();
  // Forgotten before it is told to stop: it lives on until its 'exit', and a load must not take it meanwhile.
  held.idle = setTimeout(() => {
    forget(held);
    void held.worker.terminate();
  }, idleMs).unref();
  waiting.set(held.entry, held);
}

/**
 * `loadContent(dir)` run on a worker thread, so parsing (seconds for a large folder, and whatever a hostile
 * file costs) never holds the thread that answers. The files' results come back in batches of `batch`, one
 * per turn of this thread's event loop, and are put together here (`assembleContent`): the worker is told
 * only the names of the files in `reuse`, never sent their articles. The worker then waits `idleMs`
 * for the next load (not holding the process open), which it serves without starting again, unless the
 * folder held more than KEPT_MAX_FILES files. Rejects with `ContentDirError` when `dir` is not a folder, and with `ContentWorkerError`, naming
 * the file being read, when the worker dies (the next load starts a new one); a parser's exception is a
 * per-file issue as with `loadContent`.
 */
export function loadContentOffThread(
  dir: string,
  { limits = DEFAULT_LIMITS, batch = 50, reuse, served, entry = new URL(`./load-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url), idleMs = WORKER_IDLE_MS }: OffThreadOptions = {},
): Promise<Content> {
  return new Promise((resolve, reject) => {
    const held = takeWorker(entry);
    const send = (message: ToWorker) => held.worker.postMessage(message);
    const reads: FileRead[] = [];
    let file: string | null = null;
    // Each batch is asked for on the next turn, so questions queued meanwhile are answered first.
    const askNext = () => setImmediate(() => send({ type: 'next' }));
    held.load = {
      message: (message) => {
        switch (message.type) {
          case 'file':
            file = message.file;
            return;
          case 'ready':
            return askNext();
          case 'reads':
            for (const read of message.reads) reads.push(read);
            return askNext();
          case 'done':
            keepWorker(held, reads.length, idleMs);
            return resolve(assembleContent({ reads, listingIssues: message.listingIssues, files: message.files }, reuse, served));
          case 'failed':
            keepWorker(held, 0, idleMs);
            return reject(message.missingDir ? new ContentDirError(message.message) : new Error(message.message));
        }
      },
      stopped: (why) => {
        held.load = null;
        reject(new ContentWorkerError(`the content worker stopped (${why}) ${file ? `while reading ${file}` : 'before reading any file'}; nothing was loaded`));
      },
    };
    send({ type: 'load', dir, limits, batch, skip: [...(reuse?.keys() ?? [])] });
  });
}
