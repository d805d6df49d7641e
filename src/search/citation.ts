import type { Answer, AnswerSource } from './types.js';

/** "Article title · section · ¶N · date": where a quote stands, in the order a reader looks for it. */
export function citation(source: AnswerSource): string {
  return [source.title, source.section, `¶${source.paragraph}`, source.date].filter(Boolean).join(' · ');
}

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The quote to show under an answer, or null when there is none or it is the answer's own text (equal once
 * runs of whitespace are collapsed, as when a paragraph answers): then the answer is shown once, with its source.
 */
export function separateQuote(answer: Pick<Answer, 'answer' | 'quote'>): string | null {
  if (answer.quote === null) return null;
  return answer.answer !== null && words(answer.quote) === words(answer.answer) ? null : answer.quote;
}
