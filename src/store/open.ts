import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/** SQLite in DATA_DIR by default; the shared PostgreSQL store when DATABASE_URL is set. */
export async function openStore(config: Config, log: Logger): Promise<Store> {
  if (config.DATABASE_URL) {
    const { PostgresStore } = await import('./postgres.js');
    return PostgresStore.open(config.DATABASE_URL, log);
  }
  return SqliteStore.open(config.DATA_DIR, log);
}
