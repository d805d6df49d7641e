import { createHash } from 'node:crypto';
import { httpUrl } from '../../feeds/fetch.js';
import type { Translate } from '../../i18n/index.js';
import type { FeedPoll, StoredFeed } from '../../store/store.js';
import { defineCommandGroup, subcommand } from '../command.js';
import type { BotContext } from '../context.js';
import type { Interaction } from '../interaction.js';
import { CHOICES } from '../limits.js';
import { echo, slashSubcommand } from '../messages.js';
import { UserError } from '../user-error.js';

/**
 * Feeds one server may add. Each is fetched every FEED_POLL_SECONDS and its articles go to the summary
 * channels of every server, so one server must not be able to flood the others (or the bot's network).
 */
export const FEEDS_PER_SERVER = 20;

/** A feed as /feeds names it: its title in bold when it has one, then its address. */
const feedName = (url: string, title: string | null): string => `${title ? `**${echo(title)}** ` : ''}<${url}>`;

/** A Discord timestamp, shown relative (`5 minutes ago`) in the reader's own language. */
const relative = (ms: number): string => `<t:${Math.floor(ms / 1000)}:R>`;

/** A feed as an autocomplete value: its url, or a hash of it when the url is longer than Discord's 100-character values. */
const choiceValue = (url: string): string => (url.length <= 100 ? url : `feed:${createHash('sha256').update(url).digest('hex').slice(0, 16)}`);

/** The url as typed, made canonical (`new URL`), so one feed is one url however it was written; a `UserError` when it is not an http(s) URL. */
function feedUrl(t: Translate, value: string): string {
  try {
    return httpUrl(value.trim()).href;
  } catch (err) {
    throw new UserError(t('feeds.notAFeedUrl', { reason: echo((err as Error).message) }));
  }
}

/** The canonical url of `value`, or null when it is none (a hashed choice value). */
function canonical(value: string): string | null {
  try {
    return httpUrl(value.trim()).href;
  } catch {
    return null;
  }
}

/** The operator's feed (`FEED_URLS`) `url` names, as configured, if any. */
const configuredFeed = (context: BotContext, url: string | null): string | undefined => context.feeds.configured.find((c) => url !== null && canonical(c) === url);

/** The stored feed an option names (a chosen value or a typed url), if any. */
async function storedFeed(context: BotContext, value: string): Promise<StoredFeed | undefined> {
  const url = canonical(value);
  return (await context.store.feeds()).find((f) => f.url === url || choiceValue(f.url) === value.trim());
}

/** How a feed's last poll went, for /feeds list (a failed poll's error, or its failing items', stays in English, as the logs give it). */
function pollState(t: Translate, poll: FeedPoll | undefined): string {
  if (!poll) return t('feeds.notPolledYet');
  const when = relative(poll.polledAt);
  if (poll.status === 'failed') return t('feeds.polledFailed', { polls: t('feeds.polls', { count: poll.failures }), when, error: echo(poll.error ?? '') });
  const items = poll.items === null ? null : t('feeds.items', { count: poll.items });
  const result =
    items === null ? t('feeds.unchanged') : poll.status === 'not-modified' ? t('feeds.itemsUnchanged', { items }) : poll.added ? t('feeds.itemsAdded', { items, added: t('feeds.new', { count: poll.added }) }) : items;
  const state = t('feeds.polled', { when, result });
  // A feed that answers may still have items whose pages fail: named with their pages, in English as logged.
  return poll.error ? t('feeds.itemsFailing', { state, error: echo(poll.error) }) : state;
}

async function listFeeds(interaction: Interaction, context: BotContext): Promise<string> {
  const { t } = interaction;
  const [stored, polls] = await Promise.all([context.store.feeds(), context.store.feedPolls()]);
  const lastPoll = new Map(polls.map((p) => [p.url, p]));
  const storedUrls = new Set(stored.map((f) => f.url));
  const rows = [
    ...context.feeds.configured.filter((url) => !storedUrls.has(canonical(url) ?? url)).map((url) => ({ url, title: null, who: t('feeds.byOperator') })),
    ...stored.map((f) => ({ url: f.url, title: f.title, who: t(f.guildId === interaction.guildId ? 'feeds.byThisServer' : 'feeds.byAnotherServer') })),
  ];
  if (!rows.length) return t('feeds.none', { add: slashSubcommand(t, 'feeds', 'add') });
  const failing = rows.filter((r) => lastPoll.get(r.url)?.status === 'failed');
  // Failing feeds first: they are what an admin opens the list for.
  const ordered = [...failing, ...rows.filter((r) => !failing.includes(r))];
  const feeds = t('feeds.feedCount', { count: rows.length });
  const heading = failing.length ? t('feeds.headingFailing', { feeds, failing: t('feeds.failing', { count: failing.length }) }) : t('feeds.heading', { feeds });
  return [heading, ...ordered.map((r) => t('feeds.line', { feed: feedName(r.url, r.title), who: r.who, state: pollState(t, lastPoll.get(r.url)) }))].join('\n');
}

/**
 * `/feeds add|remove|list`: the feeds servers add at run time, beside the operator's `FEED_URLS` (the
 * reader is src/feeds/reader.ts; the polling process takes changes up through `context.feeds.changed`).
 * Feeds are global to the bot (one content index, the same summaries posted everywhere), so the list
 * says which server added each. Only the server that added a feed may remove it (a member with Manage
 * Server there): one server must not take away what another chose to follow. The operator's `FEED_URLS`
 * are configuration, removed only by the operator.
 */
export const feeds = defineCommandGroup({
  name: 'feeds',
  needs: { permission: 'ManageGuild', defer: { private: true } },
  subcommands: {
    add: subcommand({
      options: { url: { type: 'string', required: true } },
      async execute(interaction, context, options) {
        const { t } = interaction;
        const url = feedUrl(t, options.url);
        const configured = configuredFeed(context, url);
        if (configured) throw new UserError(t('feeds.configured', { url: configured }));
        const stored = await context.store.feeds();
        const existing = stored.find((f) => f.url === url);
        if (existing) throw new UserError(t(existing.guildId === interaction.guildId ? 'feeds.alreadyHere' : 'feeds.alreadyElsewhere', { url }));
        if (stored.filter((f) => f.guildId === interaction.guildId).length >= FEEDS_PER_SERVER) {
          throw new UserError(t('feeds.tooMany', { count: FEEDS_PER_SERVER, remove: slashSubcommand(t, 'feeds', 'remove') }));
        }
        let read: { title: string | null; items: number };
        try {
          read = await context.feeds.check(url);
        } catch (err) {
          throw new UserError(t('feeds.unreadable', { url, reason: echo((err as Error).message) }));
        }
        if (!(await context.store.addFeed({ url, guildId: interaction.guildId!, title: read.title }, Date.now()))) throw new UserError(t('feeds.alreadyElsewhere', { url }));
        await context.feeds.changed();
        const content = [
          t('feeds.added', { feed: feedName(url, read.title), items: t('feeds.items', { count: read.items }) }),
          t('feeds.backfill', { count: context.feeds.backfill }),
          t('feeds.shared'),
        ].join('\n');
        await interaction.reply({ content, private: true });
      },
    }),
    remove: subcommand({
      options: { url: { type: 'string', required: true, autocomplete: true } },
      async autocomplete(interaction, context, focused) {
        const typed = focused.value.trim().toLowerCase();
        const own = (await context.store.feeds(interaction.guildId ?? undefined)).filter((f) => `${f.title ?? ''} ${f.url}`.toLowerCase().includes(typed));
        await interaction.respond(own.slice(0, CHOICES).map((f) => ({ name: f.title ? `${f.title} — ${f.url}` : f.url, value: choiceValue(f.url) })));
      },
      async execute(interaction, context, options) {
        const { t } = interaction;
        const unknown = (value: string) => new UserError(t('feeds.unknown', { value: echo(value), list: slashSubcommand(t, 'feeds', 'list') }));
        const feed = await storedFeed(context, options.url);
        if (!feed) {
          const configured = configuredFeed(context, canonical(options.url));
          throw configured ? new UserError(t('feeds.configured', { url: configured })) : unknown(options.url.trim());
        }
        if (feed.guildId !== interaction.guildId) throw new UserError(t('feeds.addedElsewhere', { url: feed.url }));
        if (!(await context.store.removeFeed(feed.guildId, feed.url))) throw unknown(feed.url);
        await context.feeds.changed();
        await interaction.reply({ content: t('feeds.removed', { url: feed.url }), private: true });
      },
    }),
    list: subcommand({
      async execute(interaction, context) {
        await interaction.reply({ content: await listFeeds(interaction, context), private: true });
      },
    }),
  },
});
