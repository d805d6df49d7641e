import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished, TestRunner } from 'vitest';

type Cleanup = () => unknown;

/** Cleanups registered outside a test (in a beforeAll): run by `runFileCleanups`. */
const fileCleanups: Cleanup[] = [];
/** True while a test file is collected (its top level and describe bodies run), until its first hook runs. */
let collecting = false;

/** For test/temp-dir-setup.ts: marks the start and the end of a test file's collection. */
export function setCollecting(value: boolean): void {
  collecting = value;
}

/**
 * Runs `cleanup` when the current test finishes, passed or failed (after its afterEach hooks); called in a
 * beforeAll, when the current test file's tests are done (test/temp-dir-setup.ts). Cleanups of one scope run
 * last registered first, so a process is stopped before the folder it works in is removed. Throws while the
 * file is collected: when all its tests are skipped or filtered out (-t) no hook runs, so nothing would clean up.
 */
export function afterScope(cleanup: Cleanup): void {
  if (collecting) throw new Error('a temporary folder or process made while the test file is collected: make it in a test or a beforeAll hook');
  if (TestRunner.getCurrentTest())
    onTestFinished(async () => {
      await cleanup();
    });
  else fileCleanups.push(cleanup);
}

/** Runs, last registered first, the cleanups `afterScope` was given outside a test; every one runs even if one throws. */
export async function runFileCleanups(): Promise<void> {
  const errors: unknown[] = [];
  for (const cleanup of fileCleanups.splice(0).reverse()) await Promise.resolve().then(cleanup).catch((err: unknown) => errors.push(err));
  if (errors.length) throw new AggregateError(errors, 'a temporary folder or process of this test file could not be cleaned up');
}

/**
 * A fresh folder `<os.tmpdir()>/<prefix>XXXXXX` for a test, deleted with everything in it (even read-only
 * parts) after the test that made it, or after the file's tests when made in a beforeAll (see `afterScope`).
 * Under vitest, os.tmpdir() is the run's own folder (test/global-setup.ts), which must be empty at the end.
 */
export function tempDir(prefix: string): string {
  let dir: string | undefined;
  // Registered before the folder is made: afterScope throws while the file is collected.
  afterScope(() => dir && removeDir(dir));
  dir = mkdtempSync(path.join(tmpdir(), prefix));
  return dir;
}

/** Deletes `dir` and everything in it, first making its folders writable: rm cannot empty a folder a test chmod-ed read-only. */
export function removeDir(dir: string): void {
  makeFoldersWritable(dir);
  // maxRetries: a process the test started may still be writing in it (ENOTEMPTY while it is emptied).
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

function makeFoldersWritable(dir: string): void {
  try {
    chmodSync(dir, 0o700);
  } catch {
    return; // already gone
  }
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) makeFoldersWritable(path.join(dir, entry.name));
}
