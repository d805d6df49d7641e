import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { REST } from 'discord.js';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
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

  it('rejects a malformed CONTENT_MAX_FILE_MB with the one sentence for the operator', async () => {
    vi.stubEnv('CONTENT_MAX_FILE_MB', '-1');
    try {
      const failed = createApp(config({ CONTENT_DIR: path.resolve('test/fixtures/articles'), DATA_DIR: temp('faq-bot-data-') }), capture().log, unusedRest);
      await expect(failed).rejects.toBeInstanceOf(ConfigError);
      await expect(failed).rejects.toThrow('CONTENT_MAX_FILE_MB must be a positive number of megabytes (default 20), not "-1": fix it in .env.');
    } finally {
      vi.unstubAllEnvs();
    }
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

  it('answers from the previous content while a large reload runs, and keeps it when a reload fails', async () => {
    const content = temp('faq-bot-content-');
    cpSync('test/fixtures/articles', content, { recursive: true });
    const { log, lines } = capture();
    const app = await createApp(config({ CONTENT_DIR: content, DATA_DIR: temp('faq-bot-data-') }), log, unusedRest);
    app.start();
    const body = (i: number) => Array.from({ length: 40 }, (_, p) => `Bulletin ${i} notes that depot ${p} repaired tram ${i * 40 + p} before the winter timetable.`).join('\n\n');
    for (let i = 0; i < 300; i++) writeFileSync(path.join(content, `bulletin-${i}.md`), `# Depot bulletin ${i}\n\n${body(i)}\n`);
    writeFileSync(path.join(content, 'ferry.md'), '# Ferry\n\nThe night ferry leaves the harbour at 23:40.\n');
    const reloading = app.context.reindex();
    // Logged beside the app's own lines, so the order of the two shows which came first.
    setImmediate(() => log.info({ answer: app.context.index().answer('How can I join the next clean-up?').answer }, 'answered meanwhile'));
    await reloading;
    const at = (msg: string) => lines.findIndex((l) => l.msg === msg);
    expect(at('answered meanwhile')).toBeGreaterThan(-1);
    expect(at('answered meanwhile')).toBeLessThan(at('content reloaded'));
    expect(lines[at('answered meanwhile')]!.answer).toContain('council website');
    const served = app.context.index();
    expect(served.answer('When does the night ferry leave the harbour?').answer).toContain('23:40');
    expect(served.stats.articles).toBe(303);

    rmSync(content, { recursive: true, force: true });
    await app.context.reindex();
    expect(lines.find((l) => l.msg === 'content reload failed: still serving the previous content')).toBeDefined();
    expect(app.context.index()).toBe(served);
    await app.stop();
  });

  it('indexes approved learned phrasings at once, and keeps them through a reload and a restart', async () => {
    const content = temp('faq-bot-content-');
    cpSync('test/fixtures/articles', content, { recursive: true });
    const settings = config({ CONTENT_DIR: content, DATA_DIR: temp('faq-bot-data-') });
    const alternatesOf = (app: Awaited<ReturnType<typeof createApp>>) =>
      app.context.index().article('river-cleanup-2026')!.faq[0]!.alternates.map((a) => a.text);
    const app = await createApp(settings, capture().log, unusedRest);
    app.start();
    const { store } = app.context;
    await store.recordAlternate('river-cleanup-2026#faq-1', 'where do I sign up', 'u', new Date());
    await store.recordAlternate('river-cleanup-2026#faq-9', 'an entry that is gone', 'u', new Date());
    for (const a of await store.alternates({})) await store.setAlternateStatus(a.id, 'approved');
    await app.context.reindex();
    expect(alternatesOf(app)).toEqual(['where do I sign up']);
    const reloaded = app.context.index();
    writeFileSync(path.join(content, 'new.md'), '# Ferry\n\nThe ferry leaves at nine.\n');
    await app.context.reindex();
    expect(app.context.index()).not.toBe(reloaded);
    expect(app.context.index().stats.articles).toBe(3);
    expect(alternatesOf(app)).toEqual(['where do I sign up']);
    await app.stop();

    const { log, lines } = capture();
    const restarted = await createApp(settings, log, unusedRest);
    expect(alternatesOf(restarted)).toEqual(['where do I sign up']);
    expect(lines.find((l) => l.msg === 'approved learned phrasings indexed')).toMatchObject({ approved: 2 });
    await restarted.stop();
  });

  it('indexes a phrasing approved by another process on the same store, without a restart', async () => {
    const settings = config({ CONTENT_DIR: path.resolve('test/fixtures/articles'), DATA_DIR: temp('faq-bot-data-') });
    const app = await createApp(settings, capture().log, unusedRest, { learnedSyncMs: 20 });
    app.start();
    try {
      // Written to the store directly, as another shard or replica would: nothing tells this process to re-index.
      const { store } = app.context;
      await store.recordAlternate('river-cleanup-2026#faq-1', 'where do I sign up', 'u', new Date());
      await store.setAlternateStatus((await store.alternates({}))[0]!.id, 'approved');
      const alternates = () => app.context.index().article('river-cleanup-2026')!.faq[0]!.alternates.map((a) => a.text);
      await expect.poll(alternates, { timeout: 20_000, interval: 20 }).toEqual(['where do I sign up']);
    } finally {
      await app.stop();
    }
  });
});
