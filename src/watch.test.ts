import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Logger } from './log.js';
import { watchContent } from './watch.js';
import { tempDir } from '../test/temp-dir.js';

const quiet = { warn: () => undefined } as unknown as Logger;

describe('watchContent', () => {
  it('gets ready on a folder with symlink loops and still sees a new article', async () => {
    const dir = tempDir('faq-watch-');
    writeFileSync(path.join(dir, 'a.md'), '# A\n\nText.\n');
    symlinkSync('.', path.join(dir, 'loop1'));
    symlinkSync('.', path.join(dir, 'loop2'));
    let changes = 0;
    const watcher = await watchContent(dir, quiet, () => changes++, { debounceMs: 10 });
    try {
      symlinkSync('.', path.join(dir, 'loop3'));
      writeFileSync(path.join(dir, 'b.md'), '# B\n\nText.\n');
      await expect.poll(() => changes, { timeout: 20_000 }).toBeGreaterThan(0);
    } finally {
      await watcher.close();
    }
  });

  it('reports a change made before it watched when changedSince, asked once ready, says so', async () => {
    const dir = tempDir('faq-watch-');
    writeFileSync(path.join(dir, 'a.md'), '# A\n\nText.\n');
    let asked = 0;
    let changes = 0;
    const watcher = await watchContent(dir, quiet, () => changes++, { debounceMs: 10, changedSince: async () => ++asked > 0 });
    try {
      expect(asked).toBe(1);
      await expect.poll(() => changes, { timeout: 20_000 }).toBe(1);
    } finally {
      await watcher.close();
    }
  });
});
