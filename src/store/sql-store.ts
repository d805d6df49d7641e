import type { Kysely, Selectable } from 'kysely';
import { sql } from './kysely.js';
import type { Tables } from './schema.js';
import type {
  AlternateStatus,
  AutoAnswerChannel,
  AutoAnswerRecord,
  FeedPoll,
  LearnedAlternate,
  PostRecord,
  QuestionRecord,
  QuestionWithVotes,
  Store,
  StoredFeed,
  Subscription,
} from './store.js';

/** What truly differs between SQLite and PostgreSQL; every query is shared. */
export interface Backend {
  /** Whether several processes share the database (see Store.shared). */
  readonly shared: boolean;
  /** The database as it is now: a SQLite store that healed a corrupt file swaps in a fresh one. */
  current(): Kysely<Tables>;
  /** See Store.leader. */
  leader(): Promise<boolean>;
  /**
   * Called with the error of a query run on `failed`: true when the backend has replaced a database it
   * found lost (a corrupt SQLite file), so the query is worth one more try on current().
   */
  recover(err: unknown, failed: Kysely<Tables>): Promise<boolean>;
  close(): Promise<void>;
}

const toPost = (r: Selectable<Tables['posts']>): PostRecord => ({
  articleId: r.article_id,
  channelId: r.channel_id,
  messageId: r.message_id,
  contentHash: r.content_hash,
  status: r.status,
  attempts: r.attempts,
  error: r.error,
  nextAttemptAt: r.next_attempt_at,
  updatedAt: r.updated_at,
});

const toQuestion = (r: Selectable<Tables['questions']>): QuestionRecord => ({
  id: r.id,
  text: r.text,
  private: Boolean(r.private),
  guildId: r.guild_id,
  userHash: r.user_hash,
  askedAt: r.asked_at,
  outcome: r.outcome,
  entryId: r.entry_id,
  entryTitle: r.entry_title,
  confidence: r.confidence,
});

/** Booleans are written as 0/1: better-sqlite3 binds no JS booleans, and PostgreSQL reads '1' as true. */
const bit = (value: boolean): 0 | 1 => (value ? 1 : 0);

/** A count of rows changed, as Kysely reports it (bigint, or undefined when the driver does not say). */
const changed = (n: bigint | undefined): boolean => (n ?? 0n) > 0n;

/** Paging values must be whole and not negative; anything else is the caller's bug, said plainly. */
function pageValue(name: 'limit' | 'offset', value: number | undefined): number | undefined {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) throw new RangeError(`${name} must be a whole number, 0 or more (got ${value})`);
  return value;
}

/**
 * The one Store implementation, over Kysely: the same queries serve SQLite (the embedded default) and
 * PostgreSQL (shared by several processes). Open it through openStore (open.ts), or the dialect modules
 * sqlite.ts and postgres.ts.
 */
export class SqlStore implements Store {
  readonly shared: boolean;

  constructor(private readonly backend: Backend) {
    this.shared = backend.shared;
  }

  /** Runs `work` on the current database, once more on a fresh one if the backend healed a lost database. */
  private async run<T>(work: (db: Kysely<Tables>) => Promise<T>): Promise<T> {
    const db = this.backend.current();
    try {
      return await work(db);
    } catch (err) {
      if (!(await this.backend.recover(err, db))) throw err;
      return work(this.backend.current());
    }
  }

  leader(): Promise<boolean> {
    return this.backend.leader();
  }

  subscribe(guildId: string, channelId: string): Promise<boolean> {
    return this.run(async (db) => {
      const r = await db
        .insertInto('subscriptions')
        .values({ guild_id: guildId, channel_id: channelId, created_at: Date.now() })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return changed(r.numInsertedOrUpdatedRows);
    });
  }

  unsubscribe(guildId: string, channelId: string): Promise<boolean> {
    return this.run(async (db) => {
      const r = await db.deleteFrom('subscriptions').where('guild_id', '=', guildId).where('channel_id', '=', channelId).executeTakeFirst();
      return changed(r.numDeletedRows);
    });
  }

  subscriptions(guildId?: string): Promise<Subscription[]> {
    return this.run(async (db) => {
      const rows = await db
        .selectFrom('subscriptions')
        .selectAll()
        .$if(guildId !== undefined, (q) => q.where('guild_id', '=', guildId!))
        .orderBy('created_at')
        .orderBy('channel_id')
        .execute();
      return rows.map((r) => ({ guildId: r.guild_id, channelId: r.channel_id, createdAt: r.created_at }));
    });
  }

  resetChannel(channelId: string, now: number): Promise<void> {
    return this.run((db) =>
      db.transaction().execute(async (trx) => {
        await trx.deleteFrom('channels').where('channel_id', '=', channelId).execute();
        await trx
          .updateTable('posts')
          .set({ status: 'seen', claimed_at: null, updated_at: now })
          .where('channel_id', '=', channelId)
          .where('status', '=', 'pending')
          .execute();
      }),
    );
  }

  channelReady(channelId: string): Promise<boolean> {
    return this.run(async (db) => (await db.selectFrom('channels').select('channel_id').where('channel_id', '=', channelId).executeTakeFirst()) !== undefined);
  }

  setUpChannel(channelId: string, posts: { articleId: string; contentHash: string; status: 'pending' | 'seen' }[], now: number): Promise<void> {
    return this.run((db) =>
      db.transaction().execute(async (trx) => {
        for (const p of posts) {
          await trx
            .insertInto('posts')
            .values({ article_id: p.articleId, channel_id: channelId, content_hash: p.contentHash, status: p.status, updated_at: now })
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
        await trx.insertInto('channels').values({ channel_id: channelId, ready_at: now }).onConflict((oc) => oc.doNothing()).execute();
      }),
    );
  }

  post(articleId: string, channelId: string): Promise<PostRecord | null> {
    return this.run(async (db) => {
      const row = await db.selectFrom('posts').selectAll().where('article_id', '=', articleId).where('channel_id', '=', channelId).executeTakeFirst();
      return row ? toPost(row) : null;
    });
  }

  addPending(articleId: string, channelId: string, contentHash: string, now: number): Promise<boolean> {
    return this.run(async (db) => {
      const r = await db
        .insertInto('posts')
        .values({ article_id: articleId, channel_id: channelId, content_hash: contentHash, status: 'pending', updated_at: now })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return changed(r.numInsertedOrUpdatedRows);
    });
  }

  renamePosts(from: string, to: string): Promise<number> {
    return this.run(async (db) => {
      const taken = db.selectFrom('posts').select('channel_id').where('article_id', '=', to);
      const r = await db.updateTable('posts').set({ article_id: to }).where('article_id', '=', from).where('channel_id', 'not in', taken).executeTakeFirst();
      return Number(r.numUpdatedRows);
    });
  }

  duePosts(now: number, limit: number): Promise<PostRecord[]> {
    return this.run(async (db) => {
      const rows = await db
        .selectFrom('posts')
        .selectAll()
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .orderBy('updated_at')
        .limit(limit)
        .execute();
      return rows.map(toPost);
    });
  }

  postsIn(channelId: string): Promise<PostRecord[]> {
    return this.run(async (db) =>
      (await db.selectFrom('posts').selectAll().where('channel_id', '=', channelId).orderBy('updated_at').orderBy('article_id').execute()).map(toPost),
    );
  }

  claim(articleId: string, channelId: string, now: number, staleMs: number): Promise<boolean> {
    return this.run(async (db) => {
      const r = await db
        .updateTable('posts')
        .set({ claimed_at: now })
        .where('article_id', '=', articleId)
        .where('channel_id', '=', channelId)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', now - staleMs)]))
        .executeTakeFirst();
      return changed(r.numUpdatedRows);
    });
  }

  markDelivered(articleId: string, channelId: string, messageId: string, contentHash: string, now: number): Promise<void> {
    return this.run(async (db) => {
      await db
        .updateTable('posts')
        .set((eb) => ({
          status: 'delivered',
          message_id: messageId,
          content_hash: contentHash,
          attempts: eb('attempts', '+', 1),
          error: null,
          claimed_at: null,
          updated_at: now,
        }))
        .where('article_id', '=', articleId)
        .where('channel_id', '=', channelId)
        .execute();
    });
  }

  markAttemptFailed(articleId: string, channelId: string, error: string, next: { status: 'pending' | 'failed'; at: number }, now: number): Promise<void> {
    return this.run(async (db) => {
      await db
        .updateTable('posts')
        .set((eb) => ({ status: next.status, attempts: eb('attempts', '+', 1), error, next_attempt_at: next.at, claimed_at: null, updated_at: now }))
        .where('article_id', '=', articleId)
        .where('channel_id', '=', channelId)
        .execute();
    });
  }

  setHash(articleId: string, channelId: string, contentHash: string, now: number): Promise<void> {
    return this.run(async (db) => {
      await db.updateTable('posts').set({ content_hash: contentHash, updated_at: now }).where('article_id', '=', articleId).where('channel_id', '=', channelId).execute();
    });
  }

  recordQuestion(q: QuestionRecord): Promise<void> {
    return this.run(async (db) => {
      await db
        .insertInto('questions')
        .values({
          id: q.id,
          text: q.text,
          private: bit(q.private),
          guild_id: q.guildId,
          user_hash: q.userHash,
          asked_at: q.askedAt,
          outcome: q.outcome,
          entry_id: q.entryId,
          entry_title: q.entryTitle,
          confidence: q.confidence,
        })
        .execute();
    });
  }

  question(id: string): Promise<QuestionRecord | null> {
    return this.run(async (db) => {
      const row = await db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toQuestion(row) : null;
    });
  }

  vote(questionId: string, userHash: string, helpful: boolean, now: number): Promise<void> {
    return this.run(async (db) => {
      await db
        .insertInto('votes')
        .values({ question_id: questionId, user_hash: userHash, helpful: bit(helpful), voted_at: now })
        .onConflict((oc) => oc.columns(['question_id', 'user_hash']).doUpdateSet((eb) => ({ helpful: eb.ref('excluded.helpful'), voted_at: eb.ref('excluded.voted_at') })))
        .execute();
    });
  }

  questionsSince(since: number, guildId?: string): Promise<QuestionWithVotes[]> {
    return this.run(async (db) => {
      const rows = await db
        .selectFrom('questions as q')
        .leftJoin('votes as v', 'v.question_id', 'q.id')
        .selectAll('q')
        // CASE, not FILTER or `= 1`: the one spelling both databases accept for a 0/1 or boolean column.
        .select([
          sql<number>`SUM(CASE WHEN v.helpful THEN 1 ELSE 0 END)`.as('helpful'),
          sql<number>`SUM(CASE WHEN NOT v.helpful THEN 1 ELSE 0 END)`.as('not_helpful'),
        ])
        .where('q.asked_at', '>=', since)
        .$if(guildId !== undefined, (q) => q.where('q.guild_id', '=', guildId!))
        .groupBy('q.id')
        .orderBy('q.asked_at')
        .orderBy('q.id')
        .execute();
      return rows.map((r) => ({ ...toQuestion(r), helpful: Number(r.helpful), notHelpful: Number(r.not_helpful) }));
    });
  }

  pruneQuestions(before: number): Promise<number> {
    return this.run((db) =>
      db.transaction().execute(async (trx) => {
        // SQLite enforces no foreign keys unless asked, so votes go explicitly rather than by cascade.
        await trx
          .deleteFrom('votes')
          .where('question_id', 'in', trx.selectFrom('questions').select('id').where('asked_at', '<', before))
          .execute();
        const r = await trx.deleteFrom('questions').where('asked_at', '<', before).executeTakeFirst();
        return Number(r.numDeletedRows);
      }),
    );
  }

  recordAlternate(entry: string, question: string, userHash: string, at: Date): Promise<void> {
    const ms = at.getTime();
    return this.run((db) =>
      db.transaction().execute(async (trx) => {
        // Written first, so the transaction takes the write lock at once; the status is never touched.
        const { id } = await trx
          .insertInto('learned_alternates')
          .values({ entry, question, status: 'pending', first_seen: ms, last_seen: ms })
          .onConflict((oc) =>
            oc.columns(['entry', 'question']).doUpdateSet({
              first_seen: sql`CASE WHEN excluded.first_seen < learned_alternates.first_seen THEN excluded.first_seen ELSE learned_alternates.first_seen END`,
              last_seen: sql`CASE WHEN excluded.last_seen > learned_alternates.last_seen THEN excluded.last_seen ELSE learned_alternates.last_seen END`,
            }),
          )
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.insertInto('learned_alternate_members').values({ alternate_id: id, user_hash: userHash }).onConflict((oc) => oc.doNothing()).execute();
      }),
    );
  }

  async alternates(filter: { status?: AlternateStatus; limit?: number; offset?: number }): Promise<LearnedAlternate[]> {
    const limit = pageValue('limit', filter.limit);
    const offset = pageValue('offset', filter.offset);
    return this.run(async (db) => {
      const rows = await db
        .selectFrom('learned_alternates as a')
        .leftJoin('learned_alternate_members as m', 'm.alternate_id', 'a.id')
        .select(['a.id', 'a.entry', 'a.question', 'a.status', 'a.first_seen', 'a.last_seen'])
        .select((eb) => eb.fn.count<number>('m.user_hash').as('members'))
        .$if(filter.status !== undefined, (q) => q.where('a.status', '=', filter.status!))
        .groupBy('a.id')
        .orderBy('members', 'desc')
        .orderBy('a.last_seen', 'desc')
        .orderBy('a.id')
        // SQLite accepts OFFSET only after a LIMIT.
        .$if(limit !== undefined || offset !== undefined, (q) => q.limit(limit ?? Number.MAX_SAFE_INTEGER))
        .$if(offset !== undefined, (q) => q.offset(offset!))
        .execute();
      return rows.map((r) => ({
        id: Number(r.id),
        entry: r.entry,
        question: r.question,
        members: Number(r.members),
        status: r.status,
        firstSeen: new Date(Number(r.first_seen)),
        lastSeen: new Date(Number(r.last_seen)),
      }));
    });
  }

  async setAlternateStatus(id: number, status: 'approved' | 'rejected'): Promise<boolean> {
    // Not an id this store could have given (PostgreSQL would reject it as an INTEGER).
    if (!Number.isInteger(id) || id < 1 || id > 2 ** 31 - 1) return false;
    return this.run(async (db) => changed((await db.updateTable('learned_alternates').set({ status }).where('id', '=', id).executeTakeFirst()).numUpdatedRows));
  }

  addAutoAnswerChannel(guildId: string, channelId: string, threshold: number | null, now: number): Promise<boolean> {
    return this.run((db) =>
      db.transaction().execute(async (trx) => {
        const existed = await trx.selectFrom('auto_answer_channels').select('channel_id').where('channel_id', '=', channelId).executeTakeFirst();
        await trx
          .insertInto('auto_answer_channels')
          .values({ guild_id: guildId, channel_id: channelId, threshold, created_at: now })
          .onConflict((oc) => oc.column('channel_id').doUpdateSet({ guild_id: guildId, threshold }))
          .execute();
        return existed === undefined;
      }),
    );
  }

  removeAutoAnswerChannel(guildId: string, channelId: string): Promise<boolean> {
    return this.run(async (db) => {
      const r = await db.deleteFrom('auto_answer_channels').where('guild_id', '=', guildId).where('channel_id', '=', channelId).executeTakeFirst();
      return changed(r.numDeletedRows);
    });
  }

  autoAnswerChannels(guildId?: string): Promise<AutoAnswerChannel[]> {
    return this.run(async (db) => {
      const rows = await db
        .selectFrom('auto_answer_channels')
        .selectAll()
        .$if(guildId !== undefined, (q) => q.where('guild_id', '=', guildId!))
        .orderBy('created_at')
        .orderBy('channel_id')
        .execute();
      return rows.map((r) => ({ guildId: r.guild_id, channelId: r.channel_id, threshold: r.threshold === null ? null : Number(r.threshold), createdAt: Number(r.created_at) }));
    });
  }

  claimAutoAnswer(claim: { targetId: string; channelId: string; authorHash: string }, now: number): Promise<boolean> {
    return this.run(async (db) => {
      const r = await db
        .insertInto('auto_answers')
        .values({ target_id: claim.targetId, channel_id: claim.channelId, author_hash: claim.authorHash, outcome: 'claimed', claimed_at: now })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return changed(r.numInsertedOrUpdatedRows);
    });
  }

  finishAutoAnswer(targetId: string, result: { outcome: 'answered' | 'skipped'; threadId?: string | null; messageId?: string | null }): Promise<void> {
    return this.run(async (db) => {
      await db
        .updateTable('auto_answers')
        .set({ outcome: result.outcome, thread_id: result.threadId ?? null, message_id: result.messageId ?? null })
        .where('target_id', '=', targetId)
        .execute();
    });
  }

  autoAnswer(targetId: string): Promise<AutoAnswerRecord | null> {
    return this.run(async (db) => {
      const r = await db.selectFrom('auto_answers').selectAll().where('target_id', '=', targetId).executeTakeFirst();
      if (!r) return null;
      return {
        targetId: r.target_id,
        channelId: r.channel_id,
        threadId: r.thread_id,
        authorHash: r.author_hash,
        outcome: r.outcome,
        messageId: r.message_id,
        solvedAt: r.solved_at === null ? null : Number(r.solved_at),
        claimedAt: Number(r.claimed_at),
      };
    });
  }

  markSolved(targetId: string, now: number): Promise<boolean> {
    return this.run(async (db) => {
      const r = await db.updateTable('auto_answers').set({ solved_at: now }).where('target_id', '=', targetId).where('solved_at', 'is', null).executeTakeFirst();
      return changed(r.numUpdatedRows);
    });
  }

  addFeed(feed: { url: string; guildId: string; title: string | null }, now: number): Promise<boolean> {
    return this.run(async (db) => {
      const r = await db
        .insertInto('feeds')
        .values({ url: feed.url, guild_id: feed.guildId, title: feed.title, created_at: now })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return changed(r.numInsertedOrUpdatedRows);
    });
  }

  removeFeed(guildId: string, url: string): Promise<boolean> {
    return this.run((db) =>
      db.transaction().execute(async (trx) => {
        const r = await trx.deleteFrom('feeds').where('guild_id', '=', guildId).where('url', '=', url).executeTakeFirst();
        if (!changed(r.numDeletedRows)) return false;
        await trx.deleteFrom('feed_polls').where('url', '=', url).execute();
        return true;
      }),
    );
  }

  feeds(guildId?: string): Promise<StoredFeed[]> {
    return this.run(async (db) => {
      const rows = await db
        .selectFrom('feeds')
        .selectAll()
        .$if(guildId !== undefined, (q) => q.where('guild_id', '=', guildId!))
        .orderBy('created_at')
        .orderBy('url')
        .execute();
      return rows.map((r) => ({ url: r.url, guildId: r.guild_id, title: r.title, createdAt: Number(r.created_at) }));
    });
  }

  recordFeedPoll(poll: FeedPoll): Promise<void> {
    return this.run(async (db) => {
      const row = { polled_at: poll.polledAt, status: poll.status, items: poll.items, added: poll.added, error: poll.error, failures: poll.failures };
      await db
        .insertInto('feed_polls')
        .values({ url: poll.url, ...row })
        // A poll that read nothing (304, failure) keeps the count of the last read.
        .onConflict((oc) => oc.column('url').doUpdateSet({ ...row, items: sql<number | null>`coalesce(excluded.items, feed_polls.items)` }))
        .execute();
    });
  }

  feedPolls(): Promise<FeedPoll[]> {
    return this.run(async (db) => {
      const rows = await db.selectFrom('feed_polls').selectAll().orderBy('url').execute();
      return rows.map((r) => ({
        url: r.url,
        polledAt: Number(r.polled_at),
        status: r.status,
        items: r.items === null ? null : Number(r.items),
        added: Number(r.added),
        error: r.error,
        failures: Number(r.failures),
      }));
    });
  }

  userHashSalt(candidate: string): Promise<string> {
    return this.run(async (db) => {
      await db.insertInto('settings').values({ key: 'user_hash_salt', value: candidate }).onConflict((oc) => oc.doNothing()).execute();
      return (await db.selectFrom('settings').select('value').where('key', '=', 'user_hash_salt').executeTakeFirstOrThrow()).value;
    });
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}
