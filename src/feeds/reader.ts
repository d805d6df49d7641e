import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../content/html.js';
import type { Article } from '../content/types.js';
import { describeError, type Logger } from '../log.js';
import { feedArticleId, itemArticle } from './article.js';
import { fetchText, type FetchOptions } from './fetch.js';
import { readFeed, type FeedItem } from './items.js';

/** What the reader remembers of one feed between polls and restarts. */
interface FeedState {
  etag: string | null;
  lastModified: string | null;
  /** Keys of every item ingested or recorded; an item is read once, whatever later edits or reorders do. */
  seen: string[];
}

export interface FeedReaderOptions {
  /** Feed URLs (`FEED_URLS`). */
  urls: string[];
  /** Time between polls of a healthy feed (`FEED_POLL_SECONDS`), in milliseconds. */
  pollMs: number;
  /** Items ingested on a feed's first poll, the newest first (`SUMMARY_BACKFILL`); the others are only recorded. */
  backfill: number;
  /** Address checks, timeout and size cap for feeds and their linked pages. */
  fetch: Omit<FetchOptions, 'etag' | 'lastModified'>;
}

/** A failing feed's poll is put off by the poll interval times 2^failures, up to this many doublings (32×). */
const MAX_BACKOFF_DOUBLINGS = 5;
/** Largest feed or page read (5 MB): a real feed is a few hundred kB. */
export const FEED_MAX_BYTES = 5 * 1024 * 1024;
/** A feed or page that has not fully answered in 20 s is abandoned until the next poll. */
export const FEED_TIMEOUT_MS = 20_000;

/**
 * The newest first when every item has a date (RFC 822 and ISO both read); else the feed's own order,
 * which feeds write newest first.
 */
export function newestFirst(items: FeedItem[]): FeedItem[] {
  const times = items.map((i) => (i.date ? Date.parse(i.date) : NaN));
  if (times.some(Number.isNaN)) return items;
  return items.map((item, i) => ({ item, t: times[i]! })).sort((a, b) => b.t - a.t).map((x) => x.item);
}

/**
 * Polls feeds and keeps each new item as an article in `dir` (`DATA_DIR/feeds`): `articles/<id>.html`
 * holds the page it was read from and `state.json` the items seen and each feed's validators, so a
 * restart reads nothing again. One feed failing (network, HTTP status, size, timeout, malformed feed) is
 * logged, put off with backoff and listed by `failing()`; the others go on. `onChange` is called after a
 * poll that added articles.
 */
export class FeedReader {
  private state: Record<string, FeedState>;
  private readonly kept = new Map<string, Article>();
  private readonly due = new Map<string, number>();
  private readonly failures = new Map<string, { count: number; reason: string }>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** Aborts the requests in flight when the reader stops, rather than waiting out their timeout. */
  private readonly stopping = new AbortController();

  constructor(
    private readonly dir: string,
    private readonly options: FeedReaderOptions,
    private readonly log: Logger,
    private readonly onChange: () => void,
  ) {
    mkdirSync(path.join(dir, 'articles'), { recursive: true });
    const file = path.join(dir, 'state.json');
    this.state = {};
    try {
      if (existsSync(file)) this.state = JSON.parse(readFileSync(file, 'utf8')) as Record<string, FeedState>;
    } catch (err) {
      // Losing it costs little: kept articles are known by id, so nothing is posted twice; a feed is read as new.
      log.warn({ file, err: describeError(err) }, 'feed state unreadable: every feed is polled as new');
    }
    for (const name of readdirSync(path.join(dir, 'articles')).filter((n) => n.endsWith('.html'))) {
      const file = path.join(dir, 'articles', name);
      const { article, issues } = parseHtml(readFileSync(file, 'utf8'), file, name.slice(0, -'.html'.length));
      if (article) this.kept.set(article.id, article);
      else log.warn({ file, issues }, 'a kept feed article no longer parses; skipped');
    }
  }

  /** Every article read from the feeds so far. */
  articles(): Article[] {
    return [...this.kept.values()];
  }

  /** Feeds whose last poll failed, with the reason. */
  failing(): { url: string; reason: string }[] {
    return [...this.failures].map(([url, f]) => ({ url, reason: f.reason }));
  }

  /** Polls every feed now, then each again when it is due. */
  start(): void {
    for (const url of this.options.urls) this.due.set(url, 0);
    this.schedule();
  }

  /** Polls every feed once, now, whatever its backoff; resolves when done (for tests and one-off runs). */
  async pollAll(): Promise<void> {
    for (const url of this.options.urls) this.due.set(url, 0);
    await this.running;
    await this.pollDue();
  }

  /** Stops polling; resolves once a poll in progress is over. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped || this.due.size === 0) return;
    const next = Math.min(...this.due.values());
    this.timer = setTimeout(() => {
      this.running = this.pollDue().finally(() => {
        this.running = null;
        this.schedule();
      });
    }, Math.max(0, next - Date.now()));
    this.timer.unref();
  }

  /** Polls the feeds that are due, together; saves the state once and reports new articles. */
  private async pollDue(): Promise<void> {
    const now = Date.now();
    const due = [...this.due].filter(([, at]) => at <= now).map(([url]) => url);
    const added = (await Promise.all(due.map((url) => this.poll(url)))).reduce((a, b) => a + b, 0);
    this.save();
    if (added && !this.stopped) this.onChange();
  }

  /** One poll of one feed; returns how many articles it added. Never throws. */
  private async poll(url: string): Promise<number> {
    try {
      const added = await this.read(url);
      if (this.failures.delete(url)) this.log.info({ feed: url }, 'feed is answering again');
      this.log.debug({ feed: url, added }, 'feed polled');
      this.due.set(url, Date.now() + this.options.pollMs);
      return added;
    } catch (err) {
      const count = (this.failures.get(url)?.count ?? 0) + 1;
      const reason = (err as Error).message ?? String(err);
      this.failures.set(url, { count, reason });
      const delay = this.options.pollMs * 2 ** Math.min(count - 1, MAX_BACKOFF_DOUBLINGS);
      this.due.set(url, Date.now() + delay);
      this.log.warn({ feed: url, failures: count, retryInMs: delay, err: describeError(err) }, `feed failed: ${reason}`);
      return 0;
    }
  }

  private async read(url: string): Promise<number> {
    const known = this.state[url];
    const res = await fetchText(url, { ...this.fetchOptions(), etag: known?.etag, lastModified: known?.lastModified });
    if (res.status === 'not-modified') return 0;
    const feed = readFeed(res.body, res.url);
    const state: FeedState = known ?? { etag: null, lastModified: null, seen: [] };
    const seen = new Set(state.seen);
    const fresh = newestFirst(feed.items.filter((i) => !seen.has(i.key)));
    if (feed.unidentified) this.log.warn({ feed: url, items: feed.unidentified }, 'feed items with neither guid/id nor link skipped');
    // First poll of a feed: the newest few become articles, the back catalogue is only recorded.
    const take = known ? fresh : fresh.slice(0, this.options.backfill);
    for (const item of fresh.slice(take.length)) seen.add(item.key);
    if (!known && fresh.length > take.length) this.log.info({ feed: url, recorded: fresh.length - take.length, ingested: take.length }, 'new feed: older items recorded, not posted (SUMMARY_BACKFILL)');
    let added = 0;
    for (const item of take) {
      if (this.stopped) break;
      // A failed item is not recorded: the next poll tries it again.
      if (!(await this.ingest(url, item))) continue;
      added++;
      seen.add(item.key);
    }
    this.state[url] = { etag: res.etag, lastModified: res.lastModified, seen: [...seen] };
    return added;
  }

  /** Reads one item into an article and keeps it; false (and a warning naming the reason) when it cannot be read. */
  private async ingest(feedUrl: string, item: FeedItem): Promise<boolean> {
    const id = feedArticleId(feedUrl, item.key);
    if (this.kept.has(id)) return true;
    const file = path.join(this.dir, 'articles', `${id}.html`);
    try {
      const { article, source, from } = await itemArticle(item, id, file, this.fetchOptions());
      writeFileSync(file, source);
      this.kept.set(id, article);
      this.log.info({ feed: feedUrl, item: item.key, article: id, from }, 'feed item read');
      return true;
    } catch (err) {
      this.log.warn({ feed: feedUrl, item: item.key, err: describeError(err) }, `feed item skipped: ${(err as Error).message}`);
      return false;
    }
  }

  private fetchOptions(): FetchOptions {
    return { ...this.options.fetch, signal: this.stopping.signal };
  }

  private save(): void {
    const file = path.join(this.dir, 'state.json');
    writeFileSync(`${file}.tmp`, JSON.stringify(this.state));
    renameSync(`${file}.tmp`, file);
  }
}
