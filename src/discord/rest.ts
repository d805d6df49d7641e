import { REST, Routes, ThreadAutoArchiveDuration, type APIChannel, type APIGuildForumChannel, type APIThreadChannel } from 'discord.js';
import type { Logger } from '../log.js';
import type { ChannelPoster, ThreadApi } from './interaction.js';
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

/**
 * A tag name as members read it: case, emoji and spacing aside (`✅ Solved` is `solved`). Combining marks
 * are letters' own (Devanagari and Thai vowel signs): taken for spacing, Hindi "हल हो गया" (solved) and
 * "हाल हो गया" met as one name.
 */
export const tagKey = (name: string): string => name.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim().toLowerCase();

/** Discord's limit on the tags of one forum post. */
const MAX_APPLIED_TAGS = 5;

/** Threads and forum tags over REST; the same under both transports. */
export function restThreads(rest: REST): ThreadApi {
  return {
    async start(channelId, messageId, name) {
      const thread = (await rest.post(Routes.threads(channelId, messageId), { body: { name, auto_archive_duration: ThreadAutoArchiveDuration.OneDay } })) as { id: string };
      return thread.id;
    },
    async applyTag(threadId, tagNames) {
      const thread = (await rest.get(Routes.channel(threadId))) as APIThreadChannel;
      if (!thread.parent_id) return null;
      const forum = (await rest.get(Routes.channel(thread.parent_id))) as APIChannel;
      const available = 'available_tags' in forum ? (forum as APIGuildForumChannel).available_tags : [];
      const tag = tagNames.map((name) => available.find((t) => tagKey(t.name) === tagKey(name))).find((t) => t !== undefined);
      if (!tag) return null;
      const applied = thread.applied_tags ?? [];
      if (!applied.includes(tag.id)) {
        await rest.patch(Routes.channel(threadId), { body: { applied_tags: [...applied, tag.id].slice(-MAX_APPLIED_TAGS) } });
      }
      return tag.name;
    },
  };
}
