/**
 * Feeds, end to end: the real bot polls a feed served on loopback by this test, posts its new item once
 * per summary channel, answers from it, and posts nothing again after an edit or a restart.
 */
import { copyFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS, type RunningScript } from '../run-script.js';
import { startBot, tempDir } from './bot-process.js';
import { DiscordEmulator } from './emulator.js';

const GUILD = '1200000000000000001';
const ASKING = '1300000000000000001';
const NEWS = '1300000000000000002';
const NEWS2 = '1300000000000000003';
const SEED = path.resolve('content/anthropic-nsa-offensive-ai-global-pause.txt');
const FERRY = 'The ferry to Ostholm now leaves the harbour every forty minutes on weekdays.';
const ITEM_HTML = `<p>${FERRY}</p><p>${'The harbour board said the new timetable follows two years of rising passenger numbers on the island route. '.repeat(4)}</p>`;

const emu = new DiscordEmulator({ guilds: [{ id: GUILD, name: 'Readers', channels: [ASKING, NEWS, NEWS2].map((id) => ({ id, name: `c${id.slice(-1)}` })) }] });
const running = new Set<RunningScript>();

type Message = { embeds?: { title?: string; description?: string }[] };
const postsTo = (channel: string, title: string) =>
  emu.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages` && r.status < 300 && (r.body as Message).embeds?.[0]?.title === title);

/** The feed this test serves: its items are edited between steps; ETag follows the body, so an unchanged feed answers 304. */
let items: { guid: string; title: string; date?: string; description: string; html: string }[] = [];
const feedBody = () =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour News</title>${items
    .map(
      (i) =>
        `<item><guid>${i.guid}</guid><title>${i.title}</title><link>http://harbour.example/${i.guid}</link>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}` +
        `<description>${i.description}</description><content:encoded><![CDATA[${i.html}]]></content:encoded></item>`,
    )
    .join('')}</channel></rss>`;
const answered: number[] = [];
const server = http.createServer((req, res) => {
  const body = feedBody();
  const etag = `"${Buffer.from(body).toString('base64url').slice(-24)}-${body.length}"`;
  const status = req.headers['if-none-match'] === etag ? 304 : 200;
  answered.push(status);
  if (status === 304) res.writeHead(304).end();
  else res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
});
let feedUrl = '';

beforeAll(async () => {
  await emu.start();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
});

afterAll(async () => {
  for (const bot of running) await bot.stop();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await emu.stop();
}, PROCESS_TEST_MS);

async function start(env: Record<string, string>): Promise<RunningScript> {
  const bot = await startBot(emu, env);
  running.add(bot);
  await bot.waitForLog((l) => l.msg === 'summaries up to date');
  await bot.waitForLog((l) => l.msg === 'feed polled');
  return bot;
}

async function stop(bot: RunningScript): Promise<void> {
  expect(await bot.stop()).toBe(0);
  running.delete(bot);
}

describe('feeds', { timeout: PROCESS_TEST_MS }, () => {
  it('posts a new feed item once per channel, answers from it, and posts nothing again after an edit or a restart', async () => {
    const content = tempDir('faq-bot-content-');
    copyFileSync(SEED, path.join(content, path.basename(SEED)));
    const env = {
      CONTENT_DIR: content,
      DATA_DIR: tempDir('faq-bot-data-'),
      SUMMARY_CHANNEL_IDS: `${NEWS},${NEWS2}`,
      FEED_URLS: feedUrl,
      FEED_POLL_SECONDS: '1',
      FEED_ALLOW_PRIVATE: 'true',
    };
    let bot = await start(env);

    items = [{ guid: 'ferry-1', title: 'Ferry to Ostholm Runs Every Forty Minutes', date: 'Tue, 02 Jun 2026 08:00:00 GMT', description: 'New timetable', html: ITEM_HTML }];
    for (const channel of [NEWS, NEWS2]) await emu.waitFor((r) => r.path === `/channels/${channel}/messages` && (r.body as Message).embeds?.[0]?.title === items[0]!.title);
    await bot.waitForLog((l) => l.msg === 'summaries up to date' && l.articles === 2);
    for (const channel of [NEWS, NEWS2]) expect(postsTo(channel, items[0]!.title)).toHaveLength(1);

    const sent = emu.slash('ask', { question: 'How often does the ferry to Ostholm leave?' }, { guildId: GUILD, channelId: ASKING, userId: '1400000000000000101' });
    const reply = ((await sent.callback()).body as { data: Message }).data;
    expect(JSON.stringify(reply.embeds)).toContain(FERRY);

    // The feed edits the item's title, date and description: the next polls read it and post nothing.
    const title = items[0]!.title;
    items = [{ ...items[0]!, title: 'Ferry to Ostholm: New Timetable', date: 'Wed, 03 Jun 2026 08:00:00 GMT', description: 'Updated' }];
    const beforeEdit = bot.logs().length;
    await bot.waitForLog((l) => l.msg === 'feed polled', { after: beforeEdit });
    // The unchanged feed is then asked for with its ETag and answers 304.
    const before304 = answered.length;
    await bot.waitForLog((l) => l.msg === 'feed polled' && answered.slice(before304).includes(304), { after: bot.logs().length });
    expect(postsTo(NEWS, 'Ferry to Ostholm: New Timetable')).toHaveLength(0);

    await stop(bot);
    bot = await start(env);
    await bot.waitForLog((l) => l.msg === 'summaries up to date' && l.articles === 2);
    for (const channel of [NEWS, NEWS2]) expect(postsTo(channel, title)).toHaveLength(1);
    expect(emu.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${NEWS}/messages`)).toHaveLength(2);
    await stop(bot);
  });
});
