import pg from 'pg';
import type { Logger } from '../log.js';
import { toPost, toQuestion, type PostRow, type QuestionRow } from './rows.js';
import type { PostRecord, QuestionRecord, QuestionWithVotes, Store, Subscription } from './store.js';

/** Advisory-lock keys: one serialises migrations, the other elects the summary poster. */
const MIGRATION_LOCK = 7_311_001;
const POSTER_LOCK = 7_311_002;

/** Each entry upgrades the schema by one version, recorded in `faq_bot_schema`. */
const MIGRATIONS = [
  `CREATE TABLE subscriptions (
     guild_id TEXT NOT NULL,
     channel_id TEXT NOT NULL PRIMARY KEY,
     created_at BIGINT NOT NULL
   );
   CREATE TABLE channels (
     channel_id TEXT NOT NULL PRIMARY KEY,
     ready_at BIGINT NOT NULL
   );
   CREATE TABLE posts (
     article_id TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     message_id TEXT,
     content_hash TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'seen')),
     attempts INTEGER NOT NULL DEFAULT 0,
     error TEXT,
     next_attempt_at BIGINT NOT NULL DEFAULT 0,
     claimed_at BIGINT,
     updated_at BIGINT NOT NULL,
     UNIQUE (article_id, channel_id)
   );
   CREATE INDEX posts_due ON posts (status, next_attempt_at);
   CREATE TABLE questions (
     id TEXT NOT NULL PRIMARY KEY,
     text TEXT,
     private BOOLEAN NOT NULL,
     guild_id TEXT,
     user_hash TEXT NOT NULL,
     asked_at BIGINT NOT NULL,
     outcome TEXT NOT NULL CHECK (outcome IN ('answered', 'abstained')),
     entry_id TEXT,
     entry_title TEXT,
     confidence DOUBLE PRECISION NOT NULL
   );
   CREATE INDEX questions_asked_at ON questions (asked_at);
   CREATE TABLE votes (
     question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
     user_hash TEXT NOT NULL,
     helpful BOOLEAN NOT NULL,
     voted_at BIGINT NOT NULL,
     PRIMARY KEY (question_id, user_hash)
   );`,
  `CREATE TABLE settings (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL);`,
];

/** A database that stops answering must not hold up answers: fail fast and let callers carry on. */
const TIMEOUTS = { connectionTimeoutMillis: 2000, query_timeout: 5000, keepAlive: true };

/** BIGINT columns hold epoch milliseconds, well inside a double: read them as numbers. */
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * The shared store for several bot processes (HTTP replicas, shards): the same tables as SQLite in
 * PostgreSQL. Migrations run under an advisory lock, so processes starting together migrate once. The
 * summary poster is elected with a session advisory lock held on a dedicated connection: when its
 * process dies, the connection closes, the lock is released, and another process takes it within seconds.
 */
export class PostgresStore implements Store {
  readonly shared = true;
  private leaderClient: pg.Client | null = null;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    private readonly log: Logger,
  ) {}

  static async open(url: string, log: Logger): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 5, types, ...TIMEOUTS });
    pool.on('error', (err) => log.warn({ err: err.message }, 'PostgreSQL connection error'));
    const store = new PostgresStore(pool, url, log);
    await store.migrate();
    return store;
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS faq_bot_schema (version INTEGER NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM faq_bot_schema');
      const version = rows[0]?.version ?? 0;
      for (let v = version; v < MIGRATIONS.length; v++) await client.query(MIGRATIONS[v]!);
      if (rows.length === 0) await client.query('INSERT INTO faq_bot_schema (version) VALUES ($1)', [MIGRATIONS.length]);
      else await client.query('UPDATE faq_bot_schema SET version = $1', [MIGRATIONS.length]);
    });
  }

  /** Runs `work` in one transaction on one pooled connection, rolled back if it throws. */
  private async transaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /**
   * Holds the poster lock on a connection of its own. Each call checks that connection is still alive
   * (a half-open link raises no error), so a process that lost the lock stops posting.
   */
  async leader(): Promise<boolean> {
    if (this.leaderClient) {
      try {
        await this.leaderClient.query('SELECT 1');
        return true;
      } catch (err) {
        this.log.warn({ err: (err as Error).message }, 'lost the poster role with its PostgreSQL connection');
        await this.dropLeaderClient();
      }
    }
    const client = new pg.Client({ connectionString: this.url, ...TIMEOUTS });
    client.on('error', (err) => this.log.warn({ err: err.message }, 'poster connection error'));
    try {
      await client.connect();
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [POSTER_LOCK]);
      if (!rows[0]?.locked) {
        await client.end();
        return false;
      }
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'could not ask PostgreSQL for the poster role');
      await client.end().catch(() => undefined);
      return false;
    }
    this.leaderClient = client;
    this.log.info('this process now posts summaries');
    return true;
  }

  private async dropLeaderClient(): Promise<void> {
    const client = this.leaderClient;
    this.leaderClient = null;
    await client?.end().catch(() => undefined);
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.pool.query<R>(sql, params);
  }

  async subscribe(guildId: string, channelId: string): Promise<boolean> {
    const r = await this.query('INSERT INTO subscriptions (guild_id, channel_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [guildId, channelId, Date.now()]);
    return (r.rowCount ?? 0) > 0;
  }

  async unsubscribe(guildId: string, channelId: string): Promise<boolean> {
    const r = await this.query('DELETE FROM subscriptions WHERE guild_id = $1 AND channel_id = $2', [guildId, channelId]);
    return (r.rowCount ?? 0) > 0;
  }

  async subscriptions(guildId?: string): Promise<Subscription[]> {
    const { rows } = await this.query<{ guild_id: string; channel_id: string; created_at: number }>(
      'SELECT * FROM subscriptions WHERE $1::text IS NULL OR guild_id = $1 ORDER BY created_at',
      [guildId ?? null],
    );
    return rows.map((r) => ({ guildId: r.guild_id, channelId: r.channel_id, createdAt: r.created_at }));
  }

  async resetChannel(channelId: string, now: number): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('DELETE FROM channels WHERE channel_id = $1', [channelId]);
      await client.query("UPDATE posts SET status = 'seen', claimed_at = NULL, updated_at = $1 WHERE channel_id = $2 AND status = 'pending'", [now, channelId]);
    });
  }

  async userHashSalt(candidate: string): Promise<string> {
    await this.query("INSERT INTO settings (key, value) VALUES ('user_hash_salt', $1) ON CONFLICT DO NOTHING", [candidate]);
    return (await this.query<{ value: string }>("SELECT value FROM settings WHERE key = 'user_hash_salt'")).rows[0]!.value;
  }

  async channelReady(channelId: string): Promise<boolean> {
    return ((await this.query('SELECT 1 FROM channels WHERE channel_id = $1', [channelId])).rowCount ?? 0) > 0;
  }

  async setUpChannel(channelId: string, posts: { articleId: string; contentHash: string; status: 'pending' | 'seen' }[], now: number): Promise<void> {
    await this.transaction(async (client) => {
      for (const p of posts) {
        await client.query(
          'INSERT INTO posts (article_id, channel_id, content_hash, status, updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
          [p.articleId, channelId, p.contentHash, p.status, now],
        );
      }
      await client.query('INSERT INTO channels (channel_id, ready_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [channelId, now]);
    });
  }

  async post(articleId: string, channelId: string): Promise<PostRecord | null> {
    const { rows } = await this.query<PostRow>('SELECT * FROM posts WHERE article_id = $1 AND channel_id = $2', [articleId, channelId]);
    return rows[0] ? toPost(rows[0]) : null;
  }

  async addPending(articleId: string, channelId: string, contentHash: string, now: number): Promise<boolean> {
    const r = await this.query(
      "INSERT INTO posts (article_id, channel_id, content_hash, status, updated_at) VALUES ($1, $2, $3, 'pending', $4) ON CONFLICT DO NOTHING",
      [articleId, channelId, contentHash, now],
    );
    return (r.rowCount ?? 0) > 0;
  }

  async duePosts(now: number, limit: number): Promise<PostRecord[]> {
    const { rows } = await this.query<PostRow>(
      "SELECT * FROM posts WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY next_attempt_at, updated_at LIMIT $2",
      [now, limit],
    );
    return rows.map(toPost);
  }

  async postsIn(channelId: string): Promise<PostRecord[]> {
    return (await this.query<PostRow>('SELECT * FROM posts WHERE channel_id = $1 ORDER BY updated_at', [channelId])).rows.map(toPost);
  }

  async claim(articleId: string, channelId: string, now: number, staleMs: number): Promise<boolean> {
    const r = await this.query(
      "UPDATE posts SET claimed_at = $1 WHERE article_id = $2 AND channel_id = $3 AND status = 'pending' AND (claimed_at IS NULL OR claimed_at < $4)",
      [now, articleId, channelId, now - staleMs],
    );
    return (r.rowCount ?? 0) > 0;
  }

  async markDelivered(articleId: string, channelId: string, messageId: string, contentHash: string, now: number): Promise<void> {
    await this.query(
      "UPDATE posts SET status = 'delivered', message_id = $1, content_hash = $2, attempts = attempts + 1, error = NULL, claimed_at = NULL, updated_at = $3 WHERE article_id = $4 AND channel_id = $5",
      [messageId, contentHash, now, articleId, channelId],
    );
  }

  async markAttemptFailed(articleId: string, channelId: string, error: string, next: { status: 'pending' | 'failed'; at: number }, now: number): Promise<void> {
    await this.query(
      'UPDATE posts SET status = $1, attempts = attempts + 1, error = $2, next_attempt_at = $3, claimed_at = NULL, updated_at = $4 WHERE article_id = $5 AND channel_id = $6',
      [next.status, error, next.at, now, articleId, channelId],
    );
  }

  async setHash(articleId: string, channelId: string, contentHash: string, now: number): Promise<void> {
    await this.query('UPDATE posts SET content_hash = $1, updated_at = $2 WHERE article_id = $3 AND channel_id = $4', [contentHash, now, articleId, channelId]);
  }

  async recordQuestion(q: QuestionRecord): Promise<void> {
    await this.query(
      `INSERT INTO questions (id, text, private, guild_id, user_hash, asked_at, outcome, entry_id, entry_title, confidence)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [q.id, q.text, q.private, q.guildId, q.userHash, q.askedAt, q.outcome, q.entryId, q.entryTitle, q.confidence],
    );
  }

  async question(id: string): Promise<QuestionRecord | null> {
    const { rows } = await this.query<QuestionRow>('SELECT * FROM questions WHERE id = $1', [id]);
    return rows[0] ? toQuestion(rows[0]) : null;
  }

  async vote(questionId: string, userHash: string, helpful: boolean, now: number): Promise<void> {
    await this.query(
      `INSERT INTO votes (question_id, user_hash, helpful, voted_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (question_id, user_hash) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at`,
      [questionId, userHash, helpful, now],
    );
  }

  async questionsSince(since: number, guildId?: string): Promise<QuestionWithVotes[]> {
    const { rows } = await this.query<QuestionRow>(
      `SELECT q.*, COUNT(*) FILTER (WHERE v.helpful)::int AS helpful, COUNT(*) FILTER (WHERE NOT v.helpful)::int AS not_helpful
       FROM questions q LEFT JOIN votes v ON v.question_id = q.id
       WHERE q.asked_at >= $1 AND ($2::text IS NULL OR q.guild_id = $2)
       GROUP BY q.id ORDER BY q.asked_at`,
      [since, guildId ?? null],
    );
    return rows.map((r) => ({ ...toQuestion(r), helpful: r.helpful ?? 0, notHelpful: r.not_helpful ?? 0 }));
  }

  async pruneQuestions(before: number): Promise<number> {
    const r = await this.query('DELETE FROM questions WHERE asked_at < $1', [before]);
    return r.rowCount ?? 0;
  }

  async close(): Promise<void> {
    await this.dropLeaderClient();
    await this.pool.end();
  }
}
