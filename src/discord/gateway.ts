import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, type APIInteraction } from 'discord.js';
import type { Logger } from '../log.js';
import type { Interaction } from './interaction.js';
import { fromPayload, NO_MENTIONS, restCallback } from './payload.js';
import { logRateLimits, restOptions } from './rest.js';

/**
 * The gateway client: Guilds intent only (slash commands need no message content), REST pointed at
 * `apiUrl` when set, and every client-level failure logged rather than thrown.
 */
export function createClient(log: Logger, apiUrl: string | undefined): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: restOptions(apiUrl),
  });
  client.on(Events.Error, (err) => log.error({ err: err.message }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.ShardError, (err, shard) => log.error({ shard, err: err.message }, 'gateway error'));
  logRateLimits(client.rest, log);
  return client;
}

/**
 * Hands every interaction the gateway delivers to `handle`, from its raw payload: the same JSON the
 * HTTP endpoint receives, so both transports share one adapter and produce the same responses.
 */
export function onInteractions(client: Client, handle: (interaction: Interaction) => void): void {
  client.on(Events.Raw, (packet: { t?: string; d?: unknown }) => {
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    const raw = packet.d as APIInteraction;
    const interaction = fromPayload(raw, restCallback(client.rest, raw), client.rest);
    if (interaction) handle(interaction);
  });
}
