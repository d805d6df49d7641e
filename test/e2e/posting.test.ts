/**
 * Summary posting, end to end: the real bot against the loopback emulator, with content and state on
 * disk, restarted the way an operator would.
 */
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS, type RunningScript } from '../run-script.js';
import { startBot } from './bot-process.js';
import { tempDir } from '../temp-dir.js';
import { DiscordEmulator, type RecordedRequest } from './emulator.js';
import { articleKey } from '../../src/discord/keys.js';

const GUILD = '1200000000000000001';
const ASKING = '1300000000000000001';
const NEWS = '1300000000000000002';
const NEWS2 = '1300000000000000003';
const FORBIDDEN = '1300000000000000004';
const FLAKY = '1300000000000000005';
const SUB = '1300000000000000006';
const BACKFILL_TWO = '1300000000000000007';
const BACKFILL_NONE = '1300000000000000008';
const MANAGE_GUILD = String(1 << 5);
const EPHEMERAL = 1 << 6;
const SEED = path.resolve('content/anthropic-nsa-offensive-ai-global-pause.txt');
const SEED_ID = 'anthropic-nsa-offensive-ai-global-pause';
const SEED_TITLE = 'Anthropic Deploys Offensive AI at NSA While Calling for a Global Pause';
const SEED_ANSWER = "Mythos is Anthropic's most capable AI model, built for high-performance tasks.";
const RIVER_TITLE = 'Volunteers Pull Two Tonnes of Waste from the Riverbank';
const FIXTURES = path.resolve('test/fixtures');
/** Front matter that is not valid YAML: an error that takes the file out of the next load. */
const BROKEN_FRONT_MATTER = '---\ntitle: [unclosed\n---\n';

const channels = [ASKING, NEWS, NEWS2, FORBIDDEN, FLAKY, SUB, BACKFILL_TWO, BACKFILL_NONE];
const emu = new DiscordEmulator({
  guilds: [{ id: GUILD, name: 'Readers', channels: channels.map((id) => ({ id, name: `c${id.slice(-1)}` })) }],
});
const running = new Set<RunningScript>();

type Embed = { title?: string; description?: string };
type Message = { embeds?: Embed[]; components?: { components: { custom_id: string }[] }[]; allowed_mentions?: { parse: string[] } };
const postsTo = (channel: string, title?: string): RecordedRequest[] =>
  emu.requests.filter(
    (r) => r.method === 'POST' && r.path === `/channels/${channel}/messages` && r.status < 300 && (title === undefined || (r.body as Message).embeds?.[0]?.title === title),
  );
const titlesPostedTo = (channel: string) => postsTo(channel).map((r) => (r.body as Message).embeds?.[0]?.title);

function contentDir(): string {
  const dir = tempDir('faq-bot-content-');
  copyFileSync(SEED, path.join(dir, path.basename(SEED)));
  return dir;
}

/** Starts the bot and waits until its first summary run is over: what it posts at start is then posted. */
async function start(env: Record<string, string>): Promise<RunningScript> {
  const bot = await startBot(emu, env);
  running.add(bot);
  await bot.waitForLog((l) => l.msg === 'summaries up to date');
  return bot;
}

async function stop(bot: RunningScript): Promise<void> {
  expect(await bot.stop()).toBe(0);
  running.delete(bot);
}

let askers = 0;
/** Asks as a new member each time, so the per-member cooldown never answers instead. */
const ask = async (question: string) => {
  const sent = emu.slash('ask', { question }, { guildId: GUILD, channelId: ASKING, userId: String(1400000000000000100n + BigInt(++askers)) });
  return ((await sent.callback()).body as { data: Message & { content?: string } }).data;
};

/** The ledger of one channel as the stopped bot left it in DATA_DIR: article id -> status. */
function ledger(dataDir: string, channel: string): Record<string, string> {
  const db = new Database(path.join(dataDir, 'bot.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT article_id, status FROM posts WHERE channel_id = ?').all(channel) as { article_id: string; status: string }[];
    return Object.fromEntries(rows.map((r) => [r.article_id, r.status]));
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  await emu.start();
});

afterAll(async () => {
  for (const bot of running) await bot.stop();
  await emu.stop();
}, PROCESS_TEST_MS);

describe('summary posts', { timeout: PROCESS_TEST_MS }, () => {
  it('posts once per channel, survives restarts, and posts new files without a restart', async () => {
    const content = contentDir();
    const env = { CONTENT_DIR: content, DATA_DIR: tempDir('faq-bot-data-'), SUMMARY_CHANNEL_IDS: `${NEWS}, ${NEWS2}` };

    let bot = await start(env);
    for (const channel of [NEWS, NEWS2]) expect(postsTo(channel)).toHaveLength(1);
    const post = postsTo(NEWS)[0]!.body as Message;
    expect(post.embeds![0]!.title).toBe(SEED_TITLE);
    expect(post.allowed_mentions).toEqual({ parse: [] });
    const askButton = post.components![0]!.components[0]!.custom_id;
    expect(askButton).toBe(`ask-article:${articleKey(SEED_ID)}`);

    // One restart with nothing new posts nothing; the last step below restarts again with a new file.
    await stop(bot);
    bot = await start(env);
    for (const channel of [NEWS, NEWS2]) expect(postsTo(channel)).toHaveLength(1);

    copyFileSync(path.join(FIXTURES, 'articles/river-cleanup.md'), path.join(content, 'river-cleanup.md'));
    await emu.waitFor((r) => r.path === `/channels/${NEWS2}/messages` && (r.body as Message).embeds?.[0]?.title === RIVER_TITLE);
    await emu.waitFor((r) => r.path === `/channels/${NEWS}/messages` && (r.body as Message).embeds?.[0]?.title === RIVER_TITLE);
    await bot.waitForLog((l) => l.msg === 'summaries up to date' && l.articles === 2);
    for (const channel of [NEWS, NEWS2]) expect(postsTo(channel, RIVER_TITLE)).toHaveLength(1);

    const beforeBroken = bot.logs().length;
    writeFileSync(path.join(content, 'broken.md'), `${BROKEN_FRONT_MATTER}# Broken\n`);
    const logged = await bot.waitForLog((l) => typeof l.msg === 'string' && l.msg.includes('broken.md:') && l.msg.includes('not valid YAML'), { after: beforeBroken });
    expect(logged.level).toBe(50);
    await bot.waitForLog((l) => l.msg === 'content reloaded' && l.articles === 2, { after: beforeBroken });
    expect((await ask('What is Mythos?')).embeds![0]!.description).toContain('most capable AI model');

    await stop(bot);
    copyFileSync(path.join(FIXTURES, 'articles/library-hours.txt'), path.join(content, 'library-hours.txt'));
    bot = await start(env);
    for (const channel of [NEWS, NEWS2]) expect(postsTo(channel, 'City Library Extends Opening Hours to Midnight')).toHaveLength(1);
    for (const channel of [NEWS, NEWS2]) expect(postsTo(channel)).toHaveLength(3);
    await stop(bot);
  });

  it('keeps serving when a channel is forbidden and another fails once, and records why', async () => {
    emu.failNext({ method: 'POST', path: new RegExp(`/channels/${FORBIDDEN}/messages$`) }, 403, undefined, { times: 5 });
    // discord.js retries a 5xx three times itself: four 500s make one failed attempt of ours.
    emu.failNext({ method: 'POST', path: new RegExp(`/channels/${FLAKY}/messages$`) }, 500, undefined, { times: 4 });
    const bot = await start({ CONTENT_DIR: contentDir(), SUMMARY_CHANNEL_IDS: `${FORBIDDEN},${FLAKY}`, SUMMARY_RETRY_SECONDS: '0.1' });
    await bot.waitForLog((l) => l.msg === 'summary posted' && l.channel === FLAKY);
    const gaveUp = await bot.waitForLog((l) => l.msg === 'summary post failed for good');
    expect(gaveUp).toMatchObject({ channel: FORBIDDEN, attempts: 5, reason: 'forbidden: the bot may not post in this channel' });
    expect(emu.requests.filter((r) => r.path === `/channels/${FORBIDDEN}/messages`)).toHaveLength(5);
    expect(postsTo(FLAKY)).toHaveLength(1);
    expect(bot.proc.exitCode).toBeNull();
    await stop(bot);
  });

  it('posts to a channel a guild subscribes, and stops after it unsubscribes', async () => {
    const content = contentDir();
    const bot = await start({ CONTENT_DIR: content });
    const manager = { guildId: GUILD, channelId: ASKING, permissions: MANAGE_GUILD };

    const subscribed = (await emu.slash('subscribe', { channel: { channel: SUB } }, manager).callback()).body as { data: { content: string } };
    expect(subscribed.data.content).toContain(`<#${SUB}> will get a summary`);
    await emu.waitFor((r) => r.path === `/channels/${SUB}/messages`);
    const listed = (await emu.slash('subscriptions', {}, manager).callback()).body as { data: { content: string } };
    expect(listed.data.content).toContain(`<#${SUB}>`);

    copyFileSync(path.join(FIXTURES, 'articles/river-cleanup.md'), path.join(content, 'river-cleanup.md'));
    await emu.waitFor((r) => r.path === `/channels/${SUB}/messages` && (r.body as Message).embeds?.[0]?.title === RIVER_TITLE);

    await emu.slash('unsubscribe', { channel: { channel: SUB } }, manager).callback();
    copyFileSync(path.join(FIXTURES, 'articles/library-hours.txt'), path.join(content, 'library-hours.txt'));
    await bot.waitForLog((l) => l.msg === 'summaries up to date' && l.articles === 3);
    expect(postsTo(SUB)).toHaveLength(2);

    const refused = (await emu.slash('subscribe', { channel: { channel: SUB } }, { guildId: GUILD, channelId: ASKING, permissions: '0' }).callback()).body as { data: { content: string } };
    expect(refused.data.content).toContain('Manage Server');
    await stop(bot);
  });

  it('gives a new channel the newest SUMMARY_BACKFILL articles and records the rest as seen', async () => {
    const content = tempDir('faq-bot-content-');
    for (const month of [1, 2, 3]) {
      writeFileSync(path.join(content, `month-${month}.md`), `---\nid: month-${month}\ndate: 2026-0${month}-15\n---\n# News of month ${month}\n\nWhat happened in month ${month}.\n`);
    }
    const dataDir = tempDir('faq-bot-data-');

    let bot = await start({ CONTENT_DIR: content, DATA_DIR: dataDir, SUMMARY_CHANNEL_IDS: BACKFILL_TWO, SUMMARY_BACKFILL: '2' });
    await stop(bot);
    expect(titlesPostedTo(BACKFILL_TWO).sort()).toEqual(['News of month 2', 'News of month 3']);
    expect(ledger(dataDir, BACKFILL_TWO)).toEqual({ 'id:month-1': 'seen', 'id:month-2': 'delivered', 'id:month-3': 'delivered' });

    // 0: a channel added later gets only what is published from then on; a seen article is never posted.
    bot = await start({ CONTENT_DIR: content, DATA_DIR: dataDir, SUMMARY_CHANNEL_IDS: `${BACKFILL_TWO},${BACKFILL_NONE}`, SUMMARY_BACKFILL: '0' });
    await stop(bot);
    expect(postsTo(BACKFILL_NONE)).toEqual([]);
    expect(ledger(dataDir, BACKFILL_NONE)).toEqual({ 'id:month-1': 'seen', 'id:month-2': 'seen', 'id:month-3': 'seen' });
    expect(titlesPostedTo(BACKFILL_TWO)).toHaveLength(2);
  });
});

describe('one bot serving two articles', { timeout: PROCESS_TEST_MS }, () => {
  let seedCopy: string;
  let bot: RunningScript;

  beforeAll(async () => {
    const content = contentDir();
    seedCopy = path.join(content, path.basename(SEED));
    copyFileSync(path.join(FIXTURES, 'articles/river-cleanup.md'), path.join(content, 'river-cleanup.md'));
    bot = await start({ CONTENT_DIR: content, SUMMARY_CHANNEL_IDS: NEWS });
  }, PROCESS_TEST_MS);

  afterAll(async () => {
    if (bot) await stop(bot);
  }, PROCESS_TEST_MS);

  it('answers "Ask about this article" from that article only, privately', async () => {
    const customId = `ask-article:${SEED_ID}`;

    const opened = await emu.button(customId, { guildId: GUILD, channelId: NEWS }).callback();
    // A button posted before short keys carries the full id; the form it opens carries the key.
    expect(opened.body).toMatchObject({ type: 9, data: { custom_id: `ask-article:${articleKey(SEED_ID)}` } });

    const asked = (await emu.modalSubmit(customId, { question: 'Who reported the NSA deployment?' }, { guildId: GUILD, channelId: NEWS }).callback()).body as { data: Message & { flags: number } };
    expect(asked.data.embeds![0]!.description).toContain('Financial Times');
    expect(asked.data.flags & EPHEMERAL).toBe(EPHEMERAL);

    // Answered by the other article, so asking it about the seed must not answer from the river story.
    const other = (await emu.modalSubmit(customId, { question: 'How can I join the next clean-up?' }, { guildId: GUILD, channelId: NEWS }).callback()).body as { data: Message & { content?: string } };
    expect(JSON.stringify(other.data)).not.toContain('council website');
    // The miss names the article it was asked about, in the member's language.
    expect(other.data.content).toMatch(/^I couldn't find that in this article: “How can I join the next clean-up\?”/);
    const german = (await emu.modalSubmit(customId, { question: 'Wann öffnet die Bibliothek?' }, { guildId: GUILD, channelId: NEWS, locale: 'de' }).callback()).body as { data: { content?: string } };
    expect(german.data.content).toMatch(/^Dazu habe ich in diesem Artikel nichts gefunden/);
  });

  it('keeps serving the last good version of a served file that breaks, until it is fixed', async () => {
    const good = readFileSync(seedCopy, 'utf8');
    const beforeBreak = bot.logs().length;
    writeFileSync(seedCopy, BROKEN_FRONT_MATTER + good);
    const kept = await bot.waitForLog((l) => l.msg === 'file has errors: still serving its last good version', { after: beforeBreak });
    expect(kept).toMatchObject({ article: SEED_ID, file: seedCopy });
    const reported = bot.logs().slice(beforeBreak).find((l) => typeof l.msg === 'string' && l.msg.startsWith(`${seedCopy}:`));
    expect(reported).toMatchObject({ level: 50 });
    await bot.waitForLog((l) => l.msg === 'content reloaded' && l.articles === 2, { after: beforeBreak });
    expect((await ask('What is Mythos?')).embeds![0]!.description).toContain(SEED_ANSWER);

    // Fixed: the new version replaces the kept one.
    const beforeFix = bot.logs().length;
    writeFileSync(seedCopy, good.replace(SEED_ANSWER, "Mythos is Anthropic's most capable AI model, as the fixed file says."));
    await bot.waitForLog((l) => l.msg === 'content reloaded' && l.articles === 2, { after: beforeFix });
    expect(bot.logs().slice(beforeFix).filter((l) => l.msg === 'file has errors: still serving its last good version')).toEqual([]);
    expect((await ask('What is Mythos?')).embeds![0]!.description).toContain('as the fixed file says');
  });
});
