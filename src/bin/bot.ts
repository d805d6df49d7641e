import { Events } from 'discord.js';
import { createApp } from '../app.js';
import { dispatch } from '../discord/dispatch.js';
import { createClient, onInteractions } from '../discord/gateway.js';
import { configOrExit, orRefuse, refuse, shutDownOnSignals, TOKEN_REJECTED } from '../lifecycle.js';
import { createLogger, describeError } from '../log.js';

/** `npm start` / `node dist/bin/bot.js`: the bot on Discord's gateway. Under the shard manager each shard runs this file. */
const config = await configOrExit();
const started = performance.now();
const log = createLogger(config.LOG_LEVEL, config.NODE_ENV);
const client = createClient(log, config.DISCORD_API_URL);
// Under the ShardingManager, only the process holding shard 0 posts summaries, so they go out once, and
// it checks back for subscriptions made through the other shards.
const app = await orRefuse(
  createApp(config, log, client.rest, {
    posting: !client.shard || client.shard.ids.includes(0),
    ...(client.shard ? { pollMs: 5000 } : {}),
  }),
);
onInteractions(client, (interaction) => void dispatch(interaction, app.context));
client.once(Events.ClientReady, (ready) => {
  app.log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, shards: client.shard?.ids ?? [0], startupMs: Math.round(performance.now() - started) }, 'ready');
  app.start();
});
shutDownOnSignals(log, async () => {
  await client.destroy();
  await app.stop();
});
// A shard whose manager is gone (killed outright) must not live on as an orphan connection.
if (client.shard) process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));

try {
  await client.login(config.DISCORD_TOKEN);
} catch (err) {
  const code = (err as { code?: string }).code;
  if (code === 'TokenInvalid' || (err as { status?: number }).status === 401) refuse(TOKEN_REJECTED);
  log.error({ err: describeError(err) }, 'could not connect to Discord');
  process.exit(1);
}
