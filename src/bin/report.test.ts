import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../../test/run-script.js';
import { TestSchemas } from '../store/fixtures/postgres-schemas.js';
import { openPostgresStore } from '../store/postgres.js';

const PG_URL = process.env.TEST_DATABASE_URL;
const schemas = PG_URL ? new TestSchemas(PG_URL) : null;
afterAll(() => schemas?.dropAll());
if (!PG_URL) console.warn('report-cli PostgreSQL test skipped: set TEST_DATABASE_URL (as .ci/run does) to run it against a real server.');

describe('npm run report', () => {
  it('stops with exit 2 and one sentence, never the password, when DATABASE_URL is malformed', { timeout: 60_000 }, async () => {
    const run = runScript('src/bin/report.ts', { DATABASE_URL: 'mysql://bot:hunter2@db/faq', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'faq-report-')) });
    expect(await run.exited).toBe(2);
    expect(run.output().trim()).toBe(
      'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/faqbot, or left unset for SQLite: fix it in the environment, which overrides .env.',
    );
  });

  it.skipIf(!PG_URL)('reads the PostgreSQL store when DATABASE_URL is set, as the bot does', async () => {
    const url = await schemas!.create();
    const store = await openPostgresStore(url, pino({ level: 'silent' }));
    await store.recordQuestion({ id: 'q1', text: 'Where is the library?', private: false, guildId: 'G', userHash: 'u', askedAt: Date.now() - 1000, outcome: 'abstained', entryId: null, entryTitle: null, confidence: 0.1 });
    await store.close();
    const run = runScript('src/bin/report.ts', { DATABASE_URL: url, DATA_DIR: mkdtempSync(path.join(tmpdir(), 'faq-report-')) }, { args: ['--json'] });
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
