import { toolSetting } from '../config.js';
import { readSettings } from '../env.js';
import { feedArticleId, itemArticle, UnreadableItem } from '../feeds/article.js';
import { httpUrl, isPrivateHost, type FetchOptions } from '../feeds/fetch.js';
import { duplicateNote, fetchFeed } from '../feeds/items.js';
import { FEED_MAX_BYTES, FEED_TIMEOUT_MS, FIRST_POLL, newestFirst, SKIPPED, unreadDate } from '../feeds/reader.js';
import { invokedAs, endQuietlyWhenOutputCloses, toolArguments } from '../invocation.js';

const USAGE = `Usage: ${invokedAs('check-feed')} URL...
Reads each feed as the bot would (the same address checks and FEED_ALLOW_PRIVATE, a ${FEED_TIMEOUT_MS / 1000} s
timeout, a ${FEED_MAX_BYTES / 1024 / 1024} MB cap) and prints, item by item, the article it would become or why it
is skipped; keeps nothing. Give URLs separated by spaces, or by commas as FEED_URLS lists them.
Exit 0: every feed was read; 1: some feed could not be read; 2: a URL or a setting is wrong.`;

/**
 * `given` as the http(s) URL to read, or the sentence saying why it is not one; a URL written without its
 * scheme (`example.com/feed.xml`, `localhost:8080/feed.xml`) gets the one it most likely lacks: http for a
 * loopback or private host as written (a feed served locally seldom has TLS), else https.
 */
function feedUrl(given: string): { url: string } | { error: string } {
  try {
    return { url: httpUrl(given).href };
  } catch (err) {
    // Only text with no scheme of its own: `localhost:8080` is a host and port, `ftp:` or `mailto:` a scheme.
    const schemeless = !/^[a-z][\w+.-]*:(?!\d)/i.test(given);
    const guess = schemeless && URL.canParse(`https://${given}`) ? `https://${given}` : null;
    // A host with a dot (a domain, IPv4), a colon (IPv6) or localhost: not one word mistyped.
    const meant = guess && /[.:]|^localhost$/i.test(new URL(guess).hostname) ? (isPrivateHost(guess) ? `http://${given}` : guess) : null;
    return { error: `${(err as Error).message}${meant ? `: did you mean ${meant}?` : ': give an http:// or https:// URL, such as https://example.com/feed.xml.'}` };
  }
}

/** What check-feed prints for the feed at `url` (`out`, line by line); false when it could not be read. */
async function checkFeed(url: string, fetch: FetchOptions, backfill: number, out: (line: string) => void): Promise<boolean> {
  let feed;
  try {
    feed = await fetchFeed(url, fetch);
  } catch (err) {
    out(`${url}: cannot be read: ${(err as Error).message}`);
    return false;
  }
  const total = feed.items.length + feed.unidentified + feed.duplicates.length;
  out(`${url}: ${feed.format} feed "${feed.title ?? '(untitled)'}", ${total} item(s).`);
  if (feed.unidentified) out(`skipped: ${feed.unidentified} item(s) with neither guid/id nor link (nothing to tell them apart by)`);
  for (const duplicate of feed.duplicates) out(`skipped: ${duplicateNote(duplicate)}`);
  const items = newestFirst(feed.items);
  let read = 0;
  for (const item of items) {
    const label = `${item.title ?? '(untitled)'} [${item.key}]`;
    try {
      const { article, from } = await itemArticle(item, feedArticleId(url, item.key), item.link ?? url, fetch);
      read++;
      const where = from === 'item' ? "from the item's own text" : `from its linked page ${item.link}`;
      // The bot's first poll posts the newest `backfill` items it reads, in this order; failing ones take no turn.
      const posting = `${read <= backfill ? FIRST_POLL.posted : FIRST_POLL.recorded} on a first poll`;
      const unread = unreadDate(item);
      out(`ingest: ${label}: "${article.title}", ${where}, date ${article.date ?? 'none'}${unread ? ` (${unread})` : ''}, language ${article.lang} (${article.langSource}), ${article.paragraphs.length} paragraph(s), ${article.faq.length} FAQ entr${article.faq.length === 1 ? 'y' : 'ies'}; ${posting}`);
    } catch (err) {
      const reason = `${(err as Error).message}${item.link ? ` (${item.link})` : ''}`;
      if (err instanceof UnreadableItem) out(`skipped: ${label}: ${reason}; the bot logs it once, lists it in /feeds list and it is ${SKIPPED.final}`);
      else out(`skipped: ${label}: ${reason}; the bot logs it, lists it in /feeds list and it is ${SKIPPED.retried}; failing on a first poll, it is ${FIRST_POLL.recorded} once read`);
    }
  }
  out(`${read} of ${total} item(s) would become articles now; later polls read items with a new guid (else link) or edited, and ask for linked pages again.`);
  return true;
}

/**
 * `npm run check-feed -- URL...`: reads each feed as the bot would (same address checks, `FEED_ALLOW_PRIVATE`,
 * timeout and size cap) and prints, item by item, the article it would become or why it is skipped, feeds
 * in the order given, a blank line between them. Keeps nothing. Exit 0 when every feed was read, 1 when
 * one could not be, 2 on a usage or setting error (before any feed is read).
 */
async function main(argv: string[]): Promise<number> {
  const args = toolArguments('check-feed', USAGE, { args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (typeof args === 'number') return args;
  const given = args.positionals.flatMap((p) => p.split(',')).map((u) => u.trim()).filter(Boolean);
  const checked = given.map(feedUrl);
  const urls = checked.flatMap((u) => ('url' in u ? [u.url] : []));
  const refused = checked.flatMap((u) => ('error' in u ? [u.error] : []));
  if (!given.length || refused.length) {
    process.stderr.write(`${given.length ? refused.join('\n') : 'Give the URL of the feed to check.'}\n${USAGE}\n`);
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
  let failed = false;
  for (const [i, url] of urls.entries()) {
    if (i) console.log('');
    if (!(await checkFeed(url, fetch, backfill, console.log))) failed = true;
  }
  return failed ? 1 : 0;
}

endQuietlyWhenOutputCloses();
process.exitCode = await main(process.argv.slice(2));
