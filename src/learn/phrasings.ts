import { phrasingKey } from '../content/alternates.js';
import type { Article, FaqEntry, Passage } from '../content/types.js';

/** A phrasing of an FAQ entry learned from members, as merged into the content (the store's `LearnedAlternate` fits). */
export interface LearnedPhrasing {
  /** The FAQ entry id, `<article id>#faq-<n>` (n counted from 1, as src/search/engine.ts names entries). */
  entry: string;
  question: string;
}

/** The article and 0-based FAQ position an entry id names; null for anything that is not an FAQ entry (a paragraph's `#p7`). */
export function faqPlace(entryId: string): { article: string; index: number } | null {
  const found = /^([\s\S]+)#faq-([1-9]\d*)$/.exec(entryId);
  return found ? { article: found[1]!, index: Number(found[2]) - 1 } : null;
}

/** The FAQ entry an entry id names among `articles`; undefined when it is a paragraph or no longer served. */
export function faqEntry(articles: ReadonlyMap<string, Article> | readonly Article[], entryId: string): FaqEntry | undefined {
  const place = faqPlace(entryId);
  if (!place) return undefined;
  const article = articles instanceof Map ? articles.get(place.article) : (articles as readonly Article[]).find((a) => a.id === place.article);
  return article?.faq[place.index];
}

/** Whether `question` is already how `entry` is asked: its question or one of its alternates (case, spacing, final `?` aside). */
export const asksLike = (entry: FaqEntry, question: string): boolean => {
  const key = phrasingKey(question);
  return phrasingKey(entry.question.text) === key || entry.alternates.some((a) => phrasingKey(a.text) === key);
};

/**
 * `articles` with each learned phrasing added to its FAQ entry's `alternates`, as the content parser adds an
 * `Also asked as:` line: a Passage with the entry question's section, ¶ number and line (the phrasing is in
 * no file, so it points at the question it belongs to). A phrasing whose entry is no longer served is
 * ignored, and one the entry already has (in its file, or merged before) is not added twice, so merging
 * into already merged articles changes nothing. Articles are copied where they change, never mutated.
 */
export function withLearned(articles: readonly Article[], learned: readonly LearnedPhrasing[]): Article[] {
  const byArticle = new Map<string, Map<number, string[]>>();
  for (const { entry, question } of learned) {
    const place = faqPlace(entry);
    if (!place) continue;
    const entries = byArticle.get(place.article) ?? new Map<number, string[]>();
    byArticle.set(place.article, entries.set(place.index, [...(entries.get(place.index) ?? []), question]));
  }
  if (!byArticle.size) return [...articles];
  return articles.map((article) => {
    const entries = byArticle.get(article.id);
    if (!entries) return article;
    return {
      ...article,
      faq: article.faq.map((entry, i) => {
        let merged = entry;
        for (const question of entries.get(i) ?? []) {
          if (asksLike(merged, question)) continue;
          const { section, paragraph, line } = entry.question;
          const passage: Passage = { raw: question, text: question, section, paragraph, line };
          merged = { ...merged, alternates: [...merged.alternates, passage] };
        }
        return merged;
      }),
    };
  });
}
