import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite.js';

const silent = pino({ level: 'silent' });

describe('SqliteStore', () => {
  it('creates bot.sqlite in DATA_DIR and keeps the ledger across reopening', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'faq-store-')), 'nested');
    const store = SqliteStore.open(dir, silent);
    await store.setUpChannel('C', [{ articleId: 'a', contentHash: 'h', status: 'pending' }], 1);
    await store.markDelivered('a', 'C', 'm1', 'h', 2);
    await store.close();
    expect(existsSync(path.join(dir, 'bot.sqlite'))).toBe(true);
    const again = SqliteStore.open(dir, silent);
    expect(await again.channelReady('C')).toBe(true);
    expect(await again.post('a', 'C')).toMatchObject({ status: 'delivered', messageId: 'm1', attempts: 1 });
    expect(await again.addPending('a', 'C', 'h2', 3)).toBe(false);
    await again.close();
  });

  it('starts afresh, as a first run, when the file is not a database', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'faq-store-'));
    writeFileSync(path.join(dir, 'bot.sqlite'), 'this is not a database at all, just text that is long enough to look like a header');
    const warnings: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => warnings.push(line) });
    const store = SqliteStore.open(dir, log);
    expect(await store.channelReady('C')).toBe(false);
    await store.close();
    expect(warnings.join()).toContain('database unreadable');
    expect(readdirSync(dir).some((f) => f.startsWith('bot.sqlite.unreadable-'))).toBe(true);
    rmSync(dir, { recursive: true });
  });
});
