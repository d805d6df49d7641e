/**
 * Phrasings learned from members, end to end: a Helpful vote or a "Did you mean" click records the
 * member's question as a candidate, /faq-learn reviews it, an approval is answered at once, a private
 * question teaches nothing, LEARN_AUTO_APPROVE approves after enough members, and an ambiguous candidate
 * is flagged and never approved automatically.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, type RunningScript } from '../run-script.js';
import { startBot } from './bot-process.js';
import { tempDir } from '../temp-dir.js';
import { DiscordEmulator } from './emulator.js';
import { buttonLabelled, buttons, dataOf, deferredOf } from './replies.js';

const GUILD = '1200000000000000001';
const CHANNEL = '1300000000000000001';
const ADMIN = '1400000000000000010';
const ALICE = '1400000000000000011';
const BOB = '1400000000000000012';
const CAROL = '1400000000000000013';
const MANAGE_GUILD = String(1 << 5);
const MYTHOS = 'What is Mythos and how does it differ from standard Claude?';
const PAUSE = 'Why is Anthropic calling for an AI pause while working with intelligence agencies?';

const emu = new DiscordEmulator({ guilds: [{ id: GUILD, name: 'Readers', channels: [{ id: CHANNEL, name: 'faq' }] }] });
let dataDir: string;
let bot: RunningScript;

const as = (userId: string, extra: Record<string, string> = {}) => ({ guildId: GUILD, channelId: CHANNEL, userId, ...extra });
const admin = as(ADMIN, { permissions: MANAGE_GUILD });
const review = () => deferredOf(emu.slash('faq-learn', {}, admin));
type Row = { id: number; question: string; status: string; members: number; entryQuestion: string; flag: string | null };
/** `npm run report -- --learned --json` on the bot's store. */
async function runReportJson(args: string[] = []): Promise<Row[]> {
  const run = runScript('src/bin/report.ts', { DATA_DIR: dataDir, CONTENT_DIR: path.resolve('content') }, { args: ['--learned', '--json', ...args] });
  expect(await run.exited, run.output()).toBe(0);
  return (JSON.parse(run.stdout()) as { learned: Row[] }).learned;
}
const learned = () => {
  const db = new Database(path.join(dataDir, 'bot.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT entry, question, status FROM learned_alternates ORDER BY id').all() as { entry: string; question: string; status: string }[];
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  dataDir = tempDir('faq-bot-learn-');
  await emu.start();
  bot = await startBot(emu, { CONTENT_DIR: path.resolve('content'), DATA_DIR: dataDir, LEARN_AUTO_APPROVE: '2', COOLDOWN_QUESTIONS: '100' });
});

afterAll(async () => {
  await bot?.stop();
  await emu.stop();
});

describe('phrasings learned from members', () => {
  it('learns from a Helpful vote and a "Did you mean" click, lists them in /faq-learn, and answers an approved one at once', async () => {
    const answered = await dataOf(emu.slash('ask', { question: 'how is <@1400000000000000012> mythos   different' }, as(ALICE)));
    expect(answered.embeds![0]!.title).toBe(MYTHOS);
    expect((await dataOf(emu.button(buttonLabelled(answered, 'Helpful'), as(ALICE)))).content).toContain('glad it helped');

    const missed = await dataOf(emu.slash('ask', { question: 'Where can I try the new model?' }, as(ALICE)));
    expect(missed.content).toContain("I couldn't find that");
    await dataOf(emu.button(buttonLabelled(missed, `Did you mean: ${MYTHOS}`), as(ALICE)));

    const list = await review();
    const text = list.embeds![0]!.description!;
    expect(text).toContain(`“how is mythos different” → **${MYTHOS}** · 1 member`);
    expect(text).toContain(`“Where can I try the new model?” → **${MYTHOS}** · 1 member`);
    expect(text).not.toContain('Flagged');
    expect(buttons(list).find((b) => b.label === 'Previous')!.disabled).toBe(true);

    const n = text.split('\n').find((l) => l.includes('Where can I try'))!.match(/^\*\*(\d+)\.\*\*/)![1];
    const approved = await deferredOf(emu.button(buttonLabelled(list, `Approve ${n}`), admin));
    expect(approved.content).toBe('✅ Approved: “Where can I try the new model?”.');
    expect(approved.embeds![0]!.description).not.toContain('Where can I try');
    expect(learned()).toContainEqual({ entry: 'anthropic-nsa-offensive-ai-global-pause#faq-1', question: 'Where can I try the new model?', status: 'approved' });

    // No restart, no waiting: the approval re-indexed before it replied.
    const again = await dataOf(emu.slash('ask', { question: 'Where can I try the new model?' }, as(BOB)));
    expect(again.embeds?.[0]?.title).toBe(MYTHOS);
  });

  it('learns nothing from a private question', async () => {
    const answer = await dataOf(emu.slash('ask', { question: 'how does mythos compare to claude', private: true }, as(BOB)));
    expect(answer.embeds![0]!.title).toBe(MYTHOS);
    expect((await dataOf(emu.button(buttonLabelled(answer, 'Helpful'), as(BOB)))).content).toContain('glad it helped');
    expect(learned().map((l) => l.question)).not.toContain('how does mythos compare to claude');
    expect((await review()).embeds![0]!.description).not.toContain('compare to claude');
  });

  it('approves a phrasing confirmed by LEARN_AUTO_APPROVE=2 distinct members, and indexes it', async () => {
    const approvedLog = bot.logs().filter((l) => l.msg === 'learned phrasing approved automatically and indexed').length;
    for (const member of [CAROL, CAROL, BOB]) {
      const answer = await dataOf(emu.slash('ask', { question: 'mythos vs claude' }, as(member)));
      expect(answer.embeds![0]!.title).toBe(MYTHOS);
      await dataOf(emu.button(buttonLabelled(answer, 'Helpful'), as(member)));
      if (member === CAROL) expect(learned()).toContainEqual(expect.objectContaining({ question: 'mythos vs claude', status: 'pending' }));
    }
    await bot.waitForLog((l) => l.msg === 'learned phrasing approved automatically and indexed' && bot.logs().filter((m) => m.msg === l.msg).length > approvedLog);
    expect(learned()).toContainEqual({ entry: 'anthropic-nsa-offensive-ai-global-pause#faq-1', question: 'mythos vs claude', status: 'approved' });
  });

  it('flags a candidate that would make two entries ambiguous, and never approves it automatically', async () => {
    const clicks: [string, string][] = [
      [ALICE, MYTHOS],
      [BOB, PAUSE],
      [CAROL, MYTHOS],
    ];
    for (const [member, entry] of clicks) {
      const missed = await dataOf(emu.slash('ask', { question: 'Does the pause affect Claude users?' }, as(member)));
      await dataOf(emu.button(buttonLabelled(missed, `Did you mean: ${entry}`), as(member)));
    }
    const rows = learned().filter((l) => l.question === 'Does the pause affect Claude users?');
    expect(rows.map((r) => r.status)).toEqual(['pending', 'pending']);
    const text = (await review()).embeds![0]!.description!;
    expect(text).toContain(`“Does the pause affect Claude users?” → **${MYTHOS}** · 2 members\n⚠️ **Flagged** — also a candidate for “${PAUSE}”`);
    expect(text).toContain(`“Does the pause affect Claude users?” → **${PAUSE}** · 1 member\n⚠️ **Flagged** — also a candidate for “${MYTHOS}”`);
  });

  it('lists the phrasings outside Discord, and writes the approved ones as "Also asked as:" lines to paste', async () => {
    const stub = path.join(tempDir('faq-learn-stub-'), 'alternates.txt');
    const rows = await runReportJson(['--stub', stub]);
    expect(rows).toContainEqual(expect.objectContaining({ question: 'Where can I try the new model?', status: 'approved', entryQuestion: MYTHOS, flag: null }));
    expect(rows).toContainEqual(expect.objectContaining({ question: 'Does the pause affect Claude users?', status: 'pending', members: 2, flag: `also a candidate for “${PAUSE}”` }));
    // Most confirmed first, as everywhere.
    expect(readFileSync(stub, 'utf8')).toMatch(
      /== .*anthropic-nsa-offensive-ai-global-pause\.txt:25 — right under the question “What is Mythos.*\nAlso asked as:\n- mythos vs claude\n- Where can I try the new model\?\n/,
    );
    const text = runScript('src/bin/report.ts', { DATA_DIR: dataDir, CONTENT_DIR: path.resolve('content') }, { args: ['--learned'] });
    expect(await text.exited).toBe(0);
    expect(text.stdout()).toMatch(/approved\s+2\s+mythos vs claude/);
  });

  it('takes an approved phrasing out of the index again when a list shown before its approval rejects it', async () => {
    const id = (await runReportJson()).find((r) => r.question === 'mythos vs claude' && r.status === 'approved')!.id;
    const reloads = () => bot.logs().filter((l) => l.msg === 'content reloaded').length;
    const before = reloads();
    const rejected = await deferredOf(emu.button(`learn:no:${id}:0`, admin));
    expect(rejected.content).toBe('🗑️ Rejected: “mythos vs claude”.');
    expect(learned()).toContainEqual(expect.objectContaining({ question: 'mythos vs claude', status: 'rejected' }));
    await bot.waitForLog(() => reloads() > before);
  });

  it('pages the list; a page past the end shows the last one', async () => {
    const first = await review();
    const total = Number(/of (\d+)\)$/.exec(first.embeds![0]!.title!)![1]);
    expect(total).toBeGreaterThanOrEqual(3);
    const past = await deferredOf(emu.button(`learn:page:${total + 8}`, admin));
    const start = Math.floor((total - 1) / 4) * 4;
    expect(past.embeds![0]!.title).toBe(`Learned phrasings waiting for review (${start + 1}–${total} of ${total})`);
    expect(buttons(past).find((b) => b.label === 'Next')!.disabled).toBe(true);
  });

  it('keeps /faq-learn and its buttons to Manage Server', async () => {
    expect((await dataOf(emu.slash('faq-learn', {}, as(BOB, { permissions: '0' })))).content).toContain('Manage Server');
    expect((await dataOf(emu.button('learn:ok:1:0', as(BOB, { permissions: '0' })))).content).toContain('Manage Server');
  });
});
