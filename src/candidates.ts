import type { SearchIndex, WordReading } from './search/engine.js';
import type { AnswerOptions } from './search/types.js';

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
}

/** How many ranked candidates are shown by default. */
export const SHOWN_CANDIDATES = 8;

/**
 * The first `limit` candidates for `question` (already stripped of mentions: see `questionToAnswer`), best
 * first, asked of `index` with the same `options` as the answer they explain: other options would explain
 * another answer.
 */
export function rankedCandidates(index: SearchIndex, question: string, options: AnswerOptions = {}, limit = SHOWN_CANDIDATES): RankedCandidate[] {
  return index.explain(question, options).slice(0, limit).map((c) => ({
    id: c.id,
    label: label(index, c.id),
    matchedOn: c.kind === 'faq' && c.matchedOn !== c.text ? c.matchedOn : null,
    score: c.score,
    confidence: c.confidence,
  }));
}

/**
 * Why the question got no answer, as the last line under the candidates when the first is under
 * `threshold`: its confidence (to three decimals where two would round it up to the threshold: "0.349, is
 * under 0.35", never "0.35, under 0.35"), and what lifts the right candidate. Where one below clears the
 * threshold, that only the first is answered: three of four admins of one trial round took such a
 * candidate for an answer the bot overlooked; else what raises the first (an Italian choir's admin asked
 * how to lift a right first candidate at 0.34).
 */
function noAnswerLine(candidates: readonly RankedCandidate[], threshold: number): string {
  const [first] = candidates;
  const shown = Number(first!.confidence.toFixed(2)) < threshold ? first!.confidence.toFixed(2) : first!.confidence.toFixed(3);
  const lift = (c: RankedCandidate) => (/#faq-\d+$/.test(c.id) ? "an `Also asked as:` line under that FAQ entry with the question's words" : "the question's words written in that paragraph (or an FAQ entry asking the question)");
  const clearing = candidates.findIndex((c) => c.confidence >= threshold);
  if (clearing > 0) return `No answer: the first's confidence, ${shown}, is under ${threshold}; number ${clearing + 1} clears it but ranks lower, and only the first is answered. If number ${clearing + 1} is right, lift it to first: ${lift(candidates[clearing]!)}.`;
  return `No answer: the first's confidence, ${shown}, is under ${threshold}. If the first is right, it is lifted by ${lift(first!)}.`;
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
 * cycling club's could not tell what "score" was, nor why a 0.07 ranked first. When the first is under the
 * threshold and one below clears it, a last line says that no answer follows and how to lift the right one.
 */
export function candidatesText(candidates: readonly RankedCandidate[], threshold: number): string {
  if (!candidates.length) return 'Candidates: none (no article shares a word with the question).';
  const legend = `Candidates (confidence: how much of the question it covers, 0 to 1; score: how closely its words match, which ranks them); the first is the answer when its confidence is ${threshold} or more:`;
  const lines = [legend, ...candidates.map((c, i) => `  ${i + 1}. ${c.confidence.toFixed(2)}  ${c.score.toFixed(2)}  ${c.label}${c.matchedOn ? ` (matched on “${c.matchedOn}”)` : ''}  [${c.id}]`)];
  const [first] = candidates;
  if (first!.confidence < threshold) lines.push(noAnswerLine(candidates, threshold));
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
 * Norwegian trial's admin read "Read as no" as the answer no), and the words it set aside (see
 * `SearchIndex.setAside`), as the terminal shows them.
 */
export function setAsideText({ lang, leftOut }: { lang: string; leftOut: readonly string[] }): string {
  const name = LANGUAGE_NAMES.of(lang);
  return `Read as ${name && name !== lang ? `${name} (${lang})` : lang}; left out: ${leftOut.length ? leftOut.join(', ') : 'nothing'}`;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** `readingText` without its label, as the playground's Debug panel shows it. */
export function readingsShown(readings: readonly WordReading[]): string {
  if (!readings.length) return 'none but stopwords.';
  const shown = readings.map(({ word, term, how }) => {
    if (how === 'unknown') return `${word} (in no article: counts against every answer)`;
    if (how === 'ignored') return `${word} (ignored)`;
    return how === 'as written' ? word : `${word} → ${term} (${how === 'corrected' ? 'typo' : 'another form'})`;
  });
  return shown.join(', ');
}
