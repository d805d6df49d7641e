/**
 * The worker-thread side of `loadContentOffThread` (load-thread.ts): reads and parses the folder named in
 * `workerData`, then hands the articles over one batch per request, so the answering thread receives them
 * in small pieces with its event loop free in between. Never imported by the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ContentDirError, loadContent } from './load.js';
import type { ContentLimits } from './limits.js';
import type { FromWorker, ToWorker } from './load-thread.js';

const { dir, limits, batch, served } = workerData as { dir: string; limits: ContentLimits; batch: number; served: Map<string, string> };
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

try {
  const content = await loadContent(dir, { limits, served, onFile: (file) => send({ type: 'file', file }) });
  let next = 0;
  port.on('message', (message: ToWorker) => {
    if (message.type !== 'next') return;
    if (next < content.articles.length) {
      send({ type: 'articles', articles: content.articles.slice(next, next + batch) });
      next += batch;
    } else {
      send({ type: 'done', issues: content.issues, files: content.files, loadedAt: content.loadedAt.getTime() });
      port.close();
    }
  });
  send({ type: 'ready' });
} catch (err) {
  send({ type: 'failed', missingDir: err instanceof ContentDirError, message: err instanceof Error ? err.message : String(err) });
  port.close();
}
