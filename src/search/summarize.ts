import type { Article } from '../content/types.js';
import { sentences } from './sentences.js';
import { terms } from './tokenize.js';

export const MAX_SUMMARY_LENGTH = 400;

/**
 * The article's summary: its front-matter `summary`, else its dek, else an extractive summary made of
 * the 2–3 body sentences most central to the article (those sharing the most distinctive words with the
 * others), in reading order and at most 400 characters.
 */
export function summarize(article: Article): string {
  if (article.summary) return article.summary;
  const all = article.paragraphs.flatMap((p) => sentences(p.text).map((s) => s.text));
  if (all.length === 0) return article.faq[0]?.answer[0]?.text ?? article.title;
  const bags = all.map((s) => new Set(terms(s)));
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of bag) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + all.length / df.get(t)!);
  const centrality = bags.map((bag, i) => {
    let shared = 0;
    bags.forEach((other, j) => {
      if (i !== j) for (const t of bag) if (other.has(t)) shared += idf(t);
    });
    // Normalise by length so a long sentence does not win just by having many words.
    return shared / Math.sqrt(Math.max(1, bag.size));
  });
  const order = all.map((_, i) => i).sort((a, b) => centrality[b]! - centrality[a]! || a - b);
  const chosen: number[] = [];
  let length = 0;
  for (const i of order) {
    if (chosen.length === 3) break;
    const extra = all[i]!.length + (chosen.length ? 1 : 0);
    if (length + extra > MAX_SUMMARY_LENGTH) continue;
    chosen.push(i);
    length += extra;
  }
  if (chosen.length === 0) return clip(all[order[0]!]!, MAX_SUMMARY_LENGTH);
  return chosen
    .sort((a, b) => a - b)
    .map((i) => all[i])
    .join(' ');
}

/** Cuts text at a word boundary so it fits `max` characters, ending with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
