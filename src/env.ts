import { config as loadDotenv } from 'dotenv';

/**
 * What the terminal tools read of the environment without the configuration's schema (config.ts), so that
 * a one-shot `ask` never loads zod (issue 15: about 70 ms of CPU): `.env`, and the folders, read as the
 * schema reads them (a test holds the two equal).
 */

/** The variables `.env` supplied: the real environment wins over the file, so a fix goes where the value came from. */
const fromDotenv = new Set<string>();

/** Reads `.env` into `process.env`, without overriding the real environment. */
export function readDotenv(): void {
  const file: Record<string, string> = {};
  // quiet: dotenv otherwise prints a banner on stdout, which would corrupt `ask --json` output.
  loadDotenv({ quiet: true, processEnv: file });
  for (const [name, value] of Object.entries(file)) {
    if (process.env[name] !== undefined) continue;
    process.env[name] = value;
    fromDotenv.add(name);
  }
}

/** Whether `.env` (not the real environment) gave the variable `name` its value (see `readDotenv`). */
export const fromDotenvFile = (name: string): boolean => fromDotenv.has(name);

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
