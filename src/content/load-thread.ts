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

/** Messages to the load worker: `next` asks for the next batch of files read (or `done` once all were sent). */
export type ToWorker = { type: 'next' };

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
}

/**
 * Whether this module runs from TypeScript source (under tsx or vitest) rather than compiled to `dist/`:
 * the worker is then started from the .ts source with tsx's loader, which a compiled build never needs.
 */
const fromSource = import.meta.url.endsWith('.ts');

/**
 * Starts the worker script. A .ts entry (under tsx or vitest) is imported after registering tsx's hooks
 * in the worker itself: Node 20 does not apply hooks from `--import` to a worker's entry module.
 */
function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  // `tsx/esm/api` as ESM: resolving it with require() would give its CommonJS twin.
  const api = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * `loadContent(dir)` run on a worker thread, so parsing (seconds for a large folder, and whatever a hostile
 * file costs) never holds the thread that answers. The files' results come back in batches of `batch`, one
 * per turn of this thread's event loop, and are put together here (`assembleContent`): the worker is told
 * only the names of the files in `reuse`, never sent their articles. Rejects with `ContentDirError` when `dir` is not a folder, and with
 * `ContentWorkerError`, naming the file being read, when the worker dies; a parser's exception is a
 * per-file issue as with `loadContent`.
 */
export function loadContentOffThread(
  dir: string,
  { limits = DEFAULT_LIMITS, batch = 50, reuse, served, entry = new URL(`./load-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url) }: OffThreadOptions = {},
): Promise<Content> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(entry, { dir, limits, batch, skip: [...(reuse?.keys() ?? [])] });
    const reads: FileRead[] = [];
    let file: string | null = null;
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
      void worker.terminate();
    };
    const failed = (why: string) =>
      settle(() => reject(new ContentWorkerError(`the content worker stopped (${why}) ${file ? `while reading ${file}` : 'before reading any file'}; nothing was loaded`)));
    // Each batch is asked for on the next turn, so questions queued meanwhile are answered first.
    const askNext = () => setImmediate(() => worker.postMessage({ type: 'next' } satisfies ToWorker));
    worker.on('message', (message: FromWorker) => {
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
          return settle(() => resolve(assembleContent({ reads, listingIssues: message.listingIssues, files: message.files }, reuse, served)));
        case 'failed':
          return settle(() => reject(message.missingDir ? new ContentDirError(message.message) : new Error(message.message)));
      }
    });
    // An uncaught error is reported before the messages the worker posted just before it are all
    // delivered; 'exit' comes after them, so the file being read is known by then.
    let error: string | null = null;
    worker.on('error', (err) => (error = `${err.name}: ${err.message.split('\n')[0]}`));
    worker.on('exit', (code) => failed(error ?? `exit code ${code}`));
  });
}
