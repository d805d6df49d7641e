/**
 * vitest globalSetup: the run's own temporary folder, which must be empty when the run ends.
 *
 * Points TMPDIR at a fresh folder before any worker starts: os.tmpdir() reads TMPDIR on each call, the
 * workers are forked with this process's environment, and runScript passes TMPDIR on to the processes the
 * tests start. On teardown the run fails, naming what is left there (a folder not made with test/temp-dir.ts's
 * tempDir, or made by code that does not delete its own), and the folder is deleted either way.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeDir } from './temp-dir.js';

/** tsx's cache of compiled modules (`tsx-<uid>`), shared by the processes the tests start: kept for the run, not a leftover. */
const TSX_CACHE = /^tsx-\d+$/;

export function setup(): () => void {
  const previous = process.env.TMPDIR;
  const runDir = mkdtempSync(path.join(tmpdir(), 'faq-bot-test-'));
  process.env.TMPDIR = runDir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    const left = readdirSync(runDir).filter((name) => !TSX_CACHE.test(name));
    removeDir(runDir);
    if (!left.length) return;
    // vitest only prints an error thrown here ("error during close"): the exit code is ours to set.
    process.exitCode = 1;
    throw new Error(`the tests left ${left.length} entries in their temporary folder (now deleted): ${left.join(', ')}. Make a test's folders with tempDir() of test/temp-dir.ts.`);
  };
}
