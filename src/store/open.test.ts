import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { runScript } from '../../test/run-script.js';
import { DataDirError, openStore } from './open.js';
import { tempDir } from '../../test/temp-dir.js';

const silent = pino({ level: 'silent' });
const CONTENT = path.resolve(import.meta.dirname, '../../test/fixtures/articles');

/** Whether this process ignores file permissions (root does), so an unwritable folder cannot be made. */
const ignoresPermissions = process.getuid?.() === 0;

describe('openStore: DATA_DIR', () => {
  it('refuses a DATA_DIR that is a file, with one sentence naming DATA_DIR and the fix', async () => {
    const file = path.join(tempDir('faq-open-'), 'data');
    writeFileSync(file, 'not a folder');
    const err = await openStore({ DATA_DIR: file, DATABASE_URL: undefined }, silent).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirError);
    expect((err as Error).message).toBe(`DATA_DIR points to ${file}, which is a file, not a folder: set DATA_DIR to a folder the bot can keep its database in, in .env`);
  });

  it('refuses a DATA_DIR below a file', async () => {
    const file = path.join(tempDir('faq-open-'), 'data');
    writeFileSync(file, 'not a folder');
    const err = await openStore({ DATA_DIR: path.join(file, 'inner'), DATABASE_URL: undefined }, silent).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirError);
    expect((err as Error).message).toMatch(/^DATA_DIR points to .*inner, which is a file, not a folder: set DATA_DIR to a folder .*, in \.env$/);
  });

  it.skipIf(ignoresPermissions)('refuses a DATA_DIR the bot cannot write to', async () => {
    const dir = tempDir('faq-open-');
    mkdirSync(path.join(dir, 'data'));
    chmodSync(path.join(dir, 'data'), 0o500);
    const err = await openStore({ DATA_DIR: path.join(dir, 'data'), DATABASE_URL: undefined }, silent).catch((e: unknown) => e);
    chmodSync(path.join(dir, 'data'), 0o700);
    expect(err).toBeInstanceOf(DataDirError);
    expect((err as Error).message).toMatch(/^DATA_DIR points to .*data, but the bot cannot write to .*data \(EACCES\): give the bot's user write access there or set DATA_DIR to another folder, in \.env$/);
  });

  it('stops the bot at start-up with exit 2 and that one sentence, not a stack trace', async () => {
    const file = path.join(tempDir('faq-open-'), 'data');
    writeFileSync(file, 'not a folder');
    const run = runScript('src/bin/bot.ts', { DISCORD_TOKEN: 'not-a-real-token', CONTENT_DIR: CONTENT, DATA_DIR: file, LOG_LEVEL: 'silent' });
    expect(await run.exited).toBe(2);
    // DATA_DIR came from the environment, which overrides .env: the fix goes there.
    expect(run.output().trim()).toBe(`DATA_DIR points to ${file}, which is a file, not a folder: set DATA_DIR to a folder the bot can keep its database in, in the environment, which overrides .env.`);
  });
});
