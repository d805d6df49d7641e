/**
 * `npm run playground`: the bot, exactly as `npm run start:http` runs it, behind a local stand-in for
 * Discord, and a web page that looks and behaves like the channel. The page's actions become signed
 * interactions to the bot's real interactions endpoint; what the bot sends back (first responses, deferred
 * replies, follow-ups, channel posts) is pushed to the page as rendered HTML over server-sent events.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../app.js';
import { loadCatalog, type Catalog } from '../catalog.js';
import { ConfigError, loadConfig, settingError } from '../config.js';
import { commands } from '../discord/commands/index.js';
import { payloadHandler } from '../discord/dispatch.js';
import { askerLocales } from '../discord/answering.js';
import { createInteractionsServer } from '../discord/http-endpoint.js';
import { articleFromKey, articleKey } from '../discord/keys.js';
import { ASK_ARTICLE, ASK_ARTICLE_FIELD } from '../discord/messages.js';
import { createRest } from '../discord/rest.js';
import { cannotListen } from '../listen.js';
import { createLogger, describeError, type Logger } from '../log.js';
import { serialized } from '../serial.js';
import { watchContent } from '../watch.js';
import type { Article } from '../content/types.js';
import { explain } from './debug.js';
import { CHANNEL, DiscordStandIn, GUILD, leafOptions, readJson, SUBCOMMAND, type Action, type CommandOption } from './discord.js';
import { debugHtml, messageHtml, modalHtml, noticeHtml, pageHtml, panelHtml, type BoxCommand, type BoxOption, type LastAnswer } from './render.js';

/**
 * Settings a member of the team may pass to the playground's bot; the rest (token, keys, API URL, store) are
 * the playground's own. The feed settings shape what `/feeds add` reads and posts there (a feed served on
 * 127.0.0.1 needs FEED_ALLOW_PRIVATE); FEED_URLS is left out, so a start never polls the operator's feeds.
 */
const BOT_SETTINGS = [
  'CONTENT_DIR', 'LOG_LEVEL', 'NODE_ENV', 'COOLDOWN_QUESTIONS', 'COOLDOWN_SECONDS', 'LOG_PRIVATE_QUESTIONS', 'FEEDBACK_RETENTION_DAYS',
  'FEED_ALLOW_PRIVATE', 'FEED_POLL_SECONDS', 'SUMMARY_BACKFILL', 'SUMMARY_UPDATE',
] as const;
/** Discord's option types the message box converts typed text to. */
const OPTION = { string: 3, integer: 4, boolean: 5, channel: 7, number: 10 } as const;

export interface PlaygroundOptions {
  /** The page's port on 127.0.0.1 (PLAYGROUND_PORT, default 3000); 0 picks a free one. */
  port: number;
  /** Where CONTENT_DIR and the other BOT_SETTINGS are read from; LOG_LEVEL defaults to warn here. */
  env: NodeJS.ProcessEnv;
}

export interface Playground {
  /** The page, e.g. http://127.0.0.1:3000/ */
  url: string;
  standIn: DiscordStandIn;
  app: App;
  /** The bot's logger, which the playground logs to as well. */
  log: Logger;
  close(): Promise<void>;
}

/** The bot's commands as the message box knows them: what deploy-commands registers, trimmed. */
export function boxCommands(): BoxCommand[] {
  type Registered = { name: string; description: string; type: number; required?: boolean; autocomplete?: boolean; options?: Registered[] };
  const boxOption = (o: Registered): BoxOption => ({ name: o.name, description: o.description, type: o.type, required: o.required ?? false, autocomplete: o.autocomplete ?? false });
  return [...commands.values()].map((c) => {
    const json = c.toJSON();
    // Message commands ("Answer from FAQ") have neither a description nor options.
    const options = ('options' in json ? (json.options ?? []) : []) as Registered[];
    const subcommands = options.filter((o) => o.type === SUBCOMMAND);
    return {
      name: json.name,
      type: json.type ?? 1,
      description: 'description' in json ? (json.description ?? '') : '',
      options: options.filter((o) => o.type !== SUBCOMMAND).map(boxOption),
      subcommands: subcommands.map((sub) => ({ name: sub.name, description: sub.description, options: (sub.options ?? []).map(boxOption) })),
    };
  });
}

/** PLAYGROUND_PORT: the page's port, 3000 when unset; anything but a port number is a `ConfigError`. */
export function playgroundPort(env: NodeJS.ProcessEnv): number {
  const value = env.PLAYGROUND_PORT?.trim() || '3000';
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw settingError('PLAYGROUND_PORT', 'PLAYGROUND_PORT must be a port number, 0 to 65535', value, '3000');
  return Number(value);
}

/** A refusal the page shows under the message box, as Discord's client refuses a command it cannot send. */
class BadRequest extends Error {}

/**
 * Typed text to option values, by the command's declared option types; unknown and missing options are
 * refused. A command of subcommands needs `subcommand` (`add` of `/feeds add`), whose options `typed`
 * then holds; the result is that subcommand holding its options, as Discord sends it.
 */
export function commandOptions(command: BoxCommand, typed: Record<string, unknown>, { partial = false, subcommand = '' } = {}): CommandOption[] {
  if (!command.subcommands.length) {
    if (subcommand) throw new BadRequest(`/${command.name} has no subcommands.`);
    return optionValues(`/${command.name}`, command.options, typed, partial);
  }
  const names = command.subcommands.map((s) => s.name);
  const sub = command.subcommands.find((s) => s.name === subcommand);
  if (!sub) {
    const which = `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
    throw new BadRequest(subcommand ? `/${command.name} has no subcommand “${subcommand}”: use ${which}.` : `/${command.name} needs a subcommand: ${which}.`);
  }
  return [{ name: sub.name, type: SUBCOMMAND, options: optionValues(`/${command.name} ${sub.name}`, sub.options, typed, partial) }];
}

/** The values of `typed` for the options `specs` of the command or subcommand `label` (see `commandOptions`). */
function optionValues(label: string, specs: BoxOption[], typed: Record<string, unknown>, partial: boolean): CommandOption[] {
  const options: CommandOption[] = [];
  for (const [name, raw] of Object.entries(typed)) {
    const spec = specs.find((o) => o.name === name);
    if (!spec) throw new BadRequest(`${label} has no option “${name}”.`);
    const text = String(raw ?? '').trim();
    if (!text) continue;
    let value: string | number | boolean = text;
    if (spec.type === OPTION.boolean) {
      if (!/^(true|false|yes|no)$/i.test(text)) throw new BadRequest(`${name} must be true or false.`);
      value = /^(true|yes)$/i.test(text);
    } else if (spec.type === OPTION.integer || spec.type === OPTION.number) {
      value = Number(text);
      if (!Number.isFinite(value) || (spec.type === OPTION.integer && !Number.isInteger(value))) throw new BadRequest(`${name} must be a number.`);
    } else if (spec.type === OPTION.channel) {
      // The playground has one channel: whatever was typed (#faq) names it.
      value = CHANNEL.id;
    }
    options.push({ name, type: spec.type, value });
  }
  const missing = partial ? [] : specs.filter((o) => o.required && !options.some((v) => v.name === o.name));
  if (missing.length) throw new BadRequest(`${label} needs ${missing.map((o) => o.name).join(' and ')}.`);
  return options;
}

/** The page's request body: small JSON, else a `BadRequest`. */
const readBody = (req: IncomingMessage) =>
  readJson(req, 64 * 1024).catch(() => {
    throw new BadRequest('The request is not JSON, or too large.');
  });

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const STATIC: Record<string, string> = { '/app.js': 'text/javascript; charset=utf-8', '/style.css': 'text/css; charset=utf-8' };

/** Starts the bot, the stand-in and the page; rejects with a `ConfigError` for a bad setting, closing what it opened. */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const settings = Object.fromEntries(BOT_SETTINGS.flatMap((name) => (options.env[name]?.trim() ? [[name, options.env[name]]] : [])));
  // The stand-in never checks the token: a placeholder, so the bot's REST client has something to send.
  const base = loadConfig({ LOG_LEVEL: 'warn', ...settings, DISCORD_TOKEN: 'playground-no-token' }, { dotenv: false });
  const log = createLogger(base.LOG_LEVEL, base.NODE_ENV);
  const standIn = new DiscordStandIn(log);
  const apiUrl = await standIn.listen();
  // A fresh store per run: votes and questions asked in the playground never reach a real one.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'faq-bot-playground-'));
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  // Also at exit: a shutdown that outlasts its grace period (lifecycle.ts) exits without closing.
  process.once('exit', removeDataDir);
  const cleanups: (() => Promise<unknown> | void)[] = [
    () => standIn.close(),
    () => {
      process.off('exit', removeDataDir);
      removeDataDir();
    },
  ];
  let closing: Promise<void> | null = null;
  // Last opened, first closed (the store before its directory is removed); closing twice closes once.
  const closeAll = () => (closing ??= (async () => {
    for (const cleanup of [...cleanups].reverse()) await Promise.resolve(cleanup()).catch((err: unknown) => log.warn({ err: describeError(err) }, 'playground: error while closing'));
  })());
  try {
    // No index snapshot: the store is new each run, so it would be written and never read.
    const config = { ...base, DISCORD_PUBLIC_KEY: standIn.publicKeyHex, DISCORD_API_URL: apiUrl, DATA_DIR: dataDir, INDEX_SNAPSHOT: 'off' as const };
    const rest = createRest(config.DISCORD_TOKEN, apiUrl);
    const app = await createApp(config, log, rest);
    cleanups.push(() => app.stop());
    const bot = createInteractionsServer({ publicKey: standIn.publicKeyHex, log, handle: payloadHandler(rest, app.context) });
    await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => (bot.close(resolve), bot.closeAllConnections())));
    standIn.endpoint = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/`;
    app.start();

    const page = new PageServer(standIn, app, config.CONTENT_DIR, log);
    await page.loadPanel();
    const watcher = await watchContent(config.CONTENT_DIR, log, () => void page.reloadPanel());
    cleanups.push(() => watcher.close());
    const url = await page.listen(options.port).catch((err: NodeJS.ErrnoException) => {
      if (err.code) throw new ConfigError(cannotListen(err, { host: '127.0.0.1', port: options.port, hostSetting: null, portSetting: 'PLAYGROUND_PORT' }));
      throw err;
    });
    cleanups.push(() => page.close());
    return { url, standIn, app, log, close: closeAll };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

/** The page and its API: turns what the member does into actions for the stand-in, and pushes the channel to every open page. */
class PageServer {
  private readonly server: Server;
  private readonly streams = new Set<ServerResponse>();
  private readonly commands = boxCommands();
  // Resolved from the project root, so the compiled module (dist/playground/) finds them in src/ too: tsc copies no assets.
  private readonly assets = new Map(Object.keys(STATIC).map((file) => [file, readFileSync(new URL(`../../src/playground/public${file}`, import.meta.url))]));
  private catalog: (Catalog & { kept: Article[] }) | null = null;
  private last: LastAnswer | null = null;
  private port = 0;
  /** Rebuilds the panel from the files, one reload at a time; an error keeps the previous panel. */
  readonly reloadPanel = serialized(async () => {
    try {
      await this.loadPanel();
      this.broadcast('panel', this.panel());
    } catch (err) {
      this.log.warn({ err: describeError(err) }, 'playground: could not reload the content panel');
    }
  });

  constructor(
    private readonly standIn: DiscordStandIn,
    private readonly app: App,
    private readonly contentDir: string,
    private readonly log: Logger,
  ) {
    this.server = createServer((req, res) => void this.handle(req, res));
    standIn.onMessage((message) => this.broadcast('message', { id: message.id, html: messageHtml(message) }));
  }

  async loadPanel(): Promise<void> {
    this.catalog = await loadCatalog(this.contentDir, this.catalog?.index.articles ?? []);
  }

  listen(port: number): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve(`http://127.0.0.1:${this.port}/`);
      });
    });
  }

  async close(): Promise<void> {
    for (const stream of this.streams) stream.end();
    await new Promise((resolve) => {
      this.server.close(resolve);
      this.server.closeAllConnections();
    });
  }

  private panel(): string {
    const catalog = this.catalog!;
    return panelHtml({ dir: this.contentDir, articles: catalog.index.articles, issues: catalog.issues, kept: catalog.kept, loadedAt: catalog.index.loadedAt, keyOf: (a) => articleKey(a.id) });
  }

  private channelHtml(): string {
    return [...this.standIn.messages.values()].map(messageHtml).join('');
  }

  private broadcast(event: string, data: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const stream of this.streams) stream.write(frame);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Only this page may drive the bot: another site open in the browser, or a DNS name rebound to
    // 127.0.0.1, is refused.
    const origins = [`http://127.0.0.1:${this.port}`, `http://localhost:${this.port}`];
    if (!origins.includes(`http://${req.headers.host ?? ''}`) || (req.headers.origin && !origins.includes(req.headers.origin))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (req.method === 'GET') return this.get(url.pathname, res);
      if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
        const result = await this.post(url.pathname.slice('/api/'.length), await readBody(req));
        return this.json(res, 200, result);
      }
      res.writeHead(404).end();
    } catch (err) {
      if (err instanceof BadRequest) return this.json(res, 400, { error: err.message });
      this.log.error({ err: describeError(err) }, 'playground: request failed');
      this.json(res, 500, { error: 'The playground failed; see its log.' });
    }
  }

  private get(pathname: string, res: ServerResponse): void {
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (pathname === '/') {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" });
      res.end(pageHtml(this.commands));
      return;
    }
    const asset = this.assets.get(pathname);
    if (asset) {
      res.writeHead(200, { ...headers, 'content-type': STATIC[pathname]! });
      res.end(asset);
      return;
    }
    if (pathname === '/events') {
      res.writeHead(200, { ...headers, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      // Everything on (re)connect: a page that missed events while disconnected is whole again.
      res.write(`event: reset\ndata: ${JSON.stringify({ messages: this.channelHtml(), panel: this.panel(), debug: debugHtml(this.last) })}\n\n`);
      this.streams.add(res);
      res.on('close', () => this.streams.delete(res));
      return;
    }
    res.writeHead(404).end();
  }

  private command(name: string, type = 1) {
    const command = this.commands.find((c) => c.name === name && c.type === type);
    if (!command) throw new BadRequest(`The bot has no command ${type === 1 ? '/' : ''}${name}.`);
    return command;
  }

  /** One page action: sends it to the bot, and tells the page what to show (choices, a form, an error). */
  private async post(route: string, body: Record<string, unknown>): Promise<unknown> {
    const locale = str(body.locale) || 'en-US';
    let action: Action;
    switch (route) {
      case 'say': {
        const content = str(body.content).trim();
        if (!content) throw new BadRequest('Type a message first.');
        this.standIn.say(content);
        return { ok: true };
      }
      case 'command': {
        const command = this.command(str(body.name));
        const options = commandOptions(command, (body.options ?? {}) as Record<string, unknown>, { subcommand: str(body.subcommand) });
        action = { kind: 'command', name: command.name, options, locale };
        this.remember(action);
        break;
      }
      case 'autocomplete': {
        const command = this.command(str(body.name));
        const options = commandOptions(command, (body.options ?? {}) as Record<string, unknown>, { partial: true, subcommand: str(body.subcommand) });
        const focused = str(body.focused);
        // Discord sends the focused option even while it is still empty.
        const leaves = leafOptions(options);
        if (!leaves.some((o) => o.name === focused)) leaves.push({ name: focused, type: OPTION.string, value: '' });
        action = { kind: 'autocomplete', name: command.name, options, focused, locale };
        break;
      }
      case 'button':
        action = { kind: 'button', messageId: str(body.messageId), customId: str(body.customId), locale };
        break;
      case 'modal':
        action = { kind: 'modal', customId: str(body.customId), messageId: str(body.messageId) || null, fields: (body.fields ?? {}) as Record<string, string>, locale };
        this.remember(action);
        break;
      case 'message-command':
        action = { kind: 'message-command', name: this.command(str(body.name), 3).name, messageId: str(body.messageId), locale };
        break;
      default:
        throw new BadRequest(`Unknown action ${route}.`);
    }
    const outcome = await this.standIn.interact(action);
    if (outcome.lateMs) {
      const seconds = (outcome.lateMs / 1000).toFixed(1);
      this.broadcast('notice', { html: noticeHtml(`The bot took ${seconds} s to respond: in Discord, members would have seen “The application did not respond”.`) });
    }
    switch (outcome.kind) {
      case 'message':
        return { ok: true, messageId: outcome.message.id };
      case 'choices':
        return { choices: outcome.choices };
      case 'modal':
        return { modal: modalHtml(outcome.modal, outcome.messageId) };
      case 'failed':
        this.broadcast('notice', { html: noticeHtml(outcome.reason) });
        return { error: outcome.reason };
    }
  }

  /** Keeps, for the debug panel, why the bot will answer a question the way it does (questions only). */
  private remember(action: Action): void {
    const index = this.app.context.index();
    const option = (name: string) => (action.kind === 'command' ? action.options.find((o) => o.name === name)?.value : undefined);
    // The options the bot's handlers give answer(): the debug panel must explain the answer the member saw.
    const asker = askerLocales({ locale: action.locale, guildLocale: GUILD.locale });
    if (action.kind === 'command' && action.name === 'ask') this.last = explain(index, String(option('question') ?? ''), asker);
    else if (action.kind === 'command' && action.name === 'faq') {
      this.last = explain(index, String(option('question') ?? ''), { ...asker, mayBeKey: true });
    } else if (action.kind === 'modal' && action.customId.startsWith(ASK_ARTICLE)) {
      const article = articleFromKey(index, action.customId.slice(ASK_ARTICLE.length));
      this.last = explain(index, action.fields[ASK_ARTICLE_FIELD] ?? '', { ...asker, ...(article ? { article: article.id } : {}) });
    } else return;
    this.broadcast('debug', { html: debugHtml(this.last) });
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(text);
  }
}
