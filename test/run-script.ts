import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterScope, tempDir } from './temp-dir.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/**
 * How long a wait on a process's output may take before the test fails. A safety net against a hung
 * process, never a performance check: a start-up on a loaded 2-core machine can take many seconds.
 */
export const PROCESS_WAIT_MS = 60_000;

/**
 * The time limit for a test (or hook) that runs processes, set per file: several starts in one test can
 * each take many seconds on a loaded machine. Also a safety net; the global limit stays for unit tests.
 */
export const PROCESS_TEST_MS = 180_000;

export interface WaitOptions {
  /** Ignore the first `after` log records. */
  after?: number;
  timeoutMs?: number;
}

export interface RunningScript {
  proc: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** What was written to stdout alone. */
  stdout(): string;
  /** stdout lines that are JSON (pino log records). */
  logs(): Record<string, unknown>[];
  /**
   * The first log record matching `match`, already written or still to come. `after` skips the first
   * records (pass `logs().length` taken before an action to wait for what the action causes).
   */
  waitForLog(match: (line: Record<string, unknown>) => boolean, options?: WaitOptions): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The whole environment of a process a test starts: PATH, TMPDIR (so its temporary files land in the run's folder, see test/global-setup.ts) and `env`. */
export const childEnv = (env: Record<string, string>): Record<string, string> => ({ PATH: process.env.PATH ?? '', TMPDIR: tmpdir(), ...env });

/** SIGKILLs every process of the group `pid` leads (a script started by `runScript` and its children); none left is fine. */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}

/**
 * Runs one of the project's entry points (`src/bin/bot.ts`, `src/bin/ask.ts`, …) the way its npm script does,
 * in an empty working directory so no developer's `.env` leaks into the test, with `childEnv(env)` only. A process
 * still running when its test (or, started outside a test, its file) ends is killed, and its working directory deleted.
 */
export function runScript(script: string, env: Record<string, string>, { args = [] as string[], input = null as string | null } = {}): RunningScript {
  const cwd = tempDir('faq-bot-run-');
  const proc = spawn(process.execPath, ['--import', TSX, path.join(ROOT, script), ...args], {
    cwd,
    env: childEnv(env),
    stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    // Its own process group, so the cleanup below ends what it started too (start:sharded's shard processes).
    detached: true,
  });
  if (input !== null) proc.stdin!.end(input);
  let out = '';
  let stdout = '';
  proc.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const wake of waiters) wake();
  };
  proc.stdout!.on('data', onData);
  proc.stderr!.on('data', onData);
  // 'close', not 'exit': only then has everything the process wrote been read.
  const exited = new Promise<number | null>((resolve) => proc.on('close', (code) => resolve(code)));
  // A test that fails before stopping its process: the process must not outlive it, nor write in its deleted
  // folders, and neither may the processes it started: killed alone, start:sharded's manager left its shard
  // process writing an index snapshot into the DATA_DIR being removed (ENOTEMPTY, with both cores busy).
  afterScope(async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      killGroup(proc.pid!);
      return;
    }
    const gone = new Promise((resolve) => proc.once('exit', resolve));
    killGroup(proc.pid!);
    await gone;
  });
  // Complete stdout lines only: a record still being written is not parsed half-way.
  const logs = () =>
    stdout
      .slice(0, stdout.lastIndexOf('\n') + 1)
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return {
    proc,
    output: () => out,
    stdout: () => stdout,
    logs,
    exited,
    waitForLog(match, { after = 0, timeoutMs = PROCESS_WAIT_MS } = {}) {
      return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (finish: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          waiters.delete(check);
          finish();
        };
        const check = () => {
          const found = logs().slice(after).find(match);
          if (found) settle(() => resolve(found));
        };
        const timer = setTimeout(() => settle(() => reject(new Error(`no matching log line within ${timeoutMs} ms; output so far:\n${out.slice(-3000)}`))), timeoutMs);
        // A process that has exited will write nothing more: fail now, with its exit code and output.
        void exited.then((code) => {
          check();
          settle(() => reject(new Error(`the process exited with code ${code} before a matching log line; output:\n${out.slice(-3000)}`)));
        });
        waiters.add(check);
        check();
      });
    },
    async stop(signal = 'SIGTERM') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
}
