import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { REST } from 'discord.js';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, logIssues, MAX_LOGGED_WARNINGS } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { SNAPSHOT_FORMAT } from './index-snapshot.js';
import { TestSchemas } from './store/fixtures/postgres-schemas.js';
import { tempDir } from '../test/temp-dir.js';

const config = (env: Record<string, string>) => loadConfig({ DISCORD_TOKEN: 'test-token', ...env }, { dotenv: false });
/** REST is only used to post summaries, and no summary channel is configured here. */
const unusedRest = {} as REST;

function capture(level: pino.Level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(JSON.parse(chunk.toString())), done()) });
  return { log: pino({ level }, sink), lines };
}

/** A feed on loopback whose items the tests set; each article is long enough to be read from the item itself. */
let feedItems: { guid: string; title: string; html: string }[] = [];
const feedServer = http.createServer((_req, res) => {
  const items = feedItems.map((i) => `<item><guid>${i.guid}</guid><title>${i.title}</title><content:encoded><![CDATA[${i.html}]]></content:encoded></item>`).join('');
  res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour News</title>${items}</channel></rss>`);
});
let feedUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml`;
});
afterAll(async () => {
  feedServer.closeAllConnections();
  await new Promise((resolve) => feedServer.close(resolve));
});
const FILLER = `<p>${'The harbour board said the new timetable follows two years of rising passenger numbers on the island route. '.repeat(4)}</p>`;
// No index snapshot: app.stop() does not wait for the one a feed's reload writes, which would create DATA_DIR
// again after the test deleted it.
const feedSettings = (extra: Record<string, string> = {}) =>
  config({ CONTENT_DIR: path.resolve('test/fixtures/articles'), DATA_DIR: tempDir('faq-bot-data-'), FEED_URLS: feedUrl, FEED_POLL_SECONDS: '1', FEED_ALLOW_PRIVATE: 'true', INDEX_SNAPSHOT: 'off', ...extra });

describe('logIssues', () => {
  it('logs every error and the first warnings with their path:line, then counts the other warnings', () => {
    const { log, lines } = capture();
    const warning = (n: number) => ({ severity: 'warning' as const, file: `content/a${n}.md`, line: 1, message: 'an empty "Also asked as:" list' });
    const issues = [...Array.from({ length: 30 }, (_, n) => warning(n)), { severity: 'error' as const, file: 'content/broken.md', line: 4, message: 'a question without an answer' }, warning(30)];
    logIssues(log, issues);
    const warned = lines.filter((l) => l.level === 40);
    expect(warned.slice(0, MAX_LOGGED_WARNINGS).map((l) => l.file)).toEqual(Array.from({ length: MAX_LOGGED_WARNINGS }, (_, n) => `content/a${n}.md`));
    expect(warned[0]!.msg).toContain('content/a0.md:1');
    expect(lines.filter((l) => l.level === 50)).toMatchObject([{ file: 'content/broken.md', line: 4 }]);
    expect(warned.at(-1)).toMatchObject({ more: 31 - MAX_LOGGED_WARNINGS, files: 31 - MAX_LOGGED_WARNINGS, msg: expect.stringContaining('npm run check-content') });
    expect(warned).toHaveLength(MAX_LOGGED_WARNINGS + 1);
  });

  it('counts one warning in the singular', () => {
    const { log, lines } = capture();
    logIssues(log, Array.from({ length: MAX_LOGGED_WARNINGS + 1 }, (_, n) => ({ severity: 'warning' as const, file: `content/a${n}.md`, line: 1, message: 'an empty "Also asked as:" list' })));
    expect(lines.at(-1)!.msg).toMatch(/^1 more content warning, in 1 file, is not logged: /);
  });

  it('counts notices in one line, at info level, never one by one', () => {
    const { log, lines } = capture();
    logIssues(log, Array.from({ length: 12 }, (_, n) => ({ severity: 'notice' as const, file: `content/a${n}.md`, line: 1, message: 'no "id:" in front matter' })));
    expect(lines).toMatchObject([{ level: 30, notices: 12, msg: expect.stringMatching(/^12 content notices .*npm run check-content lists them$/) }]);
    // As check-content prints them: notices sharing a detail are one line there, and one notice here.
    const grouped = capture();
    logIssues(grouped.log, Array.from({ length: 7 }, (_, n) => ({ severity: 'notice' as const, file: `content/a${n}.md`, line: 1, message: 'no "id:" in front matter: pin it', detail: 'nothing to fix' })));
    expect(grouped.lines).toMatchObject([{ level: 30, notices: 1, msg: expect.stringMatching(/^1 content notice /) }]);
  });

  it('logs no count when every warning was logged', () => {
    const { log, lines } = capture();
    logIssues(log, [{ severity: 'warning', file: 'content/a.md', line: 2, message: 'an empty "Also asked as:" list' }]);
    expect(lines.map((l) => l.file)).toEqual(['content/a.md']);
  });
});

// Each test starts one or two whole apps (content parsed on a worker, indexes built, reloads, feed polls):
// 1–13 s alone at load 10 on two cores, so a bound above their 30 s waits on conditions, not the default 20 s.
describe('createApp, in-process', { timeout: 90_000 }, () => {
  it('rejects a missing CONTENT_DIR with the one sentence for the operator, without exiting', async () => {
    const missing = path.join(tempDir('faq-bot-app-'), 'nowhere');
    const { log } = capture();
    const failed = createApp(config({ CONTENT_DIR: missing, DATA_DIR: tempDir('faq-bot-data-') }), log, unusedRest);
    await expect(failed).rejects.toBeInstanceOf(ConfigError);
    await expect(failed).rejects.toThrow(`CONTENT_DIR points to ${missing}, which does not exist: create it or set CONTENT_DIR in .env`);
    const file = path.resolve('content/anthropic-nsa-offensive-ai-global-pause.txt');
    await expect(createApp(config({ CONTENT_DIR: file, DATA_DIR: tempDir('faq-bot-data-') }), log, unusedRest)).rejects.toThrow(`CONTENT_DIR points to ${file}, which is a file, not a folder:`);
  });

  it('rejects a malformed CONTENT_MAX_FILE_MB with the one sentence for the operator', async () => {
    vi.stubEnv('CONTENT_MAX_FILE_MB', '-1');
    try {
      const failed = createApp(config({ CONTENT_DIR: path.resolve('test/fixtures/articles'), DATA_DIR: tempDir('faq-bot-data-') }), capture().log, unusedRest);
      await expect(failed).rejects.toBeInstanceOf(ConfigError);
      await expect(failed).rejects.toThrow('CONTENT_MAX_FILE_MB must be a positive number of megabytes (default 20), not "-1": fix it in the environment, which overrides .env.');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('serves the content, answers from it, and stops cleanly', async () => {
    const { log, lines } = capture();
    const app = await createApp(config({ CONTENT_DIR: path.resolve('test/fixtures/articles'), DATA_DIR: tempDir('faq-bot-data-') }), log, unusedRest);
    app.start();
    expect(app.context.index().stats.articles).toBe(2);
    expect(app.context.index().answer('How can I join the next clean-up?').answer).toContain('council website');
    expect(lines.find((l) => l.msg === 'content loaded')).toMatchObject({ articles: 2 });
    await app.stop();
  });

  it('restarts from the index snapshot on unchanged content, and builds again once a file changed, the snapshot is damaged, or with INDEX_SNAPSHOT=off', async () => {
    const content = tempDir('faq-bot-content-');
    cpSync('test/fixtures/articles', content, { recursive: true });
    const settings = config({ CONTENT_DIR: content, DATA_DIR: tempDir('faq-bot-data-') });
    const run = async (s = settings) => {
      const { log, lines } = capture();
      const app = await createApp(s, log, unusedRest);
      const said = (msg: string) => lines.find((l) => l.msg === msg);
      // A bound for a loaded machine, never a speed check: the write takes milliseconds here.
      const written = () => vi.waitFor(() => expect(said('index snapshot written')).toBeDefined(), { timeout: 30_000, interval: 20 });
      return { app, lines, said, written };
    };
    const question = 'How can I join the next clean-up?';
    const first = await run();
    expect(first.said('no index snapshot yet: building the index')).toBeDefined();
    await first.written();
    const answer = first.app.context.index().answer(question);
    await first.app.stop();

    const second = await run();
    expect(second.said('content restored from the index snapshot: unchanged since it was written')).toBeDefined();
    expect(second.said('content loaded')).toMatchObject({ articles: 2 });
    expect(second.app.context.index().answer(question)).toEqual(answer);
    expect(second.said('index snapshot written')).toBeUndefined();
    await second.app.stop();

    writeFileSync(path.join(content, 'ferry.md'), '# Ferry\n\nThe night ferry leaves the harbour at 23:40.\n');
    const third = await run();
    expect(third.said('content changed since the index snapshot: parsing the changed files, the others taken from it')).toMatchObject({ parsed: 1, reused: 2 });
    expect(third.app.context.index().answer('When does the night ferry leave the harbour?').answer).toContain('23:40');
    await third.written();
    // A reload parses only the file changed since the start.
    writeFileSync(path.join(content, 'ferry.md'), '# Ferry\n\nThe night ferry leaves the harbour at 23:50.\n');
    await third.app.context.reindex();
    expect(third.lines.filter((l) => l.msg === 'content reloaded').at(-1)).toMatchObject({ articles: 3, parsed: 1, reused: 2 });
    expect(third.app.context.index().answer('When does the night ferry leave the harbour?').answer).toContain('23:50');
    await vi.waitFor(() => expect(third.lines.filter((l) => l.msg === 'index snapshot written')).toHaveLength(2), { timeout: 30_000, interval: 20 });
    await third.app.stop();

    writeFileSync(path.join(settings.DATA_DIR, 'index-snapshot', 'index.snapshot'), 'not a snapshot');
    const damaged = await run();
    expect(damaged.said('index snapshot ignored: rebuilding the index')).toMatchObject({ level: 40, problem: 'it has no header' });
    expect(damaged.app.context.index().stats.articles).toBe(3);
    // Stopping waits for the snapshot still being written, so the next start restores it.
    await damaged.app.stop();
    expect(damaged.said('index snapshot written')).toBeDefined();

    // An upgrade finds the previous version's snapshot: no warning, as nothing is wrong.
    const file = path.join(settings.DATA_DIR, 'index-snapshot', 'index.snapshot');
    const good = readFileSync(file);
    const newline = good.indexOf('\n');
    const header = JSON.parse(good.subarray(0, newline).toString()) as Record<string, unknown>;
    writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify({ ...header, format: SNAPSHOT_FORMAT - 1 })), good.subarray(newline)]));
    const upgraded = await run();
    expect(upgraded.said('index snapshot written by an older version: building the index')).toMatchObject({ level: 30, format: SNAPSHOT_FORMAT - 1 });
    expect(upgraded.lines.filter((l) => String(l.msg).includes('snapshot') && Number(l.level) >= 40)).toEqual([]);
    // Stopping waits for the snapshot being written: the next start restores it.
    await upgraded.app.stop();
    expect(upgraded.said('index snapshot written')).toBeDefined();

    const off = await run(config({ CONTENT_DIR: content, DATA_DIR: settings.DATA_DIR, INDEX_SNAPSHOT: 'off' }));
    expect(off.lines.filter((l) => String(l.msg).includes('index snapshot'))).toEqual([]);
    expect(off.app.context.index().stats.articles).toBe(3);
    await off.app.stop();
  });

  it.each(['on', 'off'])('picks up a file changed while the bot starts, after the content was read and before the folder is watched (INDEX_SNAPSHOT=%s)', async (snapshot) => {
    const content = tempDir('faq-bot-content-');
    cpSync('test/fixtures/articles', content, { recursive: true });
    const settings = config({ CONTENT_DIR: content, DATA_DIR: tempDir('faq-bot-data-'), INDEX_SNAPSHOT: snapshot });
    await (await createApp(settings, capture().log, unusedRest)).stop();
    // Written as the index is announced: loaded from the files before, watched after.
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _enc, done) => {
        const line = JSON.parse(chunk.toString()) as Record<string, unknown>;
        lines.push(line);
        if (line.msg === 'content loaded') writeFileSync(path.join(content, 'ferry.md'), '# Ferry\n\nThe night ferry leaves the harbour at 23:40.\n');
        done();
      },
    });
    const app = await createApp(settings, pino({ level: 'info' }, sink), unusedRest);
    try {
      expect(lines.find((l) => l.msg === 'content loaded')).toMatchObject({ articles: 2 });
      app.start();
      // A bound for a loaded machine, never a speed check.
      await vi.waitFor(() => expect(app.context.index().stats.articles).toBe(3), { timeout: 30_000, interval: 20 });
      expect(app.context.index().answer('When does the night ferry leave the harbour?').answer).toContain('23:40');
    } finally {
      await app.stop();
    }
  }, 60_000);

  it('answers from the previous content while a large reload runs, and keeps it when a reload fails', async () => {
    const content = tempDir('faq-bot-content-');
    cpSync('test/fixtures/articles', content, { recursive: true });
    const { log, lines } = capture();
    const app = await createApp(config({ CONTENT_DIR: content, DATA_DIR: tempDir('faq-bot-data-') }), log, unusedRest);
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
    const content = tempDir('faq-bot-content-');
    cpSync('test/fixtures/articles', content, { recursive: true });
    const settings = config({ CONTENT_DIR: content, DATA_DIR: tempDir('faq-bot-data-') });
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
    const settings = config({ CONTENT_DIR: path.resolve('test/fixtures/articles'), DATA_DIR: tempDir('faq-bot-data-') });
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

  it('serves, in an app that does not poll, the feed articles the polling app sharing DATA_DIR adds later', async () => {
    feedItems = [];
    const settings = feedSettings();
    const poller = await createApp(settings, capture().log, unusedRest);
    const follower = await createApp(settings, capture().log, unusedRest, { posting: false });
    poller.start();
    follower.start();
    try {
      const answer = (question: string) => follower.context.index().answer(question).answer ?? '';
      feedItems = [{ guid: 'ferry', title: 'Ferry to Ostholm Runs Every Forty Minutes', html: `<p>The ferry to Ostholm now leaves the harbour every forty minutes.</p>${FILLER}` }];
      await expect.poll(() => answer('How often does the ferry to Ostholm leave the harbour?'), { timeout: 30_000, interval: 50 }).toContain('every forty minutes');
      feedItems.push({ guid: 'tram', title: 'Night Tram Returns to the Old Town', html: `<p>The night tram to the old town runs again from Friday until two in the morning.</p>${FILLER}` });
      await expect.poll(() => answer('Until when does the night tram to the old town run?'), { timeout: 30_000, interval: 50 }).toContain('two in the morning');
      expect(follower.context.index().stats.articles).toBe(4);
    } finally {
      await Promise.all([poller.stop(), follower.stop()]);
    }
  });

  it("matches an approved learned phrasing of a feed article's FAQ entry, through a reload", async () => {
    feedItems = [
      {
        guid: 'bikes',
        title: 'Ferry Timetable Changes',
        html: `<p>The ferry to Ostholm now leaves the harbour every forty minutes.</p>${FILLER}<h2>Frequently asked questions</h2><details><summary>Can I take my bicycle on the ferry?</summary><p>Yes, bicycles travel free on every crossing.</p></details>`,
      },
    ];
    const app = await createApp(feedSettings(), capture().log, unusedRest);
    app.start();
    try {
      const feedArticle = () => app.context.index().articles.find((a) => a.title === 'Ferry Timetable Changes');
      await expect.poll(feedArticle, { timeout: 30_000, interval: 50 }).toBeDefined();
      const entry = `${feedArticle()!.id}#faq-1`;
      const phrasing = 'are cargo trikes welcome aboard';
      expect(app.context.index().answer(phrasing).entry).not.toBe(entry);
      const { store } = app.context;
      await store.recordAlternate(entry, phrasing, 'u', new Date());
      await store.setAlternateStatus((await store.alternates({}))[0]!.id, 'approved');
      await app.context.reindex();
      expect(app.context.index().answer(phrasing)).toMatchObject({ entry, answer: 'Yes, bicycles travel free on every crossing.' });
      // A reload (a file changed, a feed polled) indexes the feed articles again, with the phrasing.
      const before = app.context.index();
      await app.context.reindex();
      expect(app.context.index()).not.toBe(before);
      expect(app.context.index().answer(phrasing).entry).toBe(entry);
    } finally {
      await app.stop();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('lets only the summary poster poll among posting apps sharing a PostgreSQL store and DATA_DIR', async () => {
    const schemas = new TestSchemas(process.env.TEST_DATABASE_URL!);
    feedItems = [];
    const settings = feedSettings({ DATABASE_URL: await schemas.create() });
    const logs = [capture('debug'), capture('debug')];
    const apps = [await createApp(settings, logs[0]!.log, unusedRest), await createApp(settings, logs[1]!.log, unusedRest)];
    for (const app of apps) app.start();
    try {
      feedItems = [{ guid: 'ferry', title: 'Ferry to Ostholm Runs Every Forty Minutes', html: `<p>The ferry to Ostholm now leaves the harbour every forty minutes.</p>${FILLER}` }];
      for (const app of apps)
        await expect.poll(() => app.context.index().answer('How often does the ferry to Ostholm leave the harbour?').answer ?? '', { timeout: 30_000, interval: 50 }).toContain('every forty minutes');
      // Each poll is logged at debug level by the app that made it.
      const polled = logs.map(({ lines }) => lines.filter((l) => l.msg === 'feed polled').length);
      expect(polled.filter((n) => n > 0)).toHaveLength(1);
    } finally {
      await Promise.all(apps.map((app) => app.stop()));
      await schemas.dropAll();
    }
  });

  it('names a failing feed for /help in every app sharing the store, not only the polling one', async () => {
    const down = 'http://127.0.0.1:1/feed.xml';
    const settings = feedSettings({ FEED_URLS: `${feedUrl},${down}` });
    const poller = await createApp(settings, capture().log, unusedRest);
    const follower = await createApp(settings, capture().log, unusedRest, { posting: false });
    poller.start();
    follower.start();
    try {
      await expect.poll(() => follower.context.feeds.failing(), { timeout: 30_000, interval: 50 }).toEqual([{ url: down, reason: 'nothing answers at 127.0.0.1:1 (connection refused)' }]);
    } finally {
      await Promise.all([poller.stop(), follower.stop()]);
    }
  });

  it('checks a feed for /feeds add with the reader\'s address rules', async () => {
    feedItems = [{ guid: 'a', title: 'One', html: FILLER }];
    const refusing = await createApp(feedSettings({ FEED_ALLOW_PRIVATE: 'false', FEED_URLS: '' }), capture().log, unusedRest);
    await expect(refusing.context.feeds.check(feedUrl)).rejects.toThrow(/127\.0\.0\.1.* is a private or loopback address: set FEED_ALLOW_PRIVATE=true to allow it$/);
    await refusing.stop();
    const allowing = await createApp(feedSettings({ FEED_URLS: '' }), capture().log, unusedRest);
    expect(await allowing.context.feeds.check(feedUrl)).toEqual({ title: 'Harbour News', items: 1 });
    await allowing.stop();
  });

  it('polls a feed a server added in another process, and drops it with its articles once removed', async () => {
    feedItems = [{ guid: 'ferry', title: 'Ferry to Ostholm Runs Every Forty Minutes', html: `<p>The ferry to Ostholm now leaves the harbour every forty minutes.</p>${FILLER}` }];
    const app = await createApp(feedSettings({ FEED_URLS: '' }), capture().log, unusedRest, { feedSyncMs: 50 });
    app.start();
    try {
      const { store } = app.context;
      const articles = () => app.context.index().stats.articles;
      expect(articles()).toBe(2);
      // Written to the store directly, as /feeds add in another shard or replica would.
      await store.addFeed({ url: feedUrl, guildId: 'G', title: 'Harbour News' }, Date.now());
      await expect.poll(articles, { timeout: 30_000, interval: 50 }).toBe(3);
      await expect.poll(async () => (await store.feedPolls()).map((p) => [p.url, p.status]), { timeout: 30_000, interval: 50 }).toContainEqual([feedUrl, 'ok']);
      await store.removeFeed('G', feedUrl);
      await expect.poll(articles, { timeout: 30_000, interval: 50 }).toBe(2);
    } finally {
      await app.stop();
    }
  });
});
