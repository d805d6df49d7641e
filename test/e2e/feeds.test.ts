/**
 * Feeds, end to end: the real bot polls feeds served on loopback by this test, posts each new item once
 * per summary channel, answers from it, and posts nothing again after an edit or a restart; an edit
 * edits the post with SUMMARY_UPDATE=edit. /feeds adds, lists and removes a feed.
 */
import { createHash } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS, type RunningScript } from '../run-script.js';
import { startBot } from './bot-process.js';
import { tempDir } from '../temp-dir.js';
import { DiscordEmulator, type SentInteraction } from './emulator.js';
import { buttonLabelled, dataOf, deferredOf } from './replies.js';

const GUILD = '1200000000000000001';
const ASKING = '1300000000000000001';
const NEWS = '1300000000000000002';
const NEWS2 = '1300000000000000003';
const ADMIN = { guildId: GUILD, channelId: ASKING, userId: '1400000000000000201', permissions: String(1 << 5) };
const SEED = path.resolve('content/anthropic-nsa-offensive-ai-global-pause.txt');
const FERRY = 'The ferry to Ostholm now leaves the harbour every forty minutes on weekdays.';
const ITEM_HTML = `<p>${FERRY}</p><p>${'The harbour board said the new timetable follows two years of rising passenger numbers on the island route. '.repeat(4)}</p>`;

const emu = new DiscordEmulator({ guilds: [{ id: GUILD, name: 'Readers', channels: [ASKING, NEWS, NEWS2].map((id) => ({ id, name: `c${id.slice(-1)}` })) }] });
const running = new Set<RunningScript>();

type Message = { embeds?: { title?: string; description?: string }[] };
const postsTo = (channel: string, title: string) =>
  emu.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages` && r.status < 300 && (r.body as Message).embeds?.[0]?.title === title);

type Item = { guid: string; title: string; date?: string; description: string; html: string };
/** The feeds this test serves, by path: their items are edited between steps; ETag follows the body, so an unchanged feed answers 304. */
let items: Item[] = [];
let items2: Item[] = [];
let items3: Item[] = [];
const feedBody = (items: Item[]) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour News</title>${items
    .map(
      (i) =>
        `<item><guid>${i.guid}</guid><title>${i.title}</title><link>http://harbour.example/${i.guid}</link>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}` +
        `<description>${i.description}</description><content:encoded><![CDATA[${i.html}]]></content:encoded></item>`,
    )
    .join('')}</channel></rss>`;
const answered: number[] = [];
/** Article pages that /feed4.xml's items link to, by path; a missing one answers 404. */
const pages = new Map<string, string>();
/** /feed4.xml's items: teasers whose articles are their linked pages. */
let items4: { guid: string; title: string; date: string; page: string }[] = [];
const linkedFeed = () =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Pages</title>${items4
    .map((i) => `<item><guid>${i.guid}</guid><title>${i.title}</title><link>${origin}${i.page}</link><pubDate>${i.date}</pubDate><description>Read more</description></item>`)
    .join('')}</channel></rss>`;
let origin = '';
const server = http.createServer((req, res) => {
  if (req.url!.startsWith('/pages/')) {
    const page = pages.get(req.url!);
    if (page === undefined) return res.writeHead(404).end();
    const etag = `"${createHash('sha256').update(page).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
    return res.writeHead(200, { 'content-type': 'text/html', etag }).end(page);
  }
  const body = req.url === '/feed4.xml' ? linkedFeed() : feedBody(req.url === '/feed2.xml' ? items2 : req.url === '/feed3.xml' ? items3 : items);
  const etag = `"${Buffer.from(body).toString('base64url').slice(-24)}-${body.length}"`;
  const status = req.headers['if-none-match'] === etag ? 304 : 200;
  answered.push(status);
  if (status === 304) res.writeHead(304).end();
  else res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
});
let feedUrl = '';
let feedUrl2 = '';
let feedUrl3 = '';

beforeAll(async () => {
  await emu.start();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  feedUrl2 = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed2.xml`;
  feedUrl3 = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed3.xml`;
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
  if (env.FEED_URLS) await bot.waitForLog((l) => l.msg === 'feed polled');
  return bot;
}

/** What the bot finally told the member who used a deferred command. */
const told = async (sent: SentInteraction): Promise<string> => (await deferredOf(sent)).content ?? '';

const channelEdits = (channel: string) => emu.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith(`/channels/${channel}/messages/`) && r.status < 300);

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

    // The feed edits the item's title, date and description: the next poll reads it again, and with
    // SUMMARY_UPDATE=ignore (the default) its posts are left as they are and nothing is posted.
    const title = items[0]!.title;
    items = [{ ...items[0]!, title: 'Ferry to Ostholm: New Timetable', date: 'Wed, 03 Jun 2026 08:00:00 GMT', description: 'Updated' }];
    const beforeEdit = bot.logs().length;
    await bot.waitForLog((l) => l.msg === 'feed item edited: read again', { after: beforeEdit });
    for (const channel of [NEWS, NEWS2])
      await bot.waitForLog((l) => l.msg === 'article edited; its post is left as it is (SUMMARY_UPDATE=ignore)' && l.channel === channel, { after: beforeEdit });
    expect(channelEdits(NEWS)).toHaveLength(0);
    expect(channelEdits(NEWS2)).toHaveLength(0);
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

  it('adds a feed with /feeds add, posts its newest item, edits the post when the item changes (SUMMARY_UPDATE=edit), lists it and removes it', async () => {
    const content = tempDir('faq-bot-content-');
    copyFileSync(SEED, path.join(content, path.basename(SEED)));
    items2 = [
      { guid: 'bridge-old', title: 'Footbridge Consultation Opens', date: 'Mon, 01 Jun 2026 08:00:00 GMT', description: 'Have your say', html: ITEM_HTML.replace(FERRY, 'The council asks residents about a new footbridge over the mill race.') },
      { guid: 'tram', title: 'Night Tram Returns to the Old Town', date: 'Tue, 02 Jun 2026 08:00:00 GMT', description: 'Late trams', html: ITEM_HTML.replace(FERRY, 'The night tram to the old town runs again from Friday until two in the morning.') },
    ];
    const bot = await start({ CONTENT_DIR: content, DATA_DIR: tempDir('faq-bot-data-'), SUMMARY_CHANNEL_IDS: NEWS, SUMMARY_UPDATE: 'edit', FEED_POLL_SECONDS: '1', FEED_ALLOW_PRIVATE: 'true' });

    expect(await told(emu.slash('feeds add', { url: feedUrl2 }, ADMIN))).toContain(`Added **Harbour News** <${feedUrl2}>: 2 items now.`);
    // The new feed's first poll indexes every item but posts only its newest (SUMMARY_BACKFILL=1): the
    // older one is answered from, and recorded as posted in the channel already set up.
    await emu.waitFor((r) => r.method === 'POST' && r.path === `/channels/${NEWS}/messages` && r.status < 300 && (r.body as Message).embeds?.[0]?.title === items2[1]!.title);
    await bot.waitForLog((l) => l.msg === 'summaries up to date' && l.articles === 3);
    expect(postsTo(NEWS, items2[0]!.title)).toHaveLength(0);
    const older = emu.slash('ask', { question: 'What does the council ask residents about the footbridge?' }, { guildId: GUILD, channelId: ASKING, userId: '1400000000000000103' });
    expect(JSON.stringify(((await older.callback()).body as { data: Message }).data.embeds)).toContain('a new footbridge over the mill race');
    // The poll is recorded in the store just after it: asked until it shows (a 304 since keeps the count).
    await expect
      .poll(() => told(emu.slash('feeds list', {}, ADMIN)), { timeout: PROCESS_TEST_MS, interval: 200 })
      .toMatch(new RegExp(`^I read 1 feed:\\n• \\*\\*Harbour News\\*\\* <${feedUrl2.replace(/[.?]/g, '\\$&')}> — added by this server; last poll <t:\\d+:R>: 2 items, (2 new|unchanged)$`));

    // The item's title and text change: its post is edited in place, nothing new is posted.
    const newsPosts = () => emu.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${NEWS}/messages`).length;
    const postsBefore = newsPosts();
    items2 = [items2[0]!, { ...items2[1]!, title: 'Night Tram Back From Friday', html: items2[1]!.html.replace('two in the morning', 'three in the morning') }];
    const edit = await emu.waitFor((r) => r.method === 'PATCH' && r.path.startsWith(`/channels/${NEWS}/messages/`) && r.status < 300);
    expect((edit.body as Message).embeds?.[0]?.title).toBe('Night Tram Back From Friday');
    const edited = emu.message(edit.path.split('/').pop()!) as Message;
    expect(edited.embeds?.[0]?.title).toBe('Night Tram Back From Friday');
    expect(newsPosts()).toBe(postsBefore);
    const asked = emu.slash('ask', { question: 'Until when does the night tram to the old town run?' }, { guildId: GUILD, channelId: ASKING, userId: '1400000000000000102' });
    expect(JSON.stringify(((await asked.callback()).body as { data: Message }).data.embeds)).toContain('three in the morning');

    const choices = ((await emu.autocomplete('feeds remove', { url: '' }, 'url', ADMIN).callback()).body as { data: { choices: { name: string; value: string }[] } }).data.choices;
    expect(choices).toEqual([{ name: `Harbour News — ${feedUrl2}`, value: feedUrl2 }]);
    const before = bot.logs().length;
    expect(await told(emu.slash('feeds remove', { url: choices[0]!.value }, ADMIN))).toContain(`Removed <${feedUrl2}>`);
    await bot.waitForLog((l) => l.msg === 'feed removed with its articles' && l.articles === 2, { after: before });
    await bot.waitForLog((l) => l.msg === 'content reloaded' && l.articles === 1, { after: before });
    expect(await told(emu.slash('feeds list', {}, ADMIN))).toBe('I read no feed. Use `/feeds add` to add one.');
    await stop(bot);
  });

  it("matches a phrasing learned from a member and approved for a feed article's FAQ entry in /ask", async () => {
    const BIKES = 'Can I take my bicycle on the night tram?';
    const FAQ = `<h2>Frequently asked questions</h2><details><summary>${BIKES}</summary><p>Yes, bicycles travel free after ten in the evening.</p></details>`;
    items3 = [{ guid: 'tram', title: 'Night Tram Returns to the Old Town', description: 'Late trams', html: ITEM_HTML.replace(FERRY, 'The night tram to the old town runs again from Friday until two in the morning.') + FAQ }];
    const content = tempDir('faq-bot-content-');
    copyFileSync(SEED, path.join(content, path.basename(SEED)));
    const bot = await start({ CONTENT_DIR: content, DATA_DIR: tempDir('faq-bot-data-'), FEED_URLS: feedUrl3, FEED_POLL_SECONDS: '1', FEED_ALLOW_PRIVATE: 'true' });
    await bot.waitForLog((l) => l.msg === 'summaries up to date' && l.articles === 2);

    // Not covered as asked: the member picks the feed article's question among "Did you mean".
    const member = { guildId: GUILD, channelId: ASKING, userId: '1400000000000000301' };
    const missed = await dataOf(emu.slash('ask', { question: 'may I bring my bike after ten' }, member));
    expect(missed.content).toContain("I couldn't find that");
    expect((await dataOf(emu.button(buttonLabelled(missed, `Did you mean: ${BIKES}`), member))).embeds?.[0]?.title).toBe(BIKES);

    const list = await deferredOf(emu.slash('faq-learn', {}, ADMIN));
    const line = list.embeds![0]!.description!.split('\n').find((l) => l.includes('may I bring my bike after ten'))!;
    expect(line).toContain(`→ **${BIKES}** · 1 member`);
    const approved = await deferredOf(emu.button(buttonLabelled(list, `Approve ${line.match(/^\*\*(\d+)\.\*\*/)![1]}`), ADMIN));
    expect(approved.content).toMatch(/^✅ Approved: “may I bring my bike after ten”\.\n/);

    const again = await dataOf(emu.slash('ask', { question: 'may I bring my bike after ten' }, { ...member, userId: '1400000000000000302' }));
    expect(again.embeds?.[0]?.title).toBe(BIKES);
    expect(JSON.stringify(again.embeds)).toContain('bicycles travel free after ten in the evening');
    await stop(bot);
  });

  it("reads linked pages again when they change, retries a broken item while the feed answers 304, and takes the item's link for a page's missing canonical URL", async () => {
    const ferry = (price: string) =>
      `<!doctype html><html lang="en"><head><title>Ferry Fares</title></head><body><article><h1>Ferry Fares</h1><p>A single crossing to Ostholm costs ${price} for adults this summer.</p><p>${'The harbour board reviews its fares every spring after counting passengers on the island route. '.repeat(4)}</p></article></body></html>`;
    pages.set('/pages/ferry', ferry('£6.50'));
    pages.delete('/pages/marina');
    items4 = [
      { guid: 'ferry', title: 'Ferry Fares', date: 'Tue, 02 Jun 2026 08:00:00 GMT', page: '/pages/ferry' },
      { guid: 'marina', title: 'Marina Opens', date: 'Mon, 01 Jun 2026 08:00:00 GMT', page: '/pages/marina' },
    ];
    const content = tempDir('faq-bot-content-');
    copyFileSync(SEED, path.join(content, path.basename(SEED)));
    const feed4 = `${origin}/feed4.xml`;
    const bot = await startBot(emu, { CONTENT_DIR: content, DATA_DIR: tempDir('faq-bot-data-'), FEED_URLS: feed4, FEED_POLL_SECONDS: '1', FEED_ALLOW_PRIVATE: 'true' });
    running.add(bot);
    // A first poll's broken item is reported with its page, in the log and in /feeds list.
    await bot.waitForLog((l) => l.msg === `feed item skipped: HTTP 404 (${origin}/pages/marina); tried again later, with backoff` && l.page === `${origin}/pages/marina`);
    await expect.poll(() => told(emu.slash('feeds list', {}, ADMIN)), { timeout: PROCESS_TEST_MS, interval: 200 }).toContain(`1 item(s) cannot be read, tried again later, with backoff: ${origin}/pages/marina (HTTP 404)`);

    // Each question from another member: polling must not meet the per-member cooldown.
    let asker = 1400000000000000400n;
    let embed: { url?: string } | undefined;
    const ask = async (question: string) =>
      JSON.stringify((embed = (await dataOf(emu.slash('ask', { question }, { guildId: GUILD, channelId: ASKING, userId: String(++asker) }))).embeds?.[0] as { url?: string } | undefined));
    await expect.poll(() => ask('How much is a single ferry crossing to Ostholm?'), { timeout: PROCESS_TEST_MS, interval: 200 }).toContain('£6.50');
    // The page has no canonical link: the item's link stands in.
    expect(embed?.url).toBe(`${origin}/pages/ferry`);

    // The page is edited, the feed is not (it answers 304): the page is asked for again and read again.
    const before = bot.logs().length;
    pages.set('/pages/ferry', ferry('£17.25'));
    await bot.waitForLog((l) => l.msg === 'linked page edited: read again' && l.page === `${origin}/pages/ferry`, { after: before });
    await expect.poll(() => ask('How much is a single ferry crossing to Ostholm?'), { timeout: PROCESS_TEST_MS, interval: 200 }).toContain('£17.25');

    // The broken item's page now works: it is read at a later poll though the feed still answers 304.
    const fixed = answered.length;
    pages.set('/pages/marina', `<!doctype html><html lang="en"><head><title>Marina Opens</title></head><body><article><h1>Marina Opens</h1><p>The new marina on the east quay opens with forty berths for visiting yachts.</p><p>${'Berths can be booked at the harbour office from nine in the morning. '.repeat(5)}</p></article></body></html>`);
    await bot.waitForLog((l) => l.msg === 'feed item read' && l.item === 'marina', { after: before });
    expect(answered.slice(fixed).every((status) => status === 304)).toBe(true);
    await expect.poll(() => ask('How many berths does the new marina have?'), { timeout: PROCESS_TEST_MS, interval: 200 }).toContain('forty berths');
    await stop(bot);
  });
});
