/**
 * Summary posting, end to end: the real bot against the loopback emulator, with content and state on
 * disk, restarted the way an operator would.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningScript } from '../run-script.js';
import { startBot, tempDir } from './bot-process.js';
import { DiscordEmulator, type RecordedRequest } from './emulator.js';
import { articleKey } from '../../src/discord/keys.js';

const GUILD = '1200000000000000001';
const ASKING = '1300000000000000001';
const NEWS = '1300000000000000002';
const NEWS2 = '1300000000000000003';
const FORBIDDEN = '1300000000000000004';
const FLAKY = '1300000000000000005';
const SUB = '1300000000000000006';
const MANAGE_GUILD = String(1 << 5);
const EPHEMERAL = 1 << 6;
const SEED = path.resolve('content/anthropic-nsa-offensive-ai-global-pause.txt');
const SEED_ID = 'anthropic-nsa-offensive-ai-global-pause';
const SEED_TITLE = 'Anthropic Deploys Offensive AI at NSA While Calling for a Global Pause';
const FIXTURES = path.resolve('test/fixtures');

const emu = new DiscordEmulator({
  guilds: [{ id: GUILD, name: 'Readers', channels: [ASKING, NEWS, NEWS2, FORBIDDEN, FLAKY, SUB].map((id) => ({ id, name: `c${id.slice(-1)}` })) }],
});
const running = new Set<RunningScript>();

type Embed = { title?: string; description?: string };
type Message = { embeds?: Embed[]; components?: { components: { custom_id: string }[] }[]; allowed_mentions?: { parse: string[] } };
const postsTo = (channel: string, title?: string): RecordedRequest[] =>
  emu.requests.filter(
    (r) => r.method === 'POST' && r.path === `/channels/${channel}/messages` && r.status < 300 && (title === undefined || (r.body as Message).embeds?.[0]?.title === title),
  );

function contentDir(): string {
  const dir = tempDir('faq-bot-content-');
  copyFileSync(SEED, path.join(dir, path.basename(SEED)));
  return dir;
}

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

beforeAll(async () => {
  await emu.start();
});

afterAll(async () => {
  for (const bot of running) await bot.stop();
  await emu.stop();
});

describe('summary posts', () => {
  it('posts once per channel, survives restarts, and posts new files within 5 s', async () => {
    const content = contentDir();
    const env = { CONTENT_DIR: content, DATA_DIR: tempDir('faq-bot-data-'), SUMMARY_CHANNEL_IDS: `${NEWS}, ${NEWS2}` };

    let bot = await start(env);
    for (const channel of [NEWS, NEWS2]) expect(postsTo(channel)).toHaveLength(1);
    const post = postsTo(NEWS)[0]!.body as Message;
    expect(post.embeds![0]!.title).toBe(SEED_TITLE);
    expect(post.allowed_mentions).toEqual({ parse: [] });
    const askButton = post.components![0]!.components[0]!.custom_id;
    expect(askButton).toBe(`ask-article:${articleKey(SEED_ID)}`);

    for (let i = 0; i < 3; i++) {
      await stop(bot);
      bot = await start(env);
    }
    for (const channel of [NEWS, NEWS2]) expect(postsTo(channel)).toHaveLength(1);

    const dropped = performance.now();
    copyFileSync(path.join(FIXTURES, 'articles/river-cleanup.md'), path.join(content, 'river-cleanup.md'));
    const title = 'Volunteers Pull Two Tonnes of Waste from the Riverbank';
    await emu.waitFor((r) => r.path === `/channels/${NEWS2}/messages` && (r.body as Message).embeds?.[0]?.title === title, 5000);
    await emu.waitFor((r) => r.path === `/channels/${NEWS}/messages` && (r.body as Message).embeds?.[0]?.title === title, 5000);
    console.info(`dropped file to channel post: ${Math.round(performance.now() - dropped)} ms`);
    await bot.waitForLog((l) => l.msg === 'summaries up to date' && l.articles === 2);
    for (const channel of [NEWS, NEWS2]) expect(postsTo(channel, title)).toHaveLength(1);

    writeFileSync(path.join(content, 'broken.md'), '---\ntitle: [unclosed\n---\n# Broken\n');
    const logged = await bot.waitForLog((l) => typeof l.msg === 'string' && l.msg.includes('broken.md:') && l.msg.includes('not valid YAML'));
    expect(logged.level).toBe(50);
    await bot.waitForLog((l) => l.msg === 'content reloaded' && l.articles === 2);
    const answer = await emu.slash('ask', { question: 'What is Mythos?' }, { guildId: GUILD, channelId: ASKING }).callback();
    expect((answer.body as { data: Message }).data.embeds![0]!.description).toContain('most capable AI model');

    await stop(bot);
    copyFileSync(path.join(FIXTURES, 'articles/library-hours.txt'), path.join(content, 'library-hours.txt'));
    bot = await start(env);
    for (const channel of [NEWS, NEWS2]) expect(postsTo(channel, 'City Library Extends Opening Hours to Midnight')).toHaveLength(1);
    for (const channel of [NEWS, NEWS2]) expect(postsTo(channel)).toHaveLength(3);
    await stop(bot);
  });

  it('answers "Ask about this article" from that article only, privately', async () => {
    const content = contentDir();
    copyFileSync(path.join(FIXTURES, 'articles/river-cleanup.md'), path.join(content, 'river-cleanup.md'));
    const bot = await start({ CONTENT_DIR: content, SUMMARY_CHANNEL_IDS: NEWS });
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
    await stop(bot);
  });

  it('keeps serving when a channel is forbidden and another fails once, and records why', async () => {
    emu.failNext({ method: 'POST', path: new RegExp(`/channels/${FORBIDDEN}/messages$`) }, 403, undefined, { times: 10 });
    // discord.js retries a 5xx three times itself: four 500s make one failed attempt of ours.
    emu.failNext({ method: 'POST', path: new RegExp(`/channels/${FLAKY}/messages$`) }, 500, undefined, { times: 4 });
    const bot = await start({ CONTENT_DIR: contentDir(), SUMMARY_CHANNEL_IDS: `${FORBIDDEN},${FLAKY}`, SUMMARY_RETRY_SECONDS: '0.1' });
    await bot.waitForLog((l) => l.msg === 'summary posted' && l.channel === FLAKY, 10_000);
    const gaveUp = await bot.waitForLog((l) => l.msg === 'summary post failed for good', 10_000);
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
    await emu.waitFor((r) => r.path === `/channels/${SUB}/messages` && (r.body as Message).embeds?.[0]?.title === 'Volunteers Pull Two Tonnes of Waste from the Riverbank', 5000);

    await emu.slash('unsubscribe', { channel: { channel: SUB } }, manager).callback();
    copyFileSync(path.join(FIXTURES, 'articles/library-hours.txt'), path.join(content, 'library-hours.txt'));
    await bot.waitForLog((l) => l.msg === 'summaries up to date' && l.articles === 3);
    expect(postsTo(SUB)).toHaveLength(2);

    const refused = (await emu.slash('subscribe', { channel: { channel: SUB } }, { guildId: GUILD, channelId: ASKING, permissions: '0' }).callback()).body as { data: { content: string } };
    expect(refused.data.content).toContain('Manage Server');
    await stop(bot);
  });
});
