import { config as loadDotenv } from 'dotenv';
import type { RankingOptions } from './search/engine.js';

/**
 * What the terminal tools read of the environment without the configuration's schema (config.ts), so that
 * a one-shot `ask` never loads zod (issue 15: about 70 ms of CPU): `.env`, and the folders, read as the
 * schema reads them (a test holds the two equal).
 */

/** The variables `.env` supplied: the real environment wins over the file, so a fix goes where the value came from. */
const fromDotenv = new Set<string>();

/** Reads `.env` (or the file at `path`) into `process.env`, without overriding the real environment. */
export function readDotenv(path?: string): void {
  const file: Record<string, string> = {};
  // quiet: dotenv otherwise prints a banner on stdout, which would corrupt `ask --json` output.
  loadDotenv({ quiet: true, processEnv: file, ...(path ? { path } : {}) });
  for (const [name, value] of Object.entries(file)) {
    if (process.env[name] !== undefined) continue;
    process.env[name] = value;
    fromDotenv.add(name);
  }
}

/** Whether `.env` (not the real environment) gave the variable `name` its value (see `readDotenv`). */
export const fromDotenvFile = (name: string): boolean => fromDotenv.has(name);

/**
 * Where the operator changes the setting `name`: the environment when its value came from there (it
 * overrides .env, so a fix in .env would change nothing), else `.env` (also for a setting not set at all).
 */
export const settingPlace = (name: string, env: NodeJS.ProcessEnv = process.env): string =>
  env[name] !== undefined && !fromDotenvFile(name) ? 'the environment, which overrides .env' : '.env';

/** A setting is malformed; `message` is one plain sentence for the operator (several, one a line, for several settings). */
export class SettingError extends Error {}

/**
 * The one sentence for a setting `name` whose value `raw` failed `rule` (`NAME must be …`, with any hint in
 * parentheses): completed with the default (`fallback`, left out when null; inside the hint's parentheses
 * when the rule has one, so the sentence carries one bracket group), the value found (left out when
 * `secret`) and where to fix it, where the value came from:
 * `COOLDOWN_QUESTIONS must be a whole number above 0 (default 5), not "five": fix it in .env.`
 * Every setting's message is made here, the schema's (config.ts) and those read without it.
 */
export function settingSentence(name: string, rule: string, raw: string, fallback: string | null, { secret = false } = {}): string {
  const ruled = fallback === null ? rule : rule.endsWith(')') ? `${rule.slice(0, -1)}; default ${fallback})` : `${rule} (default ${fallback})`;
  const found = secret ? '' : `, not "${raw.trim()}"`;
  const where = fromDotenvFile(name) ? '.env' : 'the environment, which overrides .env';
  return `${ruled}${found}: fix it in ${where}.`;
}

/**
 * Calls each reader of a setting and returns their values in order; when any throws a `SettingError`,
 * throws one `SettingError` with every such sentence, one a line, so one run names every bad value.
 */
export function readSettings<T extends readonly (() => unknown)[]>(...readers: T): { -readonly [K in keyof T]: T[K] extends () => infer R ? R : never } {
  const errors: string[] = [];
  const values = readers.map((read) => {
    try {
      return read();
    } catch (err) {
      if (!(err instanceof SettingError)) throw err;
      errors.push(err.message);
      return undefined;
    }
  });
  if (errors.length) throw new SettingError(errors.join('\n'));
  return values as { -readonly [K in keyof T]: T[K] extends () => infer R ? R : never };
}

/** `INDEX_SNAPSHOT`'s rule, as the schema (config.ts) and `indexSnapshot` state it. */
export const INDEX_SNAPSHOT_RULE = 'INDEX_SNAPSHOT must be on, which keeps a snapshot of the index in DATA_DIR/index-snapshot, or off';

/** `INDEX_SNAPSHOT` (on or off, in any case; default on) without the schema; anything else is a `SettingError`. */
export function indexSnapshot(env: NodeJS.ProcessEnv = process.env): 'on' | 'off' {
  const raw = env.INDEX_SNAPSHOT?.trim();
  if (!raw) return 'on';
  const value = raw.toLowerCase();
  if (value === 'on' || value === 'off') return value;
  throw new SettingError(settingSentence('INDEX_SNAPSHOT', INDEX_SNAPSHOT_RULE, raw, 'on'));
}

/** `ANSWER_THRESHOLD`'s rule, as `answerThreshold`'s sentence states it (config.ts checks the setting through it). */
const ANSWER_THRESHOLD_RULE = 'ANSWER_THRESHOLD must be a number from 0.1 to 1, the confidence an answer needs (higher: fewer answers, each surer)';

/** The engine's threshold (`DEFAULT_RANKING.threshold`) as a setting's sentence quotes it, without loading the engine (a test holds the two equal). */
export const DEFAULT_ANSWER_THRESHOLD = '0.35';

/**
 * `ANSWER_THRESHOLD` without the schema: the confidence, 0.1 to 1, an answer needs to be given (below it the
 * bot says the articles do not cover the question), for every adapter; undefined when unset, for the
 * engine's default (`DEFAULT_RANKING.threshold`, chosen by `npm run bench:calibrate`). Anything else is a
 * `SettingError`.
 */
export function answerThreshold(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.ANSWER_THRESHOLD?.trim();
  if (!raw) return undefined;
  // Decimal figures only: Number() also reads "0x1" and "1e-1".
  const value = /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(raw) ? Number(raw) : NaN;
  if (value >= 0.1 && value <= 1) return value;
  throw new SettingError(settingSentence('ANSWER_THRESHOLD', ANSWER_THRESHOLD_RULE, raw, DEFAULT_ANSWER_THRESHOLD));
}

/**
 * The ranking options the environment sets: `ANSWER_THRESHOLD` (see `answerThreshold`), else the engine's
 * defaults; a `SettingError` for a bad value. The catalog reads it at each load, as the content limits.
 */
export function rankingSettings(env: NodeJS.ProcessEnv = process.env): Partial<RankingOptions> {
  const threshold = answerThreshold(env);
  return threshold === undefined ? {} : { threshold };
}

/** Default `CONTENT_DIR`: the folder of articles, relative to the working directory. */
export const DEFAULT_CONTENT_DIR = './content';
/** Default `DATA_DIR`: the store, the feeds' articles and the index snapshot, relative to the working directory. */
export const DEFAULT_DATA_DIR = './data';

/** `name` from `env`, trimmed, blank as unset (as in the bot's configuration), else `fallback`. */
const pathSetting = (env: NodeJS.ProcessEnv, name: string, fallback: string): string => env[name]?.trim() || fallback;

/** The content folder: `CONTENT_DIR`, default `./content`. Read `.env` first (`readDotenv`) where it applies. */
export const contentDir = (env: NodeJS.ProcessEnv = process.env): string => pathSetting(env, 'CONTENT_DIR', DEFAULT_CONTENT_DIR);

/** The data folder: `DATA_DIR`, default `./data`. Read `.env` first (`readDotenv`) where it applies. */
export const dataDir = (env: NodeJS.ProcessEnv = process.env): string => pathSetting(env, 'DATA_DIR', DEFAULT_DATA_DIR);
