import { createHash } from 'node:crypto';
import { escapeAttribute, escapeText } from 'entities/escape';
import { calendarDate } from '../content/dates.js';
import { parseHtml } from '../content/html.js';
import type { Article, ContentIssue } from '../content/types.js';
import { fetchText, httpUrl, type FetchOptions } from './fetch.js';
import type { FeedItem } from './items.js';

/**
 * An item's own HTML holds the article (rather than a teaser) when its text has at least this many
 * characters; below it the linked page is fetched. A teaser paragraph rarely passes 400 characters.
 */
export const MIN_ARTICLE_CHARS = 400;

/**
 * Why an item cannot be read that lies in the item alone (no text of its own and no link, a link that is no
 * http(s) URL, its own text holding no article): reading it again gives the same until the feed changes it.
 */
export class UnreadableItem extends Error {}

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

/** What a linked page was read as: its URL and the validators to re-read it with a conditional request. */
export interface LinkedPage {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

/** An item's article, the page it was read from (kept as its file) and, when it is a linked page, how to ask for it again. */
export type ItemRead = ItemPage & { article: Article; page: LinkedPage | null };

/** What of an item stands in for its linked page's missing metadata: its link (canonical URL) and date (published time). */
export type StandIns = Pick<FeedItem, 'link' | 'date'>;

/**
 * A feed article as kept: parsed from `source` (kept as `file`) as `id`, with no `Article.key`. A feed item
 * is known by its guid (else link), which `id` holds, never by its page's url or title: an edited title must
 * not make it a new article, posted again, and the article read back from its file at a restart must be
 * named as the one just read (the summary ledger names a keyless article by its id). Null with the reasons
 * when `parseHtml` finds no article.
 */
export function feedArticle(source: string, file: string, id: string): { article: Article | null; issues: ContentIssue[] } {
  const { article, issues } = parseHtml(source, file, id);
  if (!article) return { article, issues };
  const { key: _byPage, ...byItem } = article;
  return { article: byItem, issues };
}

/**
 * The linked page `source` with the item's link and date written into its head as `<link rel="canonical">`
 * and `article:published_time` where the page gives no url or date of its own (`article`, as parsed), so the
 * kept file says them at every later read; as it is when it lacks neither.
 */
function withStandIns(source: string, article: Article, item: StandIns): string {
  const date = article.date ? null : calendarDate(item.date);
  const meta = [
    !article.url && item.link ? `<link rel="canonical" href="${escapeAttribute(item.link)}">` : '',
    date ? `<meta property="article:published_time" content="${date}">` : '',
  ].join('');
  if (!meta) return source;
  const head = /<head\b[^>]*>/i.exec(source);
  const at = head ? head.index + head[0].length : 0;
  return source.slice(0, at) + meta + source.slice(at);
}

/** The article of a linked page's `body`, with the item's stand-ins for its missing metadata; rejects with `parseHtml`'s reasons. */
function pageRead(body: string, item: StandIns, id: string, file: string, page: LinkedPage): ItemRead {
  const parsed = feedArticle(body, file, id);
  if (!parsed.article) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  const source = withStandIns(body, parsed.article, item);
  const article = source === body ? parsed.article : feedArticle(source, file, id).article!;
  return { source, from: 'page', article, page };
}

/**
 * The item's own HTML when it holds its article (its content, else a description long enough to be the
 * article, see `MIN_ARTICLE_CHARS`; either, however short, when it has no link), else null: its article is
 * its linked page.
 */
export function ownArticle(item: FeedItem): string | null {
  // Many RSS feeds carry the whole article in <description> and have no content:encoded.
  const own = item.html ?? (item.description && plainLength(item.description) >= MIN_ARTICLE_CHARS ? item.description : null);
  return own && (plainLength(own) >= MIN_ARTICLE_CHARS || !item.link) ? own : null;
}

/** Fetches `link` with `validators` (none for a first read); null when it answered 304. */
async function fetchPage(link: string, fetch: FetchOptions, validators: Omit<LinkedPage, 'url'> | null): Promise<{ body: string; page: LinkedPage } | null> {
  httpUrl(link);
  const res = await fetchText(link, { ...fetch, etag: validators?.etag ?? null, lastModified: validators?.lastModified ?? null });
  if (res.status !== 'ok') {
    if (!validators) throw new Error('the linked page answered 304 to a request without validators');
    return null;
  }
  return { body: res.body, page: { url: link, etag: res.etag, lastModified: res.lastModified } };
}

/**
 * The article a feed item becomes, as `id` (its identity: no `key`), with the page it was read from (to keep
 * as `file`): the item's own HTML when it holds the article (`ownArticle`), else its linked page, fetched with `fetch` options (same
 * address checks, timeout and size cap as the feed), the item's link and date standing in for the page's
 * missing canonical URL and published time. Rejects with the reason when there is neither, or the page
 * cannot be fetched, or `parseHtml` finds no article in it; with an `UnreadableItem` when the reason lies in
 * the item alone.
 */
export async function itemArticle(item: FeedItem, id: string, file: string, fetch: FetchOptions): Promise<ItemRead> {
  const own = ownArticle(item);
  if (own) {
    const source = wrapItem(item, own);
    const { article, issues } = feedArticle(source, file, id);
    if (!article) throw new UnreadableItem(issues.map((i) => i.message).join('; '));
    return { source, from: 'item', article, page: null };
  }
  if (!item.link) throw new UnreadableItem('the item has no text of its own and no link');
  try {
    httpUrl(item.link);
  } catch {
    // The log and check-feed name the link beside the reason.
    throw new UnreadableItem('its link is not an http(s) URL');
  }
  const { body, page } = (await fetchPage(item.link, fetch, null))!;
  return pageRead(body, item, id, file, page);
}

/**
 * Reads an item's linked page again with a conditional request (`page`'s validators): null when it answered
 * 304 (nothing to read), else its article as `itemArticle` reads it. Rejects as `itemArticle` does.
 */
export async function refreshedPage(page: LinkedPage, item: StandIns, id: string, file: string, fetch: FetchOptions): Promise<ItemRead | null> {
  const fetched = await fetchPage(page.url, fetch, page);
  return fetched && pageRead(fetched.body, item, id, file, fetched.page);
}
