import { Kysely, PostgresDialect, sql } from './kysely.js';
import pg from 'pg';
import type { Logger } from '../log.js';
import { migrate, type Tables } from './schema.js';
import { SqlStore } from './sql-store.js';

/**
 * Advisory-lock keys: one serialises migrations, the other elects the summary poster. Each lock is
 * taken per schema (the second key), so bots kept in separate schemas of one database never wait for,
 * or post for, each other.
 */
const MIGRATION_LOCK = 7_311_001;
const POSTER_LOCK = 7_311_002;
const SCHEMA_KEY = "hashtext(COALESCE(current_schema(), ''))";

/** A database that stops answering must not hold up answers: fail fast and let callers carry on. */
const TIMEOUTS = { connectionTimeoutMillis: 2000, query_timeout: 5000, keepAlive: true };

/** BIGINT columns hold epoch milliseconds, well inside a double: read them as numbers. */
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * Elects the summary poster with a session advisory lock held on a dedicated connection: when its
 * process dies, the connection closes, the lock is released, and another process takes it within seconds.
 */
class PosterElection {
  private client: pg.Client | null = null;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {}

  /** The check under way: callers at the same time (the summary poster, the feed reader) share it. */
  private checking: Promise<boolean> | null = null;

  /**
   * Whether this process holds the poster lock, trying to take it if not. Each call checks the held
   * connection is still alive (a half-open link raises no error), so a process that lost the lock stops
   * posting. Calls made while one is under way get its answer: two would open two sessions, and the
   * second would find the lock taken by the first.
   */
  leader(): Promise<boolean> {
    this.checking ??= this.check().finally(() => (this.checking = null));
    return this.checking;
  }

  private async check(): Promise<boolean> {
    if (this.client) {
      try {
        await this.client.query('SELECT 1');
        return true;
      } catch (err) {
        this.log.warn({ err: (err as Error).message }, 'lost the poster role with its PostgreSQL connection');
        await this.close();
      }
    }
    const client = new pg.Client({ connectionString: this.url, ...TIMEOUTS });
    client.on('error', (err) => this.log.warn({ err: err.message }, 'poster connection error'));
    try {
      await client.connect();
      const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock($1, ${SCHEMA_KEY}) AS locked`, [POSTER_LOCK]);
      if (!rows[0]?.locked) {
        await client.end();
        return false;
      }
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'could not ask PostgreSQL for the poster role');
      await client.end().catch(() => undefined);
      return false;
    }
    this.client = client;
    this.log.info('this process now posts summaries');
    return true;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}

/**
 * The shared store for several bot processes (HTTP replicas, shards). Migrations run in one transaction
 * under an advisory lock, so processes starting together migrate once.
 */
export async function openPostgresStore(url: string, log: Logger): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString: url, max: 5, types, ...TIMEOUTS });
  pool.on('error', (err) => log.warn({ err: err.message }, 'PostgreSQL connection error'));
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  try {
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK}, ${sql.raw(SCHEMA_KEY)})`.execute(trx);
      await migrate(trx, 'postgres');
    });
  } catch (err) {
    await db.destroy();
    throw err;
  }
  const election = new PosterElection(url, log);
  return new SqlStore({
    shared: true,
    current: () => db,
    leader: () => election.leader(),
    recover: async () => false,
    close: async () => {
      await election.close();
      await db.destroy();
    },
  });
}
