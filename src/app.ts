import type { REST } from 'discord.js';
import { loadCatalog } from './catalog.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { ContentDirError, formatIssue } from './content/load.js';
import type { ContentIssue } from './content/types.js';
import { Cooldown } from './discord/cooldown.js';
import type { BotContext } from './discord/context.js';
import { restPoster } from './discord/gateway.js';
import { SummaryPublisher } from './discord/publisher.js';
import { describeError } from './discord/router.js';
import type { Logger } from './log.js';
import { DAY } from './report/build.js';
import type { SearchIndex } from './search/engine.js';
import { serialized } from './serial.js';
import { DataDirError, openStore } from './store/open.js';
import { newSalt, userHasher } from './user-hash.js';
import { watchContent } from './watch.js';

/** The sentence for a token Discord refuses (401), wherever it is first used. */
export const TOKEN_REJECTED = 'Discord rejected DISCORD_TOKEN: copy a fresh token from the developer portal (Bot > Reset Token) into .env.';

/** Stops start-up with one plain sentence and exit code 2: a setting is wrong, not the code. */
export function refuse(sentence: string): never {
  process.stderr.write(`${sentence.replace(/\.?$/, '.')}\n`);
  process.exit(2);
}

/** The validated configuration, or exit 2 with the one sentence that says what to fix. */
export function configOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) refuse(err.message);
    throw err;
  }
}

export interface App {
  context: BotContext;
  log: Logger;
  /** Starts watching content, pruning old questions and posting summaries. */
  start(): void;
  stop(): Promise<void>;
}

const logIssues = (log: Logger, issues: ContentIssue[]) => {
  for (const issue of issues) log[issue.severity === 'error' ? 'error' : 'warn']({ file: issue.file, line: issue.line }, formatIssue(issue));
};

/**
 * Everything both transports share: content and its hot reload, the store, summary posting, feedback
 * retention, and the context handlers see. `posting: false` leaves summaries to another process (the
 * other shards of a sharded bot leave them to shard 0).
 */
export async function createApp(config: Config, log: Logger, rest: REST, { posting = true, pollMs }: { posting?: boolean; pollMs?: number } = {}): Promise<App> {
  // Watch first, load second: a file dropped while the bot starts is then never missed. Changes seen
  // before start() are reloaded then.
  let started = false;
  let changedBeforeStart = false;
  const watcher = await watchContent(config.CONTENT_DIR, log, () => {
    if (started) void reload();
    else changedBeforeStart = true;
  }).catch(() => null);
  const catalog = await loadCatalog(config.CONTENT_DIR).catch((err: unknown) => {
    if (err instanceof ContentDirError) refuse(`CONTENT_DIR points to ${config.CONTENT_DIR}, which does not exist: create it or set CONTENT_DIR in .env.`);
    throw err;
  });
  logIssues(log, catalog.issues);
  if (catalog.index.stats.articles === 0) log.warn({ dir: config.CONTENT_DIR }, 'no valid article to serve yet');
  log.info({ ...catalog.index.stats, dir: config.CONTENT_DIR }, 'content loaded');
  // Swapped whole on reload: a question is answered from the old index until the new one is ready.
  let index: SearchIndex = catalog.index.warm();

  const store = await openStore(config, log).catch((err: unknown) => {
    if (err instanceof DataDirError) refuse(err.message);
    throw err;
  });
  const poster = restPoster(rest);
  const publisher = new SummaryPublisher(store, poster, () => index, log, {
    channels: config.SUMMARY_CHANNEL_IDS,
    backfill: config.SUMMARY_BACKFILL,
    update: config.SUMMARY_UPDATE,
    maxAttempts: 5,
    retryBaseMs: config.SUMMARY_RETRY_SECONDS * 1000,
    posting,
    ...(pollMs ? { pollMs } : {}),
  });
  const context: BotContext = {
    index: () => index,
    log,
    cooldown: new Cooldown(config.COOLDOWN_QUESTIONS, config.COOLDOWN_SECONDS * 1000),
    poster,
    store,
    publisher,
    hashUser: userHasher(await store.userHashSalt(newSalt())),
    settings: { logPrivateQuestions: config.LOG_PRIVATE_QUESTIONS, retentionDays: config.FEEDBACK_RETENTION_DAYS },
  };

  // One reload at a time: a burst of changes during a slow rebuild gives one more rebuild, never an older index last.
  const reload = serialized(async () => {
    try {
      const next = await loadCatalog(config.CONTENT_DIR, index.articles);
      logIssues(log, next.issues);
      for (const article of next.kept) log.warn({ file: article.file, article: article.id }, 'file has errors: still serving its last good version');
      index = next.index.warm();
      log.info({ ...index.stats }, 'content reloaded');
      await publisher.sync();
    } catch (err) {
      log.error({ err: describeError(err) }, 'content reload failed: still serving the previous content');
    }
  });
  // Questions and votes are kept FEEDBACK_RETENTION_DAYS: pruned on start and once a day.
  const prune = async () => {
    const removed = await store.pruneQuestions(Date.now() - config.FEEDBACK_RETENTION_DAYS * DAY).catch((err: unknown) => {
      log.warn({ err: describeError(err) }, 'could not prune old questions');
      return 0;
    });
    if (removed) log.info({ removed, retentionDays: config.FEEDBACK_RETENTION_DAYS }, 'old questions pruned');
  };

  let pruning: NodeJS.Timeout | null = null;
  return {
    context,
    log,
    start() {
      started = true;
      if (changedBeforeStart) void reload();
      void prune();
      pruning = setInterval(() => void prune(), DAY).unref();
      void publisher.sync();
    },
    async stop() {
      publisher.stop();
      if (pruning) clearInterval(pruning);
      await watcher?.close();
      await store.close();
    },
  };
}

/** SIGINT/SIGTERM: close the transport and the app, flush the logs, exit 0. */
export function exitCleanlyOnSignals(app: App, closeTransport: () => Promise<unknown>): void {
  const shutdown = (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    void Promise.allSettled([closeTransport()])
      .then(() => app.stop())
      .catch(() => undefined)
      .finally(() => {
        app.log.flush();
        process.exit(0);
      });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  // A Discord or handler failure is logged; it never takes the process down.
  process.on('unhandledRejection', (err) => app.log.error({ err: describeError(err) }, 'unhandled rejection'));
}
