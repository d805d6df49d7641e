/**
 * The HTTP interactions endpoint (src/bin/http.ts, as `npm run start:http` runs it): every request verified
 * before anything else, and every command answered with the same payload as over the gateway.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS, runScript, type RunningScript } from '../run-script.js';
import { startBot, TOKEN } from './bot-process.js';
import { tempDir } from '../temp-dir.js';
import { DiscordEmulator, type SentInteraction } from './emulator.js';
import { applicationKeys, postSigned } from './signed.js';

const GUILD = '1200000000000000001';
const CHANNEL = '1300000000000000001';
const NEWS = '1300000000000000002';
const MANAGE_GUILD = String(1 << 5);
const CONTENT = path.resolve('content');

const emu = new DiscordEmulator({ guilds: [{ id: GUILD, name: 'Readers', channels: [{ id: CHANNEL, name: 'faq' }, { id: NEWS, name: 'news' }] }] });
const keys = applicationKeys();
let gateway: RunningScript;
let http: RunningScript;
let port = 0;

beforeAll(async () => {
  await emu.start();
  gateway = await startBot(emu, { CONTENT_DIR: CONTENT });
  http = runScript('src/bin/http.ts', {
    DISCORD_TOKEN: TOKEN,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_API_URL: emu.restBase,
    PORT: '0',
    CONTENT_DIR: CONTENT,
    DATA_DIR: tempDir('faq-bot-data-'),
    LOG_LEVEL: 'debug',
  });
  port = Number((await http.waitForLog((l) => l.msg === 'listening for interactions')).port);
}, PROCESS_TEST_MS);

afterAll(async () => {
  expect(await http?.stop()).toBe(0);
  await gateway?.stop();
  await emu.stop();
}, PROCESS_TEST_MS);

const ping = JSON.stringify({ id: '1', application_id: emu.applicationId, type: 1, token: 't', version: 1 });

describe('request verification', { timeout: PROCESS_TEST_MS }, () => {
  it('answers a signed PING with PONG', async () => {
    expect(await postSigned(port, ping, keys.privateKey)).toEqual({ status: 200, body: { type: 1 } });
  });

  it('refuses a tampered body, a wrong key, missing headers and a stale timestamp with 401', async () => {
    const tampered = await postSigned(port, ping.replace('"t"', '"u"'), keys.privateKey, { signBody: ping });
    const wrongKey = await postSigned(port, ping, applicationKeys().privateKey);
    const noSignature = await postSigned(port, ping, keys.privateKey, { omit: 'signature' });
    const noTimestamp = await postSigned(port, ping, keys.privateKey, { omit: 'timestamp' });
    const stale = await postSigned(port, ping, keys.privateKey, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    for (const r of [tampered, wrongKey, noSignature, noTimestamp, stale]) expect(r.status).toBe(401);
  });

  it('refuses a body over 1 MiB with 413, and validly signed garbage with 400', async () => {
    const huge = Buffer.alloc(1024 * 1024 + 1, 0x20);
    // Each sender gets its 413: closing with the body unread lost one in seven (the client saw a reset).
    for (let i = 0; i < 10; i++) expect((await postSigned(port, huge, keys.privateKey)).status).toBe(413);
    expect((await postSigned(port, 'not json {', keys.privateKey)).status).toBe(400);
    expect(http.proc.exitCode).toBeNull();
  });

  it('answers 400 to an interaction type it does not know, and privately "no longer available" to a command or button it does not have', async () => {
    // A type Discord may add later: nothing can answer it.
    const unknownType = JSON.stringify({ id: '2', application_id: emu.applicationId, type: 99, token: 't', version: 1 });
    expect(await postSigned(port, unknownType, keys.privateKey)).toEqual({ status: 400, body: { error: 'unhandled interaction' } });
    // A command this build does not have, a button it never made: the member is told, instead of Discord's "did not respond".
    const unknownCommand = emu.slash('no-such-command', {}, { guildId: GUILD, channelId: CHANNEL }).payload;
    const unknownButton = emu.button('no-such-button', { guildId: GUILD, channelId: CHANNEL }).payload;
    for (const body of [unknownCommand, unknownButton]) {
      expect(await postSigned(port, JSON.stringify(body), keys.privateKey)).toMatchObject({
        status: 200,
        body: { type: 4, data: { content: 'This action is no longer available.', flags: 64 } },
      });
    }
    await http.waitForLog((l) => l.msg === 'unknown interaction' && l.interaction === unknownCommand.id && l.command === 'no-such-command');
    await http.waitForLog((l) => l.msg === 'unknown interaction' && l.interaction === unknownButton.id && l.customId === 'no-such-button');
    expect(http.proc.exitCode).toBeNull();
  });
});

describe('a DISCORD_TOKEN Discord rejects', { timeout: PROCESS_TEST_MS }, () => {
  const strict = new DiscordEmulator({ guilds: [], token: TOKEN });
  beforeAll(() => strict.start());
  afterAll(() => strict.stop());

  it('stops start:http with exit 2 and the one sentence, as the gateway bot does, never logging the token', async () => {
    const wrong = runScript('src/bin/http.ts', {
      DISCORD_TOKEN: 'abc',
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_API_URL: strict.restBase,
      PORT: '0',
      CONTENT_DIR: CONTENT,
      DATA_DIR: tempDir('faq-bot-data-'),
      LOG_LEVEL: 'silent',
    });
    expect(await wrong.exited).toBe(2);
    expect(wrong.output().trim()).toBe('Discord rejected DISCORD_TOKEN: copy a fresh token from the developer portal (Bot > Reset Token) into .env.');
  });
});

describe('a HOST it cannot listen on', { timeout: PROCESS_TEST_MS }, () => {
  // Not this machine's address, and a name no resolver knows (.invalid is reserved for that, RFC 6761).
  for (const [host, code] of [['10.255.255.1', 'EADDRNOTAVAIL'], ['no-such-host.invalid', 'ENOTFOUND|EAI_AGAIN']] as const) {
    it(`stops with exit 2 and one sentence naming HOST: ${host}`, async () => {
      const bad = runScript('src/bin/http.ts', {
        DISCORD_TOKEN: TOKEN,
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        DISCORD_API_URL: emu.restBase,
        HOST: host,
        PORT: '0',
        CONTENT_DIR: CONTENT,
        DATA_DIR: tempDir('faq-bot-data-'),
        LOG_LEVEL: 'silent',
      });
      expect(await bad.exited).toBe(2);
      const sentence = bad.output().trim();
      expect(sentence).toMatch(new RegExp(`^Cannot listen on ${host.replace(/\./g, '\\.')}:0 \\((?:${code})\\): HOST "${host.replace(/\./g, '\\.')}" is .*: set HOST to one of its addresses, such as 127\\.0\\.0\\.1 .*, in the environment, which overrides \\.env\\.$`));
      expect(sentence).not.toContain('\n');
    });
  }
});

describe('what load balancers and stray clients see', { timeout: PROCESS_TEST_MS }, () => {
  const url = (pathname: string) => `http://127.0.0.1:${port}${pathname}`;

  it('answers GET /healthz with 200 and no signature', async () => {
    const res = await fetch(url('/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('answers any other method with 405', async () => {
    for (const [method, pathname] of [['GET', '/'], ['PUT', '/'], ['DELETE', '/'], ['GET', '/interactions']] as const) {
      const res = await fetch(url(pathname), { method });
      expect(res.status, `${method} ${pathname}`).toBe(405);
      expect(await res.json()).toEqual({ error: 'use POST' });
    }
  });
});

/** Volatile parts of a response: the id of the recorded question behind feedback and "Did you mean" buttons, load times. */
const stable = (body: unknown) =>
  JSON.parse(
    JSON.stringify(body)
      .replace(/fb:([01]):[A-Za-z0-9_-]+/g, 'fb:$1:ID')
      .replace(/("alt:[^"]*\/)[A-Za-z0-9_-]{12}"/g, '$1ID"')
      .replace(/<t:\d+:R>/g, '<t:TIME:R>'),
  );

/** Sends one interaction over the gateway (to the gateway bot) and the same payload over HTTP. */
async function both(send: () => SentInteraction): Promise<{ gateway: unknown; http: unknown }> {
  const sent = send();
  const overGateway = (await sent.callback()).body;
  const overHttp = await postSigned(port, JSON.stringify(sent.payload), keys.privateKey);
  expect(overHttp.status).toBe(200);
  return { gateway: stable(overGateway), http: stable(overHttp.body) };
}

describe('the same answers as over the gateway', { timeout: PROCESS_TEST_MS }, () => {
  const member = (userId: string) => ({ guildId: GUILD, channelId: CHANNEL, userId });
  const cases: [string, () => SentInteraction][] = [
    ['/ask answered', () => emu.slash('ask', { question: 'What is Mythos?' }, member('1400000000000000021'))],
    ['/ask abstained', () => emu.slash('ask', { question: "What's the weather in Paris?" }, member('1400000000000000022'))],
    ['/ask private with mentions', () => emu.slash('ask', { question: '@everyone who reported the **NSA** story?', private: true }, member('1400000000000000023'))],
    ['/faq autocomplete', () => emu.autocomplete('faq', { question: 'waht is mythos' }, 'question', member('1400000000000000024'))],
    ['/faq free text', () => emu.slash('faq', { question: 'who designated anthropic a supply chain risk' }, member('1400000000000000025'))],
    ['/summary autocomplete', () => emu.autocomplete('summary', { article: 'anthropic' }, 'article', member('1400000000000000026'))],
    ['/summary', () => emu.slash('summary', { article: 'anthropic-nsa-offensive-ai-global-pause' }, member('1400000000000000026'))],
    ['/help', () => emu.slash('help', {}, member('1400000000000000027'))],
    ['/post-summary refused', () => emu.slash('post-summary', { article: 'anthropic', channel: { channel: NEWS } }, { ...member('1400000000000000028'), permissions: '0' })],
    ['/post-summary deferred', () => emu.slash('post-summary', { article: 'anthropic', channel: { channel: NEWS } }, { ...member('1400000000000000029'), permissions: MANAGE_GUILD })],
    ['/subscribe', () => emu.slash('subscribe', { channel: { channel: NEWS } }, { ...member('1400000000000000030'), permissions: MANAGE_GUILD })],
    ['/subscriptions', () => emu.slash('subscriptions', {}, { ...member('1400000000000000030'), permissions: MANAGE_GUILD })],
    ['/unsubscribe', () => emu.slash('unsubscribe', { channel: { channel: NEWS } }, { ...member('1400000000000000030'), permissions: MANAGE_GUILD })],
    ['/faq-report', () => emu.slash('faq-report', {}, { ...member('1400000000000000035'), permissions: MANAGE_GUILD })],
    ['"Answer from FAQ" on a message', () => emu.messageCommand('Answer from FAQ', String(emu.postMessage(CHANNEL, 'What is Mythos?').id), { ...member('1400000000000000036'), permissions: String(1 << 13) })],
    ['"Answer from FAQ" refused', () => emu.messageCommand('Answer from FAQ', String(emu.postMessage(CHANNEL, 'What is Mythos?').id), { ...member('1400000000000000037'), permissions: '0' })],
    ['/autoanswer refused', () => emu.slash('autoanswer list', {}, { ...member('1400000000000000038'), permissions: '0' })],
    ['"Did you mean" button', () => emu.button('alt:anthropic-nsa-offensive-ai-global-pause#faq-2', member('1400000000000000031'))],
    ['"Ask about this article" button', () => emu.button('ask-article:anthropic-nsa-offensive-ai-global-pause', member('1400000000000000032'))],
    ['"Ask about this article" modal', () => emu.modalSubmit('ask-article:anthropic-nsa-offensive-ai-global-pause', { question: 'Who reported it?' }, member('1400000000000000033'))],
    ['closed feedback', () => emu.button('fb:1:gone', member('1400000000000000034'))],
    ['/ask in German', () => emu.slash('ask', { question: 'What is Mythos?' }, { ...member('1400000000000000040'), locale: 'de' })],
    ['/help in Japanese', () => emu.slash('help', {}, { ...member('1400000000000000041'), locale: 'ja' })],
    ['/post-summary refused in French', () => emu.slash('post-summary', { article: 'anthropic', channel: { channel: NEWS } }, { ...member('1400000000000000042'), permissions: '0', locale: 'fr' })],
  ];
  for (const [name, send] of cases) {
    it(name, async () => {
      const { gateway: overGateway, http: overHttp } = await both(send);
      expect(overHttp).toEqual(overGateway);
    });
  }

  it('posts the "Answer from FAQ" reply to the message over REST, from either transport', async () => {
    const message = String(emu.postMessage(CHANNEL, 'What is Mythos?').id);
    const isReply = (r: { method: string; path: string; body: unknown }) =>
      r.method === 'POST' && r.path === `/channels/${CHANNEL}/messages` && (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === message;
    await both(() => emu.messageCommand('Answer from FAQ', message, { ...member('1400000000000000039'), permissions: String(1 << 13) }));
    await emu.waitFor(() => emu.requests.filter(isReply).length === 2, 15_000);
  });

  it("answers in the member's language over HTTP too", async () => {
    const { http: answer } = await both(() => emu.slash('ask', { question: 'What is Mythos?' }, { ...member('1400000000000000043'), locale: 'de' }));
    expect(answer).toMatchObject({ data: { content: '**F:** What is Mythos?', embeds: [{ fields: [{ name: 'Quelle' }] }] } });
  });

  it('reads a question with mentions as `npm run ask` does: the same answer, source and confidence from the terminal, HTTP and the gateway', async () => {
    const questions = ['@everyone what is Mythos?', '<@123> <@&456> @here who reported it?', '<#1300000000000000001> <@!1400000000000000009> What is Mythos?'];
    const cli = runScript('src/bin/ask.ts', { CONTENT_DIR: CONTENT }, { args: ['--json'], input: questions.map((q) => `${q}\n`).join('') });
    expect(await cli.exited).toBe(0);
    const fromCli = cli.stdout().trim().split('\n').map((l) => JSON.parse(l) as { answer: string | null; confidence: number; source: { title: string; paragraph: number } | null });
    expect(fromCli).toHaveLength(questions.length);
    for (const [i, question] of questions.entries()) {
      const { gateway: overGateway, http: overHttp } = await both(() => emu.slash('ask', { question }, member(`14000000000000001${50 + i}`)));
      expect(overHttp).toEqual(overGateway);
      const embed = (overGateway as { data: { embeds: { fields: { value: string }[]; footer: { text: string } }[] } }).data.embeds[0]!;
      const terminal = fromCli[i]!;
      // Each is answered, with confidence 1.00 and the same paragraph cited, not abstained in the terminal.
      expect(terminal.answer, question).not.toBeNull();
      expect(terminal.confidence, question).toBe(1);
      expect(embed.footer.text, question).toBe(`Confidence ${Math.round(terminal.confidence * 100)}%`);
      expect(embed.fields[0]!.value.split('\n').at(-1), question).toMatch(new RegExp(` · ¶${terminal.source!.paragraph}(?: · |$)`));
    }
  });

  it('never writes the token to its output', () => {
    expect(http.output()).not.toContain(TOKEN);
  });
});
