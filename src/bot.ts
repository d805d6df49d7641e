import { Events } from 'discord.js';
import { configOrExit, createApp, exitCleanlyOnSignals, refuse, TOKEN_REJECTED } from './app.js';
import { createClient, onInteractions } from './discord/gateway.js';
import { describeError, route } from './discord/router.js';
import { createLogger } from './log.js';

/** `npm start`: the bot on Discord's gateway. Under `npm run start:sharded` each shard runs this file. */
const config = configOrExit();
const started = performance.now();
const log = createLogger(config.LOG_LEVEL, config.NODE_ENV);
const client = createClient(log, config.DISCORD_API_URL);
// Under the ShardingManager, only the process holding shard 0 posts summaries, so they go out once.
// Under the ShardingManager, shard 0 also checks back for subscriptions made through the other shards.
const app = await createApp(config, log, client.rest, {
  posting: !client.shard || client.shard.ids.includes(0),
  ...(client.shard ? { pollMs: 5000 } : {}),
});
onInteractions(client, (interaction) => void route(interaction, app.context));
client.once(Events.ClientReady, (ready) => {
  app.log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size, shards: client.shard?.ids ?? [0], startupMs: Math.round(performance.now() - started) }, 'ready');
  app.start();
});
exitCleanlyOnSignals(app, () => client.destroy());
// A shard whose manager is gone (killed outright) must not live on as an orphan connection.
if (client.shard) process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));

try {
  await client.login(config.DISCORD_TOKEN);
} catch (err) {
  const code = (err as { code?: string }).code;
  if (code === 'TokenInvalid' || (err as { status?: number }).status === 401) {
    refuse(TOKEN_REJECTED);
  }
  app.log.error({ err: describeError(err) }, 'could not connect to Discord');
  process.exit(1);
}
