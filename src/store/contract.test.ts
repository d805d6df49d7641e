/**
 * The Store contract, run against every backend: SQLite always, PostgreSQL when TEST_DATABASE_URL points
 * at a server (.ci/run starts a throwaway one).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { TestSchemas } from './fixtures/postgres-schemas.js';
import { openPostgresStore } from './postgres.js';
import { MIGRATIONS } from './schema.js';
import { openMemoryStore } from './sqlite.js';
import type { QuestionRecord, Store } from './store.js';

const silent = pino({ level: 'silent' });
const PG_URL = process.env.TEST_DATABASE_URL;
const schemas = PG_URL ? new TestSchemas(PG_URL) : null;

/** A PostgreSQL store in a schema of its own, so each test starts empty. */
async function postgres(): Promise<{ store: Store; url: string }> {
  const url = await schemas!.create();
  return { store: await openPostgresStore(url, silent), url };
}

afterAll(() => schemas?.dropAll());

if (!PG_URL) console.warn('PostgreSQL store tests skipped: set TEST_DATABASE_URL (as .ci/run does) to run them against a real server.');

const backends: [string, () => Promise<Store>][] = [
  ['sqlite', openMemoryStore],
  ['postgres', async () => (await postgres()).store],
];

const question = (id: string, askedAt: number): QuestionRecord => ({
  id, text: `question ${id}`, private: false, guildId: 'G', userHash: 'u', askedAt, outcome: 'abstained', entryId: null, entryTitle: null, confidence: 0.1,
});

describe.each(backends)('Store contract: %s', (name, open) => {
  const run = name === 'postgres' && !PG_URL ? it.skip : it;

  run('moves an article\'s ledger rows to a new name, except in channels where the new name has one', async () => {
    const store = await open();
    try {
      await store.addPending('id:a', 'C', 'h', 1);
      await store.markDelivered('id:a', 'C', 'm1', 'h', 2);
      await store.addPending('id:a', 'D', 'h', 1);
      await store.addPending('title:x', 'D', 'h2', 3);
      expect(await store.renamePosts('id:a', 'title:x')).toBe(1);
      expect(await store.post('title:x', 'C')).toMatchObject({ status: 'delivered', messageId: 'm1' });
      expect(await store.post('id:a', 'C')).toBeNull();
      // D already had a row under the new name: both stay as they were.
      expect(await store.post('title:x', 'D')).toMatchObject({ contentHash: 'h2' });
      expect(await store.post('id:a', 'D')).toMatchObject({ contentHash: 'h' });
      expect(await store.renamePosts('id:a', 'title:x')).toBe(0);
      expect(await store.renamePosts('id:none', 'title:y')).toBe(0);
    } finally {
      await store.close();
    }
  });

  run('keeps one post per (article, channel) and walks it through claim, failure and delivery', async () => {
    const store = await open();
    try {
      expect(await store.addPending('a', 'C', 'h', 1)).toBe(true);
      expect(await store.addPending('a', 'C', 'h', 2)).toBe(false);
      expect((await store.duePosts(10, 10)).map((p) => p.articleId)).toEqual(['a']);
      expect(await store.claim('a', 'C', 10, 1000)).toBe(true);
      expect(await store.claim('a', 'C', 11, 1000)).toBe(false);
      expect(await store.claim('a', 'C', 2000, 1000)).toBe(true);
      await store.markAttemptFailed('a', 'C', '500: boom', { status: 'pending', at: 5000 }, 2001);
      expect(await store.duePosts(4999, 10)).toEqual([]);
      expect(await store.claim('a', 'C', 5000, 1000)).toBe(true);
      await store.markDelivered('a', 'C', 'm1', 'h2', 5001);
      expect(await store.post('a', 'C')).toMatchObject({ status: 'delivered', messageId: 'm1', contentHash: 'h2', attempts: 2, error: null });
      expect(await store.claim('a', 'C', 9999, 1)).toBe(false);
    } finally {
      await store.close();
    }
  });

  run('sets a channel up once, recording seen and pending posts', async () => {
    const store = await open();
    try {
      expect(await store.channelReady('C')).toBe(false);
      await store.setUpChannel('C', [{ articleId: 'new', contentHash: 'h', status: 'pending' }, { articleId: 'old', contentHash: 'h', status: 'seen' }], 1);
      expect(await store.channelReady('C')).toBe(true);
      expect((await store.postsIn('C')).map((p) => [p.articleId, p.status]).sort()).toEqual([['new', 'pending'], ['old', 'seen']]);
    } finally {
      await store.close();
    }
  });

  run('keeps subscriptions per guild', async () => {
    const store = await open();
    try {
      expect(await store.subscribe('G', 'C1')).toBe(true);
      expect(await store.subscribe('G', 'C1')).toBe(false);
      await store.subscribe('H', 'C2');
      expect((await store.subscriptions('G')).map((s) => s.channelId)).toEqual(['C1']);
      expect(await store.subscriptions()).toHaveLength(2);
      expect(await store.unsubscribe('G', 'C1')).toBe(true);
      expect(await store.unsubscribe('G', 'C1')).toBe(false);
    } finally {
      await store.close();
    }
  });

  run('logs questions, keeps one vote per user, and prunes by age', async () => {
    const store = await open();
    try {
      await store.recordQuestion(question('old', 100));
      await store.recordQuestion({ ...question('new', 200), outcome: 'answered', entryId: 'e', entryTitle: 'E' });
      await store.vote('new', 'alice', false, 201);
      await store.vote('new', 'alice', true, 202);
      await store.vote('new', 'bob', false, 203);
      expect(await store.question('new')).toMatchObject({ outcome: 'answered', entryId: 'e', private: false });
      const since = await store.questionsSince(150);
      expect(since.map((q) => [q.id, q.helpful, q.notHelpful])).toEqual([['new', 1, 1]]);
      expect(await store.pruneQuestions(150)).toBe(1);
      expect(await store.question('old')).toBeNull();
    } finally {
      await store.close();
    }
  });
  run('forgets a reset channel: it is no longer ready, and its pending posts become seen', async () => {
    const store = await open();
    try {
      await store.setUpChannel('C', [{ articleId: 'p', contentHash: 'h', status: 'pending' }, { articleId: 's', contentHash: 'h', status: 'seen' }], 1);
      await store.addPending('d', 'C', 'h', 2);
      await store.markDelivered('d', 'C', 'm', 'h', 3);
      await store.addPending('other', 'D', 'h', 4);
      expect(await store.claim('p', 'C', 5, 1000)).toBe(true);
      await store.resetChannel('C', 50);
      expect(await store.channelReady('C')).toBe(false);
      expect(await store.post('p', 'C')).toMatchObject({ status: 'seen', updatedAt: 50 });
      expect(await store.post('s', 'C')).toMatchObject({ status: 'seen', updatedAt: 1 });
      expect(await store.post('d', 'C')).toMatchObject({ status: 'delivered', messageId: 'm' });
      expect(await store.post('other', 'D')).toMatchObject({ status: 'pending' });
      expect((await store.duePosts(100, 10)).map((p) => p.articleId)).toEqual(['other']);
      // Set up again as a first run: the existing rows stand, the channel is ready.
      await store.setUpChannel('C', [{ articleId: 'p', contentHash: 'h2', status: 'pending' }], 60);
      expect(await store.channelReady('C')).toBe(true);
      expect(await store.post('p', 'C')).toMatchObject({ status: 'seen', contentHash: 'h' });
    } finally {
      await store.close();
    }
  });

  run('gives up on a post after its last failed attempt, and orders due posts by when they are due', async () => {
    const store = await open();
    try {
      await store.addPending('late', 'C', 'h', 1);
      await store.addPending('early', 'C', 'h', 2);
      await store.markAttemptFailed('late', 'C', '503', { status: 'pending', at: 30 }, 3);
      await store.addPending('gone', 'C', 'h', 4);
      await store.markAttemptFailed('gone', 'C', '403: Missing Access', { status: 'failed', at: 0 }, 5);
      expect((await store.duePosts(100, 10)).map((p) => p.articleId)).toEqual(['early', 'late']);
      expect((await store.duePosts(100, 1)).map((p) => p.articleId)).toEqual(['early']);
      expect(await store.post('gone', 'C')).toMatchObject({ status: 'failed', attempts: 1, error: '403: Missing Access' });
      expect(await store.claim('gone', 'C', 100, 1)).toBe(false);
      expect(await store.post('nothing', 'C')).toBeNull();
      expect((await store.postsIn('C')).map((p) => p.articleId)).toEqual(['early', 'late', 'gone']);
    } finally {
      await store.close();
    }
  });

  run('records a new content hash for a post without touching its delivery', async () => {
    const store = await open();
    try {
      await store.addPending('a', 'C', 'h1', 1);
      await store.markDelivered('a', 'C', 'm1', 'h1', 2);
      await store.setHash('a', 'C', 'h2', 3);
      expect(await store.post('a', 'C')).toMatchObject({ contentHash: 'h2', updatedAt: 3, status: 'delivered', messageId: 'm1', attempts: 1 });
      await store.setHash('missing', 'C', 'h', 4);
      expect(await store.post('missing', 'C')).toBeNull();
    } finally {
      await store.close();
    }
  });

  run('keeps private questions private, and filters the report by guild', async () => {
    const store = await open();
    try {
      await store.recordQuestion({ ...question('secret', 100), text: null, private: true, guildId: null, confidence: 0.25 });
      await store.recordQuestion({ ...question('other-guild', 110), guildId: 'H' });
      await store.recordQuestion(question('here', 120));
      expect(await store.question('secret')).toEqual({ ...question('secret', 100), text: null, private: true, guildId: null, confidence: 0.25 });
      expect((await store.questionsSince(0)).map((q) => [q.id, q.private, q.helpful, q.notHelpful])).toEqual([
        ['secret', true, 0, 0],
        ['other-guild', false, 0, 0],
        ['here', false, 0, 0],
      ]);
      expect((await store.questionsSince(0, 'G')).map((q) => q.id)).toEqual(['here']);
      expect(await store.pruneQuestions(0)).toBe(0);
    } finally {
      await store.close();
    }
  });

  run('makes a lone process the poster, and says whether the store is shared', async () => {
    const store = await open();
    try {
      expect(store.shared).toBe(name === 'postgres');
      expect(await store.leader()).toBe(true);
      expect(await store.leader()).toBe(true);
    } finally {
      await store.close();
    }
  });

  run('keeps the first user-hash salt offered', async () => {
    const store = await open();
    try {
      expect(await store.userHashSalt('first')).toBe('first');
      expect(await store.userHashSalt('second')).toBe('first');
    } finally {
      await store.close();
    }
  });

  run('counts each member once per learned phrasing, and keeps a reviewed status', async () => {
    const store = await open();
    try {
      const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);
      await store.recordAlternate('a#faq-1', 'how do i join', 'alice', at(10));
      await store.recordAlternate('a#faq-1', 'how do i join', 'alice', at(20));
      await store.recordAlternate('a#faq-1', 'how do i join', 'bob', at(30));
      await store.recordAlternate('a#faq-1', 'how do i join', 'carol', at(5));
      await store.recordAlternate('a#faq-2', 'how do i join', 'alice', at(40));
      await store.recordAlternate('b#faq-1', 'when does it open', 'bob', at(50));
      const all = await store.alternates({});
      expect(all.map((a) => [a.entry, a.question, a.members, a.status])).toEqual([
        ['a#faq-1', 'how do i join', 3, 'pending'],
        ['b#faq-1', 'when does it open', 1, 'pending'],
        ['a#faq-2', 'how do i join', 1, 'pending'],
      ]);
      expect(all[0]).toMatchObject({ firstSeen: at(5), lastSeen: at(30) });
      expect(all[0]!.firstSeen).toBeInstanceOf(Date);
      expect(new Set(all.map((a) => a.id)).size).toBe(3);

      const [popular, recent, older] = all;
      expect(await store.setAlternateStatus(popular!.id, 'approved')).toBe(true);
      expect(await store.setAlternateStatus(recent!.id, 'rejected')).toBe(true);
      expect(await store.setAlternateStatus(Math.max(...all.map((a) => a.id)) + 1000, 'approved')).toBe(false);
      await store.recordAlternate('b#faq-1', 'when does it open', 'dave', at(60));
      await store.recordAlternate('a#faq-1', 'how do i join', 'dave', at(70));
      expect((await store.alternates({ status: 'rejected' })).map((a) => [a.id, a.members])).toEqual([[recent!.id, 2]]);
      expect((await store.alternates({ status: 'approved' })).map((a) => [a.id, a.members])).toEqual([[popular!.id, 4]]);
      expect((await store.alternates({ status: 'pending' })).map((a) => a.id)).toEqual([older!.id]);

      expect((await store.alternates({ limit: 2 })).map((a) => a.id)).toEqual([popular!.id, recent!.id]);
      expect((await store.alternates({ limit: 2, offset: 2 })).map((a) => a.id)).toEqual([older!.id]);
      expect((await store.alternates({ offset: 1 })).map((a) => a.id)).toEqual([recent!.id, older!.id]);
      expect(await store.alternates({ limit: 0 })).toEqual([]);
      await expect(store.alternates({ limit: -1 })).rejects.toThrow(RangeError);
      await expect(store.alternates({ offset: 1.5 })).rejects.toThrow(RangeError);
    } finally {
      await store.close();
    }
  });

  run('keeps auto-answer channels per guild, with an optional threshold that can be changed', async () => {
    const store = await open();
    try {
      expect(await store.addAutoAnswerChannel('G', 'C1', null, 1)).toBe(true);
      expect(await store.addAutoAnswerChannel('G', 'C2', 0.8, 2)).toBe(true);
      expect(await store.addAutoAnswerChannel('H', 'C3', null, 3)).toBe(true);
      expect(await store.addAutoAnswerChannel('G', 'C1', 0.7, 4)).toBe(false);
      expect(await store.autoAnswerChannels('G')).toEqual([
        { guildId: 'G', channelId: 'C1', threshold: 0.7, createdAt: 1 },
        { guildId: 'G', channelId: 'C2', threshold: 0.8, createdAt: 2 },
      ]);
      expect((await store.autoAnswerChannels()).map((c) => c.channelId)).toEqual(['C1', 'C2', 'C3']);
      expect(await store.removeAutoAnswerChannel('H', 'C1')).toBe(false);
      expect(await store.removeAutoAnswerChannel('G', 'C1')).toBe(true);
      expect((await store.autoAnswerChannels('G')).map((c) => c.channelId)).toEqual(['C2']);
    } finally {
      await store.close();
    }
  });

  run('keeps feeds added by servers, removable only by the server that added them, with each feed\'s last poll', async () => {
    const store = await open();
    try {
      expect(await store.addFeed({ url: 'https://a.example/feed.xml', guildId: 'G', title: 'A' }, 1)).toBe(true);
      expect(await store.addFeed({ url: 'https://b.example/feed.xml', guildId: 'H', title: null }, 2)).toBe(true);
      expect(await store.addFeed({ url: 'https://a.example/feed.xml', guildId: 'H', title: 'again' }, 3)).toBe(false);
      expect(await store.feeds()).toEqual([
        { url: 'https://a.example/feed.xml', guildId: 'G', title: 'A', createdAt: 1 },
        { url: 'https://b.example/feed.xml', guildId: 'H', title: null, createdAt: 2 },
      ]);
      expect((await store.feeds('H')).map((f) => f.url)).toEqual(['https://b.example/feed.xml']);

      const poll = { url: 'https://a.example/feed.xml', polledAt: 10, status: 'ok' as const, items: 12, added: 2, error: null, failures: 0 };
      await store.recordFeedPoll(poll);
      await store.recordFeedPoll({ url: 'https://configured.example/rss', polledAt: 11, status: 'failed', items: null, added: 0, error: 'HTTP 500', failures: 3 });
      await store.recordFeedPoll({ ...poll, polledAt: 20, status: 'not-modified', items: null, added: 0 });
      expect(await store.feedPolls()).toEqual([
        { url: 'https://a.example/feed.xml', polledAt: 20, status: 'not-modified', items: 12, added: 0, error: null, failures: 0 },
        { url: 'https://configured.example/rss', polledAt: 11, status: 'failed', items: null, added: 0, error: 'HTTP 500', failures: 3 },
      ]);

      // Only the server that added a feed removes it; its last poll goes with it.
      expect(await store.removeFeed('H', 'https://a.example/feed.xml')).toBe(false);
      expect(await store.removeFeed('G', 'https://a.example/feed.xml')).toBe(true);
      expect(await store.removeFeed('G', 'https://a.example/feed.xml')).toBe(false);
      expect((await store.feeds()).map((f) => f.url)).toEqual(['https://b.example/feed.xml']);
      expect((await store.feedPolls()).map((p) => p.url)).toEqual(['https://configured.example/rss']);
    } finally {
      await store.close();
    }
  });

  run('lets one caller claim a post, records the outcome and a single solved mark', async () => {
    const store = await open();
    try {
      const claim = { targetId: 'T', channelId: 'F', authorHash: 'a' };
      expect(await store.claimAutoAnswer(claim, 10)).toBe(true);
      expect(await store.claimAutoAnswer(claim, 11)).toBe(false);
      expect(await store.autoAnswer('T')).toMatchObject({ outcome: 'claimed', claimedAt: 10, messageId: null, solvedAt: null });
      await store.finishAutoAnswer('T', { outcome: 'answered', threadId: 'T', messageId: 'M' });
      expect(await store.autoAnswer('T')).toEqual({ targetId: 'T', channelId: 'F', threadId: 'T', authorHash: 'a', outcome: 'answered', messageId: 'M', solvedAt: null, claimedAt: 10 });
      expect(await store.markSolved('T', 20)).toBe(true);
      expect(await store.markSolved('T', 21)).toBe(false);
      expect(await store.markSolved('unknown', 21)).toBe(false);
      expect((await store.autoAnswer('T'))?.solvedAt).toBe(20);
      expect(await store.autoAnswer('unknown')).toBeNull();
    } finally {
      await store.close();
    }
  });
});

/** Runs `statements` on the schema behind `url`. */
async function sqlOn(url: string, statements: string): Promise<pg.QueryResult[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(statements);
    return Array.isArray(result) ? result : [result];
  } finally {
    await client.end();
  }
}

describe('PostgreSQL store', () => {
  const run = PG_URL ? it : it.skip;

  run('gives the poster role to one process, and to another once the holder is gone', async () => {
    const { store: first, url } = await postgres();
    const second = await openPostgresStore(url, silent);
    try {
      expect(first.shared).toBe(true);
      expect(await first.leader()).toBe(true);
      expect(await second.leader()).toBe(false);
      expect(await first.leader()).toBe(true);
      await first.close();
      expect(await second.leader()).toBe(true);
    } finally {
      await second.close();
    }
  });

  run('elects one poster per schema, so bots in separate schemas of one database each post', async () => {
    const a = (await postgres()).store;
    const b = (await postgres()).store;
    try {
      expect(await a.leader()).toBe(true);
      expect(await b.leader()).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });

  run('migrates an empty database once when several processes start together, and they share one salt', async () => {
    const url = await schemas!.create();
    const together = await Promise.all([1, 2, 3].map(() => openPostgresStore(url, silent)));
    try {
      expect(await together[0]!.addPending('a', 'C', 'h', 1)).toBe(true);
      expect(await together[1]!.addPending('a', 'C', 'h', 1)).toBe(false);
      const salts = await Promise.all(together.map((s, i) => s.userHashSalt(`salt-${i}`)));
      expect(new Set(salts).size).toBe(1);
    } finally {
      for (const s of together) await s.close();
    }
    const [versions] = await sqlOn(url, 'SELECT version FROM faq_bot_schema');
    expect(versions!.rows).toEqual([{ version: MIGRATIONS.length }]);
  });

  run('upgrades a database left by the store before the one migration list, keeping every row, the ledger keyed id:<article id>', async () => {
    const url = await schemas!.create();
    await sqlOn(url, readFileSync(path.join(import.meta.dirname, 'fixtures', 'v1-postgres.sql'), 'utf8'));
    const TABLES = ['subscriptions', 'channels', 'posts', 'questions', 'votes', 'settings'];
    const dump = async () => (await sqlOn(url, TABLES.map((t) => `SELECT * FROM ${t} ORDER BY 1, 2;`).join('\n'))).map((r) => r.rows);
    // The ledger now names each article by its key: `id:<id>` for the ids it held.
    const before = (await dump()).map((rows, i) => (TABLES[i] === 'posts' ? rows.map((r) => ({ ...r, article_id: `id:${String(r.article_id)}` })) : rows));
    const store = await openPostgresStore(url, silent);
    try {
      expect((await store.subscriptions()).map((s) => s.channelId)).toEqual(['200000000000000001', '200000000000000002']);
      expect(await store.channelReady('200000000000000001')).toBe(true);
      expect((await store.postsIn('200000000000000001')).map((p) => [p.articleId, p.status, p.attempts])).toEqual([
        ['id:article-old', 'seen', 0],
        ['id:article-failed', 'failed', 5],
        ['id:article-delivered', 'delivered', 1],
        ['id:article-claimed', 'pending', 0],
      ]);
      expect(await store.claim('id:article-claimed', '200000000000000001', 1_700_000_000_900, 60_000)).toBe(false);
      expect((await store.questionsSince(0)).map((q) => [q.id, q.private, q.helpful, q.notHelpful])).toEqual([['q1', false, 1, 1], ['q2', true, 0, 0]]);
      expect(await store.userHashSalt('another')).toBe('fixture-salt-0123456789abcdef');
      await store.recordAlternate('article-old#faq-1', 'what is mythos about', 'user-a', new Date(1_700_000_005_000));
      expect(await store.alternates({ status: 'pending' })).toHaveLength(1);
    } finally {
      await store.close();
    }
    expect(await dump()).toEqual(before);
    const [versions] = await sqlOn(url, 'SELECT version FROM faq_bot_schema');
    expect(versions!.rows).toEqual([{ version: MIGRATIONS.length }]);
  });
});
