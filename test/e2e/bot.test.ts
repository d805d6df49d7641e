/**
 * The real bot (src/bin/bot.ts, as `npm start` runs it) against the loopback Discord emulator: what it
 * sends is what a Discord user would see.
 */
import { GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator, type RecordedRequest } from './emulator.js';
import { PROCESS_TEST_MS, runScript, type RunningScript } from '../run-script.js';
import { startBot, TOKEN } from './bot-process.js';
import { tempDir } from '../temp-dir.js';

const GUILD = '1200000000000000001';
const CHANNEL = '1300000000000000001';
const NEWS = '1300000000000000002';
const CONTENT = path.resolve('content');
const SEED_TEXT = readFileSync(path.join(CONTENT, 'anthropic-nsa-offensive-ai-global-pause.txt'), 'utf8').replace(/\s+/g, ' ');
const MANAGE_GUILD = String(1 << 5);
const EPHEMERAL = 1 << 6;

// Knows the bot's token, as Discord does: a request or IDENTIFY with another one is refused.
const emu = new DiscordEmulator({
  guilds: [{ id: GUILD, name: 'Readers', channels: [{ id: CHANNEL, name: 'faq' }, { id: NEWS, name: 'news' }] }],
  token: TOKEN,
});
let bot: RunningScript;

type Data = { content?: string; embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[]; components?: { components: { custom_id: string; label: string }[] }[]; flags?: number; allowed_mentions?: { parse: string[] }; choices?: { name: string; value: string }[] };
const dataOf = (req: RecordedRequest) => (req.body as { type: number; data: Data }).data;

beforeAll(async () => {
  await emu.start();
  // A cooldown window no test outlasts, however loaded the machine: only the count of questions matters.
  bot = await startBot(emu, { CONTENT_DIR: CONTENT, COOLDOWN_SECONDS: '3600' });
}, PROCESS_TEST_MS);

afterAll(async () => {
  const code = await bot?.stop();
  await emu.stop();
  // SIGTERM is a clean shutdown.
  expect(code).toBe(0);
}, PROCESS_TEST_MS);

describe('the bot in a Discord guild', { timeout: PROCESS_TEST_MS }, () => {
  it('logs in with the Guilds intent only and sees its guild', async () => {
    const identify = emu.gatewayFrames.find((f) => f.op === GatewayOpcodes.Identify);
    expect((identify?.d as { intents?: number }).intents).toBe(GatewayIntentBits.Guilds);
    expect(await bot.waitForLog((l) => l.msg === 'ready')).toMatchObject({ guilds: 1, shards: [0] });
  });

  it('answers /ask about the seed with the right answer and a verbatim quote, pinging nobody', async () => {
    const sent = emu.slash('ask', { question: 'What is Mythos?' }, { guildId: GUILD, channelId: CHANNEL });
    const data = dataOf(await sent.callback());
    expect(data.allowed_mentions?.parse).toEqual([]);
    const embed = data.embeds![0]!;
    expect(embed.title).toBe('What is Mythos and how does it differ from standard Claude?');
    expect(embed.description).toContain("Mythos is Anthropic's most capable AI model");
    const source = embed.fields!.find((f) => f.name === 'Source')!.value.split('\n');
    // The quote is left out when it is the answer's own text: then the answer is the verbatim part.
    const quoted = source.filter((l) => l.startsWith('> ')).map((l) => l.slice(2));
    const quote = quoted.length ? quoted.join(' ') : embed.description!;
    expect(SEED_TEXT).toContain(quote.replace(/\s+/g, ' '));
    expect(source.at(-1)).toMatch(/^— Anthropic Deploys Offensive AI at NSA While Calling for a Global Pause · .*¶\d+/);
    expect(embed.footer?.text).toMatch(/^Confidence \d+%$/);
    expect((data.flags ?? 0) & EPHEMERAL).toBe(0);
  });

  it('says honestly, and privately, when the articles do not cover a question', async () => {
    const data = dataOf(await emu.slash('ask', { question: "What's the weather in Paris?" }, { guildId: GUILD, channelId: CHANNEL }).callback());
    expect(data.content).toContain("I couldn't find that in our articles");
    expect(data.embeds ?? []).toEqual([]);
    expect(data.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.allowed_mentions?.parse).toEqual([]);
  });

  it('echoes a question with its mentions shown as typed and Markdown escaped, and pings nobody', async () => {
    const question = '@everyone @here <@1400000000000000009> <@!1400000000000000009> <@&1400000000000000011> <#1400000000000000012> **What** is _Mythos_?';
    const data = dataOf(await emu.slash('ask', { question }, { guildId: GUILD, channelId: CHANNEL, userId: '1400000000000000002' }).callback());
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.content).toContain('\\*\\*What\\*\\* is \\_Mythos\\_?');
    // Shown as typed, with nothing Discord renders as a mention (the same patterns its client renders).
    expect(data.content!.replace(/\u200b/g, '')).toContain(question.replace(/\*\*What\*\* is _Mythos_\?/, ''));
    expect(data.content).not.toMatch(/@(?:everyone|here)|<(?:@[!&]?|#)\d+>/);
    expect(data.embeds![0]!.description).toContain('Mythos');
  });

  it('offers FAQ questions in /faq autocomplete despite a typo, and answers the chosen one', async () => {
    const auto = dataOf(await emu.autocomplete('faq', { question: 'waht is mythos' }, 'question', { guildId: GUILD }).callback());
    expect(auto.choices!.length).toBeGreaterThan(0);
    expect(auto.choices!.length).toBeLessThanOrEqual(25);
    for (const c of auto.choices!) expect(c.name.length).toBeLessThanOrEqual(100);
    const mythos = auto.choices!.find((c) => c.name === 'What is Mythos and how does it differ from standard Claude?');
    expect(mythos).toBeDefined();

    const empty = dataOf(await emu.autocomplete('faq', { question: '' }, 'question', { guildId: GUILD }).callback());
    expect(empty.choices).toHaveLength(4);

    const chosen = dataOf(await emu.slash('faq', { question: mythos!.value }, { guildId: GUILD, channelId: CHANNEL, userId: '1400000000000000003' }).callback());
    expect(chosen.embeds![0]!.title).toBe(mythos!.name);
    const typed = dataOf(await emu.slash('faq', { question: 'who reported the NSA story' }, { guildId: GUILD, channelId: CHANNEL, userId: '1400000000000000003' }).callback());
    expect(typed.embeds![0]!.description).toContain('Financial Times');
  });

  it('answers a "Did you mean" button with that entry, privately', async () => {
    const data = dataOf(await emu.slash('ask', { question: 'Where can I try the new model?' }, { guildId: GUILD, channelId: CHANNEL, userId: '1400000000000000004' }).callback());
    const button = data.components?.[0]?.components[0];
    expect(button?.custom_id).toMatch(/^alt:/);
    const reply = dataOf(await emu.button(button!.custom_id, { guildId: GUILD, channelId: CHANNEL, userId: '1400000000000000004' }).callback());
    expect(button!.label).toMatch(/^Did you mean: /);
    expect(reply.embeds![0]!.title!.startsWith(button!.label.replace(/^Did you mean: /, '').replace(/…$/, ''))).toBe(true);
    expect(reply.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('shows a summary, and posts one to a channel for a server manager', async () => {
    const auto = dataOf(await emu.autocomplete('summary', { article: 'anthropc nsa' }, 'article', { guildId: GUILD }).callback());
    const article = auto.choices![0]!;
    expect(article.name).toBe('Anthropic Deploys Offensive AI at NSA While Calling for a Global Pause');
    const shown = dataOf(await emu.slash('summary', { article: article.value }, { guildId: GUILD, channelId: CHANNEL }).callback());
    expect(shown.embeds![0]!.description).toMatch(/^Six Anthropic engineers are deployed inside the NSA/);

    const post = emu.slash('post-summary', { article: article.value, channel: { channel: NEWS } }, { guildId: GUILD, channelId: CHANNEL, permissions: MANAGE_GUILD });
    const posted = await emu.waitFor((r) => r.method === 'POST' && r.path === `/channels/${NEWS}/messages`);
    const body = posted.body as Data;
    expect(body.embeds![0]!.title).toBe(article.name);
    expect(body.embeds![0]!.fields!.find((f) => f.name === 'Questions this article answers')?.value).toContain('What is Mythos');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const confirm = await post.waitForResponse((r) => r.method === 'PATCH');
    expect((confirm.body as Data).content).toContain(`Posted the summary`);
  });

  it('refuses /post-summary to a member without Manage Server', async () => {
    const data = dataOf(await emu.slash('post-summary', { article: 'anthropic', channel: { channel: NEWS } }, { guildId: GUILD, channelId: CHANNEL, permissions: '0' }).callback());
    expect(data.content).toContain('Manage Server');
    expect(data.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('reports what it knows in /help', async () => {
    const data = dataOf(await emu.slash('help', {}, { guildId: GUILD, channelId: CHANNEL }).callback());
    expect(data.embeds![0]!.description).toContain('Indexed: **1** article, **4** FAQ entries, **6** paragraphs.');
  });

  it('slows down a user who asks too fast, kindly and privately', async () => {
    const user = { guildId: GUILD, channelId: CHANNEL, userId: '1400000000000000005' };
    // The first five get the bot's reply (an answer, or the honest no-answer: ranking decides which), not the wait.
    for (let i = 0; i < 5; i++) {
      const data = dataOf(await emu.slash('ask', { question: `Mythos ${i}` }, user).callback());
      expect(data.embeds?.length || data.content).toBeTruthy();
      expect(data.content ?? '').not.toMatch(/wait \d+ s/);
    }
    const sixth = dataOf(await emu.slash('ask', { question: 'Mythos again' }, user).callback());
    expect(sixth.content).toMatch(/wait \d+ s/);
    expect(sixth.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('logs one structured line per question, with a hashed user and no token', async () => {
    const asker = '1400000000000000010';
    const sent = emu.slash('ask', { question: 'What is Mythos?' }, { guildId: GUILD, channelId: CHANNEL, userId: asker });
    await sent.callback();
    const line = await bot.waitForLog((l) => l.msg === 'question' && l.interaction === sent.id);
    expect(line).toMatchObject({ question: 'What is Mythos?', guild: GUILD, channel: CHANNEL, kind: 'faq', outcome: 'answered' });
    expect(line.user).toMatch(/^[0-9a-f]{16}$/);
    expect(typeof line.latencyMs).toBe('number');
    expect(JSON.stringify(bot.logs())).not.toContain(asker);
  });

  it('survives a Discord 500 on a reply and a dropped gateway, and keeps answering', async () => {
    // discord.js retries a 5xx three times: fail all four tries so the reply really fails.
    emu.failNext({ method: 'POST', path: /\/callback$/ }, 500, undefined, { times: 4 });
    const failing = emu.slash('ask', { question: 'What is Mythos?' }, { guildId: GUILD, channelId: CHANNEL, userId: '1400000000000000006' });
    await bot.waitForLog((l) => l.msg === 'could not tell the user about the failure' && l.interaction === failing.id);

    await emu.dropGateway();
    await emu.waitForSession();
    const data = dataOf(await emu.slash('ask', { question: 'Who designated Anthropic a supply-chain risk?' }, { guildId: GUILD, channelId: CHANNEL, userId: '1400000000000000007' }).callback());
    expect(data.embeds![0]!.description).toContain('Hegseth');
    expect(bot.proc.exitCode).toBeNull();
  });

  it('logs failed replies without the interaction token their URLs carry', async () => {
    // The answer fails (four tries: discord.js retries a 5xx three times), and so does the follow-up
    // that reports it: Discord refuses a follow-up to an interaction never acknowledged.
    emu.failNext({ method: 'POST', path: /\/callback$/ }, 500, undefined, { times: 4 });
    const sent = emu.slash('ask', { question: 'What is Mythos?' }, { guildId: GUILD, channelId: CHANNEL, userId: '1400000000000000008' });
    const failed = await bot.waitForLog((l) => l.msg === 'handler failed' && l.interaction === sent.id);
    const untold = await bot.waitForLog((l) => l.msg === 'could not tell the user about the failure' && l.interaction === sent.id);
    expect(failed.err).toMatchObject({ status: 500, method: 'POST' });
    expect(untold.err).toMatchObject({ status: 404, code: 10015, method: 'POST' });
    expect(sent.responses().map((r) => r.path.split('/')[1])).toEqual(['interactions', 'interactions', 'interactions', 'interactions', 'webhooks']);
    expect(bot.output()).not.toContain(sent.token);
  });

  it('never writes the token to any output', () => {
    expect(bot.output()).not.toContain(TOKEN);
    expect(bot.output()).not.toContain('secret-test-token');
  });
});

describe('start-up and deployment', { timeout: PROCESS_TEST_MS }, () => {
  it('stops with exit 2 and one plain sentence when the token is missing', async () => {
    const run = runScript('src/bin/bot.ts', { CONTENT_DIR: CONTENT });
    expect(await run.exited).toBe(2);
    const out = run.output().trim();
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(/^DISCORD_TOKEN is missing: copy \.env\.example to \.env/);
    expect(out).not.toMatch(/\bat \S+:\d+/);
  });

  it('stops with exit 2 and one plain sentence when CONTENT_MAX_FILE_MB is malformed', async () => {
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emu.restBase, CONTENT_DIR: CONTENT, DATA_DIR: tempDir('faq-bot-data-') };
    const run = runScript('src/bin/bot.ts', { ...env, CONTENT_MAX_FILE_MB: 'lots' });
    expect(await run.exited).toBe(2);
    expect(run.output().trim()).toBe('CONTENT_MAX_FILE_MB must be a positive number of megabytes (default 20), not "lots": fix it in the environment, which overrides .env.');
  });

  it('stops with exit 2 and one plain sentence when Discord rejects the token', async () => {
    const revoked = 'MTIz.revoked-test-token.do-not-log-me';
    const started = startBot(emu, { CONTENT_DIR: CONTENT, DISCORD_TOKEN: revoked });
    const refusal = await started.then(() => '', (err: Error) => err.message);
    expect(refusal).toMatch(/^the process exited with code 2 before a matching log line; output:\n/);
    const out = refusal.slice(refusal.indexOf('\n') + 1).trim();
    expect(out.split('\n').filter((l) => !l.startsWith('{'))).toEqual([
      'Discord rejected DISCORD_TOKEN: copy a fresh token from the developer portal (Bot > Reset Token) into .env.',
    ]);
    expect(out).not.toContain(revoked);
    expect(emu.requests.some((r) => r.status === 401)).toBe(true);
  });

  it('deploys the full command set with permissions, and a second deploy changes nothing', async () => {
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emu.restBase, DISCORD_CLIENT_ID: emu.applicationId, DISCORD_GUILD_ID: GUILD };
    const first = runScript('src/bin/deploy-commands.ts', env);
    expect(await first.exited).toBe(0);
    const put = await emu.waitFor((r) => r.method === 'PUT' && r.path.endsWith(`/guilds/${GUILD}/commands`));
    const body = put.body as { name: string; default_member_permissions?: string | null; contexts?: number[]; options?: { name: string; autocomplete?: boolean; max_length?: number }[] }[];
    expect(body.map((c) => c.name).sort()).toEqual(['Answer from FAQ', 'ask', 'autoanswer', 'faq', 'faq-learn', 'faq-report', 'feeds', 'help', 'post-summary', 'subscribe', 'subscriptions', 'summary', 'unsubscribe']);
    expect(body.find((c) => c.name === 'Answer from FAQ')).toMatchObject({ type: 3, default_member_permissions: String(1 << 13), contexts: [0] });
    for (const admin of ['post-summary', 'subscribe', 'unsubscribe', 'subscriptions', 'feeds', 'faq-report', 'faq-learn', 'autoanswer']) {
      const command = body.find((c) => c.name === admin)!;
      expect(command.default_member_permissions).toBe(MANAGE_GUILD);
      expect(command.contexts).toEqual([0]);
    }
    for (const open of ['ask', 'faq', 'summary', 'help']) expect(body.find((c) => c.name === open)!.default_member_permissions ?? null).toBeNull();
    expect(body.find((c) => c.name === 'ask')!.options!.find((o) => o.name === 'question')!.max_length).toBe(300);
    expect(body.find((c) => c.name === 'faq')!.options![0]!.autocomplete).toBe(true);

    emu.clear();
    const second = runScript('src/bin/deploy-commands.ts', env);
    expect(await second.exited).toBe(0);
    const again = await emu.waitFor((r) => r.method === 'PUT');
    expect(again.body).toEqual(put.body);
    expect(second.output()).toContain('Deployed 13 commands');
    expect(second.output()).toContain('/autoanswer, “Answer from FAQ”)');
    expect(first.output() + second.output()).not.toContain(TOKEN);
  });
});
