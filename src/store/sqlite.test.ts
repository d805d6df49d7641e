import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { runScript, type RunningScript } from '../../test/run-script.js';
import { openStore } from './open.js';
import { openSqliteStore } from './sqlite.js';
import { tempDir } from '../../test/temp-dir.js';

const silent = pino({ level: 'silent' });

/** A logger whose warnings the test can read. */
function recordingLog() {
  const lines: string[] = [];
  return { log: pino({ level: 'warn' }, { write: (line: string) => lines.push(line) }), lines };
}

/** Fills the questions table with `count` rows of ~1 KB, so the file has many pages to corrupt. */
function fill(file: string, count: number): void {
  const db = new Database(file);
  db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
    INSERT INTO questions (id, text, private, guild_id, user_hash, asked_at, outcome, entry_id, entry_title, confidence)
    SELECT 'q' || i, printf('%.1000c', 'x'), 0, 'G', 'u', i, 'answered', NULL, NULL, 0.5 FROM n`);
  db.close();
}

/** Overwrites pages in the middle of the file with garbage, leaving the header (page 1) intact. */
function corruptMiddlePages(file: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.close();
  const fd = openSync(file, 'r+');
  const garbage = Buffer.alloc(pageSize, 0xab);
  for (let page = Math.floor(pages / 3); page < Math.floor(pages / 3) + 8; page++) writeSync(fd, garbage, 0, pageSize, page * pageSize);
  closeSync(fd);
}

const movedAside = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('bot.sqlite.unreadable-') && !/-(wal|shm)$/.test(f));

describe('SQLite store', () => {
  it('creates DATA_DIR and bot.sqlite, and keeps the ledger across reopening', async () => {
    const dir = path.join(tempDir('faq-store-'), 'nested');
    const store = await openStore({ DATA_DIR: dir, DATABASE_URL: undefined }, silent);
    await store.setUpChannel('C', [{ articleId: 'a', contentHash: 'h', status: 'pending' }], 1);
    await store.markDelivered('a', 'C', 'm1', 'h', 2);
    const salt = await store.userHashSalt('salt-1');
    await store.close();
    expect(existsSync(path.join(dir, 'bot.sqlite'))).toBe(true);
    const again = await openSqliteStore(dir, silent);
    try {
      expect(await again.channelReady('C')).toBe(true);
      expect(await again.post('a', 'C')).toMatchObject({ status: 'delivered', messageId: 'm1', attempts: 1 });
      expect(await again.addPending('a', 'C', 'h2', 3)).toBe(false);
      expect(await again.userHashSalt('salt-2')).toBe(salt);
      expect(again.shared).toBe(false);
      expect(await again.leader()).toBe(true);
    } finally {
      await again.close();
    }
  });

  it('starts afresh, as a first run, when the file is not a database', async () => {
    const dir = tempDir('faq-store-');
    writeFileSync(path.join(dir, 'bot.sqlite'), 'this is not a database at all, just text that is long enough to look like a header');
    const { log, lines } = recordingLog();
    const store = await openSqliteStore(dir, log);
    expect(await store.channelReady('C')).toBe(false);
    await store.close();
    expect(lines.join()).toContain('database unreadable');
    expect(movedAside(dir)).toHaveLength(1);
  });

  it('finds corrupted pages in the middle of the file at open, moves the file aside and starts afresh', async () => {
    const dir = tempDir('faq-store-');
    const file = path.join(dir, 'bot.sqlite');
    const store = await openSqliteStore(dir, silent);
    await store.subscribe('G', 'C');
    await store.close();
    fill(file, 300);
    corruptMiddlePages(file);
    const { log, lines } = recordingLog();
    const fresh = await openSqliteStore(dir, log);
    try {
      expect(lines.join()).toContain('database unreadable');
      expect(lines.join()).toContain('quick_check');
      expect(movedAside(dir)).toHaveLength(1);
      expect(await fresh.subscriptions()).toEqual([]);
      expect(await fresh.subscribe('G', 'C')).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('heals a file that turns out malformed while running: moved aside, and the call carries on as a first run', async () => {
    const dir = tempDir('faq-store-');
    const file = path.join(dir, 'bot.sqlite');
    const first = await openSqliteStore(dir, silent);
    await first.close();
    fill(file, 300);
    const { log, lines } = recordingLog();
    const store = await openSqliteStore(dir, log);
    try {
      expect(await store.questionsSince(0)).toHaveLength(300);
      corruptMiddlePages(file);
      // Another connection's commit makes the store's connection drop its page cache and read the file again.
      const other = new Database(file);
      other.pragma('user_version = 7');
      other.close();
      expect(await store.questionsSince(0)).toEqual([]);
      expect(lines.join()).toContain('database unreadable');
      expect(lines.join()).toMatch(/malformed/);
      expect(movedAside(dir)).toHaveLength(1);
      await store.recordQuestion({ id: 'after', text: 'still here?', private: false, guildId: 'G', userHash: 'u', askedAt: 1, outcome: 'abstained', entryId: null, entryTitle: null, confidence: 0 });
      expect((await store.questionsSince(0)).map((q) => q.id)).toEqual(['after']);
    } finally {
      await store.close();
    }
  });
});

describe('SQLite store: upgrades and concurrent starts', () => {
  const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'v1-bot.sqlite');
  const LEGACY_TABLES = ['subscriptions', 'channels', 'posts', 'questions', 'votes', 'settings'];
  const rows = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return Object.fromEntries(LEGACY_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
    } finally {
      db.close();
    }
  };

  it('opens a bot.sqlite written by the store before the one migration list, and keeps every row, the ledger keyed id:<article id>', async () => {
    const dir = tempDir('faq-store-');
    const file = path.join(dir, 'bot.sqlite');
    copyFileSync(FIXTURE, file);
    const before = rows(FIXTURE);
    expect(Object.values(before).every((r) => r.length > 0)).toBe(true);

    const store = await openSqliteStore(dir, silent);
    try {
      expect((await store.subscriptions()).map((s) => [s.guildId, s.channelId])).toEqual([
        ['100000000000000001', '200000000000000001'],
        ['100000000000000002', '200000000000000002'],
      ]);
      expect(await store.channelReady('200000000000000001')).toBe(true);
      expect(await store.channelReady('200000000000000002')).toBe(true);
      expect((await store.postsIn('200000000000000001')).map((p) => [p.articleId, p.status, p.attempts, p.error, p.nextAttemptAt])).toEqual([
        ['id:article-new', 'pending', 0, null, 0],
        ['id:article-old', 'seen', 0, null, 0],
        ['id:article-failed', 'failed', 1, '500: Internal Server Error', 1_700_000_060_000],
      ]);
      expect(await store.post('id:article-delivered', '200000000000000002')).toMatchObject({ status: 'delivered', messageId: '300000000000000001', contentHash: 'hash-d2', updatedAt: 1_700_000_000_600 });
      // The claim taken before the upgrade still holds until it goes stale.
      expect(await store.claim('id:article-claimed', '200000000000000002', 1_700_000_000_900, 60_000)).toBe(false);
      expect(await store.claim('id:article-claimed', '200000000000000002', 1_700_000_100_000, 60_000)).toBe(true);
      expect((await store.questionsSince(0)).map((q) => [q.id, q.text, q.private, q.outcome, q.entryId, q.helpful, q.notHelpful])).toEqual([
        ['q1', 'What is Mythos?', false, 'answered', 'article-new#faq-1', 1, 1],
        ['q2', null, true, 'abstained', null, 0, 0],
      ]);
      expect(await store.userHashSalt('another salt')).toBe('fixture-salt-0123456789abcdef');
      await store.recordAlternate('article-new#faq-1', 'what is mythos about', 'user-a', new Date(1_700_000_005_000));
      expect(await store.alternates({})).toMatchObject([{ entry: 'article-new#faq-1', members: 1, status: 'pending' }]);
    } finally {
      await store.close();
    }
    const after = rows(file);
    // Every old row is there, unchanged apart from its ledger key (the article's pinned-id key) and the claim this test took.
    const claimed = (r: Record<string, unknown>) => r.article_id === 'id:article-claimed';
    const keyed = (r: Record<string, unknown>) => ({ ...r, article_id: `id:${String(r.article_id)}` });
    expect(after.posts!.filter((r) => !claimed(r as Record<string, unknown>))).toEqual(
      before.posts!.map((r) => keyed(r as Record<string, unknown>)).filter((r) => !claimed(r)),
    );
    for (const table of LEGACY_TABLES.filter((t) => t !== 'posts')) expect(after[table], table).toEqual(before[table]);

    // Opening again finds nothing left to migrate and loses nothing.
    const again = await openSqliteStore(dir, silent);
    try {
      expect(await again.alternates({})).toHaveLength(1);
      expect(await again.subscriptions()).toHaveLength(2);
    } finally {
      await again.close();
    }
  });

  /** Starts processes that each open the store in `env` at the same moment (see fixtures/open-race.ts). */
  async function race(count: number, env: Record<string, string>): Promise<RunningScript[]> {
    const go = path.join(tempDir('faq-store-'), 'go');
    const runs = Array.from({ length: count }, () => runScript('src/store/fixtures/open-race.ts', { ...env, GO_FILE: go }));
    try {
      await Promise.all(runs.map((r) => r.waitForLog((l) => l.ready === true, { timeoutMs: 60_000 })));
      writeFileSync(go, '');
      await Promise.all(runs.map((r) => r.exited));
    } finally {
      await Promise.all(runs.map((r) => r.stop()));
    }
    return runs;
  }

  it('lets two processes start at once on an empty DATA_DIR: both open, the schema is made once', async () => {
    const folders = [path.join(tempDir('faq-store-'), 'data'), path.join(tempDir('faq-store-'), 'data')];
    const runs = await Promise.all(folders.map((DATA_DIR) => race(2, { DATA_DIR })));
    for (const run of runs.flat()) {
      expect(run.proc.exitCode, run.output()).toBe(0);
      expect(run.logs().some((l) => l.opened === true)).toBe(true);
    }
    for (const dir of folders) {
      const db = new Database(path.join(dir, 'bot.sqlite'), { readonly: true });
      expect(db.prepare('SELECT COUNT(*) AS n FROM subscriptions').get()).toEqual({ n: 2 });
      expect(db.prepare('SELECT version FROM faq_bot_schema').all()).toHaveLength(1);
      db.close();
    }
  }, 120_000);
});
