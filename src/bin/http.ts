import { Routes, type APIUser } from 'discord.js';
import { createApp } from '../app.js';
import { neededSetting } from '../config.js';
import { payloadHandler } from '../discord/dispatch.js';
import { createInteractionsServer } from '../discord/http-endpoint.js';
import { createRest, logRateLimits } from '../discord/rest.js';
import { whenReachable } from '../discord/reachable.js';
import { configOrExit, orRefuse, refuse, shutDownOnSignals, TOKEN_REJECTED } from '../lifecycle.js';
import { cannotListen } from '../listen.js';
import { createLogger, describeError } from '../log.js';

/**
 * `npm run start:http` / `node dist/bin/http.js`: the bot as Discord's HTTP interactions endpoint on
 * HOST:PORT, behind a reverse proxy with TLS. Replies and summary posts go over REST with the bot token;
 * no gateway connection.
 */
const config = await configOrExit(process.env, ['DISCORD_PUBLIC_KEY']);
const publicKey = await orRefuse(() => neededSetting(config, 'DISCORD_PUBLIC_KEY'));
const log = createLogger(config.LOG_LEVEL, config.NODE_ENV);
const rest = createRest(config.DISCORD_TOKEN, config.DISCORD_API_URL);
logRateLimits(rest, log);
// Replies go to each interaction's own webhook and need no token, so a wrong DISCORD_TOKEN would show only
// at the first summary post: ask Discord whose token it is at start, as the gateway's login does.
void whenReachable(() => rest.get(Routes.user()), log).then(
  (user) => log.info({ bot: (user as APIUser).username }, 'Discord accepted DISCORD_TOKEN'),
  (err: unknown) => {
    if ((err as { status?: number }).status === 401) refuse(TOKEN_REJECTED);
    log.warn({ err: describeError(err) }, 'could not check DISCORD_TOKEN with Discord; summary posts may fail');
  },
);
const app = await orRefuse(createApp(config, log, rest));
if (await app.context.autoAnswer.channels.any().catch(() => false)) {
  log.warn('auto-answer channels are configured, but new posts arrive over the gateway only: run one gateway process (npm start) with the same DATABASE_URL to answer them');
}

const server = createInteractionsServer({
  publicKey,
  log,
  handle: payloadHandler(rest, app.context),
});
let listening = false;
server.on('error', (err: NodeJS.ErrnoException) => {
  // Before it listens, any error is HOST or PORT (unresolvable, not this machine's, in use): running on
  // without listening would serve nothing.
  if (!listening) refuse(cannotListen(err, { host: config.HOST, port: config.PORT, hostSetting: 'HOST', portSetting: 'PORT' }));
  log.error({ err: err.message }, 'server error');
});
server.listen(config.PORT, config.HOST, () => {
  listening = true;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  log.info({ host: config.HOST, port }, 'listening for interactions');
  app.start();
});
shutDownOnSignals(log, async () => {
  // Stops accepting; requests being handled finish (their replies go out) before the callback runs.
  await new Promise((resolve) => {
    server.close(resolve);
    server.closeIdleConnections();
  });
  await app.stop();
});
