import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ContentDirError, loadContent } from './load.js';
import { ContentWorkerError, loadContentOffThread } from './load-thread.js';
import { tempDir } from '../../test/temp-dir.js';

/** Workers started, counted by wrapping `Worker` for load-thread.ts. */
const started = vi.hoisted(() => ({ workers: 0 }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:worker_threads')>();
  class CountedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      super(...args);
      started.workers++;
    }
  }
  return { ...real, Worker: CountedWorker };
});

/** A worker script that starts reading a file, then dies as an out-of-memory or native crash would. */
const dying = (how: string) =>
  new URL(`data:text/javascript,${encodeURIComponent(`import { parentPort } from 'node:worker_threads'; parentPort.postMessage({ type: 'file', file: 'content/huge.md' }); ${how}`)}`);

describe('loadContentOffThread', () => {
  it('gives what loadContent gives, articles and issues, in order', async () => {
    for (const dir of ['content', 'test/fixtures/articles', 'test/fixtures/broken']) {
      const [here, there] = await Promise.all([loadContent(dir), loadContentOffThread(dir, { batch: 1 })]);
      expect(there.articles).toEqual(here.articles);
      expect(there.issues).toEqual(here.issues);
      expect(there.files).toBe(here.files);
      expect(there.parsed).toEqual(here.parsed);
    }
  });

  it('reports the other problems of a file refused for an FAQ error, as the bot\'s reload and the playground\'s panel read it', async () => {
    const dir = tempDir('faq-thread-');
    writeFileSync(path.join(dir, 'a.md'), '# A\n\n## FAQ\n\n### Do I need a card?\nAlso asked as:\n- Do I need a card?\n\nYes.\n\n### Unanswered?\n');
    writeFileSync(path.join(dir, 'b.md'), '# B\n\nText.\n');
    const [here, there] = await Promise.all([loadContent(dir), loadContentOffThread(dir)]);
    expect(there.issues).toEqual(here.issues);
    expect(there.issues.filter((i) => i.file.endsWith('a.md')).map((i) => [i.line, i.severity])).toEqual([
      [7, 'warning'],
      [11, 'error'],
    ]);
  });

  it('serves loads one after another, of other folders and after a failed one, from the worker the first started', async () => {
    const before = started.workers;
    const dir = tempDir('faq-thread-');
    writeFileSync(path.join(dir, 'a.md'), '# A\n\nText.\n');
    const first = await loadContentOffThread('content');
    await expect(loadContentOffThread('no-such-folder')).rejects.toBeInstanceOf(ContentDirError);
    const other = await loadContentOffThread(dir);
    // The files of `reuse` are skipped by the load that names them, not by the next.
    const reused = await loadContentOffThread('content', { reuse: new Map(first.parsed.slice(0, 1).map((p) => [p.file, p.result])) });
    const again = await loadContentOffThread('content');
    expect(other.articles.map((a) => a.title)).toEqual(['A']);
    expect(reused.articles).toEqual(first.articles);
    expect([reused.parsedNow, again.parsedNow]).toEqual([first.parsedNow - 1, first.parsedNow]);
    expect(again.articles).toEqual(first.articles);
    expect(again.parsed).toEqual(first.parsed);
    // None, when an earlier test's worker still waited.
    expect(started.workers - before).toBeLessThanOrEqual(1);
  });

  it('serves a load started as the waiting worker stops from a new worker', async () => {
    await loadContentOffThread('content', { idleMs: 0 });
    // Timers of one delay run in the order they were set: the worker's idle time has ended, and it is stopping.
    await new Promise((ended) => setTimeout(ended, 0));
    expect((await loadContentOffThread('content')).articles.length).toBeGreaterThan(0);
  });

  it('does not keep the worker of a load of more than 200 files', async () => {
    const dir = tempDir('faq-thread-');
    for (let i = 0; i < 201; i++) writeFileSync(path.join(dir, `a${i}.md`), `# A${i}\n\nText.\n`);
    await loadContentOffThread('content');
    const before = started.workers;
    expect((await loadContentOffThread(dir)).articles).toHaveLength(201);
    await loadContentOffThread('content');
    expect(started.workers - before).toBe(1);
  });

  it('rejects with ContentDirError when the folder is missing', async () => {
    await expect(loadContentOffThread('no-such-folder')).rejects.toBeInstanceOf(ContentDirError);
  });

  it.each([
    ['throws', "throw new RangeError('Maximum call stack size exceeded');", /RangeError: Maximum call stack size exceeded\) while reading content\/huge\.md/],
    ['exits', 'process.exit(3);', /exit code 3\) while reading content\/huge\.md/],
  ])('names the file being read when the worker %s', async (_, how, message) => {
    const failed = loadContentOffThread('content', { entry: dying(how) });
    await expect(failed).rejects.toBeInstanceOf(ContentWorkerError);
    await expect(failed).rejects.toThrow(message);
    // A worker that died is not kept: the next load starts another, which fails the same way.
    await expect(loadContentOffThread('content', { entry: dying(how) })).rejects.toThrow(message);
  });
});
