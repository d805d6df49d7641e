import { createHash } from 'node:crypto';
import type { Article } from '../content/types.js';
import type { SearchIndex } from '../search/engine.js';

/**
 * Short stable keys for articles and FAQ entries, for what Discord caps at 100 characters (autocomplete
 * choice values, button and modal custom ids). An article id is its file name by default and may be
 * any length; its key is 12 base64url characters of its SHA-256 (72 bits), the same in every process and
 * after every restart, so a summary post's button keeps working for as long as the article is served.
 */
export function articleKey(articleId: string): string {
  return createHash('sha256').update(articleId).digest('base64url').slice(0, 12);
}

/**
 * An entry id is `<article id>#<place>` (`#faq-2`, `#p7`: see src/search/engine.ts); its key keeps the
 * short place and replaces the article id with the article's key.
 */
export function entryKey(entryId: string): string {
  const at = entryId.lastIndexOf('#');
  return at < 0 ? articleKey(entryId) : `${articleKey(entryId.slice(0, at))}${entryId.slice(at)}`;
}

/** Each index's articles by key, built on first use; an index is replaced whole on reload. */
const byKey = new WeakMap<SearchIndex, Map<string, Article>>();

/**
 * The article a key (or, for buttons posted before keys existed, a full article id) names; undefined when
 * it is no longer served.
 */
export function articleFromKey(index: SearchIndex, key: string): Article | undefined {
  let keys = byKey.get(index);
  if (!keys) {
    keys = new Map(index.articles.map((a) => [articleKey(a.id), a]));
    byKey.set(index, keys);
  }
  return keys.get(key) ?? index.article(key);
}

/** The entry id an entry key names; anything else (a full entry id from an older button) comes back as it is. */
export function entryIdFromKey(index: SearchIndex, key: string): string {
  const at = key.lastIndexOf('#');
  const article = at < 0 ? undefined : articleFromKey(index, key.slice(0, at));
  return article ? `${article.id}${key.slice(at)}` : key;
}
