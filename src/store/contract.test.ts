/**
 * The Store contract, run against every backend: SQLite always, PostgreSQL when TEST_DATABASE_URL points
 * at a server (.ci/run starts a throwaway one).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { QuestionRecord, Store } from './store.js';

const silent = pino({ level: 'silent' });
const PG_URL = process.env.TEST_DATABASE_URL;
const schemas: string[] = [];

/** A PostgreSQL store in a schema of its own, so each test starts empty. */
async function postgres(): Promise<{ store: PostgresStore; url: string }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  schemas.push(schema);
  const url = `${PG_URL}${PG_URL!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return { store: await PostgresStore.open(url, silent), url };
}

afterAll(async () => {
  if (!PG_URL || !schemas.length) return;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  for (const s of schemas) await admin.query(`DROP SCHEMA ${s} CASCADE`);
  await admin.end();
});

if (!PG_URL) console.warn('PostgreSQL store tests skipped: set TEST_DATABASE_URL (as .ci/run does) to run them against a real server.');

const backends: [string, () => Promise<Store>][] = [
  ['sqlite', async () => SqliteStore.memory()],
  ['postgres', async () => (await postgres()).store],
];

const question = (id: string, askedAt: number): QuestionRecord => ({
  id, text: `question ${id}`, private: false, guildId: 'G', userHash: 'u', askedAt, outcome: 'abstained', entryId: null, entryTitle: null, confidence: 0.1,
});

describe.each(backends)('Store contract: %s', (name, open) => {
  const run = name === 'postgres' && !PG_URL ? it.skip : it;

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
});

describe('PostgreSQL poster election', () => {
  const run = PG_URL ? it : it.skip;

  run('gives the poster role to one process, and to another once the holder is gone', async () => {
    const { store: first, url } = await postgres();
    const second = await PostgresStore.open(url, silent);
    try {
      expect(await first.leader()).toBe(true);
      expect(await second.leader()).toBe(false);
      expect(await first.leader()).toBe(true);
      await first.close();
      expect(await second.leader()).toBe(true);
    } finally {
      await second.close();
    }
  });

  run('migrates once when several processes start together', async () => {
    const { store, url } = await postgres();
    await store.close();
    const together = await Promise.all([1, 2, 3].map(() => PostgresStore.open(url, silent)));
    expect(await together[0]!.addPending('a', 'C', 'h', 1)).toBe(true);
    for (const s of together) await s.close();
  });
});
