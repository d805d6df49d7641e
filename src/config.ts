import { isIP } from 'node:net';
import { z } from 'zod';
import { contentLimits } from './content/limits.js';
import { isPrivateHost } from './feeds/fetch.js';
import { answerThreshold, DEFAULT_CONTENT_DIR, DEFAULT_DATA_DIR, INDEX_SNAPSHOT_RULE, readDotenv, SettingError, settingSentence } from './env.js';

// Each rule below is the first half of the sentence an operator sees: `NAME must be …`, with any hint in
// parentheses. `loadConfig` completes it with the default, the value found and where to fix it.

const snowflake = (name: string) =>
  z.string().trim().regex(/^\d{17,20}$/, `${name} must be a Discord id of 17 to 20 digits (copy it from the Discord developer portal with Developer Mode on)`);

const positiveInt = (name: string, fallback: number) => {
  const rule = `${name} must be a whole number above 0`;
  return z.coerce.number({ error: rule }).int(rule).positive(rule).default(fallback);
};

/** A choice among fixed words, read in any case (`LOG_LEVEL=INFO`), as the true/false settings are. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, rule: string) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(values, { error: rule }));

const LEARN_AUTO_APPROVE = 'LEARN_AUTO_APPROVE must be a whole number of members, 1 or more, or left unset so admins review every learned phrasing in /faq-learn';
/** A comma-separated list of channel ids (blank: none); `rule` is the sentence for anything else. */
const channelIds = (rule: string) =>
  z
    .string()
    .trim()
    .default('')
    .transform((v) => v.split(',').map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^\d{17,20}$/, rule)));

/** A host name (RFC 1123 labels) or an IP address: what HOST may be. "999.1.1.1" is neither. */
const isHost = (v: string): boolean =>
  isIP(v) !== 0 || (!/^[\d.]+$/.test(v) && /^(?=.{1,253}$)[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*\.?$/i.test(v));

/** Settings whose value a message never repeats: the token, and a database URL's password. */
const SECRET = new Set(['DISCORD_TOKEN', 'DATABASE_URL']);

/**
 * Every variable the bot reads, validated once at start-up. Each message names the variable and how to
 * fix it, because it is the one sentence an operator sees.
 */
const schema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'DISCORD_TOKEN is missing: copy .env.example to .env and paste your bot token from the Discord developer portal (Bot > Reset Token)' })
    .trim()
    .min(1, 'DISCORD_TOKEN is empty: paste your bot token from the Discord developer portal (Bot > Reset Token) into .env')
    .regex(/^\S+$/, 'DISCORD_TOKEN must not contain spaces (paste the token exactly as the developer portal shows it)'),
  DISCORD_CLIENT_ID: snowflake('DISCORD_CLIENT_ID').optional(),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID').optional(),
  CONTENT_DIR: z.string().trim().min(1).default(DEFAULT_CONTENT_DIR),
  DATA_DIR: z.string().trim().min(1).default(DEFAULT_DATA_DIR),
  INDEX_SNAPSHOT: oneOf(['on', 'off'], INDEX_SNAPSHOT_RULE).default('on'),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace or silent').default('info'),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api, or left unset' })
    .optional(),
  SUMMARY_CHANNEL_IDS: channelIds('SUMMARY_CHANNEL_IDS must be channel ids separated by commas (right-click a channel > Copy Channel ID)'),
  SUMMARY_BACKFILL: z.coerce
    .number({ error: 'SUMMARY_BACKFILL must be a whole number, 0 or more' })
    .int('SUMMARY_BACKFILL must be a whole number, 0 or more')
    .min(0, 'SUMMARY_BACKFILL must be a whole number, 0 or more')
    .default(1),
  SUMMARY_UPDATE: oneOf(['edit', 'ignore'], 'SUMMARY_UPDATE must be edit or ignore').default('ignore'),
  SUMMARY_RETRY_SECONDS: z.coerce
    .number({ error: 'SUMMARY_RETRY_SECONDS must be a number of seconds above 0' })
    .positive('SUMMARY_RETRY_SECONDS must be a number of seconds above 0')
    .default(60),
  FEEDBACK_RETENTION_DAYS: positiveInt('FEEDBACK_RETENTION_DAYS', 90),
  LOG_PRIVATE_QUESTIONS: z.stringbool({ error: 'LOG_PRIVATE_QUESTIONS must be true or false' }).default(false),
  LEARN_AUTO_APPROVE: z.coerce.number({ error: LEARN_AUTO_APPROVE }).int(LEARN_AUTO_APPROVE).positive(LEARN_AUTO_APPROVE).optional(),
  COOLDOWN_QUESTIONS: positiveInt('COOLDOWN_QUESTIONS', 5),
  COOLDOWN_SECONDS: positiveInt('COOLDOWN_SECONDS', 30),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(?:ql)?:\/\/\S+$/, 'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/faqbot, or left unset for SQLite')
    .optional(),
  DISCORD_PUBLIC_KEY: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/, 'DISCORD_PUBLIC_KEY must be the 64 hex characters of Public Key in the developer portal (General Information)')
    .optional(),
  HOST: z
    .string()
    .trim()
    .refine(isHost, 'HOST must be an IP address of this machine or a host name (0.0.0.0 listens on every interface)')
    .default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'PORT must be a port number, 0 to 65535' })
    .int('PORT must be a port number, 0 to 65535')
    .min(0, 'PORT must be a port number, 0 to 65535')
    .max(65535, 'PORT must be a port number, 0 to 65535')
    .default(8080),
  SHARD_COUNT: z
    .preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.union([z.literal('auto'), z.coerce.number().int().positive()], { error: 'SHARD_COUNT must be auto or a whole number above 0' }))
    .default('auto'),
  NODE_ENV: z.string().optional(),
  AUTO_ANSWER_CHANNEL_IDS: channelIds('AUTO_ANSWER_CHANNEL_IDS must be forum or text channel ids separated by commas (right-click a channel > Copy Channel ID)'),
  AUTO_ANSWER_PER_MINUTE: positiveInt('AUTO_ANSWER_PER_MINUTE', 6),
  FEED_URLS: z
    .string()
    .trim()
    .default('')
    .transform((v) => v.split(',').map((url) => url.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'FEED_URLS must be http(s) feed URLs separated by commas, such as https://example.com/feed.xml' }))),
  FEED_POLL_SECONDS: positiveInt('FEED_POLL_SECONDS', 600),
  FEED_ALLOW_PRIVATE: z.stringbool({ error: 'FEED_ALLOW_PRIVATE must be true or false' }).default(false),
});

type Name = keyof typeof schema.shape;

export type Config = z.infer<typeof schema>;

/** A setting is missing or malformed: `message` is one plain sentence for the operator (one a line for several). */
export class ConfigError extends SettingError {}

/** What a setting is when unset, as a message quotes it: `5`, `on`, `127.0.0.1`, `none`; null when unset means off. */
function defaultOf(name: Name): string | null {
  const unset = schema.shape[name].safeParse(undefined);
  if (!unset.success || unset.data === undefined) return null;
  return Array.isArray(unset.data) && unset.data.length === 0 ? 'none' : String(unset.data);
}

/**
 * The sentence (`settingSentence`, env.ts) for a setting `name` whose value `raw` failed `rule`, as a
 * `ConfigError`; a rule for a missing value (`raw` undefined) is already the whole sentence. For the
 * settings outside the schema too (PLAYGROUND_PORT).
 */
export function settingError(name: string, rule: string, raw: string | undefined, fallback: string | null): ConfigError {
  return new ConfigError(raw === undefined ? rule : settingSentence(name, rule, raw, fallback, { secret: SECRET.has(name) }));
}

/** Settings only some entry points need, and the sentence for each when it is missing. */
const NEEDED = {
  DISCORD_CLIENT_ID: 'DISCORD_CLIENT_ID is missing: set it in .env to your application id (developer portal > General Information)',
  DISCORD_PUBLIC_KEY: 'DISCORD_PUBLIC_KEY is missing: set it in .env to the Public Key shown in the developer portal (General Information)',
} as const;
export type NeededSetting = keyof typeof NEEDED;

/**
 * Reads `.env` (without overriding the real environment; `dotenv`: false reads no file, a path reads that
 * file instead) and validates the bot's whole configuration, with the content limits
 * (`CONTENT_MAX_FILE_MB`, read where the content is loaded), and that the settings `needed` by the
 * entry point (deploy-commands, start:http) are set. Throws a `ConfigError` naming every missing or
 * malformed setting, one sentence a line.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  { dotenv = true, needed = [] }: { dotenv?: boolean | string; needed?: readonly NeededSetting[] } = {},
): Config {
  if (dotenv) readDotenv(typeof dotenv === 'string' ? dotenv : undefined);
  // Treat `VAR=` in .env as unset, so an optional variable left blank takes its default.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(present);
  const errors: string[] = [];
  const named = new Set<string>();
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const name = String(issue.path[0]) as Name;
    // One sentence per setting: a value can break several checks of one rule.
    if (named.has(name)) continue;
    named.add(name);
    errors.push(settingError(name, issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`, present[name], defaultOf(name)).message);
  }
  for (const name of needed) if (present[name] === undefined) errors.push(NEEDED[name]);
  // Read where they are used (the catalog, the terminal tools), and checked here so a bad value stops start-up.
  for (const read of [contentLimits, answerThreshold]) {
    try {
      read(env);
    } catch (err) {
      if (!(err instanceof SettingError)) throw err;
      errors.push(err.message);
    }
  }
  if (parsed.success && !parsed.data.FEED_ALLOW_PRIVATE) {
    // Refused at every poll otherwise: said once, at start-up, where the operator can fix it.
    const local = parsed.data.FEED_URLS.filter(isPrivateHost);
    if (local.length)
      errors.push(`FEED_URLS names ${local.join(', ')}, a loopback or private address the bot refuses unless FEED_ALLOW_PRIVATE=true: set FEED_ALLOW_PRIVATE=true for a feed you host yourself, or remove it from FEED_URLS.`);
  }
  if (errors.length || !parsed.success) throw new ConfigError(errors.join('\n'));
  return parsed.data;
}

/** A setting only some entry points need (see `loadConfig`'s `needed`), or a `ConfigError` saying how to set it. */
export function neededSetting<K extends NeededSetting>(config: Config, name: K): NonNullable<Config[K]> {
  const value = config[name];
  if (!value) throw new ConfigError(NEEDED[name]);
  return value as NonNullable<Config[K]>;
}

/**
 * One setting for the terminal tools (check-feed, report), from the environment or `.env`, with the bot's
 * default. They need no token, so they read only what they use instead of the whole configuration.
 * CONTENT_DIR is read with `contentDir` (env.ts), which needs no schema.
 */
export function toolSetting<K extends 'DATA_DIR' | 'DATABASE_URL' | 'FEED_ALLOW_PRIVATE' | 'SUMMARY_BACKFILL'>(name: K, env: NodeJS.ProcessEnv = process.env): Config[K] {
  readDotenv();
  const raw = env[name]?.trim() || undefined;
  const parsed = schema.shape[name].safeParse(raw);
  if (!parsed.success) throw settingError(name, parsed.error.issues[0]!.message, raw, defaultOf(name));
  return parsed.data as Config[K];
}
