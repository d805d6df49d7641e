import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { settingPlace } from '../env.js';
import type { Logger } from '../log.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** DATA_DIR cannot hold the database: `message` is one plain sentence for the operator (exit 2). */
export class DataDirError extends Error {}

/**
 * Makes sure `dir` is a folder this process can write bot.sqlite into, creating it if needed.
 * Throws DataDirError naming DATA_DIR and the fix.
 */
function usableDataDir(dir: string): void {
  const notAFolder = () =>
    new DataDirError(`DATA_DIR points to ${dir}, which is a file, not a folder: set DATA_DIR to a folder the bot can keep its database in, in ${settingPlace('DATA_DIR')}`);
  const notWritable = (target: string, err: unknown) =>
    new DataDirError(
      `DATA_DIR points to ${dir}, but the bot cannot write to ${target} (${(err as NodeJS.ErrnoException).code ?? 'error'}): give the bot's user write access there or set DATA_DIR to another folder, in ${settingPlace('DATA_DIR')}`,
    );
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw notAFolder();
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    // ENOTDIR/EEXIST: a file sits somewhere on the path.
    const code = (err as NodeJS.ErrnoException).code;
    throw code === 'ENOTDIR' || code === 'EEXIST' ? notAFolder() : notWritable(dir, err);
  }
  // SQLite writes the file and its -wal/-shm companions beside it, so the folder itself must be writable.
  const file = path.join(dir, 'bot.sqlite');
  for (const target of existsSync(file) ? [dir, file] : [dir]) {
    try {
      accessSync(target, constants.W_OK);
    } catch (err) {
      throw notWritable(target, err);
    }
  }
}

/**
 * The bot's store: SQLite in DATA_DIR by default; the shared PostgreSQL store when DATABASE_URL is set.
 * Throws DataDirError when DATA_DIR is not a writable folder.
 */
export async function openStore(config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>, log: Logger): Promise<Store> {
  if (config.DATABASE_URL) {
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(config.DATABASE_URL, log);
  }
  usableDataDir(config.DATA_DIR);
  return openSqliteStore(config.DATA_DIR, log);
}
