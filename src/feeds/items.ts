import { createRequire } from 'node:module';
import { escapeText } from 'entities/escape';
import type * as Feedsmith from 'feedsmith';
import { readPage } from '../content/html-page.js';
import { fetchText, type FetchOptions } from './fetch.js';

const require = createRequire(import.meta.url);
let feedsmith: typeof Feedsmith | null = null;
/**
 * feedsmith's `parseFeed`, loaded at the first feed read (issue 15): its ES build is about 500 modules, 0.1 s
 * of CPU at every start, which a bot without feeds never needs. Its CommonJS build (the same code), which can
 * be loaded synchronously.
 */
const parseFeed: typeof Feedsmith.parseFeed = (input) => (feedsmith ??= require('feedsmith') as typeof Feedsmith).parseFeed(input);

/** One entry of a feed, whatever its format. */
export interface FeedItem {
  /** What identifies the item across polls: its guid (RSS), id (Atom, JSON Feed), else its link; never its date. */
  key: string;
  title: string | null;
  link: string | null;
  /**
   * As the feed writes it (RFC 822 or ISO 8601), or null: RSS `pubDate` (else Dublin Core `dc:date`), Atom
   * `published` (else `updated`), JSON Feed `date_published` (else `date_modified`).
   */
  date: string | null;
  description: string | null;
  /** `content:encoded` (RSS), `content` (Atom; as `plainHtml` when `type="text"`), `content_html` (JSON Feed, else its
   * `content_text` as `plainHtml`), or null. */
  html: string | null;
  /** The language the feed declares for the item, unchecked: JSON Feed's item or feed `language`, RSS's
   * channel `<language>` (e.g. `en-us`), Atom's entry or feed `xml:lang`; null when it declares none. */
  lang: string | null;
}

/** An item left out because an earlier item of the feed has the same `key`: both are named in the warning. */
export interface DuplicateItem {
  key: string;
  kept: Pick<FeedItem, 'title' | 'link'>;
  dropped: Pick<FeedItem, 'title' | 'link'>;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json' | 'rdf';
  title: string | null;
  /**
   * Items in the feed's order, one per `key`; an item with neither guid/id nor link has no identity and is
   * in `unidentified`; a later item with the key of an earlier one is in `duplicates`.
   */
  items: FeedItem[];
  unidentified: number;
  duplicates: DuplicateItem[];
}

const named = (i: Pick<FeedItem, 'title' | 'link'>) => `"${i.title ?? '(untitled)'}" (${i.link ?? 'no link'})`;

/**
 * The warning for an item left out as a duplicate, for the log and check-feed: the key, the item kept and
 * the one not read.
 */
export const duplicateNote = (d: DuplicateItem): string =>
  `two items have the same guid/id (else link) "${d.key}": the first, ${named(d.kept)}, is read; ${named(d.dropped)} is not (give each item its own guid/id)`;

const text = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && 'value' in v) return text((v as { value: unknown }).value);
  return null;
};

/** Plain text as HTML: a paragraph per blank-line-separated block (JSON Feed's `content_text` is plain text, not HTML). */
export function plainHtml(plain: string | null): string | null {
  if (!plain) return null;
  const blocks = plain.split(/\r?\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return blocks.map((b) => `<p>${escapeText(b)}</p>`).join('\n') || null;
}

/**
 * An Atom entry's `content` as HTML: `type="text"` is plain text (RFC 4287 §3.1.1.1), made HTML as
 * `plainHtml` does. Content without a type is read as HTML, as feed readers do: feeds that omit it mostly
 * carry escaped HTML.
 */
const atomContent = (content: unknown): string | null =>
  (content as { type?: string } | undefined)?.type === 'text' ? plainHtml(text(content)) : text(content);

/** An Atom element's `xml:base` and `xml:lang` attributes, as feedsmith gives them. */
type XmlAttributes = { base?: string; lang?: string };

/** `link` made absolute against `base` (Atom feeds often link relatively); as written when it cannot be. */
function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

/**
 * Reads an RSS 2.0, RSS 1.0, Atom or JSON Feed document with feedsmith (which detects the format); item
 * links are resolved against `baseUrl`, the URL the feed was read from, or in Atom against the entry's
 * and the feed's `xml:base` (RFC 4287 §2, XML Base). JSON Feed names no base for a relative `url` (its
 * `home_page_url` is the site's home page, not a base), so `baseUrl` is its base, as RFC 3986 §5.1.3 says
 * of a document without one. Of items with the same key (guid/id, else link) the first in the feed is
 * read, the others listed in `duplicates`. Throws an Error with a plain
 * reason when the body is none of them (malformed XML included).
 */
export function readFeed(body: string, baseUrl: string): ParsedFeed {
  const trimmed = body.trimStart();
  let input: string | object = body;
  if (trimmed.startsWith('{')) {
    try {
      input = JSON.parse(trimmed) as object;
    } catch {
      throw new Error('not a feed: the body starts like JSON but is not valid JSON');
    }
  }
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(input);
  } catch (err) {
    throw new Error(`not an RSS, Atom or JSON feed (${(err as Error).message})`);
  }
  const byKey = new Map<string, FeedItem>();
  const duplicates: DuplicateItem[] = [];
  let unidentified = 0;
  const add = (item: Omit<FeedItem, 'key'>, id: string | null, base = baseUrl) => {
    const link = absolute(item.link, base);
    const key = id ?? link;
    if (!key) unidentified++;
    else if (byKey.has(key)) duplicates.push({ key, kept: byKey.get(key)!, dropped: { title: item.title, link } });
    // One article per key: a second item of it would be read over the first at every poll, each in turn.
    else byKey.set(key, { key, ...item, link });
  };
  const feed = parsed.feed as Record<string, unknown>;
  const feedLang = text(feed.language);
  if (parsed.format === 'atom') {
    // XML Base (RFC 4287 §2): an entry's xml:base is resolved against the feed's, which is resolved against the document's URL.
    const feedXml = (feed.xml ?? {}) as XmlAttributes;
    const feedBase = absolute(feedXml.base ?? null, baseUrl) ?? baseUrl;
    for (const e of (feed.entries ?? []) as Record<string, unknown>[]) {
      const xml = (e.xml ?? {}) as XmlAttributes;
      const links = (e.links ?? []) as { href?: string; rel?: string }[];
      const link = links.find((l) => !l.rel || l.rel === 'alternate')?.href ?? null;
      const entryBase = absolute(xml.base ?? null, feedBase) ?? feedBase;
      add({ title: text(e.title), link, date: text(e.published) ?? text(e.updated), description: text(e.summary), html: atomContent(e.content), lang: text(xml.lang) ?? text(feedXml.lang) }, text(e.id), entryBase);
    }
  } else if (parsed.format === 'json') {
    for (const i of (feed.items ?? []) as Record<string, unknown>[]) {
      add({ title: text(i.title), link: text(i.url), date: text(i.date_published) ?? text(i.date_modified), description: text(i.summary), html: text(i.content_html) ?? plainHtml(text(i.content_text)), lang: text(i.language) ?? feedLang }, text(i.id));
    }
  } else {
    for (const i of (feed.items ?? []) as Record<string, unknown>[]) {
      const content = i.content as { encoded?: string } | undefined;
      const dc = i.dc as { date?: string; dates?: string[] } | undefined;
      add({ title: text(i.title), link: text(i.link), date: text(i.pubDate) ?? text(dc?.date ?? dc?.dates?.[0]), description: text(i.description), html: text(content?.encoded), lang: feedLang }, text(i.guid));
    }
  }
  return { format: parsed.format, title: text(feed.title), items: [...byKey.values()], unidentified, duplicates };
}

/**
 * Fetches `url` once, without validators, and reads it as a feed (as `npm run check-feed` and `/feeds add`
 * try one): the same address checks, timeout and size cap as polling. Rejects with a plain reason; a body
 * that is no feed with the feeds the page names, if any, so a site's home page or an article points to its
 * feed ("…; this page names its feed: https://example.com/feed.xml; check that instead").
 */
export async function fetchFeed(url: string, fetch: Omit<FetchOptions, 'etag' | 'lastModified'>): Promise<ParsedFeed> {
  const res = await fetchText(url, fetch);
  if (res.status !== 'ok') throw new Error('the server answered 304 to a request without validators');
  try {
    return readFeed(res.body, res.url);
  } catch (err) {
    const named = namedFeeds(res.body, res.url);
    if (!named.length) throw err;
    const which = named.length === 1 ? `names its feed: ${named[0]}; check that instead` : `names its feeds: ${named.join(', ')}; check those instead`;
    throw new Error(`${(err as Error).message}; this page ${which}`, { cause: err });
  }
}

/** The media types of the feeds a page may name with `<link rel="alternate">`: RSS, Atom and JSON Feed (its spec's type). */
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);

/**
 * The feeds an HTML page names (`<link rel="alternate" type="application/rss+xml|atom+xml|feed+json" href>`,
 * the autodiscovery convention browsers and feed readers follow), absolute against its `<base href>`, else
 * `pageUrl`; none for a body that is no HTML page.
 */
function namedFeeds(body: string, pageUrl: string): string[] {
  const { document } = readPage(body);
  const resolved = (href: string | null, base: string): string | null => {
    const url = absolute(href, base);
    return url && URL.canParse(url) ? url : null;
  };
  const base = resolved(document.querySelector('base[href]')?.getAttribute('href') ?? null, pageUrl) ?? pageUrl;
  const links = [...document.querySelectorAll('link[rel][type][href]')].filter(
    (l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('alternate') && FEED_TYPES.has((l.getAttribute('type') ?? '').trim().toLowerCase()),
  );
  return [...new Set(links.flatMap((l) => resolved(l.getAttribute('href'), base) ?? []))];
}
