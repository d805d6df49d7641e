import { REST, Routes } from 'discord.js';
import type { Logger } from '../log.js';
import type { ChannelPoster } from './interaction.js';
import { channelMessage } from './payload.js';

/** REST options: DISCORD_API_URL when set (a proxy, or the tests' emulator), else Discord's own API. */
export const restOptions = (apiUrl: string | undefined) => (apiUrl ? { api: apiUrl } : {});

/** Rate limits are handled by discord.js's queue; they are logged so an operator can see them. */
export function logRateLimits(rest: REST, log: Logger): void {
  rest.on('rateLimited', (info) => log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited by Discord'));
}

/** A REST client without a gateway connection (HTTP mode, the shard manager, deploy-commands). */
export function createRest(token: string, apiUrl: string | undefined): REST {
  return new REST(restOptions(apiUrl)).setToken(token);
}

/** Posts to channels over REST, with mentions off; the same under both transports. */
export function restPoster(rest: REST): ChannelPoster {
  return {
    async send(channelId, message, nonce, options) {
      const body = {
        ...channelMessage(message),
        ...(nonce ? { nonce, enforce_nonce: true } : {}),
        ...(options?.replyTo ? { message_reference: { message_id: options.replyTo, fail_if_not_exists: false } } : {}),
      };
      const sent = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
      return { id: sent.id };
    },
    async edit(channelId, messageId, message) {
      await rest.patch(Routes.channelMessage(channelId, messageId), { body: channelMessage(message) });
    },
  };
}
