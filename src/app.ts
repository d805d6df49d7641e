import type { REST } from 'discord.js';
import path from 'node:path';
import { filesChanged, loadCatalog, snapshotsWritten, type CatalogOptions, type SnapshotOutcome } from './catalog.js';
import { ConfigError, type Config } from './config.js';
import { SettingError, settingPlace } from './env.js';
import { ContentDirError, contentDirProblem, formatIssue, noticeLines } from './content/load.js';
import type { Article, ContentIssue } from './content/types.js';
import type { BotContext, FeedsSetup } from './discord/context.js';
import { Cooldown } from './discord/cooldown.js';
import { AutoAnswerChannels } from './discord/auto-answer.js';
import { restPoster, restThreads } from './discord/rest.js';
import { fetchFeed } from './feeds/items.js';
import { FEED_MAX_BYTES, FEED_TIMEOUT_MS, FeedReader } from './feeds/reader.js';
import type { ParsedFiles, SnapshotKey } from './index-snapshot.js';
import type { LearnedPhrasing } from './learn/phrasings.js';
import { describeError, type Logger } from './log.js';
import type { SearchIndex } from './search/engine.js';
import { serialized } from './serial.js';
import { DataDirError, openStore } from './store/open.js';
import type { Store } from './store/store.js';
import { SummaryPublisher } from './summaries/publisher.js';
import { DAY } from './time.js';
import { newSalt, userHasher } from './user-hash.js';
import { watchContent } from './watch.js';

export interface App {
  context: BotContext;
  log: Logger;
  /** Starts watching content, pruning old questions and posting summaries. */
  start(): void;
  /** Stops posting (an in-flight post is finished first), watching and pruning, waits for an index snapshot still being written, then closes the store. */
  stop(): Promise<void>;
}

export interface AppOptions {
  /** False leaves summaries to another process (the other shards of a sharded bot leave them to shard 0). Default true. */
  posting?: boolean;
  /** How often, in ms, the poster checks back for work other processes queued; default: only when the store is shared. */
  pollMs?: number;
  /** How often, in ms, to look for phrasings approved by another process on the same store (another shard or replica); default `LEARNED_SYNC_MS`. */
  learnedSyncMs?: number;
  /** How often, in ms, the polling process reads the feeds servers added or removed (`/feeds` in another process); default `FEED_SYNC_MS`. */
  feedSyncMs?: number;
}

/** Phrasings approved in one process reach the others sharing its store within this many ms (30 s). */
export const LEARNED_SYNC_MS = 30_000;
/** A feed added or removed with /feeds in another process is polled, or dropped, within this many ms (30 s). */
export const FEED_SYNC_MS = 30_000;

/**
 * Content warnings a load logs one by one (20); past them, one line counts the rest. A folder of 10,000
 * files written without an `id:` logged 10,000 warnings at every start and at every reload after an edit,
 * burying the lines that matter. `npm run check-content` lists every one.
 */
export const MAX_LOGGED_WARNINGS = 20;

/**
 * Logs a load's content issues with their path:line: every error (its file is not served), the first
 * MAX_LOGGED_WARNINGS warnings, then a count of the rest, and a count of the notices (advice, see `Severity`).
 */
export function logIssues(log: Logger, issues: readonly ContentIssue[]): void {
  const unlogged = new Set<string>();
  let warnings = 0;
  // Counted as check-content prints them: a group of notices sharing a detail is one line (see `noticeLines`).
  const notices = noticeLines(issues);
  for (const issue of issues) {
    if (issue.severity === 'error') log.error({ file: issue.file, line: issue.line }, formatIssue(issue));
    else if (issue.severity === 'notice') continue;
    else if (++warnings <= MAX_LOGGED_WARNINGS) log.warn({ file: issue.file, line: issue.line }, formatIssue(issue));
    else unlogged.add(issue.file);
  }
  const more = warnings - MAX_LOGGED_WARNINGS;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (notices) log.info({ notices }, `${plural(notices, 'content notice', 'content notices')} (advice, such as pinning an article with "id:"): npm run check-content lists them`);
  if (more > 0) log.warn({ more, files: unlogged.size }, `${plural(more, 'more content warning', 'more content warnings')}, in ${plural(unlogged.size, 'file', 'files')}, ${more === 1 ? 'is' : 'are'} not logged: npm run check-content lists every one with its path:line`);
}

/** Where the index snapshot is kept, unless INDEX_SNAPSHOT=off. */
const snapshotOptions = (config: Config): CatalogOptions => (config.INDEX_SNAPSHOT === 'on' ? { snapshot: path.join(config.DATA_DIR, 'index-snapshot') } : {});

/**
 * Logs what became of the index snapshot: at start, restored (nothing parsed or built) or why not (a warning
 * when the file was unusable, not when an upgrade left it outdated); once a new one is written, that it was
 * (a warning when it could not be).
 */
function logSnapshot(log: Logger, outcome: SnapshotOutcome | null): void {
  if (!outcome) return;
  const { read, written, parsed, reused } = outcome;
  if (read === 'restored') log.info('content restored from the index snapshot: unchanged since it was written');
  else if (read?.reason === 'unusable') log.warn({ problem: read.problem }, 'index snapshot ignored: rebuilding the index');
  else if (read?.reason === 'missing') log.info('no index snapshot yet: building the index');
  else if (read?.reason === 'outdated') log.info({ format: read.format }, 'index snapshot written by an older version: building the index');
  else if (read && reused) log.info({ parsed, reused }, 'content changed since the index snapshot: parsing the changed files, the others taken from it');
  // null on a reload, which does not read it.
  else if (read) log.info({ parsed }, 'content changed since the index snapshot: building the index');
  void written?.then(
    () => log.info('index snapshot written'),
    (err: unknown) => log.warn({ err: describeError(err) }, 'could not write the index snapshot: the next start builds the index again (INDEX_SNAPSHOT=off keeps none)'),
  );
}

/** What the last load parsed (see `CatalogOptions.sources`): the next reload parses only the files changed since. */
interface LastParsed {
  sources: ParsedFiles | null;
}

/**
 * The first index (the files' articles, then `feeds`, with the `learned` phrasings), with every file problem
 * logged, and the digests of the files it was loaded from (see `filesChanged`); a missing CONTENT_DIR or a
 * malformed content limit is a `ConfigError`.
 */
async function loadFirstIndex(config: Config, log: Logger, learned: LearnedPhrasing[], feeds: Article[], parsed: LastParsed): Promise<{ index: SearchIndex; digests: SnapshotKey['digests'] | null }> {
  const catalog = await loadCatalog(config.CONTENT_DIR, [], learned, feeds, snapshotOptions(config)).catch((err: unknown) => {
    if (err instanceof ContentDirError) throw new ConfigError(`CONTENT_DIR points to ${config.CONTENT_DIR}, which ${contentDirProblem(config.CONTENT_DIR)}: create it or set CONTENT_DIR in ${settingPlace('CONTENT_DIR')}`);
    if (err instanceof SettingError) throw new ConfigError(err.message);
    throw err;
  });
  parsed.sources = catalog.sources;
  logSnapshot(log, catalog.snapshot);
  logIssues(log, catalog.issues);
  if (catalog.index.stats.articles === 0) log.warn({ dir: config.CONTENT_DIR }, 'no valid article to serve yet');
  log.info({ ...catalog.index.stats, dir: config.CONTENT_DIR }, 'content loaded');
  if (learned.length) log.info({ approved: learned.length }, 'approved learned phrasings indexed');
  return { index: catalog.index.warm(), digests: catalog.digests };
}

/**
 * Rebuilds the index from CONTENT_DIR and the feeds' articles and hands it to `swap`; one reload at a time
 * (a burst of changes during a slow rebuild gives one more rebuild, never an older index last). A failed
 * reload keeps the previous content online.
 */
function contentReloader(
  config: Config,
  log: Logger,
  current: () => SearchIndex,
  learned: () => Promise<LearnedPhrasing[]>,
  feeds: () => Article[],
  swap: (index: SearchIndex) => Promise<void>,
  parsed: LastParsed,
): () => Promise<void> {
  return serialized(async () => {
    try {
      const next = await loadCatalog(config.CONTENT_DIR, current().articles, await learned(), feeds(), { ...snapshotOptions(config), sources: parsed.sources });
      parsed.sources = next.sources;
      logSnapshot(log, next.snapshot);
      logIssues(log, next.issues);
      for (const article of next.kept) log.warn({ file: article.file, article: article.id }, 'file has errors: still serving its last good version');
      const index = next.index.warm();
      log.info({ ...index.stats, ...(next.snapshot && { parsed: next.snapshot.parsed, reused: next.snapshot.reused }) }, 'content reloaded');
      await swap(index);
    } catch (err) {
      log.error({ err: describeError(err) }, 'content reload failed: still serving the previous content');
    }
  });
}

/** What a set of approved phrasings is, whatever their order: equal for the same set. */
const signature = (phrasings: readonly LearnedPhrasing[]): string => JSON.stringify(phrasings.map((p) => [p.entry, p.question]).sort());

/**
 * The phrasings admins approved (/faq-learn), to index with the content, and whether the store now holds
 * others than the ones last read (approved by another process). A store error is logged and none are used
 * until the next reload.
 */
function approvedPhrasings(store: Store, log: Logger): { read(): Promise<LearnedPhrasing[]>; changed(): Promise<boolean> } {
  let last = signature([]);
  return {
    async read() {
      const approved = await store.alternates({ status: 'approved' }).catch((err: unknown) => {
        log.warn({ err: describeError(err) }, 'could not read the approved learned phrasings: indexing the content without them');
        return [];
      });
      last = signature(approved);
      return approved;
    },
    async changed() {
      const approved = await store.alternates({ status: 'approved' }).catch((err: unknown) => {
        log.debug({ err: describeError(err) }, 'could not check for newly approved learned phrasings');
        return null;
      });
      return approved !== null && signature(approved) !== last;
    },
  };
}

/** Deletes questions and votes older than FEEDBACK_RETENTION_DAYS; a store error is logged and retried next time. */
function questionPruner(store: Store, retentionDays: number, log: Logger): () => Promise<void> {
  return async () => {
    const removed = await store.pruneQuestions(Date.now() - retentionDays * DAY).catch((err: unknown) => {
      log.warn({ err: describeError(err) }, 'could not prune old questions');
      return 0;
    });
    if (removed) log.info({ removed, retentionDays }, 'old questions pruned');
  };
}

/**
 * Everything both transports share: content and its hot reload, the store, summary posting, feedback
 * retention, and the context handlers see. Never exits the process: a setting that stops start-up
 * (CONTENT_DIR missing, CONTENT_MAX_FILE_MB malformed) rejects with a `ConfigError` whose message is the sentence for the operator, and
 * anything opened so far is closed again.
 */
export async function createApp(
  config: Config,
  log: Logger,
  rest: REST,
  { posting = true, pollMs, learnedSyncMs = LEARNED_SYNC_MS, feedSyncMs = FEED_SYNC_MS }: AppOptions = {},
): Promise<App> {
  // Load first, watch second: the watcher's scan of every file (a quarter of a restart on 100k paragraphs)
  // runs once the bot serves. A file changed meanwhile is found by comparing the folder, once the watcher
  // is ready, with the digests the index was loaded from. Changes seen before start() are reloaded then.
  let started = false;
  let changedBeforeStart = false;
  const contentChanged = () => {
    if (started) void reload();
    else changedBeforeStart = true;
  };
  const feedsDir = path.join(config.DATA_DIR, 'feeds');
  const watchers: { close(): Promise<void> }[] = [];
  const closeAll = () => Promise.all(watchers.map((w) => w.close()));
  let index: SearchIndex;
  const lastParsed: LastParsed = { sources: null };
  let store: Store;
  let feeds: FeedReader;
  let learned: ReturnType<typeof approvedPhrasings>;
  try {
    store = await openStore(config, log).catch((err: unknown) => {
      throw err instanceof DataDirError ? new ConfigError(err.message) : err;
    });
  } catch (err) {
    await closeAll();
    throw err;
  }
  const feedFetch = { allowPrivate: config.FEED_ALLOW_PRIVATE, timeoutMs: FEED_TIMEOUT_MS, maxBytes: FEED_MAX_BYTES };
  try {
    // Only posting processes poll, and of those sharing a store only the summary poster (one writer of
    // DATA_DIR/feeds); every process serves what it keeps, read again when its files change.
    feeds = new FeedReader(
      feedsDir,
      {
        urls: posting ? config.FEED_URLS : [],
        pollMs: config.FEED_POLL_SECONDS * 1000,
        backfill: config.SUMMARY_BACKFILL,
        fetch: feedFetch,
        onPoll: (poll) => void store.recordFeedPoll(poll).catch((err: unknown) => log.warn({ feed: poll.url, err: describeError(err) }, 'could not record the feed poll')),
        mayPoll: () => store.leader(),
      },
      log,
      contentChanged,
    );
    const feedWatcher = await watchContent(path.join(feedsDir, 'articles'), log, () => (feeds.rescan() ? contentChanged() : undefined)).catch(() => null);
    if (feedWatcher) watchers.push(feedWatcher);
    learned = approvedPhrasings(store, log);
    // Swapped whole on reload: a question is answered from the old index until the new one is ready.
    const first = await loadFirstIndex(config, log, await learned.read(), feeds.articles(), lastParsed);
    index = first.index;
    const watching = watchContent(config.CONTENT_DIR, log, contentChanged, { changedSince: () => filesChanged(config.CONTENT_DIR, first.digests) }).catch(() => null);
    watchers.push({ close: async () => (await watching)?.close() });
  } catch (err) {
    await closeAll();
    await store.close();
    throw err;
  }

  /** Polls the operator's feeds and those servers added (read from the store); never rejects: an error keeps the feeds polled so far. */
  const syncFeeds = serialized(async () => {
    if (!posting) return;
    try {
      const stored = await store.feeds();
      await feeds.setUrls([...config.FEED_URLS, ...stored.map((f) => f.url)]);
    } catch (err) {
      log.warn({ err: describeError(err) }, 'could not take up the feeds servers added or removed: polling the ones known so far');
    }
  });
  const feedsSetup: FeedsSetup = {
    configured: config.FEED_URLS,
    backfill: config.SUMMARY_BACKFILL,
    async check(url) {
      const feed = await fetchFeed(url, feedFetch);
      return { title: feed.title, items: feed.items.length };
    },
    changed: syncFeeds,
    async failing() {
      try {
        const [stored, polls] = await Promise.all([store.feeds(), store.feedPolls()]);
        const current = new Set([...config.FEED_URLS, ...stored.map((f) => f.url)]);
        return polls.filter((p) => p.status === 'failed' && current.has(p.url)).map((p) => ({ url: p.url, reason: p.error ?? '' }));
      } catch (err) {
        log.warn({ err: describeError(err) }, 'could not read the feeds\' last polls');
        return [];
      }
    },
  };

  const poster = restPoster(rest);
  const publisher = new SummaryPublisher(store, poster, () => index, log, {
    channels: config.SUMMARY_CHANNEL_IDS,
    backfill: config.SUMMARY_BACKFILL,
    update: config.SUMMARY_UPDATE,
    maxAttempts: 5,
    retryBaseMs: config.SUMMARY_RETRY_SECONDS * 1000,
    posting,
    ...(pollMs ? { pollMs } : {}),
    quiet: (article) => feeds.isQuiet(article),
  });
  const context: BotContext = {
    index: () => index,
    log,
    cooldown: new Cooldown(config.COOLDOWN_QUESTIONS, config.COOLDOWN_SECONDS * 1000),
    poster,
    threads: restThreads(rest),
    // The gateway bot says what it reads once it has chosen its intents; the HTTP endpoint reads nothing.
    autoAnswer: { channels: new AutoAnswerChannels(store, config.AUTO_ANSWER_CHANNEL_IDS), reads: 'none' },
    store,
    publisher,
    hashUser: userHasher(await store.userHashSalt(newSalt())),
    settings: { logPrivateQuestions: config.LOG_PRIVATE_QUESTIONS, retentionDays: config.FEEDBACK_RETENTION_DAYS, learnAutoApprove: config.LEARN_AUTO_APPROVE ?? null },
    reindex: () => reload(),
    feeds: feedsSetup,
  };
  const reload = contentReloader(
    config,
    log,
    () => index,
    learned.read,
    () => feeds.articles(),
    async (next) => {
      index = next;
      await publisher.sync();
    },
    lastParsed,
  );
  const prune = questionPruner(store, config.FEEDBACK_RETENTION_DAYS, log);

  let pruning: NodeJS.Timeout | null = null;
  let learnedSync: NodeJS.Timeout | null = null;
  let feedSync: NodeJS.Timeout | null = null;
  return {
    context,
    log,
    start() {
      started = true;
      if (changedBeforeStart) void reload();
      void prune();
      pruning = setInterval(() => void prune(), DAY).unref();
      learnedSync = setInterval(() => void learned.changed().then((changed) => (changed ? reload() : undefined)), learnedSyncMs).unref();
      void publisher.sync();
      feeds.start();
      if (posting) {
        void syncFeeds();
        feedSync = setInterval(() => void syncFeeds(), feedSyncMs).unref();
      }
    },
    async stop() {
      if (pruning) clearInterval(pruning);
      if (learnedSync) clearInterval(learnedSync);
      if (feedSync) clearInterval(feedSync);
      await Promise.all([publisher.stop(), closeAll(), feeds.stop()]);
      // A snapshot write still running (at most a few seconds at 100k paragraphs) would otherwise be cut off
      // by the exit, and the next start would build again.
      await snapshotsWritten();
      await store.close();
    },
  };
}
