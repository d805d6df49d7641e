import type { AnswerSource } from './types.js';

/** "Article title · section · ¶N · date": where a quote stands, in the order a reader looks for it. */
export function citation(source: AnswerSource): string {
  return [source.title, source.section, `¶${source.paragraph}`, source.date].filter(Boolean).join(' · ');
}
