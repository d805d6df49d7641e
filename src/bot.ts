import { Events } from 'discord.js';
import { loadCatalog } from './catalog.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { ContentDirError, formatIssue } from './content/load.js';
import { Cooldown } from './discord/cooldown.js';
import type { BotContext } from './discord/context.js';
import { createClient, fromDiscord, restPoster } from './discord/gateway.js';
import { describeError, route } from './discord/router.js';
import { createLogger } from './log.js';
import { userHasher } from './user-hash.js';

/** Stops start-up with one plain sentence and exit code 2: a setting is wrong, not the code. */
function refuse(sentence: string): never {
  process.stderr.write(`${sentence.replace(/\.?$/, '.')}\n`);
  process.exit(2);
}

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
  for (const issue of catalog.issues) log[issue.severity === 'error' ? 'error' : 'warn']({ file: issue.file, line: issue.line }, formatIssue(issue));
  if (catalog.index.stats.articles === 0) log.warn({ dir: config.CONTENT_DIR }, 'no valid article to serve yet');
  log.info({ ...catalog.index.stats, dir: config.CONTENT_DIR }, 'content loaded');

  const client = createClient(log, config.DISCORD_API_URL);
  const index = catalog.index;
  const context: BotContext = {
    index: () => index,
    log,
    cooldown: new Cooldown(config.COOLDOWN_QUESTIONS, config.COOLDOWN_SECONDS * 1000),
    poster: restPoster(client.rest),
    hashUser: userHasher(config.DATA_DIR),
  };

  client.on(Events.InteractionCreate, (raw) => {
    const interaction = fromDiscord(raw);
    if (interaction) void route(interaction, context);
  });
  client.once(Events.ClientReady, (ready) => {
    log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, startupMs: Math.round(performance.now() - started) }, 'ready');
  });

  // A Discord or handler failure is logged; it never takes the bot down.
  process.on('unhandledRejection', (err) => log.error({ err: describeError(err) }, 'unhandled rejection'));

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    void client.destroy().finally(() => {
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
