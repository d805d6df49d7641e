import { createHash } from 'node:crypto';
import { httpUrl } from '../../feeds/fetch.js';
import type { FeedPoll, StoredFeed } from '../../store/store.js';
import { defineCommandGroup, subcommand } from '../command.js';
import type { BotContext } from '../context.js';
import type { Interaction } from '../interaction.js';
import { CHOICES } from '../limits.js';
import { echo } from '../messages.js';
import { UserError } from '../user-error.js';

/**
 * Feeds one server may add. Each is fetched every FEED_POLL_SECONDS and its articles go to the summary
 * channels of every server, so one server must not be able to flood the others (or the bot's network).
 */
export const FEEDS_PER_SERVER = 20;

/** Every user-facing sentence of /feeds, in one place. */
const TEXT = {
  description: 'The RSS, Atom and JSON feeds I read articles from (shared by every server I am in)',
  addDescription: 'Read a feed: its new items are answered from and posted to the summary channels of every server',
  removeDescription: 'Stop reading a feed this server added',
  listDescription: 'Every feed I read, which server added it, and how its last poll went',
  urlOption: 'The feed’s address (http or https)',
  removeOption: 'A feed this server added',
  notAFeedUrl: (reason: string) => `That is not a feed address I can read: ${echo(reason)}.`,
  configured: (url: string) => `<${url}> is set in FEED_URLS by the bot’s operator: I already read it, and only the operator can remove it.`,
  alreadyHere: (url: string) => `This server already added <${url}>.`,
  alreadyElsewhere: (url: string) => `Another server already added <${url}>: I read it for every server, so it reaches yours too.`,
  tooMany: (max: number) => `This server already added ${max} feeds, the most one server may: remove one first with \`/feeds remove\`.`,
  unreadable: (url: string, reason: string) => `I could not read <${url}> as a feed: ${echo(reason)}. Nothing was added.`,
  added: (url: string, title: string | null, items: number, backfill: number) =>
    [
      `Added ${title ? `**${echo(title)}** ` : ''}<${url}>: ${items} item${items === 1 ? '' : 's'} now.`,
      `On its first poll the newest ${backfill} ${backfill === 1 ? 'item is' : 'items are'} posted to the summary channels and the rest only recorded; every later item is posted once.`,
      'Feeds are shared by every server I am in: its articles answer questions everywhere. Only this server can remove it.',
    ].join('\n'),
  unknown: (value: string) => `I do not read a feed at “${echo(value)}”. Use \`/feeds list\` to see the feeds.`,
  addedElsewhere: (url: string) => `<${url}> was added by another server: only that server can remove it.`,
  removed: (url: string) => `Removed <${url}>: I no longer read it, and its articles no longer answer questions. Summaries already posted stay.`,
  noFeeds: 'I read no feed. Use `/feeds add` to add one.',
  heading: (feeds: number, failing: number) => `I read ${feeds} feed${feeds === 1 ? '' : 's'}${failing ? `; ⚠️ ${failing} failing` : ''}:`,
  byOperator: 'set by the operator (FEED_URLS)',
  byThisServer: 'added by this server',
  byAnotherServer: 'added by another server',
  notPolledYet: 'not polled yet',
  polledOk: (at: number, items: number | null, added: number, unchanged: boolean) =>
    `last poll <t:${Math.floor(at / 1000)}:R>: ${items === null ? 'unchanged' : `${items} item${items === 1 ? '' : 's'}${unchanged ? ', unchanged' : added ? `, ${added} new` : ''}`}`,
  polledFailed: (at: number, error: string, failures: number) =>
    `⚠️ failing (${failures} poll${failures === 1 ? '' : 's'} in a row, last <t:${Math.floor(at / 1000)}:R>): ${echo(error)}`,
} as const;

/** A feed as an autocomplete value: its url, or a hash of it when the url is longer than Discord's 100-character values. */
const choiceValue = (url: string): string => (url.length <= 100 ? url : `feed:${createHash('sha256').update(url).digest('hex').slice(0, 16)}`);

/** The url as typed, made canonical (`new URL`), so one feed is one url however it was written; a `UserError` when it is not an http(s) URL. */
function feedUrl(value: string): string {
  try {
    return httpUrl(value.trim()).href;
  } catch (err) {
    throw new UserError(TEXT.notAFeedUrl((err as Error).message));
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

/** One line of /feeds list. */
function listLine(url: string, title: string | null, who: string, poll: FeedPoll | undefined): string {
  const state = !poll ? TEXT.notPolledYet : poll.status === 'failed' ? TEXT.polledFailed(poll.polledAt, poll.error ?? '', poll.failures) : TEXT.polledOk(poll.polledAt, poll.items, poll.added, poll.status === 'not-modified');
  return `• ${title ? `**${echo(title)}** ` : ''}<${url}> — ${who}; ${state}`;
}

async function listFeeds(interaction: Interaction, context: BotContext): Promise<string> {
  const [stored, polls] = await Promise.all([context.store.feeds(), context.store.feedPolls()]);
  const lastPoll = new Map(polls.map((p) => [p.url, p]));
  const storedUrls = new Set(stored.map((f) => f.url));
  const rows = [
    ...context.feeds.configured.filter((url) => !storedUrls.has(canonical(url) ?? url)).map((url) => ({ url, title: null, who: TEXT.byOperator })),
    ...stored.map((f) => ({ url: f.url, title: f.title, who: f.guildId === interaction.guildId ? TEXT.byThisServer : TEXT.byAnotherServer })),
  ];
  if (!rows.length) return TEXT.noFeeds;
  const failing = rows.filter((r) => lastPoll.get(r.url)?.status === 'failed');
  // Failing feeds first: they are what an admin opens the list for.
  const ordered = [...failing, ...rows.filter((r) => !failing.includes(r))];
  return [TEXT.heading(rows.length, failing.length), ...ordered.map((r) => listLine(r.url, r.title, r.who, lastPoll.get(r.url)))].join('\n');
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
  description: TEXT.description,
  needs: { permission: 'ManageGuild', defer: { private: true } },
  subcommands: {
    add: subcommand({
      description: TEXT.addDescription,
      options: { url: { type: 'string', description: TEXT.urlOption, required: true } },
      async execute(interaction, context, options) {
        const url = feedUrl(options.url);
        const configured = configuredFeed(context, url);
        if (configured) throw new UserError(TEXT.configured(configured));
        const stored = await context.store.feeds();
        const existing = stored.find((f) => f.url === url);
        if (existing) throw new UserError(existing.guildId === interaction.guildId ? TEXT.alreadyHere(url) : TEXT.alreadyElsewhere(url));
        if (stored.filter((f) => f.guildId === interaction.guildId).length >= FEEDS_PER_SERVER) throw new UserError(TEXT.tooMany(FEEDS_PER_SERVER));
        let read: { title: string | null; items: number };
        try {
          read = await context.feeds.check(url);
        } catch (err) {
          throw new UserError(TEXT.unreadable(url, (err as Error).message));
        }
        if (!(await context.store.addFeed({ url, guildId: interaction.guildId!, title: read.title }, Date.now()))) throw new UserError(TEXT.alreadyElsewhere(url));
        await context.feeds.changed();
        await interaction.reply({ content: TEXT.added(url, read.title, read.items, context.feeds.backfill), private: true });
      },
    }),
    remove: subcommand({
      description: TEXT.removeDescription,
      options: { url: { type: 'string', description: TEXT.removeOption, required: true, autocomplete: true } },
      async autocomplete(interaction, context, focused) {
        const typed = focused.value.trim().toLowerCase();
        const own = (await context.store.feeds(interaction.guildId ?? undefined)).filter((f) => `${f.title ?? ''} ${f.url}`.toLowerCase().includes(typed));
        await interaction.respond(own.slice(0, CHOICES).map((f) => ({ name: f.title ? `${f.title} — ${f.url}` : f.url, value: choiceValue(f.url) })));
      },
      async execute(interaction, context, options) {
        const feed = await storedFeed(context, options.url);
        if (!feed) {
          const configured = configuredFeed(context, canonical(options.url));
          throw new UserError(configured ? TEXT.configured(configured) : TEXT.unknown(options.url.trim()));
        }
        if (feed.guildId !== interaction.guildId) throw new UserError(TEXT.addedElsewhere(feed.url));
        if (!(await context.store.removeFeed(feed.guildId, feed.url))) throw new UserError(TEXT.unknown(feed.url));
        await context.feeds.changed();
        await interaction.reply({ content: TEXT.removed(feed.url), private: true });
      },
    }),
    list: subcommand({
      description: TEXT.listDescription,
      async execute(interaction, context) {
        await interaction.reply({ content: await listFeeds(interaction, context), private: true });
      },
    }),
  },
});
