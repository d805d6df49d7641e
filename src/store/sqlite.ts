import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.js';
import { toPost, toQuestion, type PostRow, type QuestionRow } from './rows.js';
import type { PostRecord, QuestionRecord, QuestionWithVotes, Store, Subscription } from './store.js';

/** Each entry upgrades the schema by one version; `user_version` records how many have run. */
const MIGRATIONS = [
  `CREATE TABLE subscriptions (
     guild_id TEXT NOT NULL,
     channel_id TEXT NOT NULL PRIMARY KEY,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE channels (
     channel_id TEXT NOT NULL PRIMARY KEY,
     ready_at INTEGER NOT NULL
   );
   CREATE TABLE posts (
     article_id TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     message_id TEXT,
     content_hash TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'seen')),
     attempts INTEGER NOT NULL DEFAULT 0,
     error TEXT,
     next_attempt_at INTEGER NOT NULL DEFAULT 0,
     updated_at INTEGER NOT NULL,
     UNIQUE (article_id, channel_id)
   );
   CREATE INDEX posts_due ON posts (status, next_attempt_at);`,
  `CREATE TABLE questions (
     id TEXT NOT NULL PRIMARY KEY,
     text TEXT,
     private INTEGER NOT NULL,
     guild_id TEXT,
     user_hash TEXT NOT NULL,
     asked_at INTEGER NOT NULL,
     outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'abstained')),
     entry_id TEXT,
     entry_title TEXT,
     confidence REAL NOT NULL
   );
   CREATE INDEX questions_asked_at ON questions (asked_at);
   CREATE TABLE votes (
     question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
     user_hash TEXT NOT NULL,
     helpful INTEGER NOT NULL,
     voted_at INTEGER NOT NULL,
     PRIMARY KEY (question_id, user_hash)
   );`,
  `ALTER TABLE posts ADD COLUMN claimed_at INTEGER;`,
  `CREATE TABLE settings (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL);`,
];

/** Errors that mean the file is not a usable database; anything else (busy, disk full) is not ours to "fix". */
const UNREADABLE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/**
 * The embedded store: one SQLite file in `DATA_DIR` (WAL, so reads never wait for the poster), created
 * and migrated on open. A file that cannot be opened as a database is moved aside and started afresh,
 * as a first run, with a warning: losing the ledger costs at most a re-backfill, never the bot.
 */
export class SqliteStore implements Store {
  readonly shared = false;
  private readonly db: Database.Database;

  private constructor(db: Database.Database) {
    this.db = db;
  }

  static open(dataDir: string, log: Logger): SqliteStore {
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'bot.sqlite');
    try {
      return new SqliteStore(SqliteStore.prepare(file));
    } catch (err) {
      if (!existsSync(file) || !UNREADABLE.has((err as { code?: string }).code ?? '')) throw err;
      const aside = `${file}.unreadable-${Date.now()}`;
      log.warn({ file, movedTo: aside, err: (err as Error).message }, 'database unreadable: starting afresh as a first run');
      renameSync(file, aside);
      for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
      return new SqliteStore(SqliteStore.prepare(file));
    }
  }

  /** For tests: a private in-memory database. */
  static memory(): SqliteStore {
    return new SqliteStore(SqliteStore.prepare(':memory:'));
  }

  /** Opens and migrates; a file that is not a database fails here, on the first statement. */
  private static prepare(file: string): Database.Database {
    const db = new Database(file);
    try {
      SqliteStore.migrate(db);
    } catch (err) {
      db.close();
      throw err;
    }
    return db;
  }

  /** Waits for other processes (shards) holding the file rather than failing, and writes only when behind. */
  private static migrate(db: Database.Database): void {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version >= MIGRATIONS.length) return;
    db.transaction(() => {
      for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${MIGRATIONS.length}`);
    })();
  }

  /** One process owns the file (shards defer posting to shard 0), so it always posts. */
  async leader(): Promise<boolean> {
    return true;
  }

  async subscribe(guildId: string, channelId: string): Promise<boolean> {
    return this.db.prepare('INSERT OR IGNORE INTO subscriptions (guild_id, channel_id, created_at) VALUES (?, ?, ?)').run(guildId, channelId, Date.now()).changes > 0;
  }

  async unsubscribe(guildId: string, channelId: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM subscriptions WHERE guild_id = ? AND channel_id = ?').run(guildId, channelId).changes > 0;
  }

  async subscriptions(guildId?: string): Promise<Subscription[]> {
    const rows = (guildId === undefined
      ? this.db.prepare('SELECT * FROM subscriptions ORDER BY created_at').all()
      : this.db.prepare('SELECT * FROM subscriptions WHERE guild_id = ? ORDER BY created_at').all(guildId)) as { guild_id: string; channel_id: string; created_at: number }[];
    return rows.map((r) => ({ guildId: r.guild_id, channelId: r.channel_id, createdAt: r.created_at }));
  }

  async resetChannel(channelId: string, now: number): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM channels WHERE channel_id = ?').run(channelId);
      this.db.prepare("UPDATE posts SET status = 'seen', claimed_at = NULL, updated_at = ? WHERE channel_id = ? AND status = 'pending'").run(now, channelId);
    })();
  }

  async userHashSalt(candidate: string): Promise<string> {
    this.db.prepare("INSERT OR IGNORE INTO settings (key, value) VALUES ('user_hash_salt', ?)").run(candidate);
    return (this.db.prepare("SELECT value FROM settings WHERE key = 'user_hash_salt'").get() as { value: string }).value;
  }

  async channelReady(channelId: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM channels WHERE channel_id = ?').get(channelId) !== undefined;
  }

  async setUpChannel(channelId: string, posts: { articleId: string; contentHash: string; status: 'pending' | 'seen' }[], now: number): Promise<void> {
    const insert = this.db.prepare(
      'INSERT OR IGNORE INTO posts (article_id, channel_id, content_hash, status, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      for (const p of posts) insert.run(p.articleId, channelId, p.contentHash, p.status, now);
      this.db.prepare('INSERT OR IGNORE INTO channels (channel_id, ready_at) VALUES (?, ?)').run(channelId, now);
    })();
  }

  async post(articleId: string, channelId: string): Promise<PostRecord | null> {
    const row = this.db.prepare('SELECT * FROM posts WHERE article_id = ? AND channel_id = ?').get(articleId, channelId) as PostRow | undefined;
    return row ? toPost(row) : null;
  }

  async addPending(articleId: string, channelId: string, contentHash: string, now: number): Promise<boolean> {
    return (
      this.db
        .prepare("INSERT OR IGNORE INTO posts (article_id, channel_id, content_hash, status, updated_at) VALUES (?, ?, ?, 'pending', ?)")
        .run(articleId, channelId, contentHash, now).changes > 0
    );
  }

  async duePosts(now: number, limit: number): Promise<PostRecord[]> {
    const rows = this.db
      .prepare("SELECT * FROM posts WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, updated_at LIMIT ?")
      .all(now, limit) as PostRow[];
    return rows.map(toPost);
  }

  async postsIn(channelId: string): Promise<PostRecord[]> {
    return (this.db.prepare('SELECT * FROM posts WHERE channel_id = ? ORDER BY updated_at').all(channelId) as PostRow[]).map(toPost);
  }

  async claim(articleId: string, channelId: string, now: number, staleMs: number): Promise<boolean> {
    return (
      this.db
        .prepare("UPDATE posts SET claimed_at = ? WHERE article_id = ? AND channel_id = ? AND status = 'pending' AND (claimed_at IS NULL OR claimed_at < ?)")
        .run(now, articleId, channelId, now - staleMs).changes > 0
    );
  }

  async markDelivered(articleId: string, channelId: string, messageId: string, contentHash: string, now: number): Promise<void> {
    this.db
      .prepare("UPDATE posts SET status = 'delivered', message_id = ?, content_hash = ?, attempts = attempts + 1, error = NULL, claimed_at = NULL, updated_at = ? WHERE article_id = ? AND channel_id = ?")
      .run(messageId, contentHash, now, articleId, channelId);
  }

  async markAttemptFailed(articleId: string, channelId: string, error: string, next: { status: 'pending' | 'failed'; at: number }, now: number): Promise<void> {
    this.db
      .prepare('UPDATE posts SET status = ?, attempts = attempts + 1, error = ?, next_attempt_at = ?, claimed_at = NULL, updated_at = ? WHERE article_id = ? AND channel_id = ?')
      .run(next.status, error, next.at, now, articleId, channelId);
  }

  async setHash(articleId: string, channelId: string, contentHash: string, now: number): Promise<void> {
    this.db.prepare('UPDATE posts SET content_hash = ?, updated_at = ? WHERE article_id = ? AND channel_id = ?').run(contentHash, now, articleId, channelId);
  }

  async recordQuestion(q: QuestionRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO questions (id, text, private, guild_id, user_hash, asked_at, outcome, entry_id, entry_title, confidence)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(q.id, q.text, q.private ? 1 : 0, q.guildId, q.userHash, q.askedAt, q.outcome, q.entryId, q.entryTitle, q.confidence);
  }

  async question(id: string): Promise<QuestionRecord | null> {
    const row = this.db.prepare('SELECT * FROM questions WHERE id = ?').get(id) as QuestionRow | undefined;
    return row ? toQuestion(row) : null;
  }

  async vote(questionId: string, userHash: string, helpful: boolean, now: number): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO votes (question_id, user_hash, helpful, voted_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (question_id, user_hash) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at`,
      )
      .run(questionId, userHash, helpful ? 1 : 0, now);
  }

  async questionsSince(since: number, guildId?: string): Promise<QuestionWithVotes[]> {
    const rows = this.db
      .prepare(
        `SELECT q.*, COALESCE(SUM(v.helpful = 1), 0) AS helpful, COALESCE(SUM(v.helpful = 0), 0) AS not_helpful
         FROM questions q LEFT JOIN votes v ON v.question_id = q.id
         WHERE q.asked_at >= ? AND (? IS NULL OR q.guild_id = ?)
         GROUP BY q.id ORDER BY q.asked_at`,
      )
      .all(since, guildId ?? null, guildId ?? null) as QuestionRow[];
    return rows.map((r) => ({ ...toQuestion(r), helpful: r.helpful ?? 0, notHelpful: r.not_helpful ?? 0 }));
  }

  async pruneQuestions(before: number): Promise<number> {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM votes WHERE question_id IN (SELECT id FROM questions WHERE asked_at < ?)').run(before);
      return this.db.prepare('DELETE FROM questions WHERE asked_at < ?').run(before).changes;
    })();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
