import { createHash } from 'node:crypto';
import { escapeAttribute, escapeText } from 'entities/escape';
import { calendarDate } from '../content/dates.js';
import { parseHtml } from '../content/html.js';
import type { Article } from '../content/types.js';
import { fetchText, httpUrl, type FetchOptions } from './fetch.js';
import type { FeedItem } from './items.js';

/**
 * An item's own HTML holds the article (rather than a teaser) when its text has at least this many
 * characters; below it the linked page is fetched. A teaser paragraph rarely passes 400 characters.
 */
export const MIN_ARTICLE_CHARS = 400;

/** The article id of a feed item: stable across edits of its title, date and text, since it hashes only the feed and the item's identity. */
export const feedArticleId = (feedUrl: string, key: string): string =>
  `feed-${createHash('sha256').update(`${feedUrl}\n${key}`).digest('hex').slice(0, 16)}`;

const plainLength = (html: string): number => html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, 'x').replace(/\s+/g, ' ').trim().length;

/** A page wrapping the item's own HTML (`body`), with its title, link, date, description and language as page metadata. */
function wrapItem(item: FeedItem, body: string): string {
  // The calendar date as written: a UTC timestamp would move an evening item west of Greenwich to the next day.
  const date = calendarDate(item.date);
  const meta = [
    item.link ? `<link rel="canonical" href="${escapeAttribute(item.link)}">` : '',
    date ? `<meta property="article:published_time" content="${date}">` : '',
    item.description ? `<meta name="description" content="${escapeAttribute(item.description.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim())}">` : '',
  ].join('');
  const title = escapeText(item.title ?? '');
  const lang = item.lang ? ` lang="${escapeAttribute(item.lang)}"` : '';
  return `<!doctype html><html${lang}><head><meta charset="utf-8"><title>${title}</title>${meta}</head><body><article><h1>${title}</h1>\n${body}\n</article></body></html>`;
}

export interface ItemPage {
  /** The HTML kept in DATA_DIR and parsed with `parseHtml`. */
  source: string;
  /** Where the text came from, for logs and check-feed. */
  from: 'item' | 'page';
}

/**
 * The page an item's article is read from: the item's own HTML (its content, else a description long
 * enough to be the article) when it holds the article (see `MIN_ARTICLE_CHARS`), else its linked page, fetched with `fetch` options (same address checks,
 * timeout and size cap as the feed). Rejects with the reason when there is neither.
 */
async function itemPage(item: FeedItem, fetch: FetchOptions): Promise<ItemPage> {
  // Many RSS feeds carry the whole article in <description> and have no content:encoded.
  const own = item.html ?? (item.description && plainLength(item.description) >= MIN_ARTICLE_CHARS ? item.description : null);
  if (own && (plainLength(own) >= MIN_ARTICLE_CHARS || !item.link)) return { source: wrapItem(item, own), from: 'item' };
  if (!item.link) throw new Error('the item has no text of its own and no link');
  httpUrl(item.link);
  const page = await fetchText(item.link, { ...fetch, etag: null, lastModified: null });
  if (page.status !== 'ok') throw new Error('the linked page answered 304 to a request without validators');
  return { source: page.body, from: 'page' };
}

/**
 * The article a feed item becomes, as `id` (its identity: no `key`), with the page it was read from (to keep as `file`). Rejects
 * with the reason when the page cannot be fetched or `parseHtml` finds no article in it.
 */
export async function itemArticle(item: FeedItem, id: string, file: string, fetch: FetchOptions): Promise<ItemPage & { article: Article }> {
  const page = await itemPage(item, fetch);
  const { article, issues } = parseHtml(page.source, file, id);
  if (!article) throw new Error(issues.map((i) => i.message).join('; '));
  // A feed item is known by its guid (else link), which `id` holds, never by its page's url or title: an
  // edited title must not make it a new article, posted again. Without a key the ledger names it by `id`.
  const { key: _byPage, ...byItem } = article;
  return { ...page, article: byItem };
}
