import type { QuestionWithVotes, Store } from '../store/store.js';
import { clusterQuestions } from './cluster.js';
import { detectLanguage } from '../language/detect.js';
import { hasWords, questionToAnswer } from '../question.js';
import { smallTalkOf, withoutChatter } from '../search/chatter.js';
import { DAY } from '../time.js';

/** How a private question appears when its text was not stored. */
export const PRIVATE_QUESTION = '(private question)';

export interface Gap {
  question: string;
  count: number;
  /** Other wordings of it, most asked first. */
  variants: string[];
  lastAsked: string;
}

export interface Unhelpful {
  entryId: string;
  title: string;
  notHelpful: number;
  helpful: number;
}

/** What `buildReport` gives; questions with no words (`""`, `<@123>`, `???`) are left out of every figure. */
export interface Report {
  generatedAt: string;
  days: number;
  questions: number;
  answered: number;
  abstained: number;
  /** Share of questions answered in the last 7 and 30 days; null when none were asked. */
  answerRate: { last7: number | null; last30: number | null };
  /** One row per day of the window, oldest first. */
  daily: { date: string; questions: number; answered: number; rate: number | null }[];
  /** Questions the articles did not answer, near-duplicates counted together, most asked first. */
  gaps: Gap[];
  /** Answers with the most "Not helpful" votes. */
  unhelpful: Unhelpful[];
}

/** Clustering compares each unanswered question with every cluster: bounded to the newest this many. */
export const MAX_CLUSTERED = 2000;

const latest = (times: number[]): string => new Date(times.reduce((a, b) => Math.max(a, b), 0)).toISOString();

const rate = (list: QuestionWithVotes[]): number | null =>
  list.length ? list.filter((q) => q.outcome === 'answered').length / list.length : null;

/**
 * Whether a question is nothing but chatter or small talk (`withoutChatter`, the bot's own stripper, leaves
 * nothing, or `smallTalkOf` reads what it leaves as small talk: "test test", "who made you?"), in its
 * detected language or in English: a greeting this short is rarely detected reliably ("hey guys!" reads as
 * undetermined), and the bot's articles and members are English by default.
 */
export function isChatter(typed: string): boolean {
  const question = questionToAnswer(typed);
  const detected = detectLanguage(question).lang;
  return [detected, 'en'].some((lang) => {
    const unframed = withoutChatter(question, lang);
    return unframed === '' || smallTalkOf(unframed, lang) !== null;
  });
}

/** What members asked over the last `days` days (optionally in one guild), for editors. */
export async function buildReport(store: Store, options: { days: number; now?: number; guildId?: string; limit?: number }): Promise<Report> {
  const now = options.now ?? Date.now();
  const limit = options.limit ?? 20;
  const since = now - options.days * DAY;
  // A question with no words ("", "<@123>", "???") or nothing but chatter ("hey guys!", "thanks!") is no
  // question the articles could answer: neither a gap nor a miss that lowers the answer rate.
  const all = (await store.questionsSince(Math.min(since, now - 30 * DAY), options.guildId)).filter((q) => q.text === null || (hasWords(q.text) && !isChatter(q.text)));
  const window = all.filter((q) => q.askedAt >= since);

  const daily: Report['daily'] = [];
  const firstDay = Math.floor(since / DAY) * DAY;
  for (let day = firstDay; day <= now; day += DAY) {
    const asked = window.filter((q) => q.askedAt >= day && q.askedAt < day + DAY);
    daily.push({ date: new Date(day).toISOString().slice(0, 10), questions: asked.length, answered: asked.filter((q) => q.outcome === 'answered').length, rate: rate(asked) });
  }

  const abstained = window.filter((q) => q.outcome === 'abstained');
  const lastAsked = new Map<string, number>();
  // Shown as the bot read them (mentions removed), so "<@123> how do I vote?" joins "how do I vote?".
  const read = (q: QuestionWithVotes) => (q.text === null ? PRIVATE_QUESTION : questionToAnswer(q.text));
  for (const q of abstained) lastAsked.set(read(q), q.askedAt);
  const texts = abstained.filter((q) => q.text !== null).map(read);
  const gaps = clusterQuestions(texts.slice(-MAX_CLUSTERED)).map((c) => ({
    question: c.representative,
    count: c.members.length,
    variants: [...new Set(c.members.map((m) => m.trim()))].filter((m) => m !== c.representative),
    lastAsked: latest(c.members.map((m) => lastAsked.get(m) ?? 0)),
  }));
  const hidden = abstained.filter((q) => q.text === null);
  if (hidden.length) {
    gaps.push({ question: PRIVATE_QUESTION, count: hidden.length, variants: [], lastAsked: latest(hidden.map((q) => q.askedAt)) });
    gaps.sort((a, b) => b.count - a.count);
  }

  const byEntry = new Map<string, Unhelpful>();
  for (const q of window) {
    if (!q.entryId || (!q.notHelpful && !q.helpful)) continue;
    const e = byEntry.get(q.entryId) ?? { entryId: q.entryId, title: q.entryTitle ?? q.entryId, notHelpful: 0, helpful: 0 };
    e.notHelpful += q.notHelpful;
    e.helpful += q.helpful;
    byEntry.set(q.entryId, e);
  }
  const unhelpful = [...byEntry.values()].filter((e) => e.notHelpful > 0).sort((a, b) => b.notHelpful - a.notHelpful || a.helpful - b.helpful);

  return {
    generatedAt: new Date(now).toISOString(),
    days: options.days,
    questions: window.length,
    answered: window.length - abstained.length,
    abstained: abstained.length,
    answerRate: { last7: rate(all.filter((q) => q.askedAt >= now - 7 * DAY)), last30: rate(all.filter((q) => q.askedAt >= now - 30 * DAY)) },
    daily,
    gaps: gaps.slice(0, limit),
    unhelpful: unhelpful.slice(0, limit),
  };
}
