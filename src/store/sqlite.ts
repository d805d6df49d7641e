import Database from 'better-sqlite3';
import { existsSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.js';
import { Kysely, SqliteDialect, sql } from './kysely.js';
import { migrate, type Tables } from './schema.js';
import { SqlStore, type Backend } from './sql-store.js';

/** How long to wait for another process (a shard, a report) holding the file's write lock. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Error codes (with their extended forms, e.g. SQLITE_CORRUPT_INDEX) that mean the file is not a usable
 * database. Anything else (busy, disk full, permissions) is not ours to "fix" by starting afresh.
 */
const LOST = /^SQLITE_(NOTADB|CORRUPT)/;
const isLost = (err: unknown): boolean => LOST.test(String((err as { code?: unknown } | null)?.code ?? ''));

/** The file's identity, to tell our file from a fresh one another process has put in its place. */
const inodeOf = (file: string): number | null => (existsSync(file) ? statSync(file).ino : null);

/**
 * Switches the file to WAL. The switch needs the file to itself, and SQLite answers SQLITE_BUSY at once
 * rather than wait behind `busy_timeout` when another process is opening or migrating it at the same
 * moment, so it is retried every 20 ms for up to BUSY_TIMEOUT_MS.
 */
function enableWal(raw: Database.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      raw.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/**
 * Opens the file, checks every page (`PRAGMA quick_check`: a bad header fails on the first statement,
 * corrupted pages in the middle only here), then migrates under BEGIN IMMEDIATE: the write lock is
 * taken before the schema version is read, so processes starting together on an empty folder take
 * turns (waiting up to BUSY_TIMEOUT_MS) and the second finds nothing left to do.
 */
async function openDatabase(file: string): Promise<Kysely<Tables>> {
  const raw = new Database(file);
  try {
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const check = raw.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(`PRAGMA quick_check: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
    // WAL: reads never wait for the poster. An in-memory database has no such mode and keeps its own.
    enableWal(raw);
  } catch (err) {
    raw.close();
    throw err;
  }
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    await db.connection().execute(async (conn) => {
      await sql`BEGIN IMMEDIATE`.execute(conn);
      try {
        await migrate(conn, 'sqlite');
        await sql`COMMIT`.execute(conn);
      } catch (err) {
        await sql`ROLLBACK`.execute(conn).catch(() => undefined);
        throw err;
      }
    });
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}

/**
 * The embedded backend: one SQLite file in `DATA_DIR`, created and migrated on open. A file found not
 * to be a database, at open or when a query says "database disk image is malformed", is moved aside
 * with a warning and replaced by a fresh one, as a first run: losing the ledger costs at most a
 * re-backfill, never the bot. One process owns the file (shards defer posting to shard 0), so it
 * always posts.
 */
class SqliteFile implements Backend {
  readonly shared = false;
  private healing: Promise<void> | null = null;
  /** The file was found lost and closed, and no fresh one is open yet (opening it failed). */
  private lost = false;

  private constructor(
    private readonly file: string,
    private readonly log: Logger,
    private db: Kysely<Tables>,
    private inode: number | null,
  ) {}

  static async open(file: string, log: Logger): Promise<SqliteFile> {
    const inode = inodeOf(file);
    try {
      return new SqliteFile(file, log, await openDatabase(file), inodeOf(file));
    } catch (err) {
      if (inode === null || !isLost(err)) throw err;
      SqliteFile.moveAside(file, inode, err, log);
      return new SqliteFile(file, log, await openDatabase(file), inodeOf(file));
    }
  }

  /** Moves the lost file (and its WAL) aside, unless another process has already put a fresh one in its place. */
  private static moveAside(file: string, inode: number, err: unknown, log: Logger): void {
    if (inodeOf(file) !== inode) return;
    const aside = `${file}.unreadable-${Date.now()}`;
    log.warn({ file, movedTo: aside, err: (err as Error).message }, 'database unreadable: starting afresh as a first run');
    renameSync(file, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }

  current(): Kysely<Tables> {
    return this.db;
  }

  async leader(): Promise<boolean> {
    return true;
  }

  async recover(err: unknown, failed: Kysely<Tables>): Promise<boolean> {
    if (this.healing) {
      await this.healing;
      return true;
    }
    if (failed !== this.db) return true;
    if (!this.lost && !isLost(err)) return false;
    this.healing = this.heal(err).finally(() => {
      this.healing = null;
    });
    await this.healing;
    return true;
  }

  /** Closes and moves aside the lost file, then opens a fresh one; a later call tries again if opening fails. */
  private async heal(err: unknown): Promise<void> {
    if (!this.lost) {
      this.lost = true;
      await this.db.destroy();
      if (this.inode !== null) SqliteFile.moveAside(this.file, this.inode, err, this.log);
    }
    this.db = await openDatabase(this.file);
    this.inode = inodeOf(this.file);
    this.lost = false;
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

/**
 * The SQLite store in `dataDir/bot.sqlite`; the folder must exist and be writable (openStore checks it).
 * Open a file once per process: better-sqlite3 waits for a lock synchronously, so a second store on the
 * same file in the same process could block the event loop for BUSY_TIMEOUT_MS while the first holds a
 * transaction open. Other processes (shards, a report) are fine.
 */
export async function openSqliteStore(dataDir: string, log: Logger): Promise<SqlStore> {
  return new SqlStore(await SqliteFile.open(path.join(dataDir, 'bot.sqlite'), log));
}

/** For tests: a private in-memory SQLite store. */
export async function openMemoryStore(): Promise<SqlStore> {
  const db = await openDatabase(':memory:');
  return new SqlStore({ shared: false, current: () => db, leader: async () => true, recover: async () => false, close: () => db.destroy() });
}
