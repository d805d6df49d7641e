/**
 * Answering where members ask, end to end against the emulator: auto-answer forum and text channels
 * (once, also across a restart and across two gateway processes on one PostgreSQL), the Solved button,
 * and the "Answer from FAQ" message context menu.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, type RunningScript } from '../run-script.js';
import { startBot, TOKEN } from './bot-process.js';
import { tempDir } from '../temp-dir.js';
import { TestSchemas } from '../../src/store/fixtures/postgres-schemas.js';
import { DiscordEmulator, type RecordedRequest } from './emulator.js';

const GUILD = '1200000000000000001';
const GENERAL = '1300000000000000001';
const FORUM = '1300000000000000002';
const HELP = '1300000000000000003';
const SOLVED_TAG = '1600000000000000001';
const ALICE = '1400000000000000011';
const BOB = '1400000000000000012';
const MANAGE_MESSAGES = String(1 << 13);
const MESSAGE_CONTENT = 1 << 15;
const CONTENT = path.resolve('content');

const guilds = [
  {
    id: GUILD,
    name: 'Readers',
    channels: [
      { id: GENERAL, name: 'general' },
      { id: FORUM, name: 'questions', type: 15, availableTags: [{ id: '1600000000000000002', name: 'Bug' }, { id: SOLVED_TAG, name: 'Solved' }] },
      { id: HELP, name: 'help' },
    ],
  },
];

type Body = {
  content?: string;
  flags?: number;
  allowed_mentions?: unknown;
  message_reference?: { message_id: string };
  embeds?: { title?: string }[];
  components?: { components: { custom_id: string; label: string }[] }[];
};
const bodyOf = (r: RecordedRequest) => r.body as Body;
const buttons = (r: RecordedRequest) => (bodyOf(r).components ?? []).flatMap((row) => row.components);
const postsTo = (emu: DiscordEmulator, channelId: string) => emu.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
const considered = (postId: string, result: string) => (l: Record<string, unknown>) => l.msg === 'auto-answer considered a post' && l.post === postId && l.result === result;

/** Polls the bot's SQLite store until `query` returns a row (the bot writes it as it works). */
async function row<T>(file: string, query: string, ...params: unknown[]): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const db = new Database(file, { readonly: true });
    try {
      const found = db.prepare(query).get(...params) as T | undefined;
      if (found) return found;
    } catch {
      // The table may not exist for a moment while the bot migrates.
    } finally {
      db.close();
    }
    if (Date.now() > deadline) throw new Error(`no row for ${query} ${JSON.stringify(params)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('auto-answer channels and "Answer from FAQ" (one gateway process, SQLite)', () => {
  const emu = new DiscordEmulator({ guilds });
  let sqlite: string;
  let env: Record<string, string>;
  let bot: RunningScript;

  beforeAll(async () => {
    const dataDir = tempDir('faq-bot-data-');
    sqlite = path.join(dataDir, 'bot.sqlite');
    env = { CONTENT_DIR: CONTENT, DATA_DIR: dataDir, AUTO_ANSWER_CHANNEL_IDS: `${FORUM},${HELP}` };
    await emu.start();
    bot = await startBot(emu, env);
  });

  afterAll(async () => {
    await bot?.stop();
    await emu.stop();
  });

  it('asks for the Message Content intent because auto-answer channels are configured, and says so', async () => {
    const identify = emu.gatewayFrames.find((f) => f.op === 2)!.d as { intents: number };
    expect(identify.intents & MESSAGE_CONTENT).toBe(MESSAGE_CONTENT);
    expect(bot.logs().some((l) => l.messageContent === true && String(l.msg).includes('requesting the privileged Message Content intent'))).toBe(true);
  });

  it('answers a new forum post once, in its thread, from its title and text', async () => {
    const { thread } = emu.createForumPost(FORUM, { title: 'What is Mythos?', content: 'I keep hearing about it, can someone explain?', author: { id: ALICE } });
    const threadId = String(thread.id);
    const answer = await emu.waitFor((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages`, 15_000);
    expect(answer.status).toBe(200);
    expect(bodyOf(answer).allowed_mentions).toEqual({ parse: [] });
    expect(bodyOf(answer).embeds?.[0]?.title).toMatch(/Mythos/);
    expect(buttons(answer).map((b) => b.label)).toEqual(expect.arrayContaining(['Helpful', 'Not helpful', 'Solved']));
    await bot.waitForLog(considered(threadId, 'answered'));
    expect(await row(sqlite, "SELECT outcome FROM auto_answers WHERE target_id = ? AND outcome = 'answered'", threadId)).toEqual({ outcome: 'answered' });
    // The bot's own answer arrives as a MESSAGE_CREATE in the thread: it is no new post.
    expect(postsTo(emu, threadId)).toHaveLength(1);
  });

  it('leaves a post it is not confident about alone, and logs it as unanswered for /faq-report', async () => {
    const { thread } = emu.createForumPost(FORUM, { title: 'How do I reset my Discord password?', content: 'It says my email is wrong.', author: { id: BOB } });
    const threadId = String(thread.id);
    await bot.waitForLog(considered(threadId, 'skipped'));
    expect(await row(sqlite, 'SELECT outcome FROM auto_answers WHERE target_id = ?', threadId)).toEqual({ outcome: 'skipped' });
    const question = await row<{ outcome: string; text: string }>(sqlite, "SELECT outcome, text FROM questions WHERE text LIKE 'How do I reset my Discord password?%'");
    expect(question.outcome).toBe('abstained');
    expect(postsTo(emu, threadId)).toHaveLength(0);
  });

  it("ignores a bot's post and a webhook's message", async () => {
    const { thread } = emu.createForumPost(FORUM, { title: 'What is Mythos?', content: 'Posted by another bot', author: { id: '1400000000000000099', bot: true } });
    await bot.waitForLog(considered(String(thread.id), 'ignored'));
    const hook = emu.postMessage(HELP, 'What is Mythos?', { id: '1400000000000000098', webhookId: '1700000000000000001' });
    await bot.waitForLog(considered(String(hook.id), 'ignored'));
    expect(postsTo(emu, String(thread.id))).toHaveLength(0);
    expect(emu.requests.some((r) => r.path.includes(`/messages/${String(hook.id)}/threads`))).toBe(false);
  });

  it('answers a new message in a text channel by opening a thread on it', async () => {
    const message = emu.postMessage(HELP, 'What is Mythos?', { id: ALICE });
    const opened = await emu.waitFor((r) => r.method === 'POST' && r.path === `/channels/${HELP}/messages/${String(message.id)}/threads`, 15_000);
    expect(opened.status).toBe(201);
    expect((opened.body as { name: string }).name).toBe('What is Mythos?');
    const threadId = String(message.id); // a thread started from a message takes the message's id
    const answer = await emu.waitFor((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages`, 15_000);
    expect(bodyOf(answer).embeds?.[0]?.title).toMatch(/Mythos/);
    await bot.waitForLog(considered(threadId, 'answered'));
  });

  it('never answers an edit, even one that makes a message answerable', async () => {
    const edited = String(emu.postMessage(HELP, 'How do I reset my Discord password?', { id: BOB }).id);
    await bot.waitForLog(considered(edited, 'skipped'));
    emu.editMessage(edited, 'What is Mythos?');
    // Events are handled in order: once a message sent after the edit is answered, the edit has been seen.
    const after = String(emu.postMessage(HELP, 'What is Mythos?', { id: ALICE }).id);
    await bot.waitForLog(considered(after, 'answered'));
    expect(emu.requests.some((r) => r.path === `/channels/${HELP}/messages/${edited}/threads`)).toBe(false);
    expect(bot.logs().filter((l) => l.post === edited).map((l) => l.result)).toEqual(['skipped']);
  });

  it("lets the post's author mark it Solved, which applies the forum's Solved tag", async () => {
    const { thread } = emu.createForumPost(FORUM, { title: 'What is Mythos?', content: '', author: { id: ALICE }, appliedTags: ['1600000000000000002'] });
    const threadId = String(thread.id);
    const answer = await emu.waitFor((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages` && r.status === 200, 15_000);
    const solved = buttons(answer).find((b) => b.label === 'Solved')!.custom_id;

    const notTheAuthor = emu.button(solved, { guildId: GUILD, channelId: threadId, userId: BOB });
    expect(((await notTheAuthor.callback()).body as { data: Body }).data.content).toBe('Only the member who asked can mark this solved.');
    expect(emu.thread(threadId)?.applied_tags).toEqual(['1600000000000000002']);

    const byAuthor = emu.button(solved, { guildId: GUILD, channelId: threadId, userId: ALICE });
    const reply = ((await byAuthor.callback()).body as { data: Body }).data;
    expect(reply.content).toContain('Marked solved');
    expect(reply.flags! & 64).toBe(64);
    expect(emu.thread(threadId)?.applied_tags).toEqual(['1600000000000000002', SOLVED_TAG]);
    expect(await row(sqlite, 'SELECT target_id FROM auto_answers WHERE target_id = ? AND solved_at IS NOT NULL', threadId)).toEqual({ target_id: threadId });
  });

  it('answers a message publicly as a reply to it from the context menu, for moderators', async () => {
    const message = emu.postMessage(GENERAL, 'What is Mythos?', { id: BOB });
    const used = emu.messageCommand('Answer from FAQ', String(message.id), { userId: ALICE, permissions: MANAGE_MESSAGES });
    expect((await used.callback()).body).toMatchObject({ type: 5, data: { flags: 64 } });
    const reply = await emu.waitFor((r) => r.method === 'POST' && r.path === `/channels/${GENERAL}/messages` && bodyOf(r).message_reference?.message_id === String(message.id), 15_000);
    expect(bodyOf(reply).embeds?.[0]?.title).toMatch(/Mythos/);
    expect(bodyOf(reply).allowed_mentions).toEqual({ parse: [] });
    expect(buttons(reply).map((b) => b.label)).toEqual(expect.arrayContaining(['Helpful', 'Not helpful']));
    const told = await used.waitForResponse((r) => r.method === 'PATCH');
    expect(bodyOf(told).content).toMatch(/^Answered in the channel: https:\/\/discord\.com\/channels\//);
  });

  it('tells the moderator privately, with the closest questions, when nothing covers the message', async () => {
    const message = emu.postMessage(GENERAL, 'How do I reset my Discord password?', { id: BOB });
    const before = postsTo(emu, GENERAL).length;
    const used = emu.messageCommand('Answer from FAQ', String(message.id), { userId: ALICE, permissions: MANAGE_MESSAGES });
    const told = await used.waitForResponse((r) => r.method === 'PATCH');
    expect(bodyOf(told).content).toContain("I couldn't find that in our articles");
    expect(postsTo(emu, GENERAL)).toHaveLength(before);
  });

  it('refuses the context menu to members without Manage Messages', async () => {
    const message = emu.postMessage(GENERAL, 'What is Mythos?', { id: BOB });
    const used = emu.messageCommand('Answer from FAQ', String(message.id), { userId: BOB, permissions: '0' });
    expect(((await used.callback()).body as { data: Body }).data.content).toBe('“Answer from FAQ” needs the Manage Messages permission.');
  });

  it('answers nothing twice after a restart, even when Discord delivers a post again', async () => {
    const { thread } = emu.createForumPost(FORUM, { title: 'What is Mythos?', content: '', author: { id: BOB } });
    const threadId = String(thread.id);
    await bot.waitForLog(considered(threadId, 'answered'));
    await bot.stop();
    bot = await startBot(emu, env);
    emu.redeliverThreadCreate(threadId);
    await bot.waitForLog(considered(threadId, 'taken'));
    expect(postsTo(emu, threadId)).toHaveLength(1);
  });
});

describe('/autoanswer without a configured channel', () => {
  const emu = new DiscordEmulator({ guilds });
  let dataDir: string;
  let bot: RunningScript;
  const MANAGE_GUILD = String(1 << 5);

  beforeAll(async () => {
    dataDir = tempDir('faq-bot-data-');
    await emu.start();
    // Above the channel's default 0.6: the list shows the confidence answers really need.
    bot = await startBot(emu, { CONTENT_DIR: CONTENT, DATA_DIR: dataDir, ANSWER_THRESHOLD: '0.7' });
  });

  afterAll(async () => {
    await bot?.stop();
    await emu.stop();
  });

  it('does not ask for Message Content, then answers forum posts of an added forum from their title alone', async () => {
    const identify = emu.gatewayFrames.find((f) => f.op === 2)!.d as { intents: number };
    expect(identify.intents & MESSAGE_CONTENT).toBe(0);
    const added = emu.slash('autoanswer add', { channel: { channel: FORUM } }, { userId: ALICE, permissions: MANAGE_GUILD });
    expect(((await added.callback()).body as { data: Body }).data.content).toContain('I will answer new posts in <#' + FORUM + '>');
    const listed = emu.slash('autoanswer list', {}, { userId: ALICE, permissions: MANAGE_GUILD });
    const list = ((await listed.callback()).body as { data: Body }).data.content!;
    expect(list).toContain(`<#${FORUM}> — answers at 70% confidence or more`);
    expect(list).toContain('from their title alone');

    const { thread } = emu.createForumPost(FORUM, { title: 'What is Mythos?', content: 'the bot cannot read this', author: { id: ALICE } });
    const answer = await emu.waitFor((r) => r.method === 'POST' && r.path === `/channels/${String(thread.id)}/messages`, 15_000);
    expect(bodyOf(answer).content).toBe('**Q:** What is Mythos?');

    const removed = emu.slash('autoanswer remove', { channel: { channel: FORUM } }, { userId: ALICE, permissions: MANAGE_GUILD });
    expect(((await removed.callback()).body as { data: Body }).data.content).toBe(`I no longer answer new posts in <#${FORUM}>.`);
  });
});

describe('an auto-answer channel without the Message Content intent enabled in the developer portal', () => {
  const emu = new DiscordEmulator({ guilds, messageContentIntent: false });
  beforeAll(() => emu.start());
  afterAll(() => emu.stop());

  it('stops the bot with one sentence saying how to fix it (exit 2)', async () => {
    const bot = runScript('src/bin/bot.ts', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: emu.restBase,
      CONTENT_DIR: CONTENT,
      DATA_DIR: tempDir('faq-bot-data-'),
      AUTO_ANSWER_CHANNEL_IDS: FORUM,
      LOG_LEVEL: 'silent',
    });
    expect(await bot.exited).toBe(2);
    expect(bot.output().trim()).toBe(
      'Discord refused the Message Content intent that auto-answer channels need: enable it in the developer portal (Bot > Privileged Gateway Intents), or remove every auto-answer channel (AUTO_ANSWER_CHANNEL_IDS and /autoanswer remove).',
    );
  });
});

const PG_URL = process.env.TEST_DATABASE_URL;
if (!PG_URL) console.warn('Two gateway processes on one PostgreSQL: skipped; set TEST_DATABASE_URL (as .ci/run does) to run it.');

describe.skipIf(!PG_URL)('two gateway processes on one PostgreSQL', () => {
  const emu = new DiscordEmulator({ guilds });
  const schemas = new TestSchemas(PG_URL ?? '');
  const bots: RunningScript[] = [];

  beforeAll(async () => {
    await emu.start();
    const env = { CONTENT_DIR: CONTENT, DATABASE_URL: await schemas.create(), AUTO_ANSWER_CHANNEL_IDS: FORUM };
    // One after the other: the emulator then holds both sessions on shard 0, and sends guild events to both.
    bots.push(await startBot(emu, env));
    bots.push(await startBot(emu, env));
  });

  afterAll(async () => {
    await Promise.all(bots.map((b) => b.stop()));
    await emu.stop();
    await schemas.dropAll();
  });

  it('answers a forum post once, though both processes see it', async () => {
    const { thread } = emu.createForumPost(FORUM, { title: 'What is Mythos?', content: '', author: { id: ALICE } });
    const threadId = String(thread.id);
    const results = await Promise.all(
      bots.map((b) => b.waitForLog((l) => l.msg === 'auto-answer considered a post' && l.post === threadId).then((l) => l.result)),
    );
    expect(results.sort()).toEqual(['answered', 'taken']);
    expect(postsTo(emu, threadId)).toHaveLength(1);
  });
});
