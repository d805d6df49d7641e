import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleKey } from '../discord/keys.js';
import { PermissionFlagsBits } from 'discord.js';
import { commands } from '../discord/commands/index.js';
import { MEMBER_PERMISSIONS, type PlaygroundMessage } from './discord.js';
import { boxCommands, commandOptions, playgroundPort, startPlayground, type Playground } from './server.js';

let playground: Playground;

/** The next message (new or edited) that matches, as the stand-in reports it. */
const nextMessage = (match: (m: PlaygroundMessage) => boolean) =>
  new Promise<PlaygroundMessage>((resolve) => {
    const stop = playground.standIn.onMessage((m) => {
      if (!match(m)) return;
      stop();
      resolve(m);
    });
  });

beforeAll(async () => {
  playground = await startPlayground({ port: 0, env: { CONTENT_DIR: path.resolve('content'), LOG_LEVEL: 'silent' } });
});
afterAll(async () => {
  await playground?.close();
});

describe('the stand-in for Discord', () => {
  it('signs interactions the real endpoint accepts, and keeps the first response as a channel message', async () => {
    const outcome = await playground.standIn.interact({ kind: 'command', name: 'ask', options: [{ name: 'question', type: 3, value: 'What is Mythos?' }], locale: 'en-US' });
    expect(outcome).toMatchObject({ kind: 'message', message: { author: 'bot', invokedBy: '/ask', ephemeral: false, thinking: false } });
    const message = (outcome as { message: PlaygroundMessage }).message;
    // The seed's quote is this answer's own text: the answer, then only its source.
    expect(message.embeds[0]!.description).toMatch(/^Mythos is Anthropic's most capable AI model/);
    expect(message.embeds[0]!.fields![0]!.value).toMatch(/^— Anthropic Deploys Offensive AI at NSA/);
  });

  it('shows a deferred reply as thinking, then fills it in when the bot PATCHes @original', async () => {
    const filled = nextMessage((m) => m.invokedBy === '/faq-report' && !m.thinking);
    const outcome = await playground.standIn.interact({ kind: 'command', name: 'faq-report', options: [], locale: 'en-US' });
    expect(outcome).toMatchObject({ kind: 'message', message: { thinking: true, ephemeral: true } });
    const report = await filled;
    expect(report.id).toBe((outcome as { message: PlaygroundMessage }).message.id);
    expect(report.ephemeral).toBe(true);
    expect(report.embeds.length + (report.content ? 1 : 0)).toBeGreaterThan(0);
  });

  it('shows a summary card the bot posts to the channel over REST', async () => {
    const article = playground.app.context.index().articles[0]!;
    const posted = nextMessage((m) => m.invokedBy === null && m.author === 'bot');
    await playground.standIn.interact({
      kind: 'command',
      name: 'post-summary',
      options: [
        { name: 'article', type: 3, value: articleKey(article.id) },
        { name: 'channel', type: 7, value: '1300000000000000001' },
      ],
      locale: 'en-US',
    });
    const card = await posted;
    expect(card.embeds[0]!.title).toBe(article.title);
    expect(card.components[0]!.components[0]).toMatchObject({ label: 'Ask about this article' });
  });

  it('lets the member use every command, "Answer from FAQ" included: it answers their message publicly', async () => {
    for (const command of commands.values()) {
      if (command.needs.permission) expect(MEMBER_PERMISSIONS & PermissionFlagsBits[command.needs.permission], command.name).not.toBe(0n);
    }
    const asked = playground.standIn.say('<@1400000000000000001> Can someone tell me what Mythos is?');
    const answered = nextMessage((m) => m.author === 'bot' && m.embeds.length > 0 && m.invokedBy === null);
    const outcome = await playground.standIn.interact({ kind: 'message-command', name: 'Answer from FAQ', messageId: asked.id, locale: 'en-US' });
    expect(outcome).toMatchObject({ kind: 'message', message: { ephemeral: true } });
    expect((await answered).embeds[0]!.title).toBe('What is Mythos and how does it differ from standard Claude?');
  });

  it('runs a command of subcommands with the subcommand and its own options, as Discord sends them', async () => {
    const feeds = boxCommands().find((c) => c.name === 'feeds')!;
    const listed = nextMessage((m) => m.invokedBy === '/feeds' && !m.thinking);
    await playground.standIn.interact({ kind: 'command', name: 'feeds', options: commandOptions(feeds, {}, { subcommand: 'list' }), locale: 'en-US' });
    expect((await listed).content).toContain('I read no feed.');
    const autoanswer = boxCommands().find((c) => c.name === 'autoanswer')!;
    const added = nextMessage((m) => m.invokedBy === '/autoanswer' && !m.thinking);
    await playground.standIn.interact({ kind: 'command', name: 'autoanswer', options: commandOptions(autoanswer, { channel: '#faq' }, { subcommand: 'add' }), locale: 'en-US' });
    const reply = JSON.stringify(await added);
    expect(reply).not.toContain('Something went wrong');
    expect(await playground.app.context.autoAnswer.channels.any()).toBe(true);
  });

  it('passes a button the bot does not know to the bot, which says it is no longer available', async () => {
    const outcome = await playground.standIn.interact({ kind: 'button', messageId: '1', customId: 'no-such-button', locale: 'en-US' });
    expect(outcome).toMatchObject({ kind: 'message', message: { ephemeral: true, content: 'This action is no longer available.' } });
  });
});

describe('the message box', () => {
  const ask = boxCommands().find((c) => c.name === 'ask')!;

  it('knows the commands and their options as deploy-commands registers them', () => {
    expect(ask.options.map((o) => [o.name, o.type, o.required])).toEqual([
      ['question', 3, true],
      ['private', 5, false],
    ]);
    expect(boxCommands().find((c) => c.name === 'faq')!.options[0]).toMatchObject({ name: 'question', autocomplete: true });
  });

  it('converts typed values by option type and refuses what Discord would not send', () => {
    expect(commandOptions(ask, { question: ' Hi ', private: 'yes' })).toEqual([
      { name: 'question', type: 3, value: 'Hi' },
      { name: 'private', type: 5, value: true },
    ]);
    expect(() => commandOptions(ask, { private: 'true' })).toThrow('/ask needs question.');
    expect(commandOptions(ask, { private: 'true' }, { partial: true })).toHaveLength(1);
    expect(() => commandOptions(ask, { question: 'x', private: 'maybe' })).toThrow('private must be true or false.');
    expect(() => commandOptions(ask, { question: 'x', colour: 'red' })).toThrow('/ask has no option “colour”.');
  });

  it('knows subcommands as subcommands, each with its own options, and sends the one used holding its options', () => {
    const feeds = boxCommands().find((c) => c.name === 'feeds')!;
    expect(feeds.options).toEqual([]);
    expect(feeds.subcommands.map((s) => [s.name, s.options.map((o) => [o.name, o.type, o.required])])).toEqual([
      ['add', [['url', 3, true]]],
      ['remove', [['url', 3, true]]],
      ['list', []],
    ]);
    expect(commandOptions(feeds, { url: ' https://news.example/feed.xml ' }, { subcommand: 'add' })).toEqual([
      { name: 'add', type: 1, options: [{ name: 'url', type: 3, value: 'https://news.example/feed.xml' }] },
    ]);
    expect(commandOptions(feeds, {}, { subcommand: 'list' })).toEqual([{ name: 'list', type: 1, options: [] }]);
    expect(() => commandOptions(feeds, {})).toThrow('/feeds needs a subcommand: add, remove or list.');
    expect(() => commandOptions(feeds, {}, { subcommand: 'purge' })).toThrow('/feeds has no subcommand “purge”: use add, remove or list.');
    expect(() => commandOptions(feeds, {}, { subcommand: 'add' })).toThrow('/feeds add needs url.');
    expect(() => commandOptions(feeds, { url: 'x' }, { subcommand: 'list' })).toThrow('/feeds list has no option “url”.');
    expect(() => commandOptions(ask, { question: 'x' }, { subcommand: 'add' })).toThrow('/ask has no subcommands.');
  });

  it('logs warnings only unless LOG_LEVEL says otherwise', async () => {
    const quiet = await startPlayground({ port: 0, env: { CONTENT_DIR: path.resolve('content'), LOG_LEVEL: '' } });
    try {
      expect(quiet.log.level).toBe('warn');
    } finally {
      await quiet.close();
    }
    expect(playground.log.level).toBe('silent');
  });

  it('reads PLAYGROUND_PORT, 3000 when unset', () => {
    expect(playgroundPort({})).toBe(3000);
    expect(playgroundPort({ PLAYGROUND_PORT: ' 8081 ' })).toBe(8081);
    for (const bad of ['http', '70000', '-1', '80.5']) {
      expect(() => playgroundPort({ PLAYGROUND_PORT: bad })).toThrow(`PLAYGROUND_PORT must be a port number, 0 to 65535 (default 3000), not "${bad}": fix it in the environment, which overrides .env.`);
    }
  });
});
