import { toolSetting } from '../config.js';
import { readSettings } from '../env.js';
import { feedArticleId, itemArticle } from '../feeds/article.js';
import type { FetchOptions } from '../feeds/fetch.js';
import { fetchFeed } from '../feeds/items.js';
import { FEED_MAX_BYTES, FEED_TIMEOUT_MS, FIRST_POLL, newestFirst } from '../feeds/reader.js';

/**
 * `npm run check-feed -- URL`: reads a feed as the bot would (same address checks, `FEED_ALLOW_PRIVATE`,
 * timeout and size cap) and prints, item by item, the article it would become or why it is skipped.
 * Keeps nothing. Exit 0 when the feed was read, 1 when it could not be, 2 on a usage or setting error.
 */
async function main(url: string | undefined, out: (line: string) => void = console.log): Promise<number> {
  if (!url) {
    console.error('Give the feed URL: npm run check-feed -- https://example.com/feed.xml');
    return 2;
  }
  let fetch: FetchOptions;
  let backfill: number;
  try {
    let allowPrivate;
    [allowPrivate, backfill] = readSettings(() => toolSetting('FEED_ALLOW_PRIVATE'), () => toolSetting('SUMMARY_BACKFILL'));
    fetch = { allowPrivate, timeoutMs: FEED_TIMEOUT_MS, maxBytes: FEED_MAX_BYTES };
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  let feed;
  try {
    feed = await fetchFeed(url, fetch);
  } catch (err) {
    out(`${url}: cannot be read: ${(err as Error).message}`);
    return 1;
  }
  const total = feed.items.length + feed.unidentified;
  out(`${url}: ${feed.format} feed "${feed.title ?? '(untitled)'}", ${total} item(s).`);
  if (feed.unidentified) out(`skipped: ${feed.unidentified} item(s) with neither guid/id nor link (nothing to tell them apart by)`);
  const items = newestFirst(feed.items);
  let read = 0;
  for (const [i, item] of items.entries()) {
    const label = `${item.title ?? '(untitled)'} [${item.key}]`;
    try {
      const { article, from } = await itemArticle(item, feedArticleId(url, item.key), item.link ?? url, fetch);
      read++;
      const where = from === 'item' ? "from the item's own text" : `from its linked page ${item.link}`;
      // The bot's first poll sorts every identified item this way, failing ones included.
      const posting = `${i < backfill ? FIRST_POLL.posted : FIRST_POLL.recorded} on a first poll`;
      out(`ingest: ${label}: "${article.title}", ${where}, date ${article.date ?? 'none'}, language ${article.lang} (${article.langSource}), ${article.paragraphs.length} paragraph(s), ${article.faq.length} FAQ entr${article.faq.length === 1 ? 'y' : 'ies'}; ${posting}`);
    } catch (err) {
      out(`skipped: ${label}: ${(err as Error).message} (${item.link ?? 'no link'}); the bot logs it, lists it in /feeds list and tries it again at later polls, with backoff`);
    }
  }
  out(`${read} of ${total} item(s) would become articles now; later polls read items with a new guid (else link) or edited, and ask for linked pages again.`);
  return 0;
}

process.exitCode = await main(process.argv[2]);
