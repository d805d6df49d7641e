import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  type Interaction as DiscordInteraction,
  type REST,
} from 'discord.js';
import type { Logger } from '../log.js';
import type { ChannelPoster, Interaction, InteractionKind, Reply } from './interaction.js';

/** Mention parsing off for every message, whatever the text says (`@everyone`, `<@id>`, roles). */
const NO_MENTIONS = { parse: [] as [] };

/** A Reply as discord.js message options. */
function toOptions(message: Reply) {
  return {
    content: message.content,
    embeds: message.embeds,
    components: message.components,
    allowedMentions: NO_MENTIONS,
    ...(message.private ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
}

function kindOf(i: DiscordInteraction): InteractionKind | null {
  if (i.isChatInputCommand()) return 'command';
  if (i.isAutocomplete()) return 'autocomplete';
  if (i.isButton()) return 'button';
  if (i.isModalSubmit()) return 'modal';
  return null;
}

/** Adapts a discord.js interaction to the transport-neutral `Interaction`. */
export function fromDiscord(i: DiscordInteraction): Interaction | null {
  const kind = kindOf(i);
  if (!kind) return null;
  const options = i.isChatInputCommand() || i.isAutocomplete() ? i.options : null;
  return {
    id: i.id,
    kind,
    command: i.isChatInputCommand() || i.isAutocomplete() ? i.commandName : null,
    customId: i.isButton() || i.isModalSubmit() ? i.customId : null,
    userId: i.user.id,
    guildId: i.guildId,
    channelId: i.channelId,
    canManageGuild: i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    string: (name) => options?.getString(name) ?? null,
    boolean: (name) => (i.isChatInputCommand() ? i.options.getBoolean(name) : null),
    channel: (name) => {
      const channel = i.isChatInputCommand() ? i.options.getChannel(name) : null;
      return channel ? { id: channel.id, type: channel.type } : null;
    },
    focused: () => (i.isAutocomplete() ? { name: i.options.getFocused(true).name, value: String(i.options.getFocused(true).value) } : null),
    field: (customId) => (i.isModalSubmit() ? i.fields.getTextInputValue(customId) : null),
    get replied() {
      return i.isRepliable() && (i.replied || i.deferred);
    },
    reply: async (message) => {
      if (i.isRepliable()) await i.reply(toOptions(message));
    },
    defer: async (opts) => {
      if (i.isRepliable()) await i.deferReply(opts?.private ? { flags: MessageFlags.Ephemeral } : {});
    },
    edit: async (message) => {
      if (i.isRepliable()) await i.editReply({ ...toOptions(message), flags: undefined });
    },
    followUp: async (message) => {
      if (i.isRepliable()) await i.followUp(toOptions(message));
    },
    respond: async (choices) => {
      if (i.isAutocomplete()) await i.respond(choices);
    },
    showModal: async (modal) => {
      if (i.isChatInputCommand() || i.isButton()) await i.showModal(modal);
    },
  };
}

const messageBody = (message: Omit<Reply, 'private'>) => ({
  content: message.content,
  embeds: message.embeds,
  components: message.components,
  allowed_mentions: NO_MENTIONS,
});

/** Posts to channels over REST, with mentions off. */
export function restPoster(rest: REST): ChannelPoster {
  return {
    async send(channelId, message, nonce) {
      const body = { ...messageBody(message), ...(nonce ? { nonce, enforce_nonce: true } : {}) };
      const sent = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
      return { id: sent.id };
    },
    async edit(channelId, messageId, message) {
      await rest.patch(Routes.channelMessage(channelId, messageId), { body: messageBody(message) });
    },
  };
}

/**
 * The gateway client: Guilds intent only (slash commands need no message content), REST pointed at
 * `apiUrl` when set, and every client-level failure logged rather than thrown.
 */
export function createClient(log: Logger, apiUrl: string | undefined): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
  client.on(Events.Error, (err) => log.error({ err: err.message }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.ShardError, (err, shard) => log.error({ shard, err: err.message }, 'gateway error'));
  client.rest.on('rateLimited', (info) => log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited by Discord'));
  return client;
}
