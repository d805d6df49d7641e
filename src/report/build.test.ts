import { describe, expect, it } from 'vitest';
import { openMemoryStore } from '../store/sqlite.js';
import type { QuestionRecord } from '../store/store.js';
import { buildReport, PRIVATE_QUESTION } from './build.js';
import { isQuestion, MAX_QUESTION_LENGTH } from '../content/faq-markers.js';
import { renderHtml, renderStub, renderText, stubQuestion } from './render.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 29, 12);
let n = 0;
const q = (text: string | null, outcome: 'answered' | 'abstained', daysAgo: number, extra: Partial<QuestionRecord> = {}): QuestionRecord => ({
  id: `q${++n}`, text, private: text === null, guildId: 'G', userHash: 'u', askedAt: NOW - daysAgo * DAY, outcome,
  entryId: outcome === 'answered' ? 'art#faq-1' : null, entryTitle: outcome === 'answered' ? 'What is Mythos?' : null, confidence: 0.5, ...extra,
});

async function seeded() {
  const store = await openMemoryStore();
  for (const r of [
    q('What is Mythos?', 'answered', 1, { id: 'voted' }),
    q('How do I reset my password?', 'abstained', 2),
    q('how can i reset my pasword', 'abstained', 3),
    q(null, 'abstained', 1),
    q('Who won the cup?', 'abstained', 20),
    q('What is Mythos?', 'answered', 40),
    q('Too old', 'abstained', 120),
  ]) await store.recordQuestion(r);
  return store;
}

describe('buildReport', () => {
  it('counts, clusters gaps, shows private questions as such, and rates 7 and 30 days', async () => {
    const store = await seeded();
    const report = await buildReport(store, { days: 30, now: NOW });
    expect(report).toMatchObject({ questions: 5, answered: 1, abstained: 4 });
    expect(report.answerRate.last7).toBeCloseTo(1 / 4);
    expect(report.answerRate.last30).toBeCloseTo(1 / 5);
    expect(report.gaps.map((g) => [g.question, g.count])).toEqual([
      ['How do I reset my password?', 2],
      ['Who won the cup?', 1],
      [PRIVATE_QUESTION, 1],
    ]);
    expect(report.daily).toHaveLength(31);
    expect(report.daily.at(-2)).toMatchObject({ questions: 2, answered: 1 });
  });

  it('keeps one vote per user per answer, the last one counting', async () => {
    const store = await seeded();
    await store.vote('voted', 'alice', false, NOW);
    await store.vote('voted', 'alice', true, NOW + 1);
    await store.vote('voted', 'bob', false, NOW);
    const report = await buildReport(store, { days: 7, now: NOW });
    expect(report.unhelpful).toEqual([{ entryId: 'art#faq-1', title: 'What is Mythos?', notHelpful: 1, helpful: 1 }]);
  });

  it('prunes questions and votes past the retention window', async () => {
    const store = await seeded();
    await store.vote('voted', 'alice', true, NOW);
    expect(await store.pruneQuestions(NOW - 30 * DAY)).toBe(2);
    expect(await store.question('voted')).not.toBeNull();
    expect(await store.pruneQuestions(NOW)).toBe(5);
    expect(await store.questionsSince(0)).toEqual([]);
  });

  it('renders a readable table, a self-contained page and a FAQ stub the validator will flag', async () => {
    const report = await buildReport(await seeded(), { days: 30, now: NOW });
    const text = renderText(report);
    expect(text).toMatch(/Answer rate: 25% over the last 7 days, 20% over the last 30 days/);
    expect(text).toMatch(/2\s+How do I reset my password\?/);
    const html = renderHtml(report);
    expect(html).toContain('<svg id="answer-rate"');
    expect(html).not.toMatch(/<script|https?:\/\//);
    const stub = renderStub(report);
    expect(stub).toContain('### How do I reset my password?');
    expect(stub).toContain('### Who won the cup?');
    expect(stub).not.toContain(PRIVATE_QUESTION);
  });

  it('makes every stub question one the validator reads as a question: one line, cut at a word, ending in ?', () => {
    const long = `how do ${'really '.repeat(1000)}long questions work`;
    for (const asked of [long, 'where is it!!', 'why\n\nnow  .', 'wann öffnet es？']) {
      const q = stubQuestion(asked);
      expect(isQuestion(q), q).toBe(true);
      expect(q.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
      expect(q).toMatch(/^[^\n]+\?$/);
    }
    expect(stubQuestion(long)).toMatch(/^How do really .* really…\?$/);
    expect(stubQuestion('where is it!!')).toBe('Where is it?');
  });

  it('leaves out questions with no words, and shows the others as the bot read them (mentions removed)', async () => {
    const store = await seeded();
    for (const r of [q('', 'abstained', 1), q('   ', 'abstained', 1), q('<@123>', 'abstained', 1), q('???', 'abstained', 2), q('<@123> how can I reset my password?', 'abstained', 1)]) await store.recordQuestion(r);
    const report = await buildReport(store, { days: 30, now: NOW });
    expect(report).toMatchObject({ questions: 6, answered: 1, abstained: 5 });
    expect(report.gaps.map((g) => [g.question, g.count])).toEqual([
      ['How do I reset my password?', 3],
      ['Who won the cup?', 1],
      [PRIVATE_QUESTION, 1],
    ]);
    expect(report.gaps[0]!.variants).toContain('how can I reset my password?');
    expect(renderText(report)).not.toMatch(/<@123>|\?\?\?|^\d+\s+\d+\s*$/m);
    expect(renderStub(report)).not.toMatch(/^### (?:\?|<@123>)/m);
  });

  it('leaves out questions that are nothing but chatter: no gap, no stub question, no miss', async () => {
    const store = await seeded();
    for (const text of ['hey guys!', 'thanks!', 'good morning everyone!', 'hallo zusammen!']) await store.recordQuestion(q(text, 'abstained', 1));
    await store.recordQuestion(q('hey guys, who won the cup?', 'abstained', 1));
    const report = await buildReport(store, { days: 30, now: NOW });
    expect(report).toMatchObject({ questions: 6, answered: 1, abstained: 5 });
    expect(report.gaps.map((g) => g.question).join('\n')).not.toMatch(/hey guys!|thanks|morning|zusammen/i);
    expect(renderStub(report)).not.toMatch(/^### (?:Hey guys|Thanks|Good morning|Hallo)/im);
  });

  it('leaves out small talk the bot does not answer: no gap, no stub question, no miss', async () => {
    const store = await seeded();
    for (const text of ['test test', 'who made you?', 'Are you a bot?', 'gg wp everyone', 'have a nice weekend everyone']) await store.recordQuestion(q(text, 'abstained', 1));
    const report = await buildReport(store, { days: 30, now: NOW });
    // As if they were never asked: the seeded questions' figures.
    expect(report).toMatchObject({ questions: 5, answered: 1, abstained: 4 });
    expect(report.gaps.map((g) => g.question).join('\n')).not.toMatch(/test|made|bot|wp|weekend/i);
    expect(renderStub(report)).not.toMatch(/^### (?:Test|Who made|Are you|Gg|Have a)/im);
  });

  it('labels the chart: the share answered on one axis, the dates on the other', async () => {
    const html = renderHtml(await buildReport(await seeded(), { days: 30, now: NOW }));
    const chart = html.slice(html.indexOf('<svg id="answer-rate"'), html.indexOf('</svg>'));
    const labels = [...chart.matchAll(/<text class="axis"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels.slice(0, 3)).toEqual(['0%', '50%', '100%']);
    // The first and the last day of the window, and days between.
    expect(labels[3]).toBe('Oct 30');
    expect(labels.at(-1)).toBe('Nov 29');
    expect(labels.length).toBeGreaterThanOrEqual(3 + 5);
  });
});
