import type { Article } from '../content/types.js';
import { cut } from '../text.js';
import { forEachSentence } from './sentences.js';
import { analyzerFor } from './tokenize.js';

export const MAX_SUMMARY_LENGTH = 400;
/**
 * Sentences considered for an extractive summary: the article's first 1,000. A news article states its
 * point early, and the cap keeps a summary of a book-length file as cheap as one of a long article.
 */
export const MAX_SUMMARY_SENTENCES = 1000;

/** Articles are never changed once parsed: a summary is worked out once per article, not on every sync. */
const summaries = new WeakMap<Article, string>();

/**
 * The article's summary: its front-matter `summary`, else its dek, else an extractive summary made of
 * the 2–3 body sentences most central to the article (those sharing the most distinctive words with the
 * others), in reading order and at most 400 characters. Linear in the article's size.
 */
export function summarize(article: Article): string {
  if (article.summary) return article.summary;
  let summary = summaries.get(article);
  if (summary === undefined) {
    summary = extract(article);
    summaries.set(article, summary);
  }
  return summary;
}

function extract(article: Article): string {
  const all: string[] = [];
  for (const p of article.paragraphs) {
    if (all.length === MAX_SUMMARY_SENTENCES) break;
    forEachSentence(p.text, article.lang, (s) => all.push(s.text) < MAX_SUMMARY_SENTENCES);
  }
  if (all.length === 0) return article.faq[0]?.answer[0]?.text ?? article.title;
  const analyzer = analyzerFor(article.lang);
  const bags = all.map((s) => new Set(analyzer.terms(s)));
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of bag) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + all.length / df.get(t)!);
  // A sentence's centrality is the idf of each of its terms summed over the other sentences holding it:
  // idf(t) × (df(t) − 1) per term, the same sum as comparing every pair of sentences, in linear time.
  const centrality = bags.map((bag) => {
    let shared = 0;
    for (const t of bag) shared += idf(t) * (df.get(t)! - 1);
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
  if (chosen.length === 0) return cut(all[order[0]!]!, MAX_SUMMARY_LENGTH, { atWord: true });
  return chosen
    .sort((a, b) => a - b)
    .map((i) => all[i])
    .join(' ');
}
