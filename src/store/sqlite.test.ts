import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { runScript, type RunningScript } from '../../test/run-script.js';
import { openStore } from './open.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

const silent = pino({ level: 'silent' });
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'faq-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

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
    const dir = path.join(tempDir(), 'nested');
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
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bot.sqlite'), 'this is not a database at all, just text that is long enough to look like a header');
    const { log, lines } = recordingLog();
    const store = await openSqliteStore(dir, log);
    expect(await store.channelReady('C')).toBe(false);
    await store.close();
    expect(lines.join()).toContain('database unreadable');
    expect(movedAside(dir)).toHaveLength(1);
  });

  it('finds corrupted pages in the middle of the file at open, moves the file aside and starts afresh', async () => {
    const dir = tempDir();
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
    const dir = tempDir();
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
