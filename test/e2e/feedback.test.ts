/**
 * Feedback, end to end: votes on answers, the unanswered-question log, /faq-report, and the editors'
 * report from the terminal (HTML checked in headless Chromium).
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROCESS_TEST_MS, PROCESS_WAIT_MS, runScript, type RunningScript } from '../run-script.js';
import { startBot } from './bot-process.js';
import { tempDir } from '../temp-dir.js';
import { DiscordEmulator } from './emulator.js';

const GUILD = '1200000000000000001';
const CHANNEL = '1300000000000000001';
const ALICE = '1400000000000000011';
const BOB = '1400000000000000012';
const CAROL = '1400000000000000013';
const DAVE = '1400000000000000014';
const MANAGE_GUILD = String(1 << 5);
const CHROMIUM = '/usr/bin/chromium';
const DAY_MS = 24 * 60 * 60 * 1000;

const emu = new DiscordEmulator({ guilds: [{ id: GUILD, name: 'Readers', channels: [{ id: CHANNEL, name: 'faq' }] }] });
let dataDir: string;
let bot: RunningScript;

type Data = { content?: string; flags?: number; embeds?: { fields?: { name: string; value: string }[] }[]; components?: { components: { custom_id: string; label: string }[] }[] };
const dataOf = async (sent: { callback(): Promise<{ body: unknown }> }) => ((await sent.callback()).body as { data: Data }).data;
const as = (userId: string, extra: Record<string, string> = {}) => ({ guildId: GUILD, channelId: CHANNEL, userId, ...extra });
/** The custom ids of an answer's Helpful and Not helpful buttons. */
const feedbackButtons = (answer: Data) => {
  const buttons = answer.components!.flatMap((row) => row.components);
  return { helpful: buttons.find((b) => b.label === 'Helpful')!.custom_id, notHelpful: buttons.find((b) => b.label === 'Not helpful')!.custom_id };
};
/** Runs `use` on the bot's database, opened beside the running bot as an operator's tool would. */
function withDatabase<T>(dir: string, use: (db: Database.Database) => T, options: Database.Options = {}): T {
  const db = new Database(path.join(dir, 'bot.sqlite'), options);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dataDir = tempDir('faq-bot-data-');
  await emu.start();
  bot = await startBot(emu, { CONTENT_DIR: path.resolve('content'), DATA_DIR: dataDir });
}, PROCESS_TEST_MS);

afterAll(async () => {
  await bot?.stop();
  await emu.stop();
}, PROCESS_TEST_MS);

describe('feedback and the content-gap report', { timeout: PROCESS_TEST_MS }, () => {
  it('records one vote per user per answer, changed by a second click, acknowledged privately', async () => {
    const answer = await dataOf(emu.slash('ask', { question: 'What is Mythos?' }, as(ALICE)));
    const { helpful, notHelpful } = feedbackButtons(answer);
    expect(helpful.slice(5)).toBe(notHelpful.slice(5));

    const first = await dataOf(emu.button(notHelpful, as(ALICE)));
    expect(first.content).toContain('Thanks for telling us');
    expect(first.flags! & 64).toBe(64);
    const second = await dataOf(emu.button(helpful, as(ALICE)));
    expect(second.content).toContain('glad it helped');
    await dataOf(emu.button(notHelpful, as(BOB)));

    const votes = withDatabase(dataDir, (db) => db.prepare('SELECT helpful FROM votes WHERE question_id = ? ORDER BY helpful').all(helpful.slice(5)), { readonly: true });
    expect(votes).toEqual([{ helpful: 0 }, { helpful: 1 }]);
  });

  it('answers politely when feedback on an answer has closed', async () => {
    const closed = await dataOf(emu.button('fb:1:no-such-question', as(ALICE)));
    expect(closed.content).toContain('Feedback on this answer has closed');
  });

  it('lists unanswered questions, clustered, and the unhelpful answer in /faq-report', async () => {
    await dataOf(emu.slash('ask', { question: 'How do I reset my Discord password?' }, as(ALICE)));
    await dataOf(emu.slash('ask', { question: 'how can i reset my discord pasword' }, as(BOB)));
    await dataOf(emu.slash('ask', { question: 'When is the next community meetup?', private: true }, as(BOB)));
    // Questions with no words: answered with the no-answer, but no gap and no miss in the report.
    for (const question of ['', '<@123>', '???']) await dataOf(emu.slash('ask', { question }, as(CAROL)));
    // The report is deferred (privately) and then filled in: clustering may take longer than 3 s.
    const asked = emu.slash('faq-report', {}, as(ALICE, { permissions: MANAGE_GUILD }));
    expect((await asked.callback()).body).toMatchObject({ type: 5, data: { flags: 64 } });
    const report = (await asked.waitForResponse((r) => r.method === 'PATCH')).body as Data;
    const fields = Object.fromEntries(report.embeds![0]!.fields!.map((f) => [f.name, f.value]));
    expect(fields['Top unanswered questions']).toContain('**2×** How do I reset my Discord password?');
    expect(fields['Top unanswered questions']).toContain('**1×** (private question)');
    expect(fields['Top unanswered questions']).not.toMatch(/<@123>|\?\?\?|\*\*1×\*\* *(?:\n|$)/);
    expect(fields['Answers marked "Not helpful"']).toContain('**1** 👎 · 1 👍 — What is Mythos and how does it differ from standard Claude?');
    expect(fields['Answer rate']).toMatch(/25% over 7 days/);

    const denied = await dataOf(emu.slash('faq-report', {}, as(BOB, { permissions: '0' })));
    expect(denied.content).toContain('Manage Server');
  });

  it('never stores a raw user id, nor the text of a private question', () => {
    const bytes = readFileSync(path.join(dataDir, 'bot.sqlite')).toString('latin1') + (existsSync(path.join(dataDir, 'bot.sqlite-wal')) ? readFileSync(path.join(dataDir, 'bot.sqlite-wal')).toString('latin1') : '');
    expect(bytes).toContain('reset my Discord password');
    for (const id of [ALICE, BOB]) expect(bytes).not.toContain(id);
    expect(bytes).not.toContain('community meetup');
  });

  it('gives editors the same report in the terminal, as JSON, as a stub and as an HTML page', async () => {
    const html = path.join(tempDir('faq-report-'), 'report.html');
    const stub = path.join(tempDir('faq-report-'), 'stub.md');
    const run = runScript('src/bin/report.ts', { DATA_DIR: dataDir }, { args: ['--days', '7', '--json', '--html', html, '--stub', stub] });
    expect(await run.exited).toBe(0);
    const json = JSON.parse(run.stdout()) as { questions: number; gaps: { question: string; count: number }[] };
    expect(json.questions).toBe(4);
    expect(json.gaps[0]).toMatchObject({ question: 'How do I reset my Discord password?', count: 2 });
    expect(readFileSync(stub, 'utf8')).toContain('### How do I reset my Discord password?');
    expect(readFileSync(stub, 'utf8')).not.toMatch(/^### (?:\?|<@123>)/m);
    expect(readFileSync(html, 'utf8')).not.toMatch(/<@123>|&lt;@123&gt;|\?\?\?/);
    const check = runScript('src/bin/check-content.ts', {}, { args: [path.dirname(stub)] });
    // The stub is the folder's only file, and it is not valid until answered: nothing to serve (exit 2).
    expect(await check.exited).toBe(2);
    expect(check.output()).toMatch(/stub\.md:\d+: error: FAQ question has no answer: "How do I reset my Discord password\?"/);

    const text = runScript('src/bin/report.ts', { DATA_DIR: dataDir });
    expect(await text.exited).toBe(0);
    expect(text.stdout()).toMatch(/2\s+How do I reset my Discord password\?/);

    if (!existsSync(CHROMIUM)) {
      console.warn(`Skipping the browser check of the HTML report: ${CHROMIUM} is missing (apt-get install chromium).`);
      return;
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(html).href);
      expect(await page.title()).toBe('FAQ report');
      expect(await page.locator('svg#answer-rate rect.bar').count()).toBe(8);
      const box = await page.locator('svg#answer-rate').boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      expect(await page.locator('table#gaps tbody tr').first().innerText()).toContain('How do I reset my Discord password?');
    } finally {
      await browser.close();
    }
  });
});

describe('with LOG_PRIVATE_QUESTIONS=true and FEEDBACK_RETENTION_DAYS=30', { timeout: PROCESS_TEST_MS }, () => {
  let env: Record<string, string> & { DATA_DIR: string };
  let configured: RunningScript;

  beforeAll(async () => {
    env = { CONTENT_DIR: path.resolve('content'), DATA_DIR: tempDir('faq-bot-data-'), LOG_PRIVATE_QUESTIONS: 'true', FEEDBACK_RETENTION_DAYS: '30' };
    configured = await startBot(emu, env);
  }, PROCESS_TEST_MS);

  afterAll(async () => {
    await configured?.stop();
  }, PROCESS_TEST_MS);

  it('logs and stores the text of a private question, and still answers privately', async () => {
    const question = 'When is the next community meetup?';
    const sent = emu.slash('ask', { question, private: true }, as(CAROL));
    expect((await dataOf(sent)).flags! & 64).toBe(64);
    expect(await configured.waitForLog((l) => l.msg === 'question' && l.interaction === sent.id)).toMatchObject({ question });
    // The reply does not wait for the record: poll for it (the bound is a safety net).
    await vi.waitFor(() => {
      const stored = withDatabase(env.DATA_DIR, (db) => db.prepare('SELECT text, private FROM questions').all(), { readonly: true });
      expect(stored).toEqual([{ text: question, private: 1 }]);
    }, { timeout: PROCESS_WAIT_MS, interval: 100 });
  });

  it('closes feedback on an answer older than the retention, and prunes it at the next start', async () => {
    const answer = await dataOf(emu.slash('ask', { question: 'What is Mythos?' }, as(DAVE)));
    const { helpful } = feedbackButtons(answer);
    const id = helpful.slice(5);
    expect((await dataOf(emu.button(helpful, as(DAVE)))).content).toContain('glad it helped');

    // 31 days pass for this answer: its feedback closes, though its record is not pruned yet.
    const backdate = (db: Database.Database) => db.prepare('UPDATE questions SET asked_at = ? WHERE id = ?').run(Date.now() - 31 * DAY_MS, id).changes;
    expect(withDatabase(env.DATA_DIR, backdate)).toBe(1);
    const closed = await dataOf(emu.button(helpful, as(CAROL)));
    expect(closed.content).toContain('Feedback on this answer has closed');
    expect(closed.flags! & 64).toBe(64);
    const votesOn = (db: Database.Database) => db.prepare('SELECT count(*) AS n FROM votes WHERE question_id = ?').get(id);
    expect(withDatabase(env.DATA_DIR, votesOn, { readonly: true })).toEqual({ n: 1 });

    expect(await configured.stop()).toBe(0);
    configured = await startBot(emu, env);
    expect(await configured.waitForLog((l) => l.msg === 'old questions pruned')).toMatchObject({ removed: 1, retentionDays: 30 });
    const left = (db: Database.Database) => db.prepare('SELECT id FROM questions').all();
    expect(withDatabase(env.DATA_DIR, left, { readonly: true })).toHaveLength(1);
    expect(withDatabase(env.DATA_DIR, votesOn, { readonly: true })).toEqual({ n: 0 });
  });
});
