import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { calendarDate } from '../content/dates.js';
import type { Article, ContentIssue } from '../content/types.js';
import { describeError, type Logger } from '../log.js';
import type { FeedPoll } from '../store/store.js';
import { feedArticle, feedArticleId, itemArticle, ownArticle, refreshedPage, UnreadableItem, type ItemRead, type LinkedPage, type StandIns } from './article.js';
import { fetchText, type FetchOptions } from './fetch.js';
import { duplicateNote, readFeed, type FeedItem } from './items.js';

/**
 * An item whose article could not be read (its page failing, no article in it): tried again with backoff,
 * whatever the feed answers; not at all while `final`.
 */
interface BrokenItem {
  /** The item as the feed last gave it, to read it without the feed. */
  item: FeedItem;
  /** Failed reads in a row. */
  failures: number;
  /** When it is tried again (epoch ms). */
  dueAt: number;
  reason: string;
  /** The reason lies in the item alone (`UnreadableItem`): tried again only once the feed changes it (its `itemHash`). */
  final?: true;
}

/** A linked page read into an article, and when it was last asked for again (epoch ms). */
interface KeptPage extends LinkedPage, StandIns {
  checkedAt: number;
}

/** What the reader remembers of one feed between polls and restarts. */
interface FeedState {
  etag: string | null;
  lastModified: string | null;
  /** Keys of every item known: read into an article, or failing (`broken`); an item is new once, whatever later reorders do. */
  seen: string[];
  /**
   * Per item read into an article, the hash of what the feed said of it (`itemHash`), to notice an edit.
   * Absent in state written before edits were followed: the next poll takes the items as they are then.
   */
  read?: Record<string, string>;
  /** Items of the feed's first poll past the newest `SUMMARY_BACKFILL`: indexed, but recorded rather than posted. */
  quiet?: string[];
  /** Items that could not be read, by key. */
  broken?: Record<string, BrokenItem>;
  /** Items read from their linked page, by key: asked for again with conditional requests (`PAGES_PER_POLL`). */
  pages?: Record<string, KeptPage>;
  /** How many items without guid/id or link the feed had when last read, so the warning is given once per change. */
  unidentified?: number;
  /** The `duplicateNote`s of the feed when last read, so each is given once (again when it changes). */
  duplicates?: string[];
}

/**
 * How a first poll treats an item, in the words of the log and of check-feed: the newest `SUMMARY_BACKFILL`
 * items read on it are posted, every other item (one failing on it too, once read) is recorded.
 */
export const FIRST_POLL = {
  posted: 'indexed and posted',
  recorded: 'indexed, recorded as already posted (SUMMARY_BACKFILL)',
} as const;

/** What becomes of an item that cannot be read, in the words of the log, `/feeds list` and check-feed. */
export const SKIPPED = {
  retried: 'tried again later, with backoff',
  final: 'not tried again until the feed changes the item',
} as const;

/**
 * Linked pages of one feed asked for again at each poll (a conditional request: a 304 costs nothing), the
 * least recently checked first, each at most once per `FEED_POLL_SECONDS`; the first poll after a start
 * checks them whatever their age. A feed of N linked items has each page checked every ceil(N / 10) polls.
 */
export const PAGES_PER_POLL = 10;
/** Broken items of one feed tried again at each poll, the longest-waiting first. */
const RETRIES_PER_POLL = 10;

export interface FeedReaderOptions {
  /** Feed URLs polled from the start (`FEED_URLS`); `setUrls` replaces them. */
  urls: string[];
  /** Time between polls of a healthy feed (`FEED_POLL_SECONDS`), in milliseconds. */
  pollMs: number;
  /** Items posted from a feed's first poll, the newest first (`SUMMARY_BACKFILL`); the others are indexed too but recorded as posted (`isQuiet`). */
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

/** An item's time (epoch ms) for ordering, or NaN when it has no date `calendarDate` reads (the article's date then is none too). */
function itemTime(item: FeedItem): number {
  const day = calendarDate(item.date);
  if (!day) return NaN;
  const time = Date.parse(item.date!);
  // A date Date.parse cannot read but calendarDate can ("5 June 2026") counts from its day's start, UTC.
  return Number.isNaN(time) ? Date.parse(day) : time;
}

/**
 * The items with a readable date newest first (RFC 822 and ISO 8601 read, as `calendarDate` reads them),
 * then the undated ones and those whose date cannot be read, in the feed's order: one undated item must
 * not make a first poll post the feed's oldest (`SUMMARY_BACKFILL` posts the head of this order). Items
 * of the same time keep the feed's order.
 */
export function newestFirst(items: FeedItem[]): FeedItem[] {
  const times = new Map(items.map((item) => [item, itemTime(item)]));
  const dated = items.filter((item) => !Number.isNaN(times.get(item)));
  return [...dated.sort((a, b) => times.get(b)! - times.get(a)!), ...items.filter((item) => Number.isNaN(times.get(item)))];
}

/**
 * Why an item's date is not read, for the log and check-feed: a date is written but is neither RFC 822 nor
 * ISO 8601 (e.g. French "samedi 13 juin 2026 08:00"); null when it has none or it is read. Such an item's
 * article has no date, and `newestFirst` puts it after the dated ones.
 */
export function unreadDate(item: FeedItem): string | null {
  return item.date && !calendarDate(item.date) ? `its date "${item.date}" is neither RFC 822 nor ISO 8601: read as none, sorted after dated items` : null;
}

/** The article kept in `file` (named `<id>.html`), or null with the reason it no longer parses. */
function keptArticle(file: string, source: string): { article: Article | null; issues: ContentIssue[] } {
  return feedArticle(source, file, path.basename(file, '.html'));
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
 * holds the page it was read from and `state.json` the items seen, each feed's and linked page's
 * validators and the items failing, so a restart reads no item again (its linked pages are only asked
 * for with conditional requests, `PAGES_PER_POLL`). An item whose title, link, description or content
 * changes is read again into the same article: its id hashes the feed and the item's identity only, and
 * the summary ledger names a feed article by its id (a feed article has no `Article.key`), so an edit is
 * never a new post. One feed failing (network, HTTP status, size, timeout, malformed feed) is logged, put
 * off with backoff and reported to `onPoll`; the others go on. One item failing is logged with its page,
 * reported to `onPoll` (`error` of a poll that did not fail) and tried again with backoff.
 * `onChange` is called after a poll that added, changed or removed articles. Files are replaced whole
 * (written aside, then renamed), so another process reading `dir` (`rescan`) never sees half a file.
 */
export class FeedReader {
  private state: Record<string, FeedState> = {};
  private readonly kept = new Map<string, Article>();
  /** Ids of the articles `isQuiet` holds. */
  private quiet = new Set<string>();
  /** Feeds whose linked pages were asked for again since this reader was made (see `PAGES_PER_POLL`). */
  private readonly refreshed = new Set<string>();
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
    if (dropped.length) {
      this.save();
      this.noteQuiet();
    }
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
      this.noteQuiet();
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
      const broken = this.brokenItems(url);
      const said = (final: boolean) => {
        const some = broken.filter((b) => b.final === final);
        return some.length ? [`${some.length} item(s) cannot be read, ${final ? SKIPPED.final : SKIPPED.retried}: ${some.map((b) => `${b.page} (${b.reason})`).join('; ')}`] : [];
      };
      const error = [...said(false), ...said(true)].join('. ') || null;
      this.options.onPoll?.({ url, polledAt: Date.now(), status: items === null ? 'not-modified' : 'ok', items, added, error, failures: 0 });
      return added + changed;
    } catch (err) {
      const count = (this.failures.get(url) ?? 0) + 1;
      const reason = (err as Error).message ?? String(err);
      this.failures.set(url, count);
      const delay = this.backoff(count);
      this.due.set(url, Date.now() + delay);
      this.log.warn({ feed: url, failures: count, retryInMs: delay, err: describeError(err) }, `feed failed: ${reason}`);
      this.options.onPoll?.({ url, polledAt: Date.now(), status: 'failed', items: null, added: 0, error: reason, failures: count });
      return 0;
    }
  }

  /** The wait after `failures` failed reads in a row: the poll interval doubled per failure, up to 32×. */
  private backoff(failures: number): number {
    return this.options.pollMs * 2 ** Math.min(failures - 1, MAX_BACKOFF_DOUBLINGS);
  }

  /**
   * The items of `url` that cannot be read now, with the page (else the item's key), the reason, and whether
   * it lies in the item alone (`final`: not tried again until the feed changes the item).
   */
  brokenItems(url: string): { page: string; reason: string; final: boolean }[] {
    return Object.values(this.state[url]?.broken ?? {}).map((b) => ({ page: b.item.link ?? b.item.key, reason: b.reason, final: !!b.final }));
  }

  /**
   * Whether `article` is a feed article indexed from a feed's first poll past the newest `SUMMARY_BACKFILL`:
   * the summary publisher records it as posted rather than posting it (adding a feed never floods a channel).
   */
  isQuiet(article: Article): boolean {
    return this.quiet.has(article.id);
  }

  /**
   * Reads one feed: new items become articles, edited ones are read again; then, whatever the feed
   * answered, broken items that are due are tried again and a few linked pages asked for again.
   * `items` is null when the feed answered 304.
   */
  private async read(url: string): Promise<{ added: number; changed: number; items: number | null }> {
    const known = this.state[url];
    // State written before linked pages were followed: the feed is read whole once, to learn its items' pages.
    const validators = known?.pages ? { etag: known.etag, lastModified: known.lastModified } : {};
    const res = await fetchText(url, { ...this.fetchOptions(), ...validators });
    const state: FeedState = { etag: null, lastModified: null, seen: [], ...known, read: { ...known?.read }, broken: { ...known?.broken }, pages: { ...known?.pages } };
    let added = 0;
    let changed = 0;
    let items: number | null = null;
    if (res.status === 'ok') {
      const feed = readFeed(res.body, res.url);
      items = feed.items.length;
      ({ added, changed } = await this.readItems(url, feed.items, state, !known));
      if (feed.unidentified && feed.unidentified !== state.unidentified) this.log.warn({ feed: url, items: feed.unidentified }, 'feed items with neither guid/id nor link skipped');
      state.unidentified = feed.unidentified;
      const duplicates = feed.duplicates.map(duplicateNote);
      for (const note of duplicates) if (!state.duplicates?.includes(note)) this.log.warn({ feed: url }, `feed item not read: ${note}`);
      state.duplicates = duplicates;
      state.etag = res.etag;
      state.lastModified = res.lastModified;
    }
    added += await this.retryBroken(url, state);
    changed += await this.refreshPages(url, state);
    // Removed while this poll ran: nothing of it is kept.
    if (this.urls.includes(url)) {
      this.state[url] = state;
      this.noteQuiet();
    }
    return { added, changed, items };
  }

  /** Reads the items of a feed that answered: new ones (all of them on a first poll) and edited ones. */
  private async readItems(url: string, items: FeedItem[], state: FeedState, first: boolean): Promise<{ added: number; changed: number }> {
    const seen = new Set(state.seen);
    const broken = state.broken!;
    const read = state.read!;
    const fresh = newestFirst(items.filter((i) => !seen.has(i.key)));
    // A first poll records every item as posted but the newest `backfill` it reads: one failing now and read
    // later is recorded too, so adding a feed never posts more than `backfill` (and an item left unread by a stop stays quiet).
    const quiet = new Set(first ? fresh.map((i) => i.key) : []);
    const present = new Set(items.map((i) => i.key));
    for (const key of Object.keys(broken)) if (!present.has(key)) delete broken[key]; // gone from the feed: nothing left to read
    // Gone from the feed: its article stays as last read, and its page no longer takes a turn from the items still listed.
    for (const key of Object.keys(state.pages!)) if (!present.has(key)) delete state.pages![key];
    let added = 0;
    let changed = 0;
    for (const item of items) {
      if (this.stopped) break;
      const failing = broken[item.key];
      if (failing) {
        // An edited broken item is tried again at once, as the feed now gives it.
        if (itemHash(failing.item) !== itemHash(item)) {
          failing.dueAt = 0;
          delete failing.final;
        }
        failing.item = item;
        continue;
      }
      if (!seen.has(item.key)) continue;
      if (!this.kept.has(feedArticleId(url, item.key))) {
        // Known without an article (recorded by a first poll before every item was indexed, or its file
        // lost): read now, and recorded as posted, since it is no news.
        state.quiet = [...new Set([...(state.quiet ?? []), item.key])];
        if (await this.ingest(url, item, state)) added++;
        continue;
      }
      const hash = itemHash(item);
      const last = read[item.key];
      // Kept before linked pages were followed: its page is asked for again from now on.
      if (!state.pages![item.key] && item.link && !ownArticle(item)) state.pages![item.key] = { url: item.link, etag: null, lastModified: null, link: item.link, date: item.date, checkedAt: 0 };
      if (last !== undefined && last !== hash && (await this.ingest(url, item, state, { edit: true }))) changed++;
      else if (last === undefined) read[item.key] = hash;
    }
    let posted = 0;
    for (const item of fresh) {
      if (this.stopped) break;
      seen.add(item.key);
      if (!(await this.ingest(url, item, state))) continue;
      added++;
      if (first && posted < this.options.backfill) {
        quiet.delete(item.key);
        posted++;
      }
    }
    if (first) {
      state.quiet = [...quiet];
      this.log.info({ feed: url, posted, recorded: quiet.size }, `new feed: of the items read, the newest ${this.options.backfill} ${FIRST_POLL.posted}, the others ${FIRST_POLL.recorded}; an item failing now is recorded once read`);
    }
    state.seen = [...seen];
    return { added, changed };
  }

  /** Tries again the broken items of a feed that are due, a few per poll; returns how many became articles. */
  private async retryBroken(url: string, state: FeedState): Promise<number> {
    const now = Date.now();
    const due = Object.values(state.broken!).filter((b) => !b.final && b.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt).slice(0, RETRIES_PER_POLL);
    let added = 0;
    for (const { item } of due) {
      if (this.stopped) break;
      const edit = this.kept.has(feedArticleId(url, item.key));
      if ((await this.ingest(url, item, state, { edit })) && !edit) added++;
    }
    return added;
  }

  /**
   * Asks again for up to `PAGES_PER_POLL` of a feed's linked pages, the least recently checked first, each at
   * most once per poll interval (any age on the first poll since start); a page that changed is read again into
   * its article. Returns how many changed. A page failing now keeps its article as last read.
   */
  private async refreshPages(url: string, state: FeedState): Promise<number> {
    const now = Date.now();
    const first = !this.refreshed.has(url);
    this.refreshed.add(url);
    const pages = state.pages!;
    const due = Object.entries(pages)
      .filter(([key, p]) => (first || p.checkedAt <= now - this.options.pollMs) && !state.broken![key] && this.kept.has(feedArticleId(url, key)))
      .sort(([, a], [, b]) => a.checkedAt - b.checkedAt)
      .slice(0, PAGES_PER_POLL);
    let changed = 0;
    for (const [key, page] of due) {
      if (this.stopped) break;
      const id = feedArticleId(url, key);
      try {
        const read = await refreshedPage(page, page, id, this.file(id), this.fetchOptions());
        pages[key] = { ...page, ...(read?.page ?? {}), checkedAt: Date.now() };
        if (!read || read.source === readFileSync(this.file(id), 'utf8')) continue;
        this.keep(id, read);
        changed++;
        this.log.info({ feed: url, item: key, page: page.url, article: id }, 'linked page edited: read again');
      } catch (err) {
        pages[key] = { ...page, checkedAt: Date.now() };
        this.log.warn({ feed: url, item: key, page: page.url, err: describeError(err) }, `linked page cannot be read again, its article is kept as last read: ${(err as Error).message}`);
      }
    }
    return changed;
  }

  /** Where the article `id` is kept. */
  private file(id: string): string {
    return path.join(this.dir, 'articles', `${id}.html`);
  }

  /** Writes an article's page aside, then renames it over the kept one, and serves the article. */
  private keep(id: string, read: ItemRead): void {
    const file = this.file(id);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, read.source);
    renameSync(`${file}.tmp`, file);
    this.loaded.set(path.basename(file), fileStamp(file));
    this.kept.set(id, read.article);
  }

  /**
   * Reads one item into an article and keeps it; false when it cannot be read, which is logged with its page
   * and the reason and kept in the feed's `broken` items, tried again with backoff, or not until the feed
   * changes it when the reason lies in the item alone (`UnreadableItem`). A kept item is read again only as an edit.
   */
  private async ingest(feedUrl: string, item: FeedItem, state: FeedState, { edit = false } = {}): Promise<boolean> {
    const id = feedArticleId(feedUrl, item.key);
    const broken = state.broken!;
    try {
      if (!this.kept.has(id) || edit) {
        const read = await itemArticle(item, id, this.file(id), this.fetchOptions());
        this.keep(id, read);
        if (read.page) state.pages![item.key] = { ...read.page, link: item.link, date: item.date, checkedAt: Date.now() };
        else delete state.pages![item.key];
        this.log.info({ feed: feedUrl, item: item.key, article: id, from: read.from }, edit ? 'feed item edited: read again' : 'feed item read');
        const date = unreadDate(item);
        if (date) this.log.warn({ feed: feedUrl, item: item.key, date: item.date }, `feed item read without a date: ${date}`);
      }
      state.read![item.key] = itemHash(item);
      if (broken[item.key]) this.log.info({ feed: feedUrl, item: item.key, page: item.link }, 'feed item can be read again');
      delete broken[item.key];
      return true;
    } catch (err) {
      const failures = (broken[item.key]?.failures ?? 0) + 1;
      const retryInMs = this.backoff(failures);
      const reason = (err as Error).message ?? String(err);
      const final = err instanceof UnreadableItem;
      broken[item.key] = { item, failures, dueAt: Date.now() + retryInMs, reason, ...(final && { final: true as const }) };
      const page = item.link ? ` (${item.link})` : '';
      this.log.warn({ feed: feedUrl, item: item.key, page: item.link, failures, ...(!final && { retryInMs }), err: describeError(err) }, `feed item skipped: ${reason}${page}; ${final ? SKIPPED.final : SKIPPED.retried}`);
      return false;
    }
  }

  /** Takes the `quiet` items of every feed's state into `isQuiet`'s set. */
  private noteQuiet(): void {
    this.quiet = new Set(Object.entries(this.state).flatMap(([url, st]) => (st.quiet ?? []).map((key) => feedArticleId(url, key))));
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
