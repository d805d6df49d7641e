/**
 * Proves the emulator is faithful enough for the real discord.js Client: it logs in, caches the
 * guild, answers interactions over REST, survives injected failures and reconnects.
 */
import { once } from 'node:events';
import {
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  MessageFlags,
  type Interaction,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { DiscordEmulator } from './emulator.js';

const GUILD_ID = '1200000000000000001';
const CHANNEL_ID = '1300000000000000001';
const TOPICS = ['refunds', 'referrals', 'shipping'];

const emu = new DiscordEmulator({
  guilds: [{ id: GUILD_ID, name: 'Test Guild', channels: [{ id: CHANNEL_ID, name: 'faq' }] }],
  // Short enough that the bot heartbeats during the run.
  heartbeatIntervalMs: 200,
});
let client: Client;

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };
const outcomes = new Map<string, Outcome>();

/** The bot under test: one behaviour per interaction kind the emulator can produce. */
async function handle(interaction: Interaction): Promise<unknown> {
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused();
    await interaction.respond(TOPICS.filter((t) => t.startsWith(typed)).map((t) => ({ name: t, value: t })));
    return typed;
  }
  if (interaction.isButton()) {
    await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
    return interaction.customId;
  }
  if (interaction.isModalSubmit()) {
    const question = interaction.fields.getTextInputValue('question');
    await interaction.reply({ content: `You asked: ${question}`, flags: MessageFlags.Ephemeral });
    return question;
  }
  if (!interaction.isChatInputCommand()) return null;
  if (interaction.commandName === 'ping') {
    await interaction.reply({ content: 'pong @everyone', allowedMentions: { parse: [] } });
    const reply = await interaction.fetchReply();
    return { content: reply.content, everyone: reply.mentions.everyone };
  }
  await interaction.deferReply();
  const topic = interaction.options.getString('topic', true);
  const count = interaction.options.getInteger('count', true);
  const where = interaction.options.getChannel('where', true);
  const edited = await interaction.editReply(`${topic} x${count} in ${where.id}`);
  return edited.content;
}

/** Waits until the bot has finished handling the interaction, successfully or not (the bound is a safety net). */
function outcomeOf(interactionId: string): Promise<Outcome> {
  return vi.waitFor(
    () => {
      const outcome = outcomes.get(interactionId);
      if (!outcome) throw new Error(`interaction ${interactionId} not handled yet`);
      return outcome;
    },
    { timeout: 15_000, interval: 10 },
  );
}

beforeAll(async () => {
  await emu.start();
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: emu.restBase } });
  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction).then(
      (value) => outcomes.set(interaction.id, { ok: true, value }),
      (error: unknown) => outcomes.set(interaction.id, { ok: false, error }),
    );
  });
  const ready = once(client, Events.ClientReady);
  await client.login('fake.bot.token');
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await emu.stop();
});

// Longer than the emulator's own 30 s waits, so a hang fails with their message saying what was awaited.
describe('discord emulator', { timeout: 60_000 }, () => {
  it('lets the real client log in and cache the configured guild', async () => {
    const guild = client.guilds.cache.get(GUILD_ID);
    expect(guild?.name).toBe('Test Guild');
    expect(guild?.channels.cache.get(CHANNEL_ID)?.type).toBe(ChannelType.GuildText);
    expect(guild?.members.me?.id).toBe(client.user?.id);
    expect(client.application?.id).toBe(emu.applicationId);
    expect(emu.identifyCount).toBe(1);
    const gateway = await emu.waitFor((r) => r.path === '/gateway/bot');
    expect(gateway).toMatchObject({ method: 'GET', authorized: true, status: 200 });
    expect(gateway.headers).not.toHaveProperty('authorization');
  });

  it('acknowledges heartbeats', async () => {
    await vi.waitFor(() => expect(client.ws.ping).toBeGreaterThanOrEqual(0), { timeout: 15_000 });
    expect(emu.gatewayFrames.some((frame) => frame.op === 1)).toBe(true);
  });

  it('registers commands and reuses their ids in interactions', async () => {
    const commands = await client.application!.commands.set([{ name: 'ping', description: 'Ping' }]);
    const ping = commands.first();
    expect(ping?.name).toBe('ping');
    const guildCommands = await client.application!.commands.set([{ name: 'slow', description: 'Slow' }], GUILD_ID);
    expect(guildCommands.first()?.guildId).toBe(GUILD_ID);
    const put = await emu.waitFor((r) => r.method === 'PUT' && r.path === `/applications/${emu.applicationId}/commands`);
    expect(put.body).toMatchObject([{ name: 'ping', description: 'Ping' }]);
    expect(emu.slash('ping').payload).toMatchObject({ data: { id: ping?.id, name: 'ping', type: 1 } });
  });

  it('round-trips a slash command reply with allowed mentions', async () => {
    const sent = emu.slash('ping');
    const callback = await sent.callback();
    expect(callback).toMatchObject({
      method: 'POST',
      status: 204,
      authorized: false,
      body: { type: 4, data: { content: 'pong @everyone', allowed_mentions: { parse: [] } } },
    });
    expect(await outcomeOf(sent.id)).toEqual({ ok: true, value: { content: 'pong @everyone', everyone: false } });
    expect(sent.responses().map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /interactions/${sent.id}/${sent.token}/callback`,
      `GET /webhooks/${emu.applicationId}/${sent.token}/messages/@original`,
    ]);
  });

  it('answers autocomplete with choices', async () => {
    const sent = emu.autocomplete('faq', { question: 'ref' }, 'question');
    expect((await sent.callback()).body).toEqual({
      type: 8,
      data: {
        choices: [
          { name: 'refunds', value: 'refunds' },
          { name: 'referrals', value: 'referrals' },
        ],
      },
    });
  });

  it('supports deferReply + editReply with typed options', async () => {
    const sent = emu.slash('slow', { topic: 'refunds', count: 2, where: { channel: CHANNEL_ID } });
    expect((await sent.callback()).body).toMatchObject({ type: 5 });
    const edit = await sent.waitForResponse((r) => r.method === 'PATCH');
    expect(edit.path).toBe(`/webhooks/${emu.applicationId}/${sent.token}/messages/@original`);
    expect(edit.body).toMatchObject({ content: `refunds x2 in ${CHANNEL_ID}` });
    expect(await outcomeOf(sent.id)).toEqual({ ok: true, value: `refunds x2 in ${CHANNEL_ID}` });
  });

  it('updates the message behind a button and answers a modal', async () => {
    const click = emu.button('more');
    expect((await click.callback()).body).toMatchObject({ type: 7, data: { content: 'clicked more' } });
    const modal = emu.modalSubmit('ask', { question: 'Where is my order?' });
    expect((await modal.callback()).body).toMatchObject({
      type: 4,
      data: { content: 'You asked: Where is my order?', flags: MessageFlags.Ephemeral },
    });
    expect(await outcomeOf(modal.id)).toEqual({ ok: true, value: 'Where is my order?' });
  });

  it('sends channel messages over REST and injects channel errors', async () => {
    const channel = client.channels.cache.get(CHANNEL_ID);
    if (!channel?.isSendable()) throw new Error('channel not sendable');
    const message = await channel.send('hello');
    expect(message.content).toBe('hello');
    const post = await emu.waitFor((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`);
    expect(post).toMatchObject({ authorized: true, status: 200, body: { content: 'hello' } });

    emu.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/ }, 403);
    const denied = await channel.send('again').catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(DiscordAPIError);
    expect((denied as DiscordAPIError).code).toBe(50001);
  });

  it('rejects the reply on a 500 callback and keeps the client up', async () => {
    // @discordjs/rest retries 5xx three times before giving up.
    emu.failNext({ method: 'POST', path: /\/callback$/ }, 500, undefined, { times: 4 });
    const failed = emu.slash('ping');
    const outcome = await outcomeOf(failed.id);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toBeInstanceOf(HTTPError);
    expect(failed.responses().every((r) => r.injected && r.status === 500)).toBe(true);
    expect(client.isReady()).toBe(true);

    const next = emu.slash('ping');
    expect((await next.callback()).status).toBe(204);
  });

  it('records unknown routes as Discord 404s', async () => {
    await expect(client.rest.get('/nowhere')).rejects.toBeInstanceOf(DiscordAPIError);
    expect(await emu.waitFor((r) => r.path === '/nowhere')).toMatchObject({ status: 404, unknownRoute: true });
  });

  it('refuses a token it does not know, as Discord does: 401 over REST, close 4004 on IDENTIFY', async () => {
    const strict = new DiscordEmulator({ token: 'right.bot.token' });
    await strict.start();
    try {
      const me = (token: string) => fetch(`${strict.restBase}/v10/users/@me`, { headers: { authorization: `Bot ${token}` } });
      const refused = await me('wrong.bot.token');
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual({ message: '401: Unauthorized', code: 0 });
      expect((await me('right.bot.token')).status).toBe(200);

      const socket = new WebSocket(strict.gatewayUrl);
      await once(socket, 'message');
      socket.send(JSON.stringify({ op: 2, d: { token: 'wrong.bot.token', intents: 1, properties: {} } }));
      const [code, reason] = (await once(socket, 'close')) as [number, Buffer];
      expect([code, reason.toString()]).toEqual([4004, 'Authentication failed.']);
    } finally {
      await strict.stop();
    }
  });

  it('resumes after a dropped gateway and replays what was dispatched meanwhile', async () => {
    // Counted from here: on a loaded machine discord.js may already have resumed after a heartbeat it
    // saw unacknowledged at this short interval.
    const resumesBefore = emu.resumeCount;
    await emu.dropGateway();
    const session = emu.waitForSession();
    const duringOutage = emu.slash('ping');
    expect(await session).toBe('resume');
    expect(emu.resumeCount).toBeGreaterThan(resumesBefore);
    expect((await duringOutage.callback()).status).toBe(204);

    const after = emu.slash('ping');
    expect((await after.callback()).status).toBe(204);
    expect(await outcomeOf(after.id)).toMatchObject({ ok: true });
  });

  it('resumes a zombied connection whose heartbeat went unacknowledged, and can still drop it meanwhile', async () => {
    const resumesBefore = emu.resumeCount;
    const zombie = emu.waitForSession();
    const closed = emu.waitForDisconnect();
    emu.withholdHeartbeatAck();
    // The bot closes the connection at its next heartbeat; the drop waits for the resumed one.
    await closed;
    const dropped = emu.dropGateway();
    expect(await zombie).toBe('resume');
    const session = emu.waitForSession();
    await dropped;
    expect(await session).toBe('resume');
    expect(emu.resumeCount - resumesBefore).toBeGreaterThanOrEqual(2);
    expect((await emu.slash('ping').callback()).status).toBe(204);
  });

  it('makes the bot identify again after an invalidated session, the close seen as a disconnect', async () => {
    const closed = emu.waitForDisconnect();
    await emu.dropGateway({ invalidateSession: true });
    await closed;
    expect(await emu.waitForSession()).toBe('identify');
    expect((await emu.slash('ping').callback()).status).toBe(204);
  });
});
