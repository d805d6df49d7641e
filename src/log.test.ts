import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './log.js';

describe('createLogger', () => {
  it('never writes the token, wherever it sits in a log record', () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        out += chunk.toString();
        done();
      },
    });
    const log = createLogger('info', undefined, sink);
    const token = 'MTIz.very-secret.token';
    log.info({ token }, 'a');
    log.info({ config: { DISCORD_TOKEN: token } }, 'b');
    log.info({ DISCORD_TOKEN: token }, 'c');
    log.info({ request: { headers: { authorization: `Bot ${token}` } } }, 'd');
    log.info({ headers: { authorization: `Bot ${token}` } }, 'e');
    expect(out.trim().split('\n')).toHaveLength(5);
    expect(out).not.toContain(token);
    expect(out).toContain('[redacted]');
  });
});
