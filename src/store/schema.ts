import type { ColumnType, Generated, Kysely, SqlBool } from 'kysely';
import { sql } from './kysely.js';
import type { PostStatus } from './store.js';

/** Epoch milliseconds: BIGINT in PostgreSQL (read back as numbers), INTEGER in SQLite. */
type Millis = number;

/** Every table of the store, as Kysely sees it; one schema for SQLite and PostgreSQL. */
export interface Tables {
  /** One row, the number of MIGRATIONS applied. */
  faq_bot_schema: { version: number };
  subscriptions: { guild_id: string; channel_id: string; created_at: Millis };
  channels: { channel_id: string; ready_at: Millis };
  posts: {
    article_id: string;
    channel_id: string;
    message_id: string | null;
    content_hash: string;
    status: PostStatus;
    attempts: Generated<number>;
    error: string | null;
    next_attempt_at: Generated<Millis>;
    /** When a sender claimed the post; null when nobody is sending it. */
    claimed_at: Millis | null;
    updated_at: Millis;
  };
  questions: {
    id: string;
    text: string | null;
    /** SQLite keeps booleans as 0/1, PostgreSQL as booleans; both are written as 0/1. */
    private: ColumnType<SqlBool, 0 | 1, 0 | 1>;
    guild_id: string | null;
    user_hash: string;
    asked_at: Millis;
    outcome: 'answered' | 'abstained';
    entry_id: string | null;
    entry_title: string | null;
    confidence: number;
  };
  votes: { question_id: string; user_hash: string; helpful: ColumnType<SqlBool, 0 | 1, 0 | 1>; voted_at: Millis };
  settings: { key: string; value: string };
  learned_alternates: {
    id: Generated<number>;
    /** The FAQ entry id this phrasing asks for, e.g. `article-id#faq-2`. */
    entry: string;
    question: string;
    status: 'pending' | 'approved' | 'rejected';
    first_seen: Millis;
    last_seen: Millis;
  };
  /** Who confirmed a learned alternate: one row per distinct member. */
  learned_alternate_members: { alternate_id: number; user_hash: string };
  auto_answer_channels: { guild_id: string; channel_id: string; threshold: number | null; created_at: Millis };
  /** One row per forum post or message considered for an unprompted answer; the primary key is the claim. */
  auto_answers: {
    target_id: string;
    channel_id: string;
    thread_id: string | null;
    author_hash: string;
    outcome: 'claimed' | 'answered' | 'skipped';
    message_id: string | null;
    solved_at: Millis | null;
    claimed_at: Millis;
  };
  /** Feeds added with `/feeds add` (FEED_URLS feeds are configuration and are not stored). */
  feeds: { url: string; guild_id: string; title: string | null; created_at: Millis };
  /** The last poll of each feed, configured or added, as the polling process recorded it. */
  feed_polls: {
    url: string;
    polled_at: Millis;
    status: 'ok' | 'not-modified' | 'failed';
    items: number | null;
    added: number;
    error: string | null;
    failures: number;
  };
}

export type Dialect = 'sqlite' | 'postgres';

/**
 * One schema step. Steps are written to be re-runnable (IF NOT EXISTS), because a SQLite file made
 * before this list existed (schema `user_version` 1 to 4) is adopted by running the list from the start.
 */
type Migration = (db: Kysely<any>, dialect: Dialect) => Promise<void>;

const statusCheck = (column: string, values: string[]) =>
  sql`${sql.ref(column)} IN (${sql.join(values.map((v) => sql.lit(v)))})`;

/**
 * The store's schema history, oldest first; never edit a step that has shipped, append one. The first
 * two are the PostgreSQL store's first two versions, so a PostgreSQL database from before this list
 * continues where it was.
 */
export const MIGRATIONS: Migration[] = [
  async (db, dialect) => {
    await db.schema
      .createTable('subscriptions')
      .ifNotExists()
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('channels')
      .ifNotExists()
      .addColumn('channel_id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('ready_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('posts')
      .ifNotExists()
      .addColumn('article_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text')
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(statusCheck('status', ['pending', 'delivered', 'failed', 'seen'])))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('error', 'text')
      .addColumn('next_attempt_at', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('claimed_at', 'bigint')
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('posts_article_channel', ['article_id', 'channel_id'])
      .execute();
    // SQLite files from before claimed_at existed (user_version 1 and 2) lack it.
    if (dialect === 'sqlite') {
      const columns = await sql<{ name: string }>`SELECT name FROM pragma_table_info('posts')`.execute(db);
      if (!columns.rows.some((c) => c.name === 'claimed_at')) await db.schema.alterTable('posts').addColumn('claimed_at', 'bigint').execute();
    }
    await db.schema.createIndex('posts_due').ifNotExists().on('posts').columns(['status', 'next_attempt_at']).execute();
    await db.schema
      .createTable('questions')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('text', 'text')
      .addColumn('private', 'boolean', (c) => c.notNull())
      .addColumn('guild_id', 'text')
      .addColumn('user_hash', 'text', (c) => c.notNull())
      .addColumn('asked_at', 'bigint', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull().check(statusCheck('outcome', ['answered', 'abstained'])))
      .addColumn('entry_id', 'text')
      .addColumn('entry_title', 'text')
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('questions_asked_at').ifNotExists().on('questions').column('asked_at').execute();
    await db.schema
      .createTable('votes')
      .ifNotExists()
      .addColumn('question_id', 'text', (c) => c.notNull().references('questions.id').onDelete('cascade'))
      .addColumn('user_hash', 'text', (c) => c.notNull())
      .addColumn('helpful', 'boolean', (c) => c.notNull())
      .addColumn('voted_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('votes_pk', ['question_id', 'user_hash'])
      .execute();
  },
  async (db) => {
    await db.schema
      .createTable('settings')
      .ifNotExists()
      .addColumn('key', 'text', (c) => c.notNull().primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
  async (db, dialect) => {
    await db.schema
      .createTable('learned_alternates')
      .ifNotExists()
      .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('entry', 'text', (c) => c.notNull())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(statusCheck('status', ['pending', 'approved', 'rejected'])))
      .addColumn('first_seen', 'bigint', (c) => c.notNull())
      .addColumn('last_seen', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('learned_alternates_entry_question', ['entry', 'question'])
      .execute();
    await db.schema
      .createTable('learned_alternate_members')
      .ifNotExists()
      .addColumn('alternate_id', 'integer', (c) => c.notNull().references('learned_alternates.id').onDelete('cascade'))
      .addColumn('user_hash', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('learned_alternate_members_pk', ['alternate_id', 'user_hash'])
      .execute();
  },
  async (db) => {
    await db.schema
      .createTable('auto_answer_channels')
      .ifNotExists()
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('channel_id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('threshold', 'double precision')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('auto_answers')
      .ifNotExists()
      .addColumn('target_id', 'text', (c) => c.notNull().primaryKey())
      .addColumn('channel_id', 'text', (c) => c.notNull())
      .addColumn('thread_id', 'text')
      .addColumn('author_hash', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull().check(statusCheck('outcome', ['claimed', 'answered', 'skipped'])))
      .addColumn('message_id', 'text')
      .addColumn('solved_at', 'bigint')
      .addColumn('claimed_at', 'bigint', (c) => c.notNull())
      .execute();
  },
  // From here the ledger names an article by its identity across renames (Article.key). A row written before
  // named it by its id, which is the key `id:<id>` of an article whose front matter pins that id; an article
  // known by its url or title takes over such rows on its first sync (SummaryPublisher), so nothing already
  // posted is posted again. Not re-runnable, unlike the steps above: it runs in the transaction that records
  // the new version, and files from before the list had no ledger keyed otherwise.
  async (db) => {
    await db.updateTable('posts').set({ article_id: sql`'id:' || article_id` }).execute();
  },
  async (db) => {
    await db.schema
      .createTable('feeds')
      .ifNotExists()
      .addColumn('url', 'text', (c) => c.notNull().primaryKey())
      .addColumn('guild_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('feed_polls')
      .ifNotExists()
      .addColumn('url', 'text', (c) => c.notNull().primaryKey())
      .addColumn('polled_at', 'bigint', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(statusCheck('status', ['ok', 'not-modified', 'failed'])))
      .addColumn('items', 'integer')
      .addColumn('added', 'integer', (c) => c.notNull())
      .addColumn('error', 'text')
      .addColumn('failures', 'integer', (c) => c.notNull())
      .execute();
  },
];

/**
 * Brings the schema up to date. The caller runs this in one transaction holding the database's write
 * lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock), so processes starting together on an
 * empty database take turns and the second finds nothing left to do.
 */
export async function migrate(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema.createTable('faq_bot_schema').ifNotExists().addColumn('version', 'integer', (c) => c.notNull()).execute();
  const row = await db.selectFrom('faq_bot_schema').select('version').executeTakeFirst();
  const version: number = row?.version ?? 0;
  if (version >= MIGRATIONS.length) return;
  for (let v = version; v < MIGRATIONS.length; v++) await MIGRATIONS[v]!(db, dialect);
  if (row) await db.updateTable('faq_bot_schema').set({ version: MIGRATIONS.length }).execute();
  else await db.insertInto('faq_bot_schema').values({ version: MIGRATIONS.length }).execute();
}
