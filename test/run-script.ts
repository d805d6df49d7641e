import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface RunningScript {
  proc: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** What was written to stdout alone. */
  stdout(): string;
  /** stdout lines that are JSON (pino log records). */
  logs(): Record<string, unknown>[];
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs one of the project's entry points (`src/bin/bot.ts`, `src/bin/ask.ts`, …) the way its npm script does,
 * in an empty working directory so no developer's `.env` leaks into the test, with `env` only.
 */
export function runScript(script: string, env: Record<string, string>, { args = [] as string[], input = null as string | null } = {}): RunningScript {
  const cwd = mkdtempSync(path.join(tmpdir(), 'faq-bot-run-'));
  const proc = spawn(process.execPath, ['--import', TSX, path.join(ROOT, script), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
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
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const logs = () =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return {
    proc,
    output: () => out,
    stdout: () => stdout,
    logs,
    exited,
    waitForLog(match, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = logs().find(match);
          if (!found) return;
          clear();
          resolve(found);
        };
        const timer = setTimeout(() => {
          clear();
          reject(new Error(`no matching log line within ${timeoutMs} ms; output so far:\n${out.slice(-3000)}`));
        }, timeoutMs);
        const clear = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
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
