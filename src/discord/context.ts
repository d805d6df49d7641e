import type { Logger } from '../log.js';
import type { SearchIndex } from '../search/engine.js';
import type { Store } from '../store/store.js';
import type { Cooldown } from './cooldown.js';
import type { AutoAnswerSetup } from './auto-answer.js';
import type { ChannelPoster, ThreadApi } from './interaction.js';
import type { SummaryPublisher } from '../summaries/publisher.js';

/** The bot's feeds as /feeds manages them (app.ts); the feeds servers add are in the store. */
export interface FeedsSetup {
  /** The operator's feeds (`FEED_URLS`): listed by /feeds, never removed by it. */
  configured: readonly string[];
  /** Items a new feed's first poll posts (`SUMMARY_BACKFILL`); the older ones are indexed too, but recorded as already posted. */
  backfill: number;
  /**
   * Reads a feed once, as /feeds add checks it, with the reader's own address checks (`FEED_ALLOW_PRIVATE`),
   * timeout and size cap; rejects with the reason.
   */
  check(url: string): Promise<{ title: string | null; items: number }>;
  /** After /feeds add or remove: the polling process takes up the stored feeds now when it is this one, else within `FEED_SYNC_MS`. */
  changed(): Promise<void>;
  /** The feeds read now whose last poll failed, with the reason, for /help in any process (the polling one records each poll in the store); never rejects. */
  failing(): Promise<{ url: string; reason: string }[]>;
}

/** What handlers need from the running bot, the same under every transport. */
export interface BotContext {
  /** The current index (content may be reloaded while the bot runs). */
  index(): SearchIndex;
  log: Logger;
  cooldown: Cooldown;
  poster: ChannelPoster;
  threads: ThreadApi;
  /** Auto-answer channels and what this process reads of new posts (auto-answer.ts). */
  autoAnswer: AutoAnswerSetup;
  store: Store;
  publisher: SummaryPublisher;
  hashUser(userId: string): string;
  settings: {
    /** Store and log the text of `/ask private:true` questions (`LOG_PRIVATE_QUESTIONS`). */
    logPrivateQuestions: boolean;
    /** Questions and votes older than this are deleted, and their feedback buttons close. */
    retentionDays: number;
    /** Approve a learned phrasing once this many distinct members confirmed it (`LEARN_AUTO_APPROVE`); null: admins review every one. */
    learnAutoApprove: number | null;
  };
  feeds: FeedsSetup;
  /** Rebuilds the index from the content and the approved learned phrasings and swaps it in (after an approval); never rejects. */
  reindex(): Promise<void>;
}
