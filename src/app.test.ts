import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { REST } from 'discord.js';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';

const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));
const config = (env: Record<string, string>) => loadConfig({ DISCORD_TOKEN: 'test-token', ...env }, { dotenv: false });
/** REST is only used to post summaries, and no summary channel is configured here. */
const unusedRest = {} as REST;

function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(JSON.parse(chunk.toString())), done()) });
  return { log: pino({ level: 'info' }, sink), lines };
}

describe('createApp, in-process', () => {
  it('rejects a missing CONTENT_DIR with the one sentence for the operator, without exiting', async () => {
    const missing = path.join(temp('faq-bot-app-'), 'nowhere');
    const { log } = capture();
    const failed = createApp(config({ CONTENT_DIR: missing, DATA_DIR: temp('faq-bot-data-') }), log, unusedRest);
    await expect(failed).rejects.toBeInstanceOf(ConfigError);
    await expect(failed).rejects.toThrow(`CONTENT_DIR points to ${missing}, which does not exist: create it or set CONTENT_DIR in .env`);
  });

  it('serves the content, answers from it, and stops cleanly', async () => {
    const { log, lines } = capture();
    const app = await createApp(config({ CONTENT_DIR: path.resolve('test/fixtures/articles'), DATA_DIR: temp('faq-bot-data-') }), log, unusedRest);
    app.start();
    expect(app.context.index().stats.articles).toBe(2);
    expect(app.context.index().answer('How can I join the next clean-up?').answer).toContain('council website');
    expect(lines.find((l) => l.msg === 'content loaded')).toMatchObject({ articles: 2 });
    await app.stop();
  });
});
