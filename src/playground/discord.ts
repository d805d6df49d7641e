/**
 * The playground's stand-in for Discord: one server with one channel and one member, an application key
 * pair, signed interactions sent to the bot's HTTP interactions endpoint, and the REST routes the bot
 * calls back (deferred replies, follow-ups, channel posts and their edits). Everything stays on 127.0.0.1.
 */
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  PermissionFlagsBits,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIInteractionResponse,
  type APIModalInteractionResponseCallbackData,
} from 'discord.js';
import { commands } from '../discord/commands/index.js';
import type { Logger } from '../log.js';

export const APPLICATION_ID = '1100000000000000001';
/** The server the playground's channel is in; `locale` is its `guild_locale`, the server's preferred language. */
export const GUILD = { id: '1200000000000000001', name: 'Playground', locale: 'en-US' };
export const CHANNEL = { id: '1300000000000000001', name: 'faq' };
export const MEMBER = { id: '1400000000000000001', username: 'you', global_name: 'You' };
export const BOT_NAME = 'faq-bot';
/**
 * The member is the admin trying their content in their own server: they hold every permission a command
 * needs (Manage Server, Manage Messages for "Answer from FAQ", …), taken from the commands themselves so a
 * command added later is usable here too.
 */
export const MEMBER_PERMISSIONS = [...commands.values()].reduce(
  (all, command) => all | (command.needs.permission ? PermissionFlagsBits[command.needs.permission] : 0n),
  PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.UseApplicationCommands,
);
/** What the README's invite ("Run it in Discord") grants the bot in a channel: Read Message History lets it reply to a member's message. */
const BOT_PERMISSIONS = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.ReadMessageHistory;

/** How long the bot may answer an interaction through its token (follow-ups, edits), as on Discord. */
const TOKEN_LIFETIME_MS = 15 * 60_000;

/** A message in the playground channel, as the page shows it. */
export interface PlaygroundMessage {
  id: string;
  author: 'member' | 'bot';
  /** The command line the member ran ("/ask"), shown above the bot's reply as Discord does. */
  invokedBy: string | null;
  content: string | null;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** "Only you can see this". */
  ephemeral: boolean;
  /** A deferred reply not yet filled in: "faq-bot is thinking…". */
  thinking: boolean;
  edited: boolean;
  /** ms since the epoch. */
  at: number;
}

/** What a member does on the page that becomes an interaction. */
export type Action =
  | { kind: 'command'; name: string; options: CommandOption[]; locale: string }
  | { kind: 'autocomplete'; name: string; options: CommandOption[]; focused: string; locale: string }
  | { kind: 'button'; messageId: string; customId: string; locale: string }
  | { kind: 'modal'; customId: string; fields: Record<string, string>; messageId: string | null; locale: string }
  /** A message context-menu command ("Answer from FAQ") run on a message typed into the channel. */
  | { kind: 'message-command'; name: string; messageId: string; locale: string };

/**
 * A slash-command option as Discord sends it: `type` is Discord's option type (3 string, 5 boolean, 7
 * channel, …). A subcommand (type 1) has no value and holds its own `options`.
 */
export interface CommandOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  options?: CommandOption[];
}

/** Discord's option type of a subcommand. */
export const SUBCOMMAND = 1;

/** The options a handler reads: those of the subcommand, when the command was used with one. */
export const leafOptions = (options: CommandOption[]): CommandOption[] => (options[0]?.type === SUBCOMMAND ? (options[0].options ?? []) : options);

/** Discord fails an interaction whose first response takes longer than this. */
export const RESPONSE_DEADLINE_MS = 3000;

/**
 * What the bot's first response means for the page. `lateMs`: how long a first response took when it
 * missed Discord's 3 s, where members would have seen "The application did not respond" instead.
 */
export type Outcome = (
  | { kind: 'message'; message: PlaygroundMessage }
  | { kind: 'choices'; choices: { name: string; value: string }[] }
  | { kind: 'modal'; modal: APIModalInteractionResponseCallbackData; messageId: string | null }
  | { kind: 'failed'; reason: string }
) & { lateMs?: number };

interface Pending {
  /** When the interaction was sent (ms): its token is good for 15 minutes, as on Discord. */
  at: number;
  /** The message the first response created (or the deferred one), once there is one. */
  original: string | null;
  invokedBy: string | null;
}

type Json = Record<string, unknown>;

/** Discord snowflakes: time-ordered, unique within the process. */
function snowflakes(): () => string {
  let increment = 0n;
  return () => String(((BigInt(Date.now()) - 1420070400000n) << 22n) | (increment++ & 0xfffn));
}

/** A request's JSON body (an object; anything else counts as empty), refused past `limit` bytes. */
export const readJson = (req: IncomingMessage, limit = 1024 * 1024): Promise<Json> =>
  new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > limit) req.destroy(new Error('request body too large'));
    });
    req.on('end', () => {
      try {
        const parsed: unknown = text ? JSON.parse(text) : {};
        resolve(typeof parsed === 'object' && parsed !== null ? (parsed as Json) : {});
      } catch (err) {
        reject(err as Error);
      }
    });
    req.on('error', reject);
  });

const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

export class DiscordStandIn {
  readonly messages = new Map<string, PlaygroundMessage>();
  /** Hex, as the developer portal shows it: what the bot gets as DISCORD_PUBLIC_KEY. */
  readonly publicKeyHex: string;
  private readonly privateKey: KeyObject;
  private readonly nextId = snowflakes();
  private readonly pending = new Map<string, Pending>();
  private readonly nonces = new Map<string, string>();
  private readonly listeners = new Set<(message: PlaygroundMessage) => void>();
  private readonly rest: Server;
  /** REST calls of the bot the stand-in does not emulate ("METHOD path", token blanked): each also logged as a warning. */
  readonly unhandled: string[] = [];
  /**
   * The last command (slash or context menu) sent to the bot, as signed: what a test or a curious editor can
   * inspect. Not the last interaction: the page's autocomplete requests, sent as the member types, may reach
   * the bot after the command they led to.
   */
  lastCommand: Json | null = null;
  /** Where the bot's interactions endpoint listens; set once the bot is up. */
  endpoint: string | null = null;

  constructor(private readonly log: Logger) {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    // The raw 32-byte key is the tail of its SPKI encoding.
    this.publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
    this.privateKey = privateKey;
    this.rest = createServer((req, res) => void this.route(req, res).catch((err: unknown) => sendJson(res, 400, { message: String(err), code: 50109 })));
  }

  /** Starts the REST stand-in on a free loopback port; resolves with the URL the bot's DISCORD_API_URL takes. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.rest.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.rest.address() as AddressInfo).port}/api`;
  }

  async close(): Promise<void> {
    await new Promise((resolve) => {
      this.rest.close(resolve);
      this.rest.closeAllConnections();
    });
  }

  /** Calls `listener` with every new or changed message. */
  onMessage(listener: (message: PlaygroundMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A message the member types into the channel (no slash command): the bot does not read messages. */
  say(content: string): PlaygroundMessage {
    return this.put({ author: 'member', invokedBy: null, content, embeds: [], components: [], ephemeral: false, thinking: false });
  }

  /** Sends what the member did to the bot as a signed interaction, and turns the first response into an outcome. */
  async interact(action: Action): Promise<Outcome> {
    if (!this.endpoint) return { kind: 'failed', reason: 'The bot is not listening yet.' };
    const token = `pg-${randomBytes(24).toString('base64url')}`;
    const id = this.nextId();
    const invokedBy = action.kind === 'command' ? `/${action.name}` : action.kind === 'message-command' ? action.name : null;
    for (const [old, p] of this.pending) if (p.at < Date.now() - TOKEN_LIFETIME_MS) this.pending.delete(old);
    this.pending.set(token, { at: Date.now(), original: null, invokedBy });
    const interaction = { ...this.envelope(id, token, action.locale), ...this.payloadOf(action) };
    if (action.kind === 'command' || action.kind === 'message-command') this.lastCommand = interaction;
    const body = JSON.stringify(interaction);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), this.privateKey).toString('hex');
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
        body,
      });
    } catch (err) {
      return { kind: 'failed', reason: `The bot's interactions endpoint could not be reached (${(err as Error).message}).` };
    }
    const text = await response.text();
    const elapsed = performance.now() - started;
    const late = elapsed > RESPONSE_DEADLINE_MS ? { lateMs: Math.round(elapsed) } : {};
    if (response.status !== 200) return { kind: 'failed', reason: `The bot answered HTTP ${response.status}: ${text}`, ...late };
    return { ...this.firstResponse(token, JSON.parse(text) as APIInteractionResponse, action), ...late };
  }

  private firstResponse(token: string, response: APIInteractionResponse, action: Action): Outcome {
    const pending = this.pending.get(token)!;
    switch (response.type) {
      case InteractionResponseType.ChannelMessageWithSource:
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const thinking = response.type === InteractionResponseType.DeferredChannelMessageWithSource;
        const message = this.put({ ...this.fromBody(response.data as Json), invokedBy: pending.invokedBy, author: 'bot', thinking });
        pending.original = message.id;
        return { kind: 'message', message };
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult:
        return { kind: 'choices', choices: (response.data.choices ?? []).map((c) => ({ name: c.name, value: String(c.value) })) };
      case InteractionResponseType.Modal:
        return { kind: 'modal', modal: response.data, messageId: action.kind === 'button' ? action.messageId : null };
      default:
        return { kind: 'failed', reason: `The playground does not show interaction responses of type ${response.type} yet.` };
    }
  }

  /** The fields every interaction carries: who, where, which application, the token and the member's locale. */
  private envelope(id: string, token: string, locale: string): Json {
    return {
      id,
      application_id: APPLICATION_ID,
      token,
      version: 1,
      guild_id: GUILD.id,
      guild: { id: GUILD.id, locale: GUILD.locale, features: [] },
      guild_locale: GUILD.locale,
      locale,
      channel_id: CHANNEL.id,
      channel: { id: CHANNEL.id, type: ChannelType.GuildText, name: CHANNEL.name, guild_id: GUILD.id },
      member: {
        user: { ...MEMBER, discriminator: '0', avatar: null },
        roles: [],
        permissions: String(MEMBER_PERMISSIONS),
        joined_at: new Date(0).toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: String(BOT_PERMISSIONS),
      entitlements: [],
      authorizing_integration_owners: { 0: GUILD.id },
      context: 0,
    };
  }

  private payloadOf(action: Action): Json {
    switch (action.kind) {
      case 'command':
      case 'autocomplete': {
        const focus = (list: CommandOption[]): CommandOption[] =>
          list.map((o) =>
            o.type === SUBCOMMAND ? { ...o, options: focus(o.options ?? []) } : action.kind === 'autocomplete' && o.name === action.focused ? { ...o, value: String(o.value), focused: true } : o,
          );
        const options = focus(action.options);
        const channels = leafOptions(action.options).filter((o) => o.type === 7).map((o) => [String(o.value), { id: String(o.value), type: ChannelType.GuildText, name: CHANNEL.name, permissions: '0' }]);
        return {
          type: action.kind === 'command' ? InteractionType.ApplicationCommand : InteractionType.ApplicationCommandAutocomplete,
          data: { id: this.nextId(), name: action.name, type: ApplicationCommandType.ChatInput, options, ...(channels.length ? { resolved: { channels: Object.fromEntries(channels) } } : {}) },
        };
      }
      case 'button':
        return {
          type: InteractionType.MessageComponent,
          message: this.asApiMessage(action.messageId),
          data: { custom_id: action.customId, component_type: ComponentType.Button },
        };
      case 'modal':
        return {
          type: InteractionType.ModalSubmit,
          ...(action.messageId ? { message: this.asApiMessage(action.messageId) } : {}),
          data: {
            custom_id: action.customId,
            components: Object.entries(action.fields).map(([customId, value]) => ({
              type: ComponentType.ActionRow,
              components: [{ type: ComponentType.TextInput, custom_id: customId, value }],
            })),
          },
        };
      case 'message-command':
        return {
          type: InteractionType.ApplicationCommand,
          data: {
            id: this.nextId(),
            name: action.name,
            type: ApplicationCommandType.Message,
            target_id: action.messageId,
            resolved: { messages: { [action.messageId]: this.asApiMessage(action.messageId) } },
          },
        };
    }
  }

  /** A message as Discord's API shows it, for the interactions that carry one. */
  private asApiMessage(id: string): Json {
    const m = this.messages.get(id);
    const author = m?.author === 'member' ? { ...MEMBER, discriminator: '0', avatar: null } : { id: APPLICATION_ID, username: BOT_NAME, discriminator: '0', avatar: null, bot: true };
    return {
      id,
      channel_id: CHANNEL.id,
      author,
      content: m?.content ?? '',
      embeds: m?.embeds ?? [],
      components: m?.components ?? [],
      timestamp: new Date(m?.at ?? Date.now()).toISOString(),
      edited_timestamp: null,
      flags: m?.ephemeral ? MessageFlags.Ephemeral : 0,
      type: 0,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
    };
  }

  private fromBody(body: Json): Pick<PlaygroundMessage, 'content' | 'embeds' | 'components' | 'ephemeral'> {
    return {
      content: typeof body.content === 'string' ? body.content : null,
      embeds: Array.isArray(body.embeds) ? (body.embeds as APIEmbed[]) : [],
      components: Array.isArray(body.components) ? (body.components as PlaygroundMessage['components']) : [],
      ephemeral: ((Number(body.flags) || 0) & MessageFlags.Ephemeral) !== 0,
    };
  }

  private put(fields: Omit<PlaygroundMessage, 'id' | 'at' | 'edited'>): PlaygroundMessage {
    const message: PlaygroundMessage = { ...fields, id: this.nextId(), at: Date.now(), edited: false };
    this.messages.set(message.id, message);
    for (const listener of this.listeners) listener(message);
    return message;
  }

  /** Applies an edit; a deferred reply being filled in keeps its privacy and stops "thinking". */
  private edit(id: string, body: Json): PlaygroundMessage | null {
    const old = this.messages.get(id);
    if (!old) return null;
    const next = this.fromBody(body);
    const message: PlaygroundMessage = {
      ...old,
      content: 'content' in body ? next.content : old.content,
      embeds: 'embeds' in body ? next.embeds : old.embeds,
      components: 'components' in body ? next.components : old.components,
      edited: !old.thinking,
      thinking: false,
    };
    this.messages.set(id, message);
    for (const listener of this.listeners) listener(message);
    return message;
  }

  /** The REST routes the bot calls; anything else gets Discord's 404 shape and a warning in the log. */
  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname).replace(/^\/api(?:\/v\d+)?/, '');
    const body = req.method === 'GET' ? {} : await readJson(req);
    const apiMessage = (m: PlaygroundMessage) => sendJson(res, 200, this.asApiMessage(m.id));
    let match: RegExpExecArray | null;

    if ((match = /^\/webhooks\/\d+\/([^/]+)\/messages\/(@original|\d+)$/.exec(path)) && req.method === 'PATCH') {
      const pending = this.pending.get(match[1]!);
      const id = match[2] === '@original' ? pending?.original : match[2];
      const edited = id ? this.edit(id, body) : null;
      if (edited) return apiMessage(edited);
    } else if ((match = /^\/webhooks\/\d+\/([^/]+)$/.exec(path)) && req.method === 'POST') {
      const pending = this.pending.get(match[1]!);
      if (pending) return apiMessage(this.put({ ...this.fromBody(body), author: 'bot', invokedBy: pending.invokedBy, thinking: false }));
    } else if ((match = /^\/channels\/(\d+)\/messages$/.exec(path)) && req.method === 'POST') {
      // A nonce sent again (a retry after a lost response) returns the first message, as Discord does with enforce_nonce.
      const nonce = typeof body.nonce === 'string' ? body.nonce : null;
      const earlier = nonce ? this.messages.get(this.nonces.get(nonce) ?? '') : undefined;
      if (earlier) return apiMessage(earlier);
      const message = this.put({ ...this.fromBody(body), ephemeral: false, author: 'bot', invokedBy: null, thinking: false });
      if (nonce) this.nonces.set(nonce, message.id);
      return apiMessage(message);
    } else if ((match = /^\/channels\/\d+\/messages\/(\d+)$/.exec(path)) && req.method === 'PATCH') {
      const edited = this.edit(match[1]!, body);
      if (edited) return apiMessage(edited);
    }
    const route = path.replace(/\/webhooks\/(\d+)\/[^/]+/, '/webhooks/$1/[token]');
    this.unhandled.push(`${req.method} ${route}`);
    this.log.warn({ method: req.method, path: route }, 'playground: the bot called a Discord route the playground does not emulate');
    sendJson(res, 404, { message: '404: Not Found', code: 0 });
  }
}
