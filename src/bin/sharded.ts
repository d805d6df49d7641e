import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import { whenReachable } from '../discord/reachable.js';
import { createRest } from '../discord/rest.js';
import { configOrExit, refuse, SHUTDOWN_GRACE_MS, TOKEN_REJECTED } from '../lifecycle.js';
import { createLogger, describeError } from '../log.js';

/**
 * `npm run start:sharded` / `node dist/bin/sharded.js`: the gateway bot under discord.js's
 * ShardingManager, SHARD_COUNT processes (default `auto`: as many as Discord recommends). Each shard runs
 * bot.ts (bot.js from a build) next to this file; summaries are posted by the shard-0 process only.
 */
const config = await configOrExit();
const log = createLogger(config.LOG_LEVEL, config.NODE_ENV);
const here = fileURLToPath(import.meta.url);
// bot.ts next to this file, or bot.js when run from a build.
const built = path.extname(here) === '.js';
const entry = path.join(path.dirname(here), built ? 'bot.js' : 'bot.ts');

const children = new Set<ChildProcess>();
let manager: ShardingManager | null = null;
let stopping = false;

/**
 * Ends every shard process (each closes its gateway and store on SIGTERM, within its own grace period),
 * then exits with `code`; a shard still running a second after that is killed.
 */
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Shard.kill() throws for a shard between death and respawn; signalling the processes does not.
  if (manager) manager.respawn = false;
  for (const child of children) child.kill('SIGTERM');
  const force = setTimeout(() => children.forEach((child) => child.kill('SIGKILL')), SHUTDOWN_GRACE_MS + 1000);
  await Promise.all([...children].map((child) => once(child, 'exit')));
  clearTimeout(force);
  log.info({ code }, 'all shards stopped');
  log.flush();
  process.exit(code);
}
// `on`: a second signal must not fall through to Node's default and kill the manager before its shards.
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  // Asked of DISCORD_API_URL: discord.js's own `auto` always calls discord.com, whatever the REST base.
  const rest = createRest(config.DISCORD_TOKEN, config.DISCORD_API_URL);
  // Retried while Discord cannot be reached; the shards (bot.ts) retry their own login the same way.
  const gateway = (await whenReachable(() => rest.get(Routes.gatewayBot()), log)) as RESTGetAPIGatewayBotResult;
  const amount = config.SHARD_COUNT === 'auto' ? gateway.shards : config.SHARD_COUNT;
  // discord.js spaces spawns 5.5 s apart for Discord's identify limit, max_concurrency per 5 s; a bot
  // allowed more may start its shards that much faster.
  const delay = Math.ceil(5500 / Math.max(1, gateway.session_start_limit.max_concurrency));
  log.info({ shards: amount, delayMs: delay }, 'starting shards');

  manager = new ShardingManager(entry, {
    token: config.DISCORD_TOKEN,
    totalShards: amount,
    mode: 'process',
    // From source, shards run TypeScript as this file does: tsx by absolute URL, so any working directory
    // works. A build runs plain node.
    execArgv: built ? [] : ['--import', import.meta.resolve('tsx')],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    shard.on('spawn', (spawned) => {
      const child = spawned as ChildProcess;
      children.add(child);
      child.once('exit', () => children.delete(child));
      // A shard (re)spawned while stopping is ended straight away.
      if (stopping) child.kill('SIGTERM');
      else log.info({ shard: shard.id, pid: child.pid }, 'shard started');
    });
    shard.on('death', () => {
      if (!stopping) log.warn({ shard: shard.id }, 'shard process exited; respawning');
    });
  });
  await manager.spawn({ amount, delay, timeout: 60_000 });
  log.info({ shards: amount }, 'all shards ready');
} catch (err) {
  if (!stopping) {
    if ((err as { status?: number }).status === 401) {
      refuse(TOKEN_REJECTED);
    }
    log.error({ err: describeError(err) }, 'could not start the shards');
    // A shard that died on start is respawned at once; do not leave that process behind.
    await stop(1);
  }
}
