import { z } from 'zod';
import { DEFAULT_CONTENT_DIR, DEFAULT_DATA_DIR, readDotenv } from './env.js';

const snowflake = (name: string) =>
  z.string().trim().regex(/^\d{17,20}$/, `${name} must be a Discord id (17 to 20 digits): copy it from the Discord developer portal with Developer Mode on`);

const positiveInt = (name: string, fallback: number) =>
  z.coerce.number({ error: `${name} must be a whole number` }).int(`${name} must be a whole number`).positive(`${name} must be above 0`).default(fallback);

const LEARN_AUTO_APPROVE =
  'LEARN_AUTO_APPROVE must be a whole number of members, 1 or more, or left unset so admins review every learned phrasing in /faq-learn';
/** A comma-separated list of channel ids (blank: none); `message` is the sentence for anything else. */
const channelIds = (message: string) =>
  z
    .string()
    .trim()
    .default('')
    .transform((v) => v.split(',').map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^\d{17,20}$/, message)));

/**
 * Every variable the bot reads, validated once at start-up. Each message names the variable and how to
 * fix it, because it is the one sentence an operator sees.
 */
const schema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'DISCORD_TOKEN is missing: copy .env.example to .env and paste your bot token from the Discord developer portal (Bot > Reset Token)' })
    .trim()
    .min(1, 'DISCORD_TOKEN is empty: paste your bot token from the Discord developer portal (Bot > Reset Token) into .env')
    .regex(/^\S+$/, 'DISCORD_TOKEN must not contain spaces: paste the token exactly as the developer portal shows it'),
  DISCORD_CLIENT_ID: snowflake('DISCORD_CLIENT_ID').optional(),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID').optional(),
  CONTENT_DIR: z.string().trim().min(1).default(DEFAULT_CONTENT_DIR),
  DATA_DIR: z.string().trim().min(1).default(DEFAULT_DATA_DIR),
  INDEX_SNAPSHOT: z.enum(['on', 'off'], { error: 'INDEX_SNAPSHOT must be on or off (on keeps a snapshot of the index in DATA_DIR/index-snapshot)' }).default('on'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace or silent',
    })
    .default('info'),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api, or left unset' })
    .optional(),
  SUMMARY_CHANNEL_IDS: channelIds('SUMMARY_CHANNEL_IDS must be channel ids separated by commas (right-click a channel > Copy Channel ID)'),
  SUMMARY_BACKFILL: z.coerce
    .number({ error: 'SUMMARY_BACKFILL must be a whole number' })
    .int('SUMMARY_BACKFILL must be a whole number')
    .min(0, 'SUMMARY_BACKFILL must be 0 or more')
    .default(1),
  SUMMARY_UPDATE: z.enum(['edit', 'ignore'], { error: 'SUMMARY_UPDATE must be edit or ignore' }).default('ignore'),
  SUMMARY_RETRY_SECONDS: z.coerce.number({ error: 'SUMMARY_RETRY_SECONDS must be a number' }).positive('SUMMARY_RETRY_SECONDS must be above 0').default(60),
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
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z.coerce.number({ error: 'PORT must be a port number' }).int('PORT must be a port number').min(0, 'PORT must be 0 to 65535').max(65535, 'PORT must be 0 to 65535').default(8080),
  SHARD_COUNT: z
    .union([z.literal('auto'), z.coerce.number().int().positive()], { error: 'SHARD_COUNT must be auto or a whole number above 0' })
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

export type Config = z.infer<typeof schema>;

/** A setting is missing or malformed: `message` is one plain sentence for the operator. */
export class ConfigError extends Error {}

/** Reads `.env` (without overriding the real environment) and validates the bot's whole configuration. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, { dotenv = true } = {}): Config {
  if (dotenv) readDotenv();
  // Treat `VAR=` in .env as unset, so an optional variable left blank takes its default.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? 'configuration');
  throw new ConfigError(issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`);
}

/** `DISCORD_CLIENT_ID` is only needed to deploy commands; ask for it there, plainly. */
export function requireClientId(config: Config): string {
  if (!config.DISCORD_CLIENT_ID) {
    throw new ConfigError('DISCORD_CLIENT_ID is missing: set it in .env to your application id (developer portal > General Information)');
  }
  return config.DISCORD_CLIENT_ID;
}

/**
 * One setting for the terminal tools (check-feed, report), from the environment or `.env`, with the bot's
 * default. They need no token, so they read only what they use instead of the whole configuration.
 * CONTENT_DIR is read with `contentDir` (env.ts), which needs no schema.
 */
export function toolSetting<K extends 'DATA_DIR' | 'DATABASE_URL' | 'FEED_ALLOW_PRIVATE' | 'SUMMARY_BACKFILL'>(name: K, env: NodeJS.ProcessEnv = process.env): Config[K] {
  readDotenv();
  return schema.shape[name].parse(env[name]?.trim() || undefined) as Config[K];
}
