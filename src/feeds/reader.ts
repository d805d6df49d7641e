import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../content/html.js';
import type { Article, ContentIssue } from '../content/types.js';
import { describeError, type Logger } from '../log.js';
import type { FeedPoll } from '../store/store.js';
import { feedArticleId, itemArticle } from './article.js';
import { fetchText, type FetchOptions } from './fetch.js';
import { readFeed, type FeedItem } from './items.js';

/** What the reader remembers of one feed between polls and restarts. */
interface FeedState {
  etag: string | null;
  lastModified: string | null;
  /** Keys of every item ingested or recorded; an item is read once as new, whatever later reorders do. */
  seen: string[];
  /**
   * Per item read into an article, the hash of what the feed said of it (`itemHash`), to notice an edit.
   * Absent in state written before edits were followed: the next poll takes the items as they are then.
   */
  read?: Record<string, string>;
}

export interface FeedReaderOptions {
  /** Feed URLs polled from the start (`FEED_URLS`); `setUrls` replaces them. */
  urls: string[];
  /** Time between polls of a healthy feed (`FEED_POLL_SECONDS`), in milliseconds. */
  pollMs: number;
  /** Items ingested on a feed's first poll, the newest first (`SUMMARY_BACKFILL`); the others are only recorded. */
  backfill: number;
  /** Address checks, timeout and size cap for feeds and their linked pages. */
  fetch: Omit<FetchOptions, 'etag' | 'lastModified'>;
  /** Told the outcome of every poll of every feed (recorded in the store for `/feeds list`); must not throw. */
  onPoll?: (poll: FeedPoll) => void;
  /**
   * Whether this process polls now; default always. Processes sharing a store and `DATA_DIR` let one of
   * them poll (the summary poster): the others put their polls off and serve what it keeps.
   */
  mayPoll?: () => Promise<boolean>;
}

/**
 * What an edit of an item changes, hashed: its title, link, description and content. Not its date: some
 * feeds stamp every item anew on each build, and a date alone is no new text to read.
 */
export const itemHash = (item: FeedItem): string =>
  createHash('sha256').update(JSON.stringify([item.title, item.link, item.description, item.html])).digest('hex').slice(0, 32);

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

/** The article kept in `file` (named `<id>.html`), or null with the reason it no longer parses. */
function keptArticle(file: string, source: string): { article: Article | null; issues: ContentIssue[] } {
  return parseHtml(source, file, path.basename(file, '.html'));
}

/**
 * The feed articles kept in `dir` (`DATA_DIR/feeds`), read without polling or writing anything (for the
 * terminal tools); none when there is no such folder. Files that no longer parse are left out.
 */
export function keptFeedArticles(dir: string): Article[] {
  const folder = path.join(dir, 'articles');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.html'))
    .flatMap((name) => {
      const file = path.join(folder, name);
      return keptArticle(file, readFileSync(file, 'utf8')).article ?? [];
    });
}

/** Which version of a file this is: every write is a rename of a new file, so its inode changes even when its size and time do not. */
function fileStamp(file: string): string {
  const stat = statSync(file);
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

/**
 * Polls feeds and keeps each new item as an article in `dir` (`DATA_DIR/feeds`): `articles/<id>.html`
 * holds the page it was read from and `state.json` the items seen and each feed's validators, so a
 * restart reads nothing again. An item whose title, link, description or content changes is read again
 * into the same article: its id hashes the feed and the item's identity only, and the summary ledger
 * names a feed article by its id (a page has no `Article.key`), so an edit is never a new post. One feed
 * failing (network, HTTP status, size, timeout, malformed feed) is logged, put off with backoff and
 * reported to `onPoll`; the others go on.
 * `onChange` is called after a poll that added, changed or removed articles. Files are replaced whole
 * (written aside, then renamed), so another process reading `dir` (`rescan`) never sees half a file.
 */
export class FeedReader {
  private state: Record<string, FeedState> = {};
  private readonly kept = new Map<string, Article>();
  /** Each kept file's `fileStamp` when it was read, to tell which changed on disk. */
  private readonly loaded = new Map<string, string>();
  private urls: string[];
  private readonly due = new Map<string, number>();
  /** Failed polls in a row, by feed. */
  private readonly failures = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private started = false;
  private stopped = false;
  /** Aborts the requests in flight when the reader stops, rather than waiting out their timeout. */
  private readonly stopping = new AbortController();

  constructor(
    private readonly dir: string,
    private readonly options: FeedReaderOptions,
    private readonly log: Logger,
    private readonly onChange: () => void,
  ) {
    this.urls = [...options.urls];
    try {
      // Made at once, so a watcher of it (another process's rescan) sees the first article arrive.
      mkdirSync(path.join(dir, 'articles'), { recursive: true });
    } catch (err) {
      // A process that never keeps an article (a replica whose DATA_DIR it may not write) still starts; a poll fails item by item, each logged.
      log.warn({ dir, err: describeError(err) }, 'cannot create the folder for feed articles: none can be kept');
    }
    this.loadState(true);
    this.reread();
  }

  /** Every article read from the feeds so far. */
  articles(): Article[] {
    return [...this.kept.values()];
  }

  /** Polls every feed now, then each again when it is due. */
  start(): void {
    this.started = true;
    for (const url of this.urls) this.due.set(url, 0);
    this.schedule();
  }

  /**
   * Polls exactly `urls` from now on: a feed not polled before is polled at once (as a new feed:
   * `SUMMARY_BACKFILL` applies), and a feed no longer listed is forgotten with its articles (their files
   * are removed), so adding it again starts afresh. Waits for a poll in progress first. Files are
   * removed only by a process that may poll (the one writer of `dir`); the others just follow the list.
   */
  async setUrls(urls: readonly string[]): Promise<void> {
    const writer = !this.options.mayPoll || (await this.options.mayPoll().catch(() => false));
    // From here on nothing awaits: no poll can start until the list is changed.
    await this.running;
    const next = new Set(urls);
    this.urls = [...next];
    // The poller may have changed the state since this process last read it.
    if (writer) this.loadState(false);
    let removed = 0;
    const dropped = writer ? Object.keys(this.state).filter((u) => !next.has(u)) : [];
    for (const url of dropped) {
      const before = removed;
      for (const key of this.state[url]!.seen) {
        const id = feedArticleId(url, key);
        const name = `${id}.html`;
        rmSync(path.join(this.dir, 'articles', name), { force: true });
        this.loaded.delete(name);
        if (this.kept.delete(id)) removed++;
      }
      delete this.state[url];
      this.log.info({ feed: url, articles: removed - before }, 'feed removed with its articles');
    }
    for (const url of [...this.due.keys()]) if (!next.has(url)) this.due.delete(url);
    for (const url of [...this.failures.keys()]) if (!next.has(url)) this.failures.delete(url);
    if (dropped.length) this.save();
    if (this.started) {
      for (const url of next) if (!this.due.has(url)) this.due.set(url, 0);
      if (this.timer) clearTimeout(this.timer);
      this.schedule();
    }
    if (removed && !this.stopped) this.onChange();
  }

  /**
   * Reads again what another process (the one polling) wrote to `dir`: new, changed and removed articles
   * (and the state, for this process's next poll should it become the poller). Returns whether the
   * articles changed. Does nothing during this reader's own poll, whose writes it already holds. Never
   * throws: a folder that cannot be read is logged, and what was read before is served.
   */
  rescan(): boolean {
    return this.running ? false : this.reread();
  }

  /** `rescan` without the check for a poll of this reader's own. */
  private reread(): boolean {
    try {
      this.loadState(false);
      return this.loadArticles();
    } catch (err) {
      this.log.warn({ dir: this.dir, err: describeError(err) }, 'could not read the kept feed articles again: serving those read before');
      return false;
    }
  }

  /** Polls every feed once, now, whatever its backoff; resolves when done (for tests and one-off runs). */
  async pollAll(): Promise<void> {
    for (const url of this.urls) this.due.set(url, 0);
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

  private loadState(warn: boolean): void {
    const file = path.join(this.dir, 'state.json');
    try {
      this.state = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, FeedState>) : {};
    } catch (err) {
      // Losing it costs little: kept articles are known by id, so nothing is posted twice; a feed is read as new.
      if (warn) this.log.warn({ file, err: describeError(err) }, 'feed state unreadable: every feed is polled as new');
    }
  }

  /** Reads the kept files that are new or changed since last read, and forgets the removed ones; returns whether any was. */
  private loadArticles(): boolean {
    const folder = path.join(this.dir, 'articles');
    const names = new Set(existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.html')) : []);
    let changed = false;
    for (const name of [...this.loaded.keys()].filter((n) => !names.has(n))) {
      this.loaded.delete(name);
      changed = this.kept.delete(name.slice(0, -'.html'.length)) || changed;
    }
    for (const name of names) {
      const file = path.join(this.dir, 'articles', name);
      let stamp: string;
      let source: string;
      try {
        stamp = fileStamp(file);
        if (this.loaded.get(name) === stamp) continue;
        source = readFileSync(file, 'utf8');
      } catch {
        continue; // removed meanwhile: the next scan forgets it
      }
      this.loaded.set(name, stamp);
      const { article, issues } = keptArticle(file, source);
      if (!article) {
        this.log.warn({ file, issues }, 'a kept feed article no longer parses; skipped');
        continue;
      }
      this.kept.set(article.id, article);
      changed = true;
    }
    return changed;
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

  /**
   * Polls the feeds that are due, together; saves the state once and reports changed articles. In a
   * process that may not poll now, puts them off and reads what the polling process kept instead.
   */
  private async pollDue(): Promise<void> {
    const now = Date.now();
    const due = [...this.due].filter(([, at]) => at <= now).map(([url]) => url);
    if (!due.length) return;
    if (this.options.mayPoll && !(await this.options.mayPoll().catch(() => false))) {
      for (const url of due) this.due.set(url, now + this.options.pollMs);
      return;
    }
    // Another process may have polled (and written) since this one last did.
    const changedOnDisk = this.reread();
    const changed = (await Promise.all(due.map((url) => this.poll(url)))).reduce((a, b) => a + b, 0);
    try {
      this.save();
    } catch (err) {
      // The articles are kept; the next poll saves again, and an item read twice meanwhile is the same article.
      this.log.warn({ dir: this.dir, err: describeError(err) }, 'could not save the feed state');
    }
    if ((changed || changedOnDisk) && !this.stopped) this.onChange();
  }

  /** One poll of one feed; returns how many articles it added or changed. Never throws. */
  private async poll(url: string): Promise<number> {
    try {
      const { added, changed, items } = await this.read(url);
      if (this.failures.delete(url)) this.log.info({ feed: url }, 'feed is answering again');
      this.log.debug({ feed: url, added, changed }, 'feed polled');
      this.due.set(url, Date.now() + this.options.pollMs);
      this.options.onPoll?.({ url, polledAt: Date.now(), status: items === null ? 'not-modified' : 'ok', items, added, error: null, failures: 0 });
      return added + changed;
    } catch (err) {
      const count = (this.failures.get(url) ?? 0) + 1;
      const reason = (err as Error).message ?? String(err);
      this.failures.set(url, count);
      const delay = this.options.pollMs * 2 ** Math.min(count - 1, MAX_BACKOFF_DOUBLINGS);
      this.due.set(url, Date.now() + delay);
      this.log.warn({ feed: url, failures: count, retryInMs: delay, err: describeError(err) }, `feed failed: ${reason}`);
      this.options.onPoll?.({ url, polledAt: Date.now(), status: 'failed', items: null, added: 0, error: reason, failures: count });
      return 0;
    }
  }

  /** Reads one feed: new items become articles, edited ones are read again. `items` is null when it answered 304. */
  private async read(url: string): Promise<{ added: number; changed: number; items: number | null }> {
    const known = this.state[url];
    const res = await fetchText(url, { ...this.fetchOptions(), etag: known?.etag, lastModified: known?.lastModified });
    if (res.status === 'not-modified') return { added: 0, changed: 0, items: null };
    const feed = readFeed(res.body, res.url);
    const state: FeedState = known ?? { etag: null, lastModified: null, seen: [] };
    const seen = new Set(state.seen);
    const read = { ...state.read };
    const fresh = newestFirst(feed.items.filter((i) => !seen.has(i.key)));
    if (feed.unidentified) this.log.warn({ feed: url, items: feed.unidentified }, 'feed items with neither guid/id nor link skipped');
    // First poll of a feed: the newest few become articles, the back catalogue is only recorded.
    const take = known ? fresh : fresh.slice(0, this.options.backfill);
    for (const item of fresh.slice(take.length)) seen.add(item.key);
    if (!known && fresh.length > take.length) this.log.info({ feed: url, recorded: fresh.length - take.length, ingested: take.length }, 'new feed: older items recorded, not posted (SUMMARY_BACKFILL)');
    let added = 0;
    let changed = 0;
    for (const item of feed.items) {
      if (this.stopped) break;
      const article = seen.has(item.key) ? this.kept.get(feedArticleId(url, item.key)) : undefined;
      // Only an item read into an article is followed; one only recorded has nothing to update.
      if (!article) continue;
      const hash = itemHash(item);
      const last = read[item.key];
      if (last !== undefined && last !== hash) {
        // A failed read keeps the last hash: the next poll tries again.
        if (!(await this.ingest(url, item, { edit: true }))) continue;
        changed++;
      }
      read[item.key] = hash;
    }
    for (const item of take) {
      if (this.stopped) break;
      // A failed item is not recorded: the next poll tries it again.
      if (!(await this.ingest(url, item))) continue;
      added++;
      seen.add(item.key);
      read[item.key] = itemHash(item);
    }
    // Removed while this poll ran: nothing of it is kept.
    if (this.urls.includes(url)) this.state[url] = { etag: res.etag, lastModified: res.lastModified, seen: [...seen], read };
    return { added, changed, items: feed.items.length };
  }

  /**
   * Reads one item into an article and keeps it; false (and a warning naming the reason) when it cannot be
   * read. A kept item is read again only as an edit.
   */
  private async ingest(feedUrl: string, item: FeedItem, { edit = false } = {}): Promise<boolean> {
    const id = feedArticleId(feedUrl, item.key);
    if (this.kept.has(id) && !edit) return true;
    const name = `${id}.html`;
    const file = path.join(this.dir, 'articles', name);
    try {
      const { article, source, from } = await itemArticle(item, id, file, this.fetchOptions());
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(`${file}.tmp`, source);
      renameSync(`${file}.tmp`, file);
      this.loaded.set(name, fileStamp(file));
      this.kept.set(id, article);
      this.log.info({ feed: feedUrl, item: item.key, article: id, from }, edit ? 'feed item edited: read again' : 'feed item read');
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
    mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, 'state.json');
    writeFileSync(`${file}.tmp`, JSON.stringify(this.state));
    renameSync(`${file}.tmp`, file);
  }
}
