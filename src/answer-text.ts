import type { RankedCandidate } from './candidates.js';
import { english, type Translate } from './i18n/index.js';
import type { WordReading } from './search/engine.js';
import type { AnswerType } from './search/answer-type.js';
import { citation, separateQuote } from './search/citation.js';
import type { Answer } from './search/types.js';
import { shownLines } from './content/soft-breaks.js';

/**
 * The `--json` line: one object per question, with exactly these fields, in this order (`matched`, the FAQ
 * question matched, null for a paragraph or no answer); with `--explain`, six more: `read`, how each word
 * was read (see `WordReading`), `lang`, `leftOut`, `asks` (the kind of fact asked, or null), `whether` (read
 * as asking whether something is so) and `candidates`; with `changed` (`--compare`), a last field saying
 * whether the answer differs from the earlier run's.
 */
export function toJson(
  a: Answer,
  explained?: { read: readonly WordReading[]; candidates: readonly RankedCandidate[]; lang: string; leftOut: readonly string[]; asks: AnswerType | null; whether: boolean },
  changed?: boolean,
): string {
  const source = a.source && {
    id: a.source.id,
    title: a.source.title,
    url: a.source.url,
    file: a.source.file,
    section: a.source.section,
    paragraph: a.source.paragraph,
  };
  return JSON.stringify({
    question: a.question,
    answer: a.answer,
    kind: a.kind,
    quote: a.quote,
    source,
    confidence: a.confidence,
    alternatives: a.alternatives.map((alt) => alt.question),
    matched: a.matched,
    ...(explained
      ? { read: explained.read, lang: explained.lang, leftOut: explained.leftOut, asks: explained.asks, whether: explained.whether, candidates: explained.candidates }
      : {}),
    ...(changed === undefined ? {} : { changed }),
  });
}

/**
 * An answer as the terminal shows it: the answer, the quote as a `>` block (left out when it is the answer's
 * own text), the source line, alternatives. What a member would read (the no-answer sentence, the closest
 * questions' heading, each "Did you mean" button's label) comes from `t`, the asker's catalogue (English by
 * default), worded as Discord shows it; the rest ("Q:", "Matched:", the source line) is for the operator.
 */
export function toText(a: Answer, t: Translate = english): string {
  const lines: string[] = [`Q: ${a.question}`];
  if (a.answer === null || !a.source) {
    lines.push(t('answer.notFoundBlank'));
    if (a.alternatives.length) lines.push(t('answer.closest'), ...a.alternatives.map((alt) => `  - ${alt.question}`));
    return lines.join('\n');
  }
  if (a.matched) lines.push(`Matched: ${a.matched}`);
  // As Discord shows it (see `shownLines`).
  const { format } = a.source;
  const quote = separateQuote(a);
  lines.push('', shownLines(a.answer, format), '', ...(quote === null ? [] : shownLines(quote, format).split('\n').map((l) => `> ${l}`)));
  lines.push(`— ${citation(a.source)}${a.source.url ? ` <${a.source.url}>` : ''}  (confidence ${a.confidence.toFixed(2)})`);
  lines.push(...a.alternatives.map((alt) => `  - ${t('answer.didYouMean', { question: alt.question })}`));
  return lines.join('\n');
}
