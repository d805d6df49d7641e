/**
 * `npm run ask` run bare at a terminal: it says what it expects instead of waiting silently. The terminal
 * is a pseudo-terminal from util-linux's `script`, so standard input is a TTY as at a prompt.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { childEnv, PROCESS_TEST_MS, PROCESS_WAIT_MS } from './run-script.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const hasScript = spawnSync('script', ['--version']).status === 0;
if (!hasScript) console.warn('skipping the terminal test of npm run ask: util-linux `script` is not installed');

describe.skipIf(!hasScript)('npm run ask at a terminal', { timeout: PROCESS_TEST_MS }, () => {
  it('prints its usage when given no question, then answers each line typed until Ctrl-D', async () => {
    const command = [process.execPath, '--import', TSX, path.join(ROOT, 'src/bin/ask.ts'), '--content', path.join(ROOT, 'content')].map((a) => `'${a}'`).join(' ');
    const proc = spawn('script', ['-qec', command, '/dev/null'], { env: childEnv({ TERM: 'dumb' }) });
    let out = '';
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${text}" within ${PROCESS_WAIT_MS} ms; output:\n${out}`)), PROCESS_WAIT_MS);
        const check = () => {
          if (!out.includes(text)) return;
          clearTimeout(timer);
          proc.stdout.off('data', check);
          resolve();
        };
        proc.stdout.on('data', check);
        check();
      });
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => proc.on('close', resolve));
    await seen('Usage: npm run ask -- [--json] [--explain] [--content DIR] [--locale CODE] [--compare FILE | QUESTION...]');
    // A second write, which the terminal may pass on in a later chunk.
    await seen('Type a question and press Enter; Ctrl-D ends.');
    proc.stdin.write('What is Mythos?\r');
    await seen("Mythos is Anthropic's most capable AI model");
    proc.stdin.write('\x04');
    expect(await exited).toBe(0);
  });
});
