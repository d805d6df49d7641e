import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../../test/run-script.js';
import { TestSchemas } from '../store/fixtures/postgres-schemas.js';
import { openStore } from '../store/open.js';
import { openPostgresStore } from '../store/postgres.js';
import { PROCESS_TEST_MS } from '../../test/run-script.js';
import { tempDir } from '../../test/temp-dir.js';

const PG_URL = process.env.TEST_DATABASE_URL;
const schemas = PG_URL ? new TestSchemas(PG_URL) : null;
afterAll(() => schemas?.dropAll());
if (!PG_URL) console.warn('report-cli PostgreSQL test skipped: set TEST_DATABASE_URL (as .ci/run does) to run it against a real server.');

/** A DATA_DIR whose store holds one question, answered or not. */
async function dataDirWith(outcome: 'answered' | 'abstained', text = 'Where is the library?'): Promise<string> {
  const dir = tempDir('faq-report-data-');
  const store = await openStore({ DATA_DIR: dir, DATABASE_URL: undefined }, pino({ level: 'silent' }));
  await store.recordQuestion({ id: 'q1', text, private: false, guildId: 'G', userHash: 'u', askedAt: Date.now() - 1000, outcome, entryId: null, entryTitle: null, confidence: 0.1 });
  await store.close();
  return dir;
}

describe('npm run report: the files it writes', { timeout: PROCESS_TEST_MS }, () => {
  it('refuses, with exit 2 and one sentence, to write a stub or page into the content folder, however the path is spelt', async () => {
    const base = tempDir('faq-report-content-');
    const content = path.join(base, 'articles');
    mkdirSync(content);
    symlinkSync(content, path.join(base, 'link'));
    const data = await dataDirWith('abstained');
    const runs = [
      ['--stub', path.join(content, 'learned.md')],
      ['--learned', '--stub', path.join(content, 'learned.md')],
      ['--stub', `${content}/`],
      ['--stub', path.join(content, '..', 'articles', 'sub', '..', 'x.md')],
      ['--stub', path.join(base, 'link', 'x.md')],
      ['--html', path.join(base, 'link', 'report.html')],
    ];
    for (const args of runs) {
      const run = runScript('src/bin/report.ts', { DATA_DIR: data, CONTENT_DIR: `${content}/` }, { args });
      expect(await run.exited, args.join(' ')).toBe(2);
      expect(run.output().trim(), args.join(' ')).toMatch(/^Refusing to write --(?:stub|html) .*: it is inside the content folder .* \(CONTENT_DIR\), where the bot would read it as an article; [^\n]*\.$/);
    }
    expect(existsSync(path.join(content, 'learned.md'))).toBe(false);
    expect(existsSync(path.join(content, 'x.md'))).toBe(false);
  });

  it('names a missing output folder in one sentence, exit 2, never a stack trace', async () => {
    const data = await dataDirWith('abstained');
    for (const args of [['--stub', '/nodir/x.md'], ['--html', '/nodir/x.html'], ['--learned', '--stub', '/nodir/x.md']]) {
      const run = runScript('src/bin/report.ts', { DATA_DIR: data, CONTENT_DIR: path.resolve('content') }, { args });
      expect(await run.exited, args.join(' ')).toBe(2);
      expect(run.output().trim()).toBe(`Cannot write ${args.at(-2)} ${args.at(-1)}: the folder /nodir does not exist; create it first or name a file in an existing folder.`);
    }
  });

  it('says there is no store, exit 2, when DATA_DIR does not exist, instead of "No questions recorded yet: …"', async () => {
    const missing = path.join(tempDir('faq-report-data-'), 'nowhere');
    for (const args of [[], ['--learned']]) {
      const run = runScript('src/bin/report.ts', { DATA_DIR: missing, CONTENT_DIR: path.resolve('content') }, { args });
      expect(await run.exited, args.join(' ')).toBe(2);
      expect(run.output().trim()).toBe(`DATA_DIR points to ${missing}, which does not exist, so there is no store to report on: set DATA_DIR to the bot's data folder, in the environment, which overrides .env.`);
    }
  });

  it('writes no stub when nothing went unanswered, and says so', async () => {
    const stub = path.join(tempDir('faq-report-out-'), 'stub.md');
    const run = runScript('src/bin/report.ts', { DATA_DIR: await dataDirWith('answered'), CONTENT_DIR: path.resolve('content') }, { args: ['--stub', stub] });
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toContain(`No unanswered question over the last 30 day(s): no FAQ stub written to ${stub}.`);
    expect(existsSync(stub)).toBe(false);
  });
});

describe('npm run report', () => {
  it('stops with exit 2 and one sentence, never the password, when DATABASE_URL is malformed', { timeout: 60_000 }, async () => {
    const run = runScript('src/bin/report.ts', { DATABASE_URL: 'mysql://bot:hunter2@db/faq', DATA_DIR: tempDir('faq-report-') });
    expect(await run.exited).toBe(2);
    expect(run.output().trim()).toBe(
      'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/faqbot, or left unset for SQLite: fix it in the environment, which overrides .env.',
    );
  });

  it('stops with exit 2 and one sentence a setting, before any work, when a setting the catalog reads is malformed', async () => {
    const data = tempDir('faq-report-');
    await (await openStore({ DATA_DIR: data, DATABASE_URL: undefined }, pino({ level: 'silent' }))).close();
    const run = runScript('src/bin/report.ts', { DATA_DIR: data, ANSWER_THRESHOLD: 'abc', CONTENT_MAX_FILE_MB: 'lots' }, { args: ['--learned'] });
    expect(await run.exited).toBe(2);
    expect(run.output().trim().split('\n')).toEqual([
      'CONTENT_MAX_FILE_MB must be a positive number of megabytes (default 20), not "lots": fix it in the environment, which overrides .env.',
      'ANSWER_THRESHOLD must be a number from 0.1 to 1, the confidence an answer needs (higher: fewer answers, each surer; default 0.35), not "abc": fix it in the environment, which overrides .env.',
    ]);
  });

  it.skipIf(!PG_URL)('reads the PostgreSQL store when DATABASE_URL is set, as the bot does', async () => {
    const url = await schemas!.create();
    const store = await openPostgresStore(url, pino({ level: 'silent' }));
    await store.recordQuestion({ id: 'q1', text: 'Where is the library?', private: false, guildId: 'G', userHash: 'u', askedAt: Date.now() - 1000, outcome: 'abstained', entryId: null, entryTitle: null, confidence: 0.1 });
    await store.close();
    const run = runScript('src/bin/report.ts', { DATABASE_URL: url, DATA_DIR: tempDir('faq-report-') }, { args: ['--json'] });
    expect(await run.exited, run.output()).toBe(0);
    const report = JSON.parse(run.stdout()) as { questions: number; abstained: number };
    expect(report).toMatchObject({ questions: 1, abstained: 1 });
  });

  it.skipIf(!PG_URL)('lists the phrasings learned in the PostgreSQL store with --learned', async () => {
    const url = await schemas!.create();
    const store = await openPostgresStore(url, pino({ level: 'silent' }));
    await store.recordAlternate('anthropic-nsa-offensive-ai-global-pause#faq-1', 'where can I try the new model', 'u', new Date());
    await store.close();
    const run = runScript('src/bin/report.ts', { DATABASE_URL: url, CONTENT_DIR: path.resolve('content') }, { args: ['--learned', '--json'] });
    expect(await run.exited, run.output()).toBe(0);
    expect((JSON.parse(run.stdout()) as { learned: unknown[] }).learned).toEqual([
      expect.objectContaining({ question: 'where can I try the new model', status: 'pending', members: 1, entryQuestion: 'What is Mythos and how does it differ from standard Claude?' }),
    ]);
  });
});
