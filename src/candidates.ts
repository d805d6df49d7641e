import { isFaqId, type Lift, type SearchIndex, type WordReading } from './search/engine.js';
import type { AnswerOptions } from './search/types.js';
import type { AnswerType } from './search/answer-type.js';

/** A ranked candidate as an editor reads it (the playground's Debug panel, `npm run ask -- --explain`). */
export interface RankedCandidate {
  /** Entry or paragraph id (`article#faq-N`, `article#pN`). */
  id: string;
  /** The FAQ question, or "article title · ¶N". */
  label: string;
  /** The alternate phrasing that made an entry win, when it was not the question itself; else null. */
  matchedOn: string | null;
  score: number;
  /** 0 to 1: the bot answers with the first candidate when its confidence reaches the threshold. */
  confidence: number;
  /** Whether the confidence, unrounded, reaches the threshold: a 0.3499 is shown 0.35 and not answered. */
  clears: boolean;
  /** Why a rule put it first over candidates that scored higher, whose score it shows (see `Lift`); absent where none did. */
  lifted?: Lift;
  /** The question's words it does not write, of those some article writes (see `SearchIndex.lacking`). */
  lacks: string[];
}

/**
 * What each rule that puts a candidate first says, after it in the list: an admin saw an `Also asked as:`
 * match at 1.00 lose to a paragraph at 0.40 with the same score, and "--explain gives no reason" (a YouTube
 * creator community's trial, round AE): the paragraph had been lifted for stating the time asked.
 */
const LIFTED: Record<Lift, string> = {
  fact: 'lifted to first: it states the kind of fact asked (a date, time, number, price or name), which those scored higher do not',
  number: 'lifted to first: it writes the number or amount the question writes',
  translation: "lifted to first: it says what the first said, in the asker's language",
  paragraph: 'lifted to first: a paragraph holding more of the question than the FAQ entry scored higher',
};

/** How many ranked candidates are shown by default. */
export const SHOWN_CANDIDATES = 8;

/**
 * The first `limit` candidates for `question` (already stripped of mentions: see `questionToAnswer`), best
 * first, asked of `index` with the same `options` as the answer they explain: other options would explain
 * another answer.
 */
export function rankedCandidates(index: SearchIndex, question: string, options: AnswerOptions = {}, limit = SHOWN_CANDIDATES): RankedCandidate[] {
  const shown = index.explain(question, options).slice(0, limit);
  const lacks = index.lacking(question, shown.map((c) => c.id), options);
  return shown.map((c, i) => ({
    id: c.id,
    label: label(index, c.id),
    matchedOn: c.kind === 'faq' && c.matchedOn !== c.text ? c.matchedOn : null,
    score: c.score,
    confidence: c.confidence,
    clears: c.clears,
    ...(c.lifted ? { lifted: c.lifted } : {}),
    lacks: lacks[i]!,
  }));
}

/**
 * A confidence to two decimals, as the playground and `ask --compare` show it: rounded where it clears the
 * threshold (or is an answer's), floored where it does not, so a 0.34999 that was not answered never reads 0.35.
 */
export const confidenceShown = (confidence: number, clears: boolean): string => (clears ? confidence : Math.floor(confidence * 100) / 100).toFixed(2);

/**
 * A candidate's confidence as the terminal shows it: two decimals, or "<0.35" where two would show the
 * threshold (or more) for one that does not clear it (an Italian choir's admin saw "0.35" in the list and
 * no answer).
 */
function listedConfidence(c: RankedCandidate, threshold: number): string {
  return c.clears || Number(c.confidence.toFixed(2)) < threshold ? c.confidence.toFixed(2) : `<${threshold}`;
}

/**
 * Why the question got no answer, as the last line under the candidates when the first does not clear
 * `threshold`: its confidence (see `listedConfidence`), and what lifts the right candidate. Where one below
 * clears the threshold, that only the first is answered: three of four admins of one trial round took such a
 * candidate for an answer the bot overlooked; and, in either case, what raises the first (the choir's admin
 * asked how to lift a right first candidate at 0.34; a FiveM server's admin, whose right first candidate had
 * a clearing one under it, was told only how to lift that one).
 */
function noAnswerLine(candidates: readonly RankedCandidate[], threshold: number, labelOf: (id: string) => string): string {
  const [first] = candidates;
  const listed = listedConfidence(first!, threshold);
  const under = listed.startsWith('<') ? ` is just under ${threshold}` : `, ${listed}, is under ${threshold}`;
  const lacking = (c: RankedCandidate) => (c.lacks.length ? ` (it lacks ${c.lacks.map((w) => `“${w}”`).join(', ')})` : '');
  const lift = (c: RankedCandidate) =>
    isFaqId(c.id) ? `a line \`${labelOf(c.id)}\` under that FAQ entry with the question's words${lacking(c)}` : `the question's words written in that paragraph${lacking(c)} (or an FAQ entry asking the question)`;
  const clearing = candidates.findIndex((c) => c.clears);
  const liftFirst = `If the first is right, it is lifted by ${lift(first!)}.`;
  if (clearing > 0) return `No answer: the first's confidence${under}; number ${clearing + 1} clears it but ranks lower, and only the first is answered. ${liftFirst} If number ${clearing + 1} is right, lift it to first: ${lift(candidates[clearing]!)}.`;
  return `No answer: the first's confidence${under}. ${liftFirst}`;
}

/**
 * The explain output where no paragraph or FAQ entry shares a word with the question, and what to do: a Brno
 * esports club's admin read "Candidates: none" for "Kdy je lanka?" ("lanka", LAN, only in the article's
 * `tags:`) and found no advice, where every other explain ends with some (round Z).
 */
const noCandidates = (label: string): string =>
  `Candidates: none (no paragraph or FAQ entry shares a word with the question). To answer it, write the member's word (see the words read below) into the paragraph or FAQ answer that answers it, or list the question under that FAQ entry's \`${label}\` (a word only in \`tags:\` finds no candidate by itself).`;

/**
 * What lifts another candidate over an answer, as the last line under the candidates when the first is
 * answered: a Moscow café's admin, whose Wi-Fi question took an FAQ entry over the paragraph naming the
 * network, found a fix said only where the bot abstains. The label is that of the first FAQ entry listed
 * below the answer (see `candidatesText`).
 */
function answeredLine(candidates: readonly RankedCandidate[], labelOf: (id: string) => string): string {
  const entry = candidates.slice(1).find((c) => isFaqId(c.id));
  const label = labelOf(entry?.id ?? candidates[0]!.id);
  const listed = candidates.some((c) => c.lacks.length) ? ' (after each candidate, the words of the question it lacks)' : '';
  return `Answered with number 1. If another is right, lift it to first: for an FAQ entry, a line \`${label}\` under it with the question's words; for a paragraph, the question's words written in it${listed}.`;
}

/** A unit id as an editor recognises it: the FAQ question, or title · ¶N. */
function label(index: SearchIndex, id: string): string {
  const entry = index.entryAnswer(id);
  if (!entry?.source) return id;
  return entry.kind === 'faq' && entry.matched ? entry.matched : `${entry.source.title} · ¶${entry.source.paragraph}`;
}

/**
 * Candidates as the terminal shows them, one per line: rank, confidence, score, label, matched-on phrasing,
 * id; under a line saying what each number measures and which does what, `threshold` being the index's
 * (`SearchIndex.threshold`): two new-user trials' admins read a 0.80 ranked under a 0.70 as a fault, and a
 * cycling club's could not tell what "score" was, nor why a 0.07 ranked first. When the first does not clear
 * the threshold, a last line says why there is no answer (see `noAnswerLine`), else what lifts another
 * candidate over the answer (see `answeredLine`), naming an FAQ entry's
 * alternates label as `labelOf(id)` gives it (default "Also asked as:"; the CLI's: the entry's article's
 * language's, as check-content tells the admin to write it), and where there is no candidate,
 * `questionLabel` (the CLI's: the question's language's; a FiveM server's admin read the English label
 * there and her language's on every other line).
 */
export function candidatesText(candidates: readonly RankedCandidate[], threshold: number, labelOf: (id: string) => string = () => 'Also asked as:', questionLabel = 'Also asked as:'): string {
  if (!candidates.length) return noCandidates(questionLabel);
  const legend = `Candidates (confidence: how much of the question it covers, 0 to 1; score: how closely its words match, which ranks them); the first is the answer when its confidence is ${threshold} or more:`;
  const lacks = (c: RankedCandidate) => (c.lacks.length ? `  lacks: ${c.lacks.join(', ')}` : '');
  const lines = [legend, ...candidates.map((c, i) => `  ${i + 1}. ${listedConfidence(c, threshold)}  ${c.score.toFixed(2)}  ${c.label}${c.matchedOn ? ` (matched on “${c.matchedOn}”)` : ''}  [${c.id}]${lacks(c)}${i === 0 && c.lifted ? `\n       ${LIFTED[c.lifted]}` : ''}`)];
  if (!candidates[0]!.clears) lines.push(noAnswerLine(candidates, threshold, labelOf));
  else if (candidates.length > 1) lines.push(answeredLine(candidates, labelOf));
  return lines.join('\n');
}

/**
 * How the question's words were read, as the terminal shows it after the candidates: each word, with the
 * article word it met when that is another ("android14 → android + 14 (another form)", "pausee → paus (typo)"),
 * or why it met none ("island (in no article: counts against every answer)"). Stopwords are left out.
 */
export const readingText = (readings: readonly WordReading[]): string => `Words read: ${readingsShown(readings)}`;

/**
 * The language a question was read in, by its English name and code ("Read as Norwegian (no)": a
 * Norwegian trial's admin read "Read as no" as the answer no), the words it set aside, and what it was read
 * as asking, a kind of fact or whether something is so (see `SearchIndex.setAside`), as the terminal shows
 * them: "Read as Uzbek (uz); left out: necha; asks a price".
 */
export function setAsideText({ lang, leftOut, asks = null, whether = false }: { lang: string; leftOut: readonly string[]; asks?: AnswerType | null; whether?: boolean }): string {
  const name = LANGUAGE_NAMES.of(lang);
  const asking = asks ? `; asks ${ASKED[asks]}` : whether ? '; asks whether something is so (yes/no: a paragraph is held to more)' : '';
  return `Read as ${name && name !== lang ? `${name} (${lang})` : lang}; left out: ${leftOut.length ? leftOut.join(', ') : 'nothing'}${asking}`;
}

/** Each kind of fact as `setAsideText` names it. */
const ASKED: Readonly<Record<AnswerType, string>> = { date: 'a date', time: 'a time', amount: 'a price', number: 'a count', name: 'a name' };

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** `readingText` without its label, as the playground's Debug panel shows it. */
export function readingsShown(readings: readonly WordReading[]): string {
  if (!readings.length) return 'none but stopwords.';
  const shown = readings.map(({ word: read, term: readTerm, how }) => {
    const [word, term] = [withFinalSigma(read), readTerm ?? ''];
    if (how === 'unknown') return `${word} (in no article: counts against every answer)`;
    if (how === 'ignored') return `${word} (ignored)`;
    return how === 'as written' ? word : `${word} → ${term} (${how === 'corrected' ? 'typo' : 'another form'})`;
  });
  return shown.join(', ');
}

/**
 * A question's word as analysed, with a Greek word's last sigma written "ς" again: analysis reads both forms as
 * "σ", which showed "μέλουσ", "ποιοσ" (an Athens board-game café's trial, round Y). Not a lone "σ" ("σ μέλη"),
 * nor the article term after "→", a stem ("κρατησ" of "κρατήσεις"; a review).
 */
const withFinalSigma = (word: string): string => word.replace(/(?<=\p{L}\p{M}*)σ(?![\p{L}\p{M}])/gu, 'ς');
