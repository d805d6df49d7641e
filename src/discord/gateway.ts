import { ChannelType, Client, Events, GatewayDispatchEvents, GatewayIntentBits, IntentsBitField, MessageType, type APIInteraction } from 'discord.js';
import { describeError, type Logger } from '../log.js';
import type { NewPost } from './auto-answer.js';
import type { Interaction } from './interaction.js';
import { fromPayload, NO_MENTIONS, restCallback } from './payload.js';
import { logRateLimits, restOptions } from './rest.js';

/**
 * Variables discord.js's `Client` reads from the environment by itself when an option is left at its
 * default (discord.js 14, Client constructor): SHARDS and SHARD_COUNT, which the ShardingManager sets for
 * its shards, and DISCORD_TOKEN. SHARD_COUNT and DISCORD_TOKEN are also our settings, in our syntax
 * (`SHARD_COUNT=auto` from .env.example made `Number("auto")` and a crash), so the client never reads them:
 * `clientShards` and `login` pass what our configuration decided.
 */
export const CLIENT_ENV = ['SHARDS', 'SHARD_COUNT', 'DISCORD_TOKEN'] as const;

/** Which shards this process runs (`shards`, ids from 0) of how many in all (`shardCount`, 1 or more). */
export interface ClientShards {
  shards: number[];
  shardCount: number;
}

/**
 * This process's shards. A shard process of `start:sharded` runs the ids and total its ShardingManager
 * (discord.js) gave it in SHARDS and SHARD_COUNT, with SHARDING_MANAGER set; any other process (`npm
 * start`) is the one shard 0 of 1: SHARD_COUNT is `start:sharded`'s setting and never reaches it.
 */
export function clientShards(env: NodeJS.ProcessEnv = process.env): ClientShards {
  if (!env.SHARDING_MANAGER) return { shards: [0], shardCount: 1 };
  const ids = JSON.parse(env.SHARDS ?? '0') as number | number[];
  return { shards: Array.isArray(ids) ? ids : [ids], shardCount: Number(env.SHARD_COUNT) };
}

/**
 * The gateway client: Guilds intent only (slash commands need no message content), REST pointed at
 * `apiUrl` when set, `shards` as `clientShards` decided, and every client-level failure logged rather
 * than thrown. It is built with `CLIENT_ENV` withheld from `process.env`, so discord.js reads none of it.
 */
export function createClient(log: Logger, apiUrl: string | undefined, shards: ClientShards = clientShards()): Client {
  const withheld = CLIENT_ENV.filter((name) => name in process.env).map((name) => [name, process.env[name]] as const);
  for (const [name] of withheld) delete process.env[name];
  let client: Client;
  try {
    client = new Client({
      intents: [GatewayIntentBits.Guilds],
      allowedMentions: NO_MENTIONS,
      rest: restOptions(apiUrl),
      ...shards,
    });
  } finally {
    for (const [name, value] of withheld) process.env[name] = value;
  }
  client.on(Events.Error, (err) => log.error({ err: err.message }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.ShardError, (err, shard) => log.error({ shard, err: err.message }, 'gateway error'));
  logRateLimits(client.rest, log);
  return client;
}

/**
 * Hands every interaction the gateway delivers to `handle`, from its raw payload: the same JSON the
 * HTTP endpoint receives, so both transports share one adapter and produce the same responses.
 */
export function onInteractions(client: Client, handle: (interaction: Interaction) => void): void {
  client.on(Events.Raw, (packet: { t?: string; d?: unknown }) => {
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    const raw = packet.d as APIInteraction;
    const interaction = fromPayload(raw, restCallback(client.rest, raw), client.rest);
    if (interaction) handle(interaction);
  });
}

/**
 * Adds the intents auto-answer needs to read text channels and post text: Guild Messages, and the
 * privileged Message Content. Call before login (discord.js reads the intents when it connects); the
 * intent must be enabled in the developer portal or Discord refuses the connection (close code 4014).
 */
export function requestMessageContent(client: Client): void {
  client.options.intents = new IntentsBitField([GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent]).freeze();
}

/** Whether the client was asked for the Message Content intent. */
export const readsMessageContent = (client: Client): boolean => client.options.intents.has(GatewayIntentBits.MessageContent);

/** Forum channels, whose posts are threads. */
const FORUMS: readonly ChannelType[] = [ChannelType.GuildForum, ChannelType.GuildMedia];

/**
 * Hands `handle` every new forum post (a newly created thread of a forum, with its starter message, read
 * over REST) and every new top-level message of a text or announcement channel. Edits, threads that are
 * merely unarchived or synced, system messages and messages inside threads never arrive.
 */
export function onNewPosts(client: Client, log: Logger, handle: (post: NewPost) => void): void {
  client.on(Events.ThreadCreate, (thread, newlyCreated) => {
    if (!newlyCreated || !thread.parent || !FORUMS.includes(thread.parent.type)) return;
    const parentId = thread.parent.id;
    // A forum post's starter message has the thread's id; reading it tells who wrote it (a bot?) and, with
    // the Message Content intent, its text.
    thread.fetchStarterMessage().then(
      (starter) => {
        if (!starter) return;
        handle({
          kind: 'forum',
          id: thread.id,
          guildId: thread.guildId,
          channelId: parentId,
          title: thread.name,
          // Without the intent the bot answers from the title alone, as it says it does (REST may still show text).
          text: readsMessageContent(client) ? starter.content : '',
          locale: thread.guild.preferredLocale,
          author: { id: starter.author.id, bot: starter.author.bot, webhook: starter.webhookId !== null },
        });
      },
      (err: unknown) => log.warn({ thread: thread.id, err: describeError(err) }, 'could not read a new forum post: left unanswered'),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    if (!message.inGuild() || message.channel.isThread() || (message.type !== MessageType.Default && message.type !== MessageType.Reply)) return;
    handle({
      kind: 'text',
      id: message.id,
      guildId: message.guildId,
      channelId: message.channelId,
      title: null,
      text: message.content,
      locale: message.guild.preferredLocale,
      author: { id: message.author.id, bot: message.author.bot, webhook: message.webhookId !== null },
    });
  });
}
