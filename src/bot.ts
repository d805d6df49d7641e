import { Events } from 'discord.js';
import { loadCatalog } from './catalog.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { ContentDirError, formatIssue } from './content/load.js';
import type { ContentIssue } from './content/types.js';
import { Cooldown } from './discord/cooldown.js';
import type { BotContext } from './discord/context.js';
import { createClient, fromDiscord, restPoster } from './discord/gateway.js';
import { SummaryPublisher } from './discord/publisher.js';
import { describeError, route } from './discord/router.js';
import { createLogger, type Logger } from './log.js';
import type { SearchIndex } from './search/engine.js';
import { SqliteStore } from './store/sqlite.js';
import { userHasher } from './user-hash.js';
import { watchContent } from './watch.js';

const DAY = 86_400_000;

/** Stops start-up with one plain sentence and exit code 2: a setting is wrong, not the code. */
function refuse(sentence: string): never {
  process.stderr.write(`${sentence.replace(/\.?$/, '.')}\n`);
  process.exit(2);
}

const logIssues = (log: Logger, issues: ContentIssue[]) => {
  for (const issue of issues) log[issue.severity === 'error' ? 'error' : 'warn']({ file: issue.file, line: issue.line }, formatIssue(issue));
};

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) refuse(err.message);
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL, config.NODE_ENV);
  const started = performance.now();

  const catalog = await loadCatalog(config.CONTENT_DIR).catch((err: unknown) => {
    if (err instanceof ContentDirError) refuse(`CONTENT_DIR points to ${config.CONTENT_DIR}, which does not exist: create it or set CONTENT_DIR in .env.`);
    throw err;
  });
  logIssues(log, catalog.issues);
  if (catalog.index.stats.articles === 0) log.warn({ dir: config.CONTENT_DIR }, 'no valid article to serve yet');
  log.info({ ...catalog.index.stats, dir: config.CONTENT_DIR }, 'content loaded');
  // Swapped whole on reload: a question is answered from the old index until the new one is ready.
  let index: SearchIndex = catalog.index;

  const store = SqliteStore.open(config.DATA_DIR, log);
  const client = createClient(log, config.DISCORD_API_URL);
  const poster = restPoster(client.rest);
  const publisher = new SummaryPublisher(store, poster, () => index, log, {
    channels: config.SUMMARY_CHANNEL_IDS,
    backfill: config.SUMMARY_BACKFILL,
    update: config.SUMMARY_UPDATE,
    maxAttempts: 5,
    retryBaseMs: config.SUMMARY_RETRY_SECONDS * 1000,
  });
  const context: BotContext = {
    index: () => index,
    log,
    cooldown: new Cooldown(config.COOLDOWN_QUESTIONS, config.COOLDOWN_SECONDS * 1000),
    poster,
    store,
    publisher,
    hashUser: userHasher(config.DATA_DIR),
    settings: { logPrivateQuestions: config.LOG_PRIVATE_QUESTIONS, retentionDays: config.FEEDBACK_RETENTION_DAYS },
  };

  // Questions and votes are kept FEEDBACK_RETENTION_DAYS: pruned now and once a day.
  const prune = async () => {
    const removed = await store.pruneQuestions(Date.now() - config.FEEDBACK_RETENTION_DAYS * DAY).catch((err: unknown) => {
      log.warn({ err: describeError(err) }, 'could not prune old questions');
      return 0;
    });
    if (removed) log.info({ removed, retentionDays: config.FEEDBACK_RETENTION_DAYS }, 'old questions pruned');
  };
  await prune();
  setInterval(() => void prune(), DAY).unref();

  const reload = async () => {
    try {
      const next = await loadCatalog(config.CONTENT_DIR, index.articles);
      logIssues(log, next.issues);
      for (const article of next.kept) log.warn({ file: article.file, article: article.id }, 'file has errors: still serving its last good version');
      index = next.index;
      log.info({ ...index.stats }, 'content reloaded');
      await publisher.sync();
    } catch (err) {
      log.error({ err: describeError(err) }, 'content reload failed: still serving the previous content');
    }
  };
  const watcher = watchContent(config.CONTENT_DIR, () => void reload());

  client.on(Events.InteractionCreate, (raw) => {
    const interaction = fromDiscord(raw);
    if (interaction) void route(interaction, context);
  });
  client.once(Events.ClientReady, (ready) => {
    log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, startupMs: Math.round(performance.now() - started) }, 'ready');
    void publisher.sync();
  });

  // A Discord or handler failure is logged; it never takes the bot down.
  process.on('unhandledRejection', (err) => log.error({ err: describeError(err) }, 'unhandled rejection'));

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    publisher.stop();
    void Promise.allSettled([watcher.close(), client.destroy()])
      .then(() => store.close())
      .finally(() => {
        log.flush();
        process.exit(0);
      });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'TokenInvalid' || (err as { status?: number }).status === 401) {
      refuse('Discord rejected DISCORD_TOKEN: copy a fresh token from the developer portal (Bot > Reset Token) into .env.');
    }
    log.error({ err: describeError(err) }, 'could not connect to Discord');
    process.exit(1);
  }
}

await main();
