import { citation } from './search/citation.js';
import type { Answer, AnswerSource } from './search/types.js';

/**
 * What `npm run ask -- --compare FILE` reads back of one line of an earlier `--json` run (see `toJson`):
 * the question asked and what a member read.
 */
export interface RecordedAnswer {
  /** The line of FILE, 1-based: the question's line in the list the earlier run read. */
  line: number;
  question: string;
  answer: string | null;
  quote: string | null;
  /** The article the answer came from (its `source.id`), null where it abstained. */
  article: string | null;
  /** The FAQ question matched, else the source as the terminal cites it ("Ferry · ¶2"); null where it abstained. */
  label: string | null;
  confidence: number;
}

/** A FILE `--compare` cannot read: its message names FILE:LINE and says what to do. */
export class RecordedAnswersError extends Error {}

/**
 * The answers of an earlier `npm run ask -- --json` run, one per line of `text` (the contents of `file`), in
 * order; the fields `--explain` adds are passed over. Throws RecordedAnswersError at the first line that is
 * not such an object (naming `file`:line), or when there is none.
 */
export function readRecordedAnswers(text: string, file: string): RecordedAnswer[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const recorded = lines.map((raw, i): RecordedAnswer => {
    const fail = (what: string) => new RecordedAnswersError(`${file}:${i + 1} ${what}: --compare reads what \`npm run ask -- --json\` wrote, one object per line.`);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw fail('is not JSON');
    }
    if (!isRecord(value) || typeof value.question !== 'string') throw fail('has no "question"');
    const { answer, quote, confidence } = value;
    if (!(answer === null || typeof answer === 'string') || !(quote === null || typeof quote === 'string') || typeof confidence !== 'number') throw fail('lacks "answer", "quote" or "confidence"');
    const source = isRecord(value.source) ? (value.source as Partial<AnswerSource>) : null;
    const matched = typeof value.matched === 'string' ? value.matched : null;
    return {
      line: i + 1,
      question: value.question,
      answer,
      quote,
      article: answer === null ? null : typeof source?.id === 'string' ? source.id : null,
      label: answer === null ? null : (matched ?? (source && typeof source.title === 'string' && typeof source.paragraph === 'number' ? citation({ ...source, section: source.section ?? null, date: null } as AnswerSource) : null)),
      confidence,
    };
  });
  if (!recorded.length) throw new RecordedAnswersError(`${file} holds no answers: write it with \`npm run -s ask -- --json < questions.txt > ${file}\` first.`);
  return recorded;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a member asking `before.question` now reads what they read then: both times no answer, or the
 * same answer text and quote from the same article. Its confidence may have moved, and its paragraph
 * number too (a paragraph written above it renumbers it): neither is what a member reads.
 */
export function sameAnswer(before: RecordedAnswer, now: Answer): boolean {
  if (before.answer === null || now.answer === null) return before.answer === now.answer;
  return before.answer === now.answer && before.quote === now.quote && before.article === (now.source?.id ?? null);
}

/**
 * How `--compare` prints a changed answer: its line and question, then what a member read before and reads
 * now, each as "no answer (confidence 0.21)" or its label, confidence and text. The texts are shown from a
 * little before where they first differ (when they share a longer start), ANSWER_SHOWN characters at most,
 * and the quotes instead where only the quote changed: an edit late in a long paragraph is seen.
 */
export function changeText(before: RecordedAnswer, now: Answer): string {
  const quoted = before.answer !== null && before.answer === now.answer;
  const was = oneLine((quoted ? before.quote : before.answer) ?? '');
  const is = oneLine((quoted ? now.quote : now.answer) ?? '');
  const from = differsAt(was, is);
  const line = (label: string | null, answer: string | null, text: string, confidence: number) =>
    answer === null ? `no answer (confidence ${confidence.toFixed(2)})` : `${label ?? 'an answer'} (confidence ${confidence.toFixed(2)})${quoted ? ', quote' : ''}: ${excerpt(text, from)}`;
  return [`Line ${before.line}: ${before.question}`, `  before: ${line(before.label, before.answer, was, before.confidence)}`, `  now:    ${line(labelOf(now), now.answer, is, now.confidence)}`].join('\n');
}

/** Characters of an answer `changeText` shows: about a terminal line, enough to tell two answers apart. */
const ANSWER_SHOWN = 100;
/** How much of their shared start `changeText` shows before two texts differ. */
const SHARED_SHOWN = 30;

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Where an excerpt of two texts starts: at 0, or SHARED_SHOWN characters before their first difference. */
function differsAt(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i > ANSWER_SHOWN - SHARED_SHOWN ? i - SHARED_SHOWN : 0;
}

function excerpt(text: string, from: number): string {
  const shown = text.slice(from, from + ANSWER_SHOWN);
  return `${from > 0 ? '…' : ''}${shown}${from + ANSWER_SHOWN < text.length ? '…' : ''}`;
}

/** The label `changeText` gives an answer given now: the FAQ question it matched, else its source as cited. */
export function labelOf(answer: Answer): string | null {
  if (answer.answer === null || !answer.source) return null;
  return answer.matched ?? citation({ ...answer.source, date: null });
}
