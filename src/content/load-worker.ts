/**
 * The worker-thread side of `loadContentOffThread` (load-thread.ts): reads and parses the folder named in
 * `workerData` (all but the files in `skip`), then hands each file's result over, one batch per request,
 * so the answering thread receives them in small pieces with its event loop free in between. Never
 * imported by the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ContentDirError, readArticleFiles } from './load.js';
import type { ContentLimits } from './limits.js';
import type { FromWorker, ToWorker } from './load-thread.js';

const { dir, limits, batch, skip } = workerData as { dir: string; limits: ContentLimits; batch: number; skip: string[] };
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

try {
  const content = await readArticleFiles(dir, { limits, skip: new Set(skip), onFile: (file) => send({ type: 'file', file }) });
  let next = 0;
  port.on('message', (message: ToWorker) => {
    if (message.type !== 'next') return;
    if (next < content.reads.length) {
      send({ type: 'reads', reads: content.reads.slice(next, next + batch) });
      next += batch;
    } else {
      send({ type: 'done', listingIssues: content.listingIssues, files: content.files });
      port.close();
    }
  });
  send({ type: 'ready' });
} catch (err) {
  send({ type: 'failed', missingDir: err instanceof ContentDirError, message: err instanceof Error ? err.message : String(err) });
  port.close();
}
