/**
 * Loopback stand-in for Discord's REST API and gateway, so end-to-end tests can drive the real
 * discord.js `Client` without network access. It emulates the surface a slash-command bot uses,
 * records every REST call the bot makes, and can inject failures. Anything it does not know
 * answers with Discord's 404 shape and is recorded, so unexpected calls show up in assertions.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  GatewayDispatchEvents,
  GatewayOpcodes,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
} from 'discord.js';
import { WebSocket, WebSocketServer, type RawData } from 'ws';

type JsonObject = Record<string, unknown>;

export interface ChannelConfig {
  id: string;
  name?: string;
  /** Discord channel type; defaults to a guild text channel (0). */
  type?: number;
  /** A forum's (type 15) tags, as `available_tags` lists them. */
  availableTags?: { id: string; name: string }[];
}

/** Who wrote a message the emulator injects; the default user unless given. */
export interface AuthorConfig {
  id?: string;
  username?: string;
  bot?: boolean;
  /** Set: the message came from this webhook (author is then the webhook's pseudo-user). */
  webhookId?: string;
}

export interface GuildConfig {
  id: string;
  name?: string;
  channels: ChannelConfig[];
  /** The server's preferred locale (`preferred_locale`, and `guild_locale` in its interactions); `en-US` by default, as Discord's. */
  locale?: string;
}

export interface EmulatorOptions {
  applicationId?: string;
  botUserId?: string;
  botUsername?: string;
  guilds?: GuildConfig[];
  /** The user interactions come from unless a helper says otherwise. */
  user?: { id: string; username: string };
  /** Sent in HELLO; lower it to exercise heartbeats within a short test. */
  heartbeatIntervalMs?: number;
  /** The shard count `GET /gateway/bot` recommends (what `SHARD_COUNT=auto` asks for); 1 by default. */
  recommendedShards?: number;
  /** `session_start_limit.max_concurrency` in `GET /gateway/bot`: identifies allowed per 5 s; 1 by default. */
  maxConcurrency?: number;
  /**
   * The bot token Discord knows. When set, a bot-token REST call with another token is answered 401
   * (`{"message": "401: Unauthorized", "code": 0}`) and an IDENTIFY with another is closed with 4004
   * "Authentication failed.", as Discord does. Unset: any token is accepted.
   */
  token?: string;
  /**
   * Whether the application has the privileged Message Content intent enabled in the developer portal
   * (default true). Without it, an IDENTIFY asking for it is closed with 4014 Disallowed intent(s).
   */
  messageContentIntent?: boolean;
}

/** Where the bot's request came from, as the interaction helpers fill it in. */
export interface InteractionContext {
  userId?: string;
  username?: string;
  guildId?: string;
  channelId?: string;
  /** The invoking member's permissions in the channel. */
  permissions?: bigint | string;
  /** The bot's permissions in the channel. */
  appPermissions?: bigint | string;
  locale?: string;
}

/** A slash/autocomplete option value; `{ channel }` marks a channel option (type 7). */
export type OptionValue = string | number | boolean | { channel: string };

export interface RecordedFile {
  field: string;
  name: string;
  size: number;
}

export interface RecordedRequest {
  method: string;
  /** Decoded path with the `/api[/vN]` prefix removed, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (or the `payload_json` part of a multipart body). */
  body: unknown;
  files: RecordedFile[];
  /** Lower-cased request headers with `authorization` removed; see `authorized`. */
  headers: Record<string, string>;
  authorized: boolean;
  /** Status the emulator answered with. */
  status: number;
  /** True when `status` came from `failNext`. */
  injected: boolean;
  unknownRoute: boolean;
  /** The emulated interaction this request responds to, via its id or webhook token. */
  interactionId: string | null;
  time: number;
}

/** A frame the bot sent over the gateway; IDENTIFY/RESUME tokens are stripped. */
export interface GatewayFrame {
  op: number;
  d: unknown;
  time: number;
}

export interface RequestMatcher {
  method?: string;
  path: RegExp;
}

export interface SentInteraction {
  id: string;
  token: string;
  payload: JsonObject;
  /** The shard whose gateway session it was dispatched on. */
  shard: number;
  /** Every recorded request concerning this interaction so far. */
  responses(): RecordedRequest[];
  /** First `POST /interactions/:id/:token/callback`, recorded or future. */
  callback(timeoutMs?: number): Promise<RecordedRequest>;
  /** First request concerning this interaction that matches, recorded or future. */
  waitForResponse(match?: (req: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
}

export type SessionKind = 'identify' | 'resume';

/** `[shard id, shard count]`, as IDENTIFY and READY carry it. */
export type ShardInfo = [id: number, count: number];

/** The shard a guild's events go to under `count` shards, by Discord's formula. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

interface Reply {
  status: number;
  body?: unknown;
}

interface ParsedRequest {
  query: URLSearchParams;
  body: unknown;
}

type Handler = (params: string[], req: ParsedRequest) => Reply;

interface Route {
  method: string;
  pattern: RegExp;
  /** Bot-token routes; interaction callbacks and webhooks are authorised by their token instead. */
  auth: boolean;
  handle: Handler;
}

interface InteractionState {
  id: string;
  token: string;
  type: number;
  user: unknown;
  channelId: string;
  acknowledged: boolean;
  originalId: string | null;
  /** For component interactions: the message the component sits on. */
  componentMessageId: string | null;
  messageIds: Set<string>;
}

/** One gateway session; a sharded bot holds one per shard, each with its own seq and replay buffer. */
interface Session {
  id: string;
  shard: ShardInfo;
  seq: number;
  /** Every dispatch of the session, so a RESUME can replay what the bot missed. */
  events: JsonObject[];
  socket: WebSocket | null;
  /** The IDENTIFY's intents bit set: which dispatches the session gets, and whether message content is filled. */
  intents: number;
}

interface Failure {
  matcher: RequestMatcher;
  status: number;
  body: unknown;
  remaining: number;
}

const DISCORD_EPOCH = 1420070400000n;
/** Gateway intents (Discord: Gateway > Gateway Intents). */
const INTENT_GUILDS = 1 << 0;
const INTENT_GUILD_MESSAGES = 1 << 9;
const INTENT_MESSAGE_CONTENT = 1 << 15;
/** Discord's thread channel type for a public thread, and its forum-channel types. */
const PUBLIC_THREAD = ChannelType.PublicThread;
const FORUM_TYPES: number[] = [ChannelType.GuildForum, ChannelType.GuildMedia];
/**
 * How long `waitFor` and the interaction helpers wait by default: a safety net against a bot that never
 * answers, not a latency check (Discord's 3 s interaction deadline is not emulated), so it is generous
 * enough for a loaded 2-core machine.
 */
const DEFAULT_TIMEOUT_MS = 30_000;
/** Discord's own bodies for the statuses tests typically inject. */
const DEFAULT_ERROR_BODIES: Record<number, { message: string; code: number }> = {
  400: { message: '400: Bad Request', code: 0 },
  401: { message: '401: Unauthorized', code: 0 },
  403: { message: 'Missing Access', code: RESTJSONErrorCodes.MissingAccess },
  404: { message: '404: Not Found', code: 0 },
  500: { message: '500: Internal Server Error', code: 0 },
  502: { message: '502: Bad Gateway', code: 0 },
  503: { message: '503: Service Unavailable', code: 0 },
};
const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.AddReactions;
const BOT_PERMISSIONS = MEMBER_PERMISSIONS | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.AttachFiles;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asObject = (value: unknown): JsonObject => (isObject(value) ? value : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string => (typeof value === 'string' ? value : '');
const textLength = (value: unknown): number => asString(value).length;

/** A Discord error reply; `errors` uses Discord's nested `{ path: { _errors } }` form. */
function apiError(status: number, code: number, message: string, errors?: JsonObject): Reply {
  return { status, body: errors ? { message, code, errors } : { message, code } };
}

/**
 * Rejects what real Discord would reject with 400, so e2e tests catch over-long answers before
 * production does. Covers the limits a FAQ bot can plausibly hit, not Discord's full validation.
 */
function validateMessage(data: JsonObject, requireContent: boolean): Reply | null {
  const violations: Array<[string, string]> = [];
  const content = asString(data.content);
  if (content.length > 2000) violations.push(['content', 'Must be 2000 or fewer in length.']);
  const embeds = asArray(data.embeds).map(asObject);
  if (embeds.length > 10) violations.push(['embeds', 'Must be 10 or fewer in length.']);
  let embedText = 0;
  embeds.forEach((embed, i) => {
    const fields = asArray(embed.fields).map(asObject);
    if (textLength(embed.title) > 256) violations.push([`embeds.${i}.title`, 'Must be 256 or fewer in length.']);
    if (textLength(embed.description) > 4096) {
      violations.push([`embeds.${i}.description`, 'Must be 4096 or fewer in length.']);
    }
    if (fields.length > 25) violations.push([`embeds.${i}.fields`, 'Must be 25 or fewer in length.']);
    fields.forEach((field, j) => {
      if (textLength(field.name) > 256) violations.push([`embeds.${i}.fields.${j}.name`, 'Must be 256 or fewer in length.']);
      if (textLength(field.value) > 1024) {
        violations.push([`embeds.${i}.fields.${j}.value`, 'Must be 1024 or fewer in length.']);
      }
      embedText += textLength(field.name) + textLength(field.value);
    });
    embedText += textLength(embed.title) + textLength(embed.description);
    embedText += textLength(asObject(embed.footer).text) + textLength(asObject(embed.author).name);
  });
  if (embedText > 6000) violations.push(['embeds', 'Embed size exceeds maximum size of 6000']);
  if (violations.length > 0) return invalidFormBody(violations);
  const empty = !content && embeds.length === 0 && asArray(data.components).length === 0;
  if (requireContent && empty) {
    return apiError(400, RESTJSONErrorCodes.CannotSendAnEmptyMessage, 'Cannot send an empty message');
  }
  return null;
}

function validateChoices(data: JsonObject): Reply | null {
  const choices = asArray(data.choices).map(asObject);
  const violations: Array<[string, string]> = [];
  if (choices.length > 25) violations.push(['choices', 'Must be 25 or fewer in length.']);
  choices.forEach((choice, i) => {
    const name = textLength(choice.name);
    if (name < 1 || name > 100) violations.push([`choices.${i}.name`, 'Must be between 1 and 100 in length.']);
    if (textLength(choice.value) > 100) violations.push([`choices.${i}.value`, 'Must be 100 or fewer in length.']);
  });
  return violations.length > 0 ? invalidFormBody(violations) : null;
}

function invalidFormBody(violations: Array<[string, string]>): Reply {
  const errors: JsonObject = {};
  for (const [path, message] of violations) {
    let node = errors;
    for (const key of path.split('.')) node = asObject((node[key] ??= {}));
    node._errors = [{ code: 'BASE_TYPE_MAX_LENGTH', message }];
  }
  return apiError(400, RESTJSONErrorCodes.InvalidFormBodyOrContentType, 'Invalid Form Body', errors);
}

/** Discord only pings @everyone/@here when allowed_mentions permits it; tests assert on this flag. */
function mentionsEveryone(content: string, allowedMentions: unknown): boolean {
  if (!/@(everyone|here)\b/.test(content)) return false;
  if (!isObject(allowedMentions)) return true;
  return asArray(allowedMentions.parse).includes('everyone');
}

/** Builds option payloads; a space-separated name (`faq ask`) becomes subcommand (group) nesting. */
function commandOptions(name: string, options: Record<string, OptionValue>, focused?: string) {
  const [command = name, ...path] = name.split(' ');
  if (path.length > 2) throw new Error(`"${name}" nests deeper than command group subcommand`);
  const channelIds: string[] = [];
  let leaf: JsonObject[] = Object.entries(options).map(([optionName, value]) => {
    const option: JsonObject = { name: optionName };
    if (typeof value === 'object') {
      channelIds.push(value.channel);
      Object.assign(option, { type: ApplicationCommandOptionType.Channel, value: value.channel });
    } else if (typeof value === 'boolean') {
      Object.assign(option, { type: ApplicationCommandOptionType.Boolean, value });
    } else if (typeof value === 'number') {
      const type = Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
      Object.assign(option, { type, value });
    } else {
      Object.assign(option, { type: ApplicationCommandOptionType.String, value });
    }
    // Discord sends the focused option's partial input as a string, whatever its declared type.
    if (optionName === focused) Object.assign(option, { value: String(option.value), focused: true });
    return option;
  });
  const types = [ApplicationCommandOptionType.SubcommandGroup, ApplicationCommandOptionType.Subcommand];
  for (const [depth, sub] of [...path.entries()].reverse()) {
    const type = path.length === 2 ? types[depth] : ApplicationCommandOptionType.Subcommand;
    leaf = [{ name: sub, type, options: leaf }];
  }
  return { command, options: leaf, channelIds };
}

/** Resolves all matching waiters as items arrive; unmatched waiters time out with context. */
class Feed<T> {
  readonly items: T[] = [];
  readonly #waiters = new Set<{ match: (item: T) => boolean; resolve: (item: T) => void; fail: (e: Error) => void }>();

  push(item: T): void {
    this.items.push(item);
    for (const waiter of this.#waiters) {
      if (waiter.match(item)) waiter.resolve(item);
    }
  }

  wait(match: (item: T) => boolean, timeoutMs: number, describe: () => string, includePast: boolean): Promise<T> {
    const past = includePast ? this.items.find(match) : undefined;
    if (past !== undefined) return Promise.resolve(past);
    return new Promise<T>((resolve, reject) => {
      const waiter = {
        match,
        resolve: (item: T) => settle(() => resolve(item)),
        fail: (error: Error) => settle(() => reject(error)),
      };
      const timer = setTimeout(() => waiter.fail(new Error(`Timed out after ${timeoutMs}ms ${describe()}`)), timeoutMs);
      const settle = (finish: () => void) => {
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        finish();
      };
      this.#waiters.add(waiter);
    });
  }

  failAll(error: Error): void {
    for (const waiter of this.#waiters) waiter.fail(error);
  }
}

/** The fields of a guild member object that these tests never vary. */
const memberDefaults = () => ({
  joined_at: new Date(Date.now() - 86_400_000).toISOString(),
  nick: null,
  avatar: null,
  flags: 0,
  pending: false,
  deaf: false,
  mute: false,
  premium_since: null,
  communication_disabled_until: null,
});

export class DiscordEmulator {
  readonly applicationId: string;
  readonly botUser: JsonObject;
  readonly guilds: GuildConfig[];
  readonly defaultUser: { id: string; username: string };

  readonly #heartbeatIntervalMs: number;
  readonly #requests = new Feed<RecordedRequest>();
  readonly #frames: GatewayFrame[] = [];
  readonly #sessionEvents = new Feed<{ kind: SessionKind; shard: number }>();
  readonly #disconnects = new Feed<{ shard: number }>();
  readonly #routes: Route[];
  readonly #failures: Failure[] = [];
  #withheldAcks = 0;
  readonly #interactions = new Map<string, InteractionState>();
  readonly #interactionsByToken = new Map<string, InteractionState>();
  readonly #messages = new Map<string, JsonObject>();
  readonly #nonces = new Map<string, JsonObject>();
  readonly #globalCommands: JsonObject[] = [];
  readonly #guildCommands = new Map<string, JsonObject[]>();
  /** Ids for commands the bot never registered, stable per name like real command ids. */
  readonly #adHocCommandIds = new Map<string, string>();
  readonly #sockets = new Set<WebSocket>();
  /** By shard id: the bot's live (or resumable) session for each shard it identified. */
  readonly #sessions = new Map<number, Session>();
  /**
   * Sessions another process opened on a shard before the newest one took over its slot in #sessions:
   * Discord keeps delivering guild events to every open session (two processes running one bot both see
   * each message), so messages and threads go to these too. Interactions, as before, go to the newest.
   */
  readonly #otherSessions: Session[] = [];
  /** Threads (forum posts and threads started from messages), by id. */
  readonly #threads = new Map<string, JsonObject>();
  readonly #recommendedShards: number;
  readonly #maxConcurrency: number;
  readonly #token: string | undefined;
  readonly #messageContentAllowed: boolean;
  #increment = 0n;
  #server: Server | null = null;
  #wss: WebSocketServer | null = null;
  #port = 0;

  constructor(options: EmulatorOptions = {}) {
    this.applicationId = options.applicationId ?? '1100000000000000001';
    this.botUser = {
      id: options.botUserId ?? this.applicationId,
      username: options.botUsername ?? 'faq-bot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
      public_flags: 0,
    };
    this.guilds = options.guilds ?? [
      { id: '1200000000000000001', name: 'Emulated Guild', channels: [{ id: '1300000000000000001', name: 'faq' }] },
    ];
    this.defaultUser = options.user ?? { id: '1400000000000000001', username: 'tester' };
    this.#heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41250;
    this.#recommendedShards = options.recommendedShards ?? 1;
    this.#maxConcurrency = options.maxConcurrency ?? 1;
    this.#token = options.token;
    this.#messageContentAllowed = options.messageContentIntent ?? true;
    this.#routes = this.#buildRoutes();
  }

  /** Pass as the discord.js `rest.api` option; discord.js appends `/v10/...`. */
  get restBase(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }

  get port(): number {
    return this.#port;
  }

  get requests(): readonly RecordedRequest[] {
    return this.#requests.items;
  }

  get gatewayFrames(): readonly GatewayFrame[] {
    return this.#frames;
  }

  get identifyCount(): number {
    return this.#frames.filter((frame) => frame.op === GatewayOpcodes.Identify).length;
  }

  get resumeCount(): number {
    return this.#frames.filter((frame) => frame.op === GatewayOpcodes.Resume).length;
  }

  /** The shard of every IDENTIFY so far, in order (`[0, 1]` where the bot sent none). */
  get identifiedShards(): ShardInfo[] {
    return this.#frames.filter((frame) => frame.op === GatewayOpcodes.Identify).map((frame) => shardFromIdentify(frame.d));
  }

  /** Listens on `port` (default: any free one), on 127.0.0.1. */
  async start(port = 0): Promise<{ restBase: string; gatewayUrl: string; port: number }> {
    const server = createServer((req, res) => void this.#onHttp(req, res));
    const wss = new WebSocketServer({ server });
    wss.on('connection', (socket) => this.#onSocket(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.#server = server;
    this.#wss = wss;
    this.#port = (server.address() as AddressInfo).port;
    return { restBase: this.restBase, gatewayUrl: this.gatewayUrl, port: this.port };
  }

  /** Terminates sockets and keep-alive connections so the test process can exit promptly. */
  async stop(): Promise<void> {
    const stopped = new Error('Discord emulator stopped');
    this.#requests.failAll(stopped);
    this.#sessionEvents.failAll(stopped);
    this.#disconnects.failAll(stopped);
    for (const socket of this.#sockets) socket.terminate();
    await new Promise<void>((resolve) => (this.#wss ? this.#wss.close(() => resolve()) : resolve()));
    const server = this.#server;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    this.#server = null;
    this.#wss = null;
  }

  /** Resolves with the first request matching `match`, whether already recorded or still to come. */
  waitFor(match: (req: RecordedRequest) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedRequest> {
    const describe = () =>
      `for a matching request; recorded: ${this.requests.map((r) => `${r.method} ${r.path} -> ${r.status}`).join(', ') || 'none'}`;
    return this.#requests.wait(match, timeoutMs, describe, true);
  }

  /** Forgets recorded requests (not emulated state such as messages or commands). */
  clear(): void {
    this.#requests.items.length = 0;
  }

  /**
   * Answers the next `times` requests matching `matcher` with `status`. @discordjs/rest retries
   * 5xx up to 3 times by default, so making a call reject on 5xx takes `times: 4`.
   */
  failNext(matcher: RequestMatcher, status: number, body?: unknown, { times = 1 }: { times?: number } = {}): void {
    const fallback = DEFAULT_ERROR_BODIES[status] ?? { message: `${status}: Emulated failure`, code: 0 };
    this.#failures.push({ matcher, status, body: body ?? fallback, remaining: times });
  }

  /**
   * Leaves the next `times` heartbeats unacknowledged, whichever shard sends them. Discord's gateway documentation tells a client
   * that sees no HEARTBEAT_ACK between two heartbeats to treat the connection as zombied: close it and
   * RESUME on a new one. discord.js does the same on its own whenever an acknowledgement comes late, as
   * on a loaded machine with this emulator's short heartbeat interval.
   */
  withholdHeartbeatAck({ times = 1 }: { times?: number } = {}): void {
    this.#withheldAcks += times;
  }

  /**
   * Drops the bot's gateway connection. A close code discord.js treats as resumable (the 4000
   * default) or `'terminate'` (abnormal closure) makes it RESUME; `invalidateSession` then answers
   * that RESUME with INVALID_SESSION so it must IDENTIFY again, which @discordjs/ws throttles to one
   * per ~5 s. `shard` picks which shard's connection (0, the only one of an unsharded bot). Where
   * the shard is between connections (discord.js reconnects by itself when a heartbeat goes
   * unacknowledged, as on a loaded machine), it first waits for the bot to resume or identify again.
   */
  async dropGateway({
    code = 4000,
    invalidateSession = false,
    shard = 0,
  }: { code?: number | 'terminate'; invalidateSession?: boolean; shard?: number } = {}): Promise<void> {
    const socket = await this.#openSocket(shard);
    if (invalidateSession) {
      // The close finds no session of the shard any more: say here that its connection closed.
      this.#sessions.delete(shard);
      socket.once('close', () => this.#disconnects.push({ shard }));
    }
    if (code === 'terminate') socket.terminate();
    else socket.close(code, 'Emulated disconnect');
  }

  /** Resolves when the connection of the shard's session next closes, from either end. */
  async waitForDisconnect(timeoutMs = DEFAULT_TIMEOUT_MS, shard = 0): Promise<void> {
    await this.#disconnects.wait((e) => e.shard === shard, timeoutMs, () => `for shard ${shard}'s gateway connection to close`, false);
  }

  /** The shard's session's open gateway connection, once it has one. */
  async #openSocket(shard: number): Promise<WebSocket> {
    for (;;) {
      const socket = this.#sessions.get(shard)?.socket;
      if (socket?.readyState === WebSocket.OPEN) return socket;
      await this.waitForSession(DEFAULT_TIMEOUT_MS, shard);
    }
  }

  /**
   * Resolves when the bot next completes an IDENTIFY (READY sent) or RESUME (RESUMED sent). The
   * default covers a re-IDENTIFY, which discord.js delays by up to ~6.5 s, on a loaded machine. `shard`
   * limits it to that shard's session.
   */
  async waitForSession(timeoutMs = DEFAULT_TIMEOUT_MS, shard?: number): Promise<SessionKind> {
    const describe = () => `for the bot to identify or resume${shard === undefined ? '' : ` shard ${shard}`}`;
    const event = await this.#sessionEvents.wait((e) => shard === undefined || e.shard === shard, timeoutMs, describe, false);
    return event.kind;
  }

  /**
   * Sends INTERACTION_CREATE built from `partial` over realistic defaults for a guild channel, on the
   * session of the shard that owns its guild (shard 0 for one without a guild, such as a DM).
   */
  dispatchInteraction(partial: JsonObject & { type: InteractionType }, context: InteractionContext = {}): SentInteraction {
    const guildId = context.guildId ?? this.guilds[0]?.id ?? '0';
    const guild = this.guilds.find((g) => g.id === guildId);
    const channelId = context.channelId ?? guild?.channels[0]?.id ?? '0';
    const permissions = String(context.permissions ?? MEMBER_PERMISSIONS);
    const appPermissions = String(context.appPermissions ?? BOT_PERMISSIONS);
    const locale = context.locale ?? 'en-US';
    const payload: JsonObject = {
      id: this.#snowflake(),
      application_id: this.applicationId,
      token: `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`,
      version: 1,
      guild_id: guildId,
      guild: { id: guildId, locale: guild?.locale ?? 'en-US', features: [] },
      channel_id: channelId,
      channel: { ...this.#channelPayload(guildId, channelId), permissions },
      member: {
        user: {
          id: context.userId ?? this.defaultUser.id,
          username: context.username ?? this.defaultUser.username,
          discriminator: '0',
          global_name: null,
          avatar: null,
          public_flags: 0,
        },
        roles: [],
        permissions,
        ...memberDefaults(),
      },
      locale,
      guild_locale: guild?.locale ?? 'en-US',
      app_permissions: appPermissions,
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: InteractionContextType.Guild,
      attachment_size_limit: 10_485_760,
      ...partial,
    };
    const id = asString(payload.id);
    const token = asString(payload.token);
    const state: InteractionState = {
      id,
      token,
      type: partial.type,
      user: asObject(payload.member).user,
      channelId,
      acknowledged: false,
      originalId: null,
      componentMessageId: isObject(payload.message) ? asString(payload.message.id) : null,
      messageIds: new Set(),
    };
    this.#interactions.set(id, state);
    this.#interactionsByToken.set(token, state);
    const session = this.#sessionFor(typeof payload.guild_id === 'string' ? payload.guild_id : null);
    this.#dispatch(session, GatewayDispatchEvents.InteractionCreate, payload);
    const concerns = (req: RecordedRequest) => req.interactionId === id;
    return {
      id,
      token,
      payload,
      shard: session.shard[0],
      responses: () => this.requests.filter(concerns),
      callback: (timeoutMs) => this.waitFor((req) => concerns(req) && req.path.endsWith('/callback'), timeoutMs),
      waitForResponse: (match = () => true, timeoutMs) => this.waitFor((req) => concerns(req) && match(req), timeoutMs),
    };
  }

  /** A chat-input command; `name` may be `command sub` or `command group sub`. */
  slash(name: string, options: Record<string, OptionValue> = {}, context: InteractionContext = {}): SentInteraction {
    return this.dispatchInteraction(
      { type: InteractionType.ApplicationCommand, data: this.#commandData(name, options, context) },
      context,
    );
  }

  /** An autocomplete request; `focused` names the option in `options` the user is typing into. */
  autocomplete(
    name: string,
    options: Record<string, OptionValue>,
    focused: string,
    context: InteractionContext = {},
  ): SentInteraction {
    if (!(focused in options)) throw new Error(`Focused option "${focused}" is not among the options`);
    return this.dispatchInteraction(
      { type: InteractionType.ApplicationCommandAutocomplete, data: this.#commandData(name, options, context, focused) },
      context,
    );
  }

  /** A button click; without a known `messageId` a bot message carrying the button is made up. */
  button(customId: string, context: InteractionContext & { messageId?: string } = {}): SentInteraction {
    const channelId = context.channelId ?? this.guilds[0]?.channels[0]?.id ?? '0';
    const message =
      (context.messageId !== undefined ? this.#messages.get(context.messageId) : undefined) ??
      this.#storeMessage(
        this.#newMessage(channelId, {
          content: '',
          components: [
            {
              type: ComponentType.ActionRow,
              components: [{ type: ComponentType.Button, style: 1, label: customId, custom_id: customId }],
            },
          ],
        }),
        context.messageId,
      );
    return this.dispatchInteraction(
      {
        type: InteractionType.MessageComponent,
        data: { custom_id: customId, component_type: ComponentType.Button },
        message,
      },
      context,
    );
  }

  /** A modal submission with one text input per entry of `fields` (custom id -> value). */
  modalSubmit(customId: string, fields: Record<string, string>, context: InteractionContext = {}): SentInteraction {
    const components = Object.entries(fields).map(([fieldId, value]) => ({
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.TextInput, custom_id: fieldId, value }],
    }));
    return this.dispatchInteraction(
      { type: InteractionType.ModalSubmit, data: { custom_id: customId, components } },
      context,
    );
  }

  /**
   * A member posts `content` in a channel (or thread): MESSAGE_CREATE goes to every session with the
   * Guild Messages intent, its `content` (and embeds, attachments) empty unless the session has the Message
   * Content intent, as Discord does, except for the bot's own messages and those mentioning it.
   */
  postMessage(channelId: string, content: string, author: AuthorConfig = {}): JsonObject {
    if (!this.#findChannel(channelId)) throw new Error(`No channel ${channelId} in the emulated guilds`);
    const message = this.#storeMessage({ ...this.#newMessage(channelId, { content }), author: this.#author(author), ...(author.webhookId ? { webhook_id: author.webhookId } : {}) });
    this.#dispatchMessage(message);
    return message;
  }

  /**
   * A member opens a post in forum `forumId`: the thread (type 11, its starter message sharing its id) is
   * created, THREAD_CREATE (`newly_created: true`, with `applied_tags`) goes to every session with the
   * Guilds intent, then the starter message's MESSAGE_CREATE as `postMessage` sends it.
   */
  createForumPost(forumId: string, post: { title: string; content: string; author?: AuthorConfig; appliedTags?: string[] }): { thread: JsonObject; message: JsonObject } {
    const forum = this.#findChannel(forumId);
    if (!forum || !FORUM_TYPES.includes(Number(forum.type))) throw new Error(`Channel ${forumId} is not a forum of the emulated guilds`);
    const author = this.#author(post.author ?? {});
    const id = this.#snowflake();
    const thread = this.#newThread(id, forum, post.title, asString(author.id), post.appliedTags ?? []);
    this.#dispatchToGuild(asString(forum.guild_id), GatewayDispatchEvents.ThreadCreate, INTENT_GUILDS, () => ({ ...thread, newly_created: true }));
    const message = this.#storeMessage({ ...this.#newMessage(id, { content: post.content }), id, author, ...(post.author?.webhookId ? { webhook_id: post.author.webhookId } : {}) });
    this.#dispatchMessage(message);
    return { thread, message };
  }

  /** A member edits their message: MESSAGE_UPDATE, content gated by the Message Content intent like MESSAGE_CREATE. */
  editMessage(messageId: string, content: string): JsonObject {
    const message = this.#messages.get(messageId);
    if (!message) throw new Error(`No message ${messageId} to edit`);
    Object.assign(message, { content, edited_timestamp: new Date().toISOString() });
    this.#dispatchMessage(message, GatewayDispatchEvents.MessageUpdate);
    return message;
  }

  /**
   * Delivers a thread's THREAD_CREATE (`newly_created: true`) again, to the sessions open now: Discord's
   * delivery is at least once (a resumed session replays what it may already have seen), so a bot must
   * not act twice on one thread, across restarts too.
   */
  redeliverThreadCreate(threadId: string): void {
    const thread = this.#threads.get(threadId);
    if (!thread) throw new Error(`No thread ${threadId}`);
    this.#dispatchToGuild(asString(thread.guild_id), GatewayDispatchEvents.ThreadCreate, INTENT_GUILDS, () => ({ ...thread, newly_created: true }));
  }

  /** A thread as the emulator holds it now (its `applied_tags`, `message_count`), or undefined. */
  thread(threadId: string): JsonObject | undefined {
    return this.#threads.get(threadId);
  }

  /** A message as the emulator holds it now, or undefined. */
  message(messageId: string): JsonObject | undefined {
    return this.#messages.get(messageId);
  }

  /**
   * A message context-menu command (type 2 interaction, command type 3) used on `messageId`: `data.target_id`
   * names it and `data.resolved.messages` carries it whole, content included whatever the intents, as
   * Discord documents for context-menu commands.
   */
  messageCommand(name: string, messageId: string, context: InteractionContext = {}): SentInteraction {
    const message = this.#messages.get(messageId);
    if (!message) throw new Error(`No message ${messageId} to use "${name}" on`);
    const guildId = context.guildId ?? this.guilds[0]?.id ?? '0';
    const registered = this.#guildCommands.get(guildId)?.find((c) => c.name === name) ?? this.#globalCommands.find((c) => c.name === name);
    let id = registered ? asString(registered.id) : this.#adHocCommandIds.get(name);
    if (id === undefined) {
      id = this.#snowflake();
      this.#adHocCommandIds.set(name, id);
    }
    return this.dispatchInteraction(
      {
        type: InteractionType.ApplicationCommand,
        data: { id, name, type: ApplicationCommandType.Message, target_id: messageId, resolved: { messages: { [messageId]: message } } },
      },
      { channelId: asString(message.channel_id), ...context },
    );
  }

  #author(author: AuthorConfig): JsonObject {
    return {
      id: author.id ?? this.defaultUser.id,
      username: author.username ?? this.defaultUser.username,
      discriminator: '0',
      global_name: null,
      avatar: null,
      public_flags: 0,
      ...(author.bot || author.webhookId ? { bot: true } : {}),
    };
  }

  #newThread(id: string, parent: JsonObject, name: string, ownerId: string, appliedTags: string[]): JsonObject {
    const thread: JsonObject = {
      id,
      type: PUBLIC_THREAD,
      guild_id: parent.guild_id,
      parent_id: parent.id,
      owner_id: ownerId,
      name,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      flags: 0,
      applied_tags: appliedTags,
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false, create_timestamp: new Date().toISOString() },
    };
    this.#threads.set(id, thread);
    return thread;
  }

  /** POST /channels/:id/messages/:id/threads: the thread takes the message's id, as on Discord. */
  #startThread(message: JsonObject, data: JsonObject): Reply {
    const id = asString(message.id);
    if (this.#threads.has(id)) return apiError(400, RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage, 'A thread has already been created for this message');
    const name = asString(data.name);
    if (name.length < 1 || name.length > 100) return invalidFormBody([['name', 'Must be between 1 and 100 in length.']]);
    const parent = this.#findChannel(asString(message.channel_id))!;
    const thread = this.#newThread(id, parent, name, asString(this.botUser.id), []);
    message.thread = thread;
    this.#dispatchToGuild(asString(parent.guild_id), GatewayDispatchEvents.ThreadCreate, INTENT_GUILDS, () => ({ ...thread, newly_created: true }));
    return { status: 201, body: thread };
  }

  /** PATCH /channels/:thread: name, archived and applied_tags (at most 5, each one of the forum's tags). */
  #editThread(thread: JsonObject, data: JsonObject): Reply {
    if ('applied_tags' in data) {
      const tags = asArray(data.applied_tags).map(asString);
      const available = asArray(this.#findChannel(asString(thread.parent_id))?.available_tags).map((t) => asString(asObject(t).id));
      if (tags.length > 5 || tags.some((t) => !available.includes(t))) return invalidFormBody([['applied_tags', 'Invalid tags: at most 5 of the forum’s available tags.']]);
      thread.applied_tags = tags;
    }
    if (typeof data.name === 'string') thread.name = data.name;
    if (typeof data.archived === 'boolean') asObject(thread.thread_metadata).archived = data.archived;
    this.#dispatchToGuild(asString(thread.guild_id), GatewayDispatchEvents.ThreadUpdate, INTENT_GUILDS, () => ({ ...thread }));
    return { status: 200, body: thread };
  }

  /** MESSAGE_CREATE (or _UPDATE) of a guild message to every session with Guild Messages; content hidden without Message Content. */
  #dispatchMessage(message: JsonObject, t: GatewayDispatchEvents.MessageCreate | GatewayDispatchEvents.MessageUpdate = GatewayDispatchEvents.MessageCreate): void {
    const guildId = asString(this.#findChannel(asString(message.channel_id))?.guild_id);
    if (!guildId) return;
    const thread = this.#threads.get(asString(message.channel_id));
    if (thread && t === GatewayDispatchEvents.MessageCreate) thread.message_count = Number(thread.message_count) + 1;
    const own = asObject(message.author).id === this.botUser.id;
    const mentionsBot = asString(message.content).includes(`<@${asString(this.botUser.id)}>`);
    this.#dispatchToGuild(guildId, t, INTENT_GUILD_MESSAGES, (session) =>
      own || mentionsBot || (session.intents & INTENT_MESSAGE_CONTENT) !== 0
        ? { ...message, guild_id: guildId, member: { roles: [], ...memberDefaults() } }
        : { ...message, guild_id: guildId, member: { roles: [], ...memberDefaults() }, content: '', embeds: [], attachments: [], components: [] },
    );
  }

  /** A guild event to every open session of the guild's shard that has `intent` (the newest, and any other still connected). */
  #dispatchToGuild(guildId: string, t: string, intent: number, payload: (session: Session) => JsonObject): void {
    const owns = (session: Session) => shardOf(guildId, session.shard[1]) === session.shard[0] && (session.intents & intent) !== 0;
    const sessions = [...this.#sessions.values(), ...this.#otherSessions.filter((s) => s.socket?.readyState === WebSocket.OPEN)];
    for (const session of sessions) if (owns(session)) this.#dispatch(session, t, payload(session));
  }

  #commandData(name: string, options: Record<string, OptionValue>, context: InteractionContext, focused?: string) {
    const guildId = context.guildId ?? this.guilds[0]?.id ?? '0';
    const built = commandOptions(name, options, focused);
    const guildCommand = this.#guildCommands.get(guildId)?.find((c) => c.name === built.command);
    const registered = guildCommand ?? this.#globalCommands.find((c) => c.name === built.command);
    let id = registered ? asString(registered.id) : this.#adHocCommandIds.get(built.command);
    if (id === undefined) {
      id = this.#snowflake();
      this.#adHocCommandIds.set(built.command, id);
    }
    const data: JsonObject = {
      id,
      name: built.command,
      type: ApplicationCommandType.ChatInput,
      options: built.options,
      ...(guildCommand ? { guild_id: guildId } : {}),
    };
    if (built.channelIds.length > 0) {
      const channels = Object.fromEntries(
        built.channelIds.map((channelId) => [
          channelId,
          { ...this.#channelPayload(guildId, channelId), permissions: String(context.permissions ?? MEMBER_PERMISSIONS) },
        ]),
      );
      data.resolved = { channels };
    }
    return data;
  }

  #snowflake(): string {
    this.#increment = (this.#increment + 1n) & 0xfffn;
    return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | this.#increment).toString();
  }

  #channelPayload(guildId: string, channelId: string): JsonObject {
    const config = this.guilds.find((g) => g.id === guildId)?.channels.find((c) => c.id === channelId);
    return {
      id: channelId,
      type: config?.type ?? ChannelType.GuildText,
      guild_id: guildId,
      name: config?.name ?? `channel-${channelId}`,
      position: 0,
      permission_overwrites: [],
      parent_id: null,
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
      ...(FORUM_TYPES.includes(config?.type ?? -1)
        ? {
            available_tags: (config?.availableTags ?? []).map((t) => ({ id: t.id, name: t.name, moderated: false, emoji_id: null, emoji_name: null })),
            default_reaction_emoji: null,
            default_thread_rate_limit_per_user: 0,
            default_sort_order: null,
            default_forum_layout: 0,
          }
        : {}),
    };
  }

  #findChannel(channelId: string): JsonObject | null {
    const thread = this.#threads.get(channelId);
    if (thread) return thread;
    const guild = this.guilds.find((g) => g.channels.some((c) => c.id === channelId));
    return guild ? this.#channelPayload(guild.id, channelId) : null;
  }

  #guildPayload(guild: GuildConfig): JsonObject {
    return {
      id: guild.id,
      name: guild.name ?? `guild-${guild.id}`,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.defaultUser.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 1,
      explicit_content_filter: 0,
      roles: [
        {
          id: guild.id,
          name: '@everyone',
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: String(MEMBER_PERMISSIONS),
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: guild.locale ?? 'en-US',
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      max_members: 500_000,
      joined_at: new Date(Date.now() - 86_400_000).toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      // Real Discord always includes the bot's own member, which permission checks rely on.
      members: [
        {
          user: this.botUser,
          roles: [],
          ...memberDefaults(),
        },
      ],
      channels: guild.channels.map((c) => this.#channelPayload(guild.id, c.id)),
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---- gateway ----

  #onSocket(socket: WebSocket): void {
    this.#sockets.add(socket);
    // A protocol error on one connection must not crash the test run; ws closes the socket itself.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.#sockets.delete(socket);
      for (const session of this.#sessions.values()) {
        if (session.socket !== socket) continue;
        session.socket = null;
        this.#disconnects.push({ shard: session.shard[0] });
      }
    });
    socket.on('message', (raw) => this.#onFrame(socket, raw));
    this.#send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.#heartbeatIntervalMs } });
  }

  #onFrame(socket: WebSocket, raw: RawData): void {
    let frame: JsonObject;
    try {
      frame = asObject(JSON.parse(raw.toString()));
    } catch {
      socket.close(4002, 'Error while decoding payload.');
      return;
    }
    const { token, ...d } = asObject(frame.d);
    const op = Number(frame.op);
    this.#frames.push({ op, d: isObject(frame.d) ? d : frame.d, time: Date.now() });
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        if (this.#withheldAcks > 0) this.#withheldAcks -= 1;
        else this.#send(socket, { op: GatewayOpcodes.HeartbeatAck });
        break;
      case GatewayOpcodes.Identify: {
        const shard = shardFromIdentify(d);
        if (this.#token !== undefined && token !== this.#token) socket.close(4004, 'Authentication failed.');
        // Discord closes with 4010 Invalid shard when the pair makes no sense.
        else if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) socket.close(4010, 'Invalid shard.');
        else if (!this.#messageContentAllowed && (Number(d.intents ?? 0) & INTENT_MESSAGE_CONTENT) !== 0) socket.close(4014, 'Disallowed intent(s).');
        else this.#identify(socket, shard, Number(d.intents ?? 0));
        break;
      }
      case GatewayOpcodes.Resume:
        this.#resume(socket, asString(d.session_id), Number(d.seq));
        break;
      default:
        // Presence updates, member requests etc. are recorded but need no answer here.
        break;
    }
  }

  /** A new session for the shard, replacing any earlier one; only that shard's guilds are sent. */
  #identify(socket: WebSocket, shard: ShardInfo, intents: number): void {
    const session: Session = { id: randomBytes(16).toString('hex'), shard, seq: 0, events: [], socket, intents };
    const previous = this.#sessions.get(shard[0]);
    if (previous?.socket && previous.socket !== socket && previous.socket.readyState === WebSocket.OPEN) this.#otherSessions.push(previous);
    // Re-inserted, so the map stays in identify order and #sessionFor prefers the newest session.
    this.#sessions.delete(shard[0]);
    this.#sessions.set(shard[0], session);
    const guilds = this.guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    this.#dispatch(session, GatewayDispatchEvents.Ready, {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0, email: null },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      shard,
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      auth: {},
      application: { id: this.applicationId, flags: 0 },
    });
    for (const guild of guilds) this.#dispatch(session, GatewayDispatchEvents.GuildCreate, this.#guildPayload(guild));
    this.#sessionEvents.push({ kind: 'identify', shard: shard[0] });
  }

  /** RESUME names no shard: the session id alone says which shard's session to take over. */
  #resume(socket: WebSocket, sessionId: string, seq: number): void {
    const session = [...this.#sessions.values()].find((s) => s.id === sessionId);
    if (!session) {
      this.#send(socket, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    session.socket = socket;
    for (const event of session.events) if (Number(event.s) > seq) this.#send(socket, event);
    this.#dispatch(session, GatewayDispatchEvents.Resumed, null);
    this.#sessionEvents.push({ kind: 'resume', shard: session.shard[0] });
  }

  /**
   * The session of the shard that owns `guildId` under its shard count; shard 0 for no guild. The
   * newest wins, so sessions left over from a run with another shard count do not get the event.
   */
  #sessionFor(guildId: string | null): Session {
    const session = [...this.#sessions.values()].reverse().find((s) =>
      guildId === null ? s.shard[0] === 0 : shardOf(guildId, s.shard[1]) === s.shard[0],
    );
    if (!session) {
      const which = guildId === null ? 'shard 0' : `the shard of guild ${guildId}`;
      throw new Error(`The bot has no gateway session on ${which}; wait for it to log in first`);
    }
    return session;
  }

  /** Dispatches while disconnected are kept in the session and replayed on RESUME, as Discord does. */
  #dispatch(session: Session, t: string, d: unknown): void {
    const event = { op: GatewayOpcodes.Dispatch, t, s: ++session.seq, d };
    session.events.push(event);
    if (session.socket) this.#send(session.socket, event);
  }

  #send(socket: WebSocket, payload: JsonObject): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
  }

  // ---- REST ----

  async #onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const time = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = decodePath(url.pathname).replace(/^\/api(\/v\d+)?(?=\/)/, '');
    const { authorization, ...headers } = Object.fromEntries(
      Object.entries(req.headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
    );
    let body: unknown;
    let files: RecordedFile[] = [];
    let reply: Reply;
    let injected = false;
    let route: Route | undefined;
    try {
      ({ body, files } = await readBody(req));
      const failure = this.#failures.find(
        (f) => (f.matcher.method ?? method).toUpperCase() === method && f.matcher.path.test(path),
      );
      route = this.#routes.find((r) => r.method === method && r.pattern.test(path));
      if (failure) {
        injected = true;
        if (--failure.remaining === 0) this.#failures.splice(this.#failures.indexOf(failure), 1);
        reply = { status: failure.status, body: failure.body };
      } else if (!route) {
        reply = apiError(404, 0, '404: Not Found');
      } else if (route.auth && (!authorization || (this.#token !== undefined && authorization !== `Bot ${this.#token}`))) {
        reply = apiError(401, 0, '401: Unauthorized');
      } else {
        const params = (route.pattern.exec(path) ?? []).slice(1).map((p) => p ?? '');
        reply = route.handle(params, { query: url.searchParams, body });
      }
    } catch (error) {
      reply = apiError(500, 0, `Emulator error: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.#requests.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      files,
      headers,
      authorized: authorization !== undefined,
      status: reply.status,
      injected,
      unknownRoute: !route,
      interactionId: this.#interactionIdFor(path),
      time,
    });
    if (reply.body === undefined) {
      res.writeHead(reply.status).end();
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    }
  }

  #interactionIdFor(path: string): string | null {
    const byId = /^\/interactions\/(\d+)\//.exec(path)?.[1];
    if (byId !== undefined) return this.#interactions.has(byId) ? byId : null;
    const token = /^\/webhooks\/\d+\/([^/]+)/.exec(path)?.[1];
    return token === undefined ? null : (this.#interactionsByToken.get(token)?.id ?? null);
  }

  #buildRoutes(): Route[] {
    const route = (method: string, pattern: RegExp, auth: boolean, handle: Handler): Route => ({
      method,
      pattern,
      auth,
      handle,
    });
    const ok = (body: unknown): Reply => ({ status: 200, body });
    const noContent: Reply = { status: 204 };
    const webhookMessage = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/;
    return [
      route('GET', /^\/gateway$/, false, () => ok({ url: this.gatewayUrl })),
      route('GET', /^\/gateway\/bot$/, true, () =>
        ok({
          url: this.gatewayUrl,
          shards: this.#recommendedShards,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: this.#maxConcurrency },
        }),
      ),
      route('GET', /^\/users\/@me$/, true, () => ok(this.botUser)),
      route('GET', /^\/applications\/@me$/, true, () =>
        ok({
          id: this.applicationId,
          name: asString(this.botUser.username),
          icon: null,
          description: '',
          bot_public: false,
          bot_require_code_grant: false,
          flags: 0,
          verify_key: randomBytes(32).toString('hex'),
          owner: { id: this.defaultUser.id, username: this.defaultUser.username, discriminator: '0', avatar: null },
          team: null,
          bot: this.botUser,
        }),
      ),
      route('POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, false, ([id = '', token = ''], req) =>
        this.#interactionCallback(id, token, req),
      ),
      route('POST', /^\/webhooks\/(\d+)\/([^/]+)$/, false, ([appId = '', token = ''], req) =>
        this.#followUp(appId, token, req),
      ),
      route('GET', webhookMessage, false, ([appId = '', token = '', messageId = '']) =>
        this.#withWebhookMessage(appId, token, messageId, (message) => ok(message)),
      ),
      route('PATCH', webhookMessage, false, ([appId = '', token = '', messageId = ''], req) =>
        this.#withWebhookMessage(appId, token, messageId, (message) => this.#editMessage(message, asObject(req.body))),
      ),
      route('DELETE', webhookMessage, false, ([appId = '', token = '', messageId = '']) =>
        this.#withWebhookMessage(appId, token, messageId, (message) => {
          this.#messages.delete(asString(message.id));
          return noContent;
        }),
      ),
      route('GET', /^\/channels\/(\d+)$/, true, ([channelId = '']) => {
        const channel = this.#findChannel(channelId);
        return channel ? ok(channel) : apiError(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel');
      }),
      route('POST', /^\/channels\/(\d+)\/messages$/, true, ([channelId = ''], req) => {
        if (!this.#findChannel(channelId)) return apiError(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel');
        const data = asObject(req.body);
        const invalid = validateMessage(data, true);
        if (invalid) return invalid;
        // Like Discord: with enforce_nonce, a nonce seen moments ago returns the first message, unposted again.
        const nonce = data.enforce_nonce === true && typeof data.nonce === 'string' ? `${channelId}:${data.nonce}` : null;
        const earlier = nonce ? this.#nonces.get(nonce) : undefined;
        if (earlier) return ok(earlier);
        const message = this.#storeMessage(this.#newMessage(channelId, data));
        if (nonce) this.#nonces.set(nonce, message);
        this.#dispatchMessage(message);
        return ok(message);
      }),
      route('POST', /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/, true, ([channelId = '', messageId = ''], req) =>
        this.#withChannelMessage(channelId, messageId, (message) => this.#startThread(message, asObject(req.body))),
      ),
      route('PATCH', /^\/channels\/(\d+)$/, true, ([channelId = ''], req) => {
        const thread = this.#threads.get(channelId);
        if (!thread) return this.#findChannel(channelId) ? apiError(403, RESTJSONErrorCodes.MissingPermissions, 'Missing Permissions') : apiError(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel');
        return this.#editThread(thread, asObject(req.body));
      }),
      route('GET', /^\/channels\/(\d+)\/messages\/(\d+)$/, true, ([channelId = '', messageId = '']) =>
        this.#withChannelMessage(channelId, messageId, (message) => ok(message)),
      ),
      route('PATCH', /^\/channels\/(\d+)\/messages\/(\d+)$/, true, ([channelId = '', messageId = ''], req) =>
        this.#withChannelMessage(channelId, messageId, (message) => this.#editMessage(message, asObject(req.body))),
      ),
      route('GET', /^\/applications\/(\d+)\/commands$/, true, ([appId = '']) =>
        appId === this.applicationId ? ok(this.#globalCommands) : this.#unknownApplication(),
      ),
      route('PUT', /^\/applications\/(\d+)\/commands$/, true, ([appId = ''], req) =>
        appId === this.applicationId ? ok(this.#overwriteCommands(this.#globalCommands, req.body, null)) : this.#unknownApplication(),
      ),
      route('GET', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, true, ([appId = '', guildId = '']) =>
        this.#withGuildCommands(appId, guildId, (commands) => ok(commands)),
      ),
      route('PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, true, ([appId = '', guildId = ''], req) =>
        this.#withGuildCommands(appId, guildId, (commands) => ok(this.#overwriteCommands(commands, req.body, guildId))),
      ),
    ];
  }

  #unknownApplication(): Reply {
    return apiError(404, RESTJSONErrorCodes.UnknownApplication, 'Unknown Application');
  }

  #interactionCallback(id: string, token: string, req: ParsedRequest): Reply {
    const state = this.#interactions.get(id);
    if (!state || state.token !== token) {
      return apiError(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction');
    }
    if (state.acknowledged) {
      return apiError(
        400,
        RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
        'Interaction has already been acknowledged.',
      );
    }
    const body = asObject(req.body);
    const type = Number(body.type);
    const data = asObject(body.data);
    const isAutocomplete = state.type === InteractionType.ApplicationCommandAutocomplete;
    if (isAutocomplete !== (type === InteractionResponseType.ApplicationCommandAutocompleteResult)) {
      return apiError(400, RESTJSONErrorCodes.InvalidFormBodyOrContentType, 'Interaction response type is invalid');
    }
    let message: JsonObject | undefined;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const invalid = validateMessage(data, true);
        if (invalid) return invalid;
        message = this.#interactionMessage(state, data);
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource:
        message = this.#interactionMessage(state, {
          content: '',
          flags: Number(data.flags ?? 0) | MessageFlags.Loading,
        });
        break;
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        const target = state.componentMessageId === null ? undefined : this.#messages.get(state.componentMessageId);
        if (!target) return apiError(400, RESTJSONErrorCodes.InvalidFormBodyOrContentType, 'Interaction has no message to update');
        if (type === InteractionResponseType.UpdateMessage) {
          const edited = this.#editMessage(target, data);
          if (edited.status !== 200) return edited;
        }
        state.originalId = asString(target.id);
        message = target;
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const invalid = validateChoices(data);
        if (invalid) return invalid;
        break;
      }
      default:
        break;
    }
    state.acknowledged = true;
    if (req.query.get('with_response') !== 'true') return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id,
          type: state.type,
          activity_instance_id: null,
          response_message_id: message ? message.id : null,
          response_message_loading: message ? (Number(message.flags) & MessageFlags.Loading) !== 0 : null,
          response_message_ephemeral: message ? (Number(message.flags) & MessageFlags.Ephemeral) !== 0 : null,
        },
        resource: message ? { type, message } : { type },
      },
    };
  }

  #followUp(appId: string, token: string, req: ParsedRequest): Reply {
    const state = this.#interactionsByToken.get(token);
    // Discord only accepts follow-ups once the interaction has been acknowledged.
    if (appId !== this.applicationId || !state?.acknowledged) {
      return apiError(404, RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook');
    }
    const data = asObject(req.body);
    const invalid = validateMessage(data, true);
    if (invalid) return invalid;
    const message = this.#storeMessage(this.#newMessage(state.channelId, data, state));
    state.messageIds.add(asString(message.id));
    return req.query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
  }

  #withWebhookMessage(appId: string, token: string, messageId: string, act: (message: JsonObject) => Reply): Reply {
    const state = this.#interactionsByToken.get(token);
    if (appId !== this.applicationId || !state) return apiError(404, RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook');
    const id = messageId === '@original' ? state.originalId : messageId;
    const owned = id !== null && (id === state.originalId || state.messageIds.has(id));
    const message = owned ? this.#messages.get(id) : undefined;
    return message ? act(message) : apiError(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
  }

  #withChannelMessage(channelId: string, messageId: string, act: (message: JsonObject) => Reply): Reply {
    if (!this.#findChannel(channelId)) return apiError(404, RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel');
    const message = this.#messages.get(messageId);
    return message?.channel_id === channelId ? act(message) : apiError(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
  }

  #withGuildCommands(appId: string, guildId: string, act: (commands: JsonObject[]) => Reply): Reply {
    if (appId !== this.applicationId) return this.#unknownApplication();
    if (!this.guilds.some((g) => g.id === guildId)) return apiError(403, RESTJSONErrorCodes.MissingAccess, 'Missing Access');
    let commands = this.#guildCommands.get(guildId);
    if (!commands) this.#guildCommands.set(guildId, (commands = []));
    return act(commands);
  }

  /** Bulk overwrite keeps ids of commands that survive by name, as Discord does. */
  #overwriteCommands(store: JsonObject[], body: unknown, guildId: string | null): JsonObject[] {
    const next = asArray(body).map((raw) => {
      const command = asObject(raw);
      const type = Number(command.type ?? ApplicationCommandType.ChatInput);
      const existing = store.find((c) => c.name === command.name && c.type === type);
      return {
        default_member_permissions: null,
        nsfw: false,
        contexts: null,
        integration_types: [0],
        description: '',
        options: [],
        ...command,
        id: existing ? existing.id : this.#snowflake(),
        application_id: this.applicationId,
        type,
        version: this.#snowflake(),
        ...(guildId ? { guild_id: guildId } : {}),
      };
    });
    store.splice(0, store.length, ...next);
    return store;
  }

  #interactionMessage(state: InteractionState, data: JsonObject): JsonObject {
    const message = this.#storeMessage(this.#newMessage(state.channelId, data, state));
    state.originalId = asString(message.id);
    return message;
  }

  #newMessage(channelId: string, data: JsonObject, interaction?: InteractionState): JsonObject {
    const content = asString(data.content);
    return {
      id: this.#snowflake(),
      type: interaction?.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
      channel_id: channelId,
      author: this.botUser,
      content,
      embeds: asArray(data.embeds),
      components: asArray(data.components),
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: mentionsEveryone(content, data.allowed_mentions),
      pinned: false,
      tts: data.tts === true,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: Number(data.flags ?? 0),
      ...(isObject(data.message_reference)
        ? {
            type: MessageType.Reply,
            message_reference: { type: 0, message_id: asString(data.message_reference.message_id), channel_id: channelId, guild_id: asString(this.#findChannel(channelId)?.guild_id) },
          }
        : {}),
      ...(interaction
        ? {
            webhook_id: this.applicationId,
            application_id: this.applicationId,
            interaction_metadata: {
              id: interaction.id,
              type: interaction.type,
              user: interaction.user,
              authorizing_integration_owners: {},
            },
          }
        : {}),
    };
  }

  #storeMessage(message: JsonObject, id?: string): JsonObject {
    if (id !== undefined) message.id = id;
    this.#messages.set(asString(message.id), message);
    return message;
  }

  /** PATCH semantics: only fields present change; editing a deferred reply clears its loading flag. */
  #editMessage(message: JsonObject, data: JsonObject): Reply {
    const invalid = validateMessage(data, false);
    if (invalid) return invalid;
    for (const key of ['content', 'embeds', 'components'] as const) {
      if (key in data) message[key] = data[key] ?? (key === 'content' ? '' : []);
    }
    message.flags = Number(message.flags) & ~MessageFlags.Loading;
    message.mention_everyone = mentionsEveryone(asString(message.content), data.allowed_mentions);
    message.edited_timestamp = new Date().toISOString();
    return { status: 200, body: message };
  }
}

/** The `[id, count]` an IDENTIFY's `d` asks for; Discord takes a missing `shard` as `[0, 1]`. */
function shardFromIdentify(d: unknown): ShardInfo {
  const shard = asArray(asObject(d).shard);
  return shard.length === 2 ? [Number(shard[0]), Number(shard[1])] : [0, 1];
}

/** discord.js percent-encodes `@original`; a malformed escape is recorded raw rather than crashing. */
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** JSON bodies as-is; multipart bodies (file uploads) via their `payload_json` part. */
async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: RecordedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: undefined, files: [] };
  const contentType = req.headers['content-type'] ?? '';
  if (!contentType.startsWith('multipart/form-data')) {
    return { body: contentType.includes('json') ? JSON.parse(raw.toString('utf8')) : raw.toString('utf8'), files: [] };
  }
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const files: RecordedFile[] = [];
  let body: unknown;
  for (const [field, value] of form) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
    } else {
      files.push({ field, name: value.name, size: value.size });
    }
  }
  return { body, files };
}
