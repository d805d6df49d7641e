import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { isTransient, whenReachable } from './reachable.js';

const systemError = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

describe('isTransient', () => {
  it('retries what may pass: network errors, timeouts, Discord 5xx and 429', () => {
    for (const err of [systemError('ECONNREFUSED'), systemError('ENOTFOUND'), systemError('EAI_AGAIN'), systemError('UND_ERR_CONNECT_TIMEOUT'), Object.assign(new Error('aborted'), { name: 'AbortError' }), { status: 502 }, { status: 429 }]) {
      expect(isTransient(err), JSON.stringify(err)).toBe(true);
    }
  });

  it('does not retry what Discord answered: a rejected token, a refused intent, a 4xx', () => {
    for (const err of [Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }), { code: 'DisallowedIntents' }, { status: 401 }, { status: 403 }, new Error('boom'), null]) {
      expect(isTransient(err), JSON.stringify(err)).toBe(false);
    }
  });
});

describe('whenReachable', () => {
  it('retries transient failures with doubling waits up to the cap, logging each, and returns the result', async () => {
    const lines: Record<string, unknown>[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    let calls = 0;
    const result = await whenReachable(
      async () => {
        if (++calls < 5) throw systemError('ECONNREFUSED');
        return 'logged in';
      },
      log,
      { firstDelayMs: 1, maxDelayMs: 4 },
    );
    expect(result).toBe('logged in');
    expect(lines.map((l) => [l.msg, l.attempt, l.retryInMs])).toEqual([
      ['could not reach Discord; retrying', 1, 1],
      ['could not reach Discord; retrying', 2, 2],
      ['could not reach Discord; retrying', 3, 4],
      ['could not reach Discord; retrying', 4, 4],
    ]);
  });

  it('rejects at once with a failure that is not transient', async () => {
    let calls = 0;
    const rejected = { status: 401, message: 'Unauthorized' };
    await expect(whenReachable(() => (calls++, Promise.reject(rejected)), pino({ level: 'silent' }), { firstDelayMs: 1, maxDelayMs: 1 })).rejects.toBe(rejected);
    expect(calls).toBe(1);
  });
});
