import { createHash } from 'node:crypto';
import { articleKey } from '../content/article.js';
import { byNewest } from '../content/order.js';
import type { Article } from '../content/types.js';
import type { SearchIndex } from '../search/engine.js';
import { summarize } from '../search/summarize.js';
import type { Store } from '../store/store.js';
import type { ChannelPoster } from '../discord/interaction.js';
import { summaryEmbed, summaryMessage } from '../discord/messages.js';
import { describeError, type Logger } from '../log.js';
import { serialized } from '../serial.js';

export interface PublisherOptions {
  /** The operator's channels (`SUMMARY_CHANNEL_IDS`), on top of each guild's subscriptions. */
  channels: string[];
  /** How many of the newest articles a channel gets when it is first set up (`SUMMARY_BACKFILL`). */
  backfill: number;
  /** Whether an edited article edits its posted message (`SUMMARY_UPDATE=edit`) or is left alone. */
  update: 'edit' | 'ignore';
  /** Attempts before a delivery is marked failed. */
  maxAttempts: number;
  /** First retry delay; each later one doubles (`SUMMARY_RETRY_SECONDS`). */
  retryBaseMs: number;
  /** False in a process that leaves posting to another (shards other than 0): sync() does nothing. */
  posting: boolean;
  /** Check back this often for work other processes queued (a subscription made on another shard). */
  pollMs?: number;
  /**
   * Articles a channel already set up records as posted instead of posting them: a new feed's items past
   * its newest `SUMMARY_BACKFILL` (`FeedReader.isQuiet`). Default none.
   */
  quiet?: (article: Article) => boolean;
}

/**
 * The hash of what a post shows (its card; the button is the same on every post): when it changes, the
 * article was edited in a way readers would see. Custom ids are left out, so a change in how buttons
 * name articles never counts as an edit of every article.
 */
const hashOf = (article: Article, summary: string): string =>
  createHash('sha256').update(JSON.stringify(summaryEmbed(article, summary))).digest('hex');

/** How often a process that shares the store checks for work another process queued, or for the poster role. */
const SHARED_POLL_MS = 2000;
/** A claim this old belongs to a sender that died mid-post; Discord's nonce makes the retry safe. */
const CLAIM_STALE_MS = 5_000;

/**
 * The ledger's name for an article: its identity across renames of its file (`Article.key`: pinned id, else
 * url, else title hash), else, for an article built in code, its id.
 */
const ledgerKey = (article: Article): string => article.key ?? article.id;

/** Discord keeps message nonces for a few minutes; one per (article, channel) makes a resend return the first post. */
const nonceOf = (key: string, channelId: string): string =>
  createHash('sha256').update(`${key}\n${channelId}`).digest('base64url').slice(0, 25);

/**
 * Posts each article's summary to every summary channel exactly once.
 *
 * The ledger in the store is the truth: a post is pending until Discord accepts it, then delivered, so a
 * restart resumes where it stopped and never posts twice. A channel that is gone or forbidden is retried
 * with backoff and then marked failed, without holding up the other channels. Runs never overlap. With
 * a shared store, only the leader posts, each post is claimed before it is sent, and every process
 * checks back every 2 s.
 */
export class SummaryPublisher {
  private timer: NodeJS.Timeout | null = null;
  private timerAt = 0;
  private stopped = false;
  /** Ledger names already checked for rows from before the ledger was keyed by `Article.key` (see adoptFormerRows). */
  private readonly adopted = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly poster: ChannelPoster,
    private readonly index: () => SearchIndex,
    private readonly log: Logger,
    private readonly options: PublisherOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Brings every channel up to date with the current articles; resolves when this run is done. */
  sync(): Promise<void> {
    return this.options.posting ? this.serialSync() : Promise.resolve();
  }

  private readonly serialSync = serialized(async () => {
    if (this.stopped) return;
    try {
      if (!(await this.store.leader())) {
        this.schedule(SHARED_POLL_MS);
        return;
      }
      await this.run();
      const poll = this.store.shared ? SHARED_POLL_MS : this.options.pollMs;
      if (poll) this.schedule(poll);
    } catch (err) {
      this.log.error({ err: describeError(err) }, 'summary posting failed; will retry');
      this.schedule(this.options.retryBaseMs);
    }
  });

  /**
   * Stops posting: no new run starts, and a run in progress stops after the post it is sending, which is
   * finished and recorded. Resolves once that run is over.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    // A run in progress folds this call into its end; otherwise it is a run that returns at once.
    if (this.options.posting) await this.serialSync();
  }

  /**
   * After `/unsubscribe`: unless the operator's settings still name the channel, it is forgotten, so a
   * later subscription starts with the first-run backfill instead of every article published meanwhile.
   */
  async forget(channelId: string): Promise<void> {
    if (this.options.channels.includes(channelId)) return;
    await this.store.resetChannel(channelId, this.now());
  }

  /** Every channel that gets summaries: the operator's and the guilds' subscriptions. */
  async channels(): Promise<string[]> {
    const subscribed = (await this.store.subscriptions()).map((s) => s.channelId);
    return [...new Set([...this.options.channels, ...subscribed])];
  }

  private async run(): Promise<void> {
    const articles = [...this.index().articles].sort(byNewest);
    const current = new Map(articles.map((a) => [ledgerKey(a), { article: a, hash: hashOf(a, summarize(a)) }]));
    await this.adoptFormerRows(articles);
    const now = this.now();
    const channels = await this.channels();
    for (const channelId of channels) {
      if (!(await this.store.channelReady(channelId))) {
        // First run for this channel: the newest few are posted, the back catalogue only recorded.
        const posts = articles.map((a, i) => ({ articleId: ledgerKey(a), contentHash: current.get(ledgerKey(a))!.hash, status: i < this.options.backfill ? ('pending' as const) : ('seen' as const) }));
        await this.store.setUpChannel(channelId, posts, now);
        this.log.info({ channel: channelId, backfill: Math.min(this.options.backfill, articles.length), seen: Math.max(0, articles.length - this.options.backfill) }, 'summary channel set up');
        continue;
      }
      const quiet = [...current].filter(([, { article }]) => this.options.quiet?.(article));
      // Rows already there stay as they are: this records only the quiet articles the channel has never had.
      if (quiet.length) await this.store.setUpChannel(channelId, quiet.map(([key, { hash }]) => ({ articleId: key, contentHash: hash, status: 'seen' as const })), now);
      for (const [key, { article, hash }] of current) {
        if (await this.store.addPending(key, channelId, hash, now)) continue;
        await this.reconcileEdit(article, hash, channelId);
      }
    }
    await this.deliverDue(new Set(channels));
    this.log.debug({ channels: channels.length, articles: articles.length }, 'summaries up to date');
  }

  /**
   * Rows written before the ledger was keyed by `Article.key` name an article `id:<its id>` (the store's
   * migration), and rows of an article that had no key then (a page) its bare id; an article known by its
   * url or title takes them over, so what was posted is not posted again. So does an article whose editor
   * has since pinned an id (as check-content advises): the rows of its url or title move to the id.
   * Once per article and process.
   */
  private async adoptFormerRows(articles: readonly Article[]): Promise<void> {
    const current = new Set(articles.map(ledgerKey));
    for (const article of articles) {
      const key = ledgerKey(article);
      // A page (.html) had no key before it got one, so its rows were named by the bare id; a feed article
      // (keyless, named by its id) was named by its page's url or title when read back from its file.
      for (const former of [`id:${article.id}`, article.id, articleKey(undefined, article.url, article.title)]) {
        if (key === former || current.has(former) || this.adopted.has(former)) continue;
        const moved = await this.store.renamePosts(former, key);
        this.adopted.add(former);
        if (moved) this.log.info({ article: article.id, key, posts: moved }, 'summary ledger rows now follow the article across renames');
      }
    }
  }

  private async reconcileEdit(article: Article, hash: string, channelId: string): Promise<void> {
    const key = ledgerKey(article);
    const post = await this.store.post(key, channelId);
    if (!post || post.contentHash === hash || post.status !== 'delivered' || !post.messageId) return;
    if (this.options.update !== 'edit') {
      this.log.info({ article: article.id, channel: channelId }, 'article edited; its post is left as it is (SUMMARY_UPDATE=ignore)');
      await this.store.setHash(key, channelId, hash, this.now());
      return;
    }
    try {
      await this.poster.edit(channelId, post.messageId, summaryMessage(article, summarize(article)));
      await this.store.setHash(key, channelId, hash, this.now());
      this.log.info({ article: article.id, channel: channelId, message: post.messageId }, 'summary post edited');
    } catch (err) {
      this.log.warn({ article: article.id, channel: channelId, err: describeError(err) }, 'could not edit summary post');
    }
  }

  private async deliverDue(channels: Set<string>): Promise<void> {
    // Pass after pass until one handles nothing: a post claimed by another sender stays due but is not ours.
    for (let handled = -1; handled !== 0; ) {
      handled = 0;
      const byKey = new Map(this.index().articles.map((a) => [ledgerKey(a), a]));
      for (const post of await this.store.duePosts(this.now(), 50)) {
        if (this.stopped) return;
        if (!(await this.store.claim(post.articleId, post.channelId, this.now(), CLAIM_STALE_MS))) continue;
        handled++;
        if (!channels.has(post.channelId)) {
          await this.store.markAttemptFailed(post.articleId, post.channelId, 'no longer a summary channel', { status: 'failed', at: 0 }, this.now());
          continue;
        }
        const article = byKey.get(post.articleId);
        if (!article) {
          await this.store.markAttemptFailed(post.articleId, post.channelId, 'the article was removed before it could be posted', { status: 'failed', at: 0 }, this.now());
          continue;
        }
        const summary = summarize(article);
        try {
          const sent = await this.poster.send(post.channelId, summaryMessage(article, summary), nonceOf(post.articleId, post.channelId));
          await this.store.markDelivered(post.articleId, post.channelId, sent.id, hashOf(article, summary), this.now());
          this.log.info({ article: article.id, channel: post.channelId, message: sent.id }, 'summary posted');
        } catch (err) {
          await this.failed(post.articleId, post.channelId, post.attempts + 1, err);
        }
      }
    }
    const next = await this.store.duePosts(Number.MAX_SAFE_INTEGER, 1);
    if (next[0]) this.schedule(Math.max(0, next[0].nextAttemptAt - this.now()));
  }

  private async failed(articleId: string, channelId: string, attempts: number, err: unknown): Promise<void> {
    const { status, message } = err as { status?: number; message?: string };
    const reason = status === 403 ? 'forbidden: the bot may not post in this channel' : status === 404 ? 'channel not found' : `${status ?? 'network'}: ${message ?? String(err)}`;
    const final = attempts >= this.options.maxAttempts;
    const at = this.now() + this.options.retryBaseMs * 2 ** (attempts - 1);
    await this.store.markAttemptFailed(articleId, channelId, reason, final ? { status: 'failed', at: 0 } : { status: 'pending', at }, this.now());
    this.log.warn({ article: articleId, channel: channelId, attempts, final, reason }, final ? 'summary post failed for good' : 'summary post failed; will retry');
  }

  /** Runs a sync after `delayMs`, unless one is already due sooner. */
  private schedule(delayMs: number): void {
    if (this.stopped) return;
    const at = Date.now() + delayMs;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sync();
    }, delayMs);
    this.timer.unref();
  }
}
