import { confidenceShown } from './candidates.js';
import type { Answer } from './search/types.js';

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
  /** The title of the article the answer came from, null where it abstained. */
  title: string | null;
  /** That article's id (the file's name unless front matter pins one); null where it abstained. */
  article: string | null;
  /** The FAQ question matched (the embed's title in Discord); null for a paragraph or no answer, undefined in
   * a file written before `--json` had the field. */
  matched: string | null | undefined;
  /** The FAQ question matched, else the source as `--explain` labels a paragraph ("Ferry · ¶2"); null where it abstained. */
  label: string | null;
  confidence: number;
  /** The closest questions offered ("Did you mean"): on no answer, all a member reads. */
  alternatives: readonly string[];
}

/** A FILE `--compare` cannot read: its message names FILE (and the line) and says what to do. */
export class RecordedAnswersError extends Error {}

/**
 * The answers of an earlier `npm run ask -- --json` run in `bytes` (the contents of `file`), one per line, in
 * order; blank lines are passed over (an editor's last newline), a UTF-8 byte order mark too, and the fields
 * `--explain` adds. Throws RecordedAnswersError when the bytes are no UTF-8 (UTF-16 named so: PowerShell's
 * `>` writes it), at the first line that is not such an object (naming `file`:line), or when there is none.
 */
export function readRecordedAnswers(bytes: Uint8Array, file: string): RecordedAnswer[] {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new RecordedAnswersError(`${file} is UTF-16: save it as UTF-8 (in PowerShell, write it with "| Out-File -Encoding utf8").`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new RecordedAnswersError(`${file} is not UTF-8 text: --compare reads what \`npm run ask -- --json\` wrote.`);
  }
  const recorded: RecordedAnswer[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
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
    const source = isRecord(value.source) ? value.source : null;
    const title = answer !== null && typeof source?.title === 'string' ? source.title : null;
    const matched = value.matched === undefined ? undefined : typeof value.matched === 'string' ? value.matched : null;
    const paragraph = typeof source?.paragraph === 'number' ? source.paragraph : null;
    recorded.push({
      line: i + 1,
      question: value.question,
      answer,
      quote,
      title,
      article: answer !== null && typeof source?.id === 'string' ? source.id : null,
      matched: answer === null ? null : matched,
      label: answer === null ? null : (matched ?? (title === null ? null : paragraphLabel(title, paragraph))),
      confidence,
      alternatives: Array.isArray(value.alternatives) ? value.alternatives.filter((alt): alt is string => typeof alt === 'string') : [],
    });
  });
  if (!recorded.length) throw new RecordedAnswersError(`${file} holds no answers: write it with \`npm run -s ask -- --json < questions.txt > ${file}\` first.`);
  return recorded;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A paragraph as `--explain` labels it: "Ferry · ¶2". */
const paragraphLabel = (title: string, paragraph: number | null): string => (paragraph === null ? title : `${title} · ¶${paragraph}`);

/**
 * Whether a member asking `before.question` now reads what they read then: the same answer text and quote,
 * from an article of the same title, under the same FAQ question (the embed's title; not compared with a
 * file written before `--json` recorded it); or both times no answer, with the same closest questions (in
 * any order). Its
 * confidence may have moved, its paragraph number and its file's name too (a paragraph written above it, a
 * file renamed): none of them is what a member reads.
 */
export function sameAnswer(before: RecordedAnswer, now: Answer): boolean {
  if (before.answer === null || now.answer === null) {
    return before.answer === now.answer && sameList(before.alternatives, now.alternatives.map((alt) => alt.question));
  }
  const matched = before.matched === undefined || before.matched === now.matched;
  return matched && before.answer === now.answer && before.quote === now.quote && before.title === (now.source?.title ?? null);
}

/** Whether two lists of closest questions offer the same ones, in any order (a new order alone is no new answer: a chess club's admin read it as noise). */
const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item) => b.includes(item));

/**
 * What a member asking again sees of a change (`before` and `now` differing: see `sameAnswer`), in the order
 * `--compare` counts them: another FAQ entry or paragraph answers; an answer where there was none; none
 * where there was one; the same one edited (see `sameSource`); the same one, its text unchanged, quoted
 * from another sentence or paragraph (a paragraph's answer: fewer sentences of its unchanged text); no answer both times, other closest questions offered. Two admins of
 * one trial round found half their changes were their own rewording, and had to sort
 * them from the answers that moved by hand.
 */
export const CHANGE_KINDS = ['another answer', 'now answered', 'no longer answered', 'text edited', 'other quote', 'other closest questions'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * The kind of change (see CHANGE_KINDS) from `before` to `now`. `written`: whether a text is still written in
 * the article `now` comes from, as the loaded content holds it; where a paragraph's earlier answer is and
 * the answer now quotes part of it, the change is 'other quote', not 'text edited'. Without it, only an
 * unchanged answer tells an other quote.
 */
export function changeKind(before: RecordedAnswer, now: Answer, written?: (text: string) => boolean): ChangeKind {
  if (before.answer === null) return now.answer === null ? 'other closest questions' : 'now answered';
  if (now.answer === null) return 'no longer answered';
  if (!sameSource(before, now)) return 'another answer';
  // The answer's text as it was, from the same entry: only the quote under it moved (another sentence of
  // the body backs it), which a German student council's admin read as "text edited" of text never edited.
  const matched = before.matched === undefined || before.matched === now.matched;
  const retitled = before.title !== null && before.title !== (now.source?.title ?? null);
  if (before.answer === now.answer && before.quote !== now.quote && matched && !retitled) return 'other quote';
  // A paragraph's answer is the sentences it quotes: fewer of them, its text as it was still written there,
  // were called an edit (a regional newspaper's and a cricket app's admins, round AF). More of them may be a
  // sentence added (a review): an edit.
  const fewer = before.answer !== now.answer && oneLine(before.answer).includes(oneLine(now.answer));
  return fewer && !retitled && written?.(before.answer) === true ? 'other quote' : 'text edited';
}

/**
 * Whether two answers come from the same FAQ entry or paragraph, edited: in the same article (by its id, so
 * a new title is the same article, or by its title, so a renamed file is), both FAQ answers or both
 * paragraphs, and the same FAQ question matched or, else, texts sharing half their words or more (see
 * `similar`). Not the paragraph's number: a paragraph deleted moves the next one into it, and a reviewer saw
 * another paragraph's answer called an edit so.
 */
function sameSource(before: RecordedAnswer, now: Answer): boolean {
  const article = (before.article !== null && before.article === now.source?.id) || before.title === (now.source?.title ?? null);
  // A file written before `--json` recorded "matched" cannot tell an FAQ answer from a paragraph.
  const alike = before.matched === undefined || (before.matched === null) === (now.matched === null);
  const entry = typeof before.matched === 'string' && before.matched === now.matched;
  return article && alike && (entry || similar(before.answer!, now.answer!));
}

/** Whether two texts share half their distinct words or more (Jaccard index of their lower-cased words). */
function similar(a: string, b: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((word) => y.has(word)).length;
  return shared >= 0.5 * (x.size + y.size - shared);
}

/**
 * How `--compare` prints a changed answer: its line, the kind of change (see `changeKind`) and question, then what a member read before and reads
 * now, each as "no answer (confidence 0.21)" with the closest questions offered, or its label, confidence and
 * text. Texts longer than ANSWER_SHOWN characters are shown from a word a little before where the two
 * first differ, when that is past the window; the quotes instead where only the quote changed.
 */
export function changeText(before: RecordedAnswer, now: Answer, written?: (text: string) => boolean): string {
  const quoted = before.answer !== null && before.answer === now.answer && before.quote !== now.quote;
  const was = oneLine((quoted ? before.quote : before.answer) ?? '');
  const is = oneLine((quoted ? now.quote : now.answer) ?? '');
  const from = excerptStart(was, is);
  const line = (label: string | null, answer: string | null, text: string, confidence: number, closest: readonly string[]) =>
    answer === null
      ? `no answer (confidence ${confidenceShown(confidence, false)})${closest.length ? `; closest: ${closest.map((q) => `“${q}”`).join(', ')}` : ''}`
      : `${label ?? 'an answer'} (confidence ${confidenceShown(confidence, true)})${quoted ? ', quote' : ''}: ${excerpt(text, from)}`;
  // Only the article's title changed (shown in the embed, not in an FAQ answer's line): said so, or the two lines
  // read the same (a Brno esports club's admin found 22 such "text edited" lines hiding 3 lost answers, round Z).
  const title = now.source?.title ?? null;
  const retitled = before.title !== null && title !== null && before.title !== title && was === is;
  return [
    `Line ${before.line} (${changeKind(before, now, written)}): ${before.question}`,
    `  before: ${line(before.label, before.answer, was, before.confidence, before.alternatives)}`,
    `  now:    ${line(labelOf(now), now.answer, is, now.confidence, now.alternatives.map((alt) => alt.question))}`,
    ...(retitled ? [`  the article's title only: “${before.title}” → “${title}”`] : []),
  ].join('\n');
}

/**
 * How `--compare` prints a question that had no answer and still has none, with other closest questions
 * offered: one line, after the answers that changed (see `changeText`), as a member read no answer either
 * time. Two admins of round AB found these lines half of what a compare printed, mixed in with the
 * answers that changed.
 */
export function closestChangeText(before: RecordedAnswer, now: Answer): string {
  const quoted = (questions: readonly string[]) => questions.map((question) => `“${question}”`).join(', ');
  const closest = now.alternatives.map((alt) => alt.question);
  // None now says nothing alone: what was offered then (a review).
  return `  Line ${before.line}: ${before.question} → closest now: ${closest.length ? quoted(closest) : `none (before: ${quoted(before.alternatives)})`}`;
}

/** Characters of an answer `changeText` shows: about a terminal line, enough to tell two answers apart. */
const ANSWER_SHOWN = 100;
/** How much of their shared start `changeText` shows before two texts differ, when it cannot show it all. */
const SHARED_SHOWN = 30;

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Where `changeText` shows two texts from, in code points: 0 where both fit in ANSWER_SHOWN, or their first
 * difference has SHARED_SHOWN shown after it (or the two are the same); else the start of the word
 * SHARED_SHOWN code points or so before it.
 */
function excerptStart(a: string, b: string): number {
  if (a === b) return 0;
  const [x, y] = [Array.from(a), Array.from(b)];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (Math.max(x.length, y.length) <= ANSWER_SHOWN || i + SHARED_SHOWN <= ANSWER_SHOWN) return 0;
  let from = i - SHARED_SHOWN;
  while (from < i && x[from - 1] !== ' ') from++;
  return from;
}

/** `text` from code point `from`, ANSWER_SHOWN code points at most, "…" marking what is left out. */
function excerpt(text: string, from: number): string {
  const chars = Array.from(text);
  const shown = chars.slice(from, from + ANSWER_SHOWN).join('');
  return `${from > 0 ? '…' : ''}${shown}${from + ANSWER_SHOWN < chars.length ? '…' : ''}`;
}

/** The label `changeText` gives an answer given now: the FAQ question it matched, else its paragraph as `--explain` labels it. */
function labelOf(answer: Answer): string | null {
  if (answer.answer === null || !answer.source) return null;
  return answer.matched ?? paragraphLabel(answer.source.title, answer.source.paragraph);
}
