import { Events, GatewayCloseCodes } from 'discord.js';
import { createApp } from '../app.js';
import { dispatch } from '../discord/dispatch.js';
import { AutoAnswerer } from '../discord/auto-answer.js';
import { createClient, onInteractions, onNewPosts, readsMessageContent, requestMessageContent } from '../discord/gateway.js';
import { whenReachable } from '../discord/reachable.js';
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
// The privileged Message Content intent only when some channel is to be auto-answered (env or store).
if (await orRefuse(app.context.autoAnswer.channels.any())) requestMessageContent(client);
app.context.autoAnswer.reads = readsMessageContent(client) ? 'content' : 'titles';
log.info(
  { messageContent: readsMessageContent(client) },
  readsMessageContent(client)
    ? 'auto-answer channels are configured: requesting the privileged Message Content intent'
    : 'no auto-answer channel configured: the Message Content intent is not requested (forum posts added later are answered from their title alone until a restart)',
);
client.on(Events.ShardDisconnect, (event) => {
  if (event.code === GatewayCloseCodes.DisallowedIntents) {
    refuse('Discord refused the Message Content intent that auto-answer channels need: enable it in the developer portal (Bot > Privileged Gateway Intents), or remove every auto-answer channel (AUTO_ANSWER_CHANNEL_IDS and /autoanswer remove)');
  }
});
const answerer = new AutoAnswerer(app.context, config.AUTO_ANSWER_PER_MINUTE);
onNewPosts(client, log, (post) => void answerer.consider(post));
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
  // discord.js can log in again after a failed attempt: the failure destroys the client's connection only.
  await whenReachable(() => client.login(config.DISCORD_TOKEN), log);
} catch (err) {
  const code = (err as { code?: string }).code;
  if (code === 'TokenInvalid' || (err as { status?: number }).status === 401) refuse(TOKEN_REJECTED);
  log.error({ err: describeError(err) }, 'could not connect to Discord');
  process.exit(1);
}
