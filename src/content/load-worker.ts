/**
 * The worker-thread side of `loadContentOffThread` (load-thread.ts): for each `load` message, reads and
 * parses the folder it names (all but the files in `skip`), then hands each file's result over, one batch
 * per `next` request, so the answering thread receives them in small pieces with its event loop free in
 * between. One load at a time; the worker then waits for the next, its parsers already loaded. Never
 * imported by the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { ContentDirError, readArticleFiles, type FilesRead } from './load.js';
import type { FromWorker, ToWorker } from './load-thread.js';

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

/** The load being handed over, and how far. */
let current: { content: FilesRead; next: number; batch: number } | null = null;

port.on('message', async (message: ToWorker) => {
  if (message.type === 'load') {
    current = null;
    try {
      const content = await readArticleFiles(message.dir, { limits: message.limits, skip: new Set(message.skip), onFile: (file) => send({ type: 'file', file }) });
      current = { content, next: 0, batch: message.batch };
      send({ type: 'ready' });
    } catch (err) {
      send({ type: 'failed', missingDir: err instanceof ContentDirError, message: err instanceof Error ? err.message : String(err) });
    }
    return;
  }
  if (!current) return;
  const { content, next, batch } = current;
  if (next < content.reads.length) {
    send({ type: 'reads', reads: content.reads.slice(next, next + batch) });
    current.next += batch;
  } else {
    send({ type: 'done', listingIssues: content.listingIssues, files: content.files });
    // Nothing of a load outlives it in the waiting worker's heap.
    current = null;
  }
});
