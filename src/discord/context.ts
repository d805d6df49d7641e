import type { Logger } from '../log.js';
import type { SearchIndex } from '../search/engine.js';
import type { Store } from '../store/store.js';
import type { Cooldown } from './cooldown.js';
import type { AutoAnswerSetup } from './auto-answer.js';
import type { ChannelPoster, ThreadApi } from './interaction.js';
import type { SummaryPublisher } from '../summaries/publisher.js';

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
  /** Feeds whose last poll failed, with the reason, for /help; absent or empty when every feed answers. */
  failingFeeds?(): { url: string; reason: string }[];
  /** Rebuilds the index from the content and the approved learned phrasings and swaps it in (after an approval); never rejects. */
  reindex(): Promise<void>;
}
