/** Delivery state of one article in one channel. */
export type PostStatus =
  /** Waiting to be sent (new, or a retry after a failure). */
  | 'pending'
  /** Discord accepted the message. */
  | 'delivered'
  /** Gave up after the last attempt; `error` says why. */
  | 'failed'
  /** Existed before the channel was set up and is deliberately not posted (see backfill). */
  | 'seen';

export interface PostRecord {
  articleId: string;
  channelId: string;
  messageId: string | null;
  contentHash: string;
  status: PostStatus;
  attempts: number;
  error: string | null;
  /** Epoch ms after which a pending post may be tried again. */
  nextAttemptAt: number;
  updatedAt: number;
}

export interface Subscription {
  guildId: string;
  channelId: string;
  createdAt: number;
}

/** One question asked in Discord, as the feedback log keeps it. */
export interface QuestionRecord {
  id: string;
  /** The text, or null for a private question when private questions are not logged. */
  text: string | null;
  private: boolean;
  guildId: string | null;
  /** Salted hash of the asker's id; the raw id is never stored. */
  userHash: string;
  askedAt: number;
  outcome: 'answered' | 'abstained';
  /** The FAQ entry or paragraph id that answered, if any. */
  entryId: string | null;
  /** The FAQ question (or article title) shown as the answer's title. */
  entryTitle: string | null;
  confidence: number;
}

/** A question with its votes, for reports. */
export interface QuestionWithVotes extends QuestionRecord {
  helpful: number;
  notHelpful: number;
}

/** Review state of a phrasing learned from members. */
export type AlternateStatus = 'pending' | 'approved' | 'rejected';

/** A question members asked that an FAQ entry answered to their satisfaction: a candidate alternate phrasing of it. */
export interface LearnedAlternate {
  id: number;
  /** The FAQ entry id, e.g. `article-id#faq-2`. */
  entry: string;
  /** The question as the caller normalised it. */
  question: string;
  /** How many distinct members (user hashes) confirmed it. */
  members: number;
  status: AlternateStatus;
  firstSeen: Date;
  lastSeen: Date;
}

/** A channel whose new posts (forum) or messages (text) the bot answers by itself. */
export interface AutoAnswerChannel {
  guildId: string;
  channelId: string;
  /** Minimum confidence (0–1) for an unprompted answer; null: the default (auto-answer.ts). */
  threshold: number | null;
  createdAt: number;
}

/** What became of one forum post or message the bot considered answering by itself. */
export type AutoAnswerOutcome =
  /** Claimed by a process that has not finished (or died while answering: never retried, never doubled). */
  | 'claimed'
  /** The bot posted its answer (`messageId`). */
  | 'answered'
  /** Confidence below the channel's threshold, or the channel's per-minute cap reached: left alone. */
  | 'skipped';

/** One forum post (thread) or top-level message in an auto-answer channel, claimed before answering. */
export interface AutoAnswerRecord {
  /** The forum thread's id, or the text channel message's id. */
  targetId: string;
  /** The forum or text channel. */
  channelId: string;
  /** The thread the answer went to (the forum post itself, or the thread opened on the message). */
  threadId: string | null;
  /** Salted hash of the post's author, who may mark it solved. */
  authorHash: string;
  outcome: AutoAnswerOutcome;
  /** The bot's answer message. */
  messageId: string | null;
  /** When the author marked it solved, else null. */
  solvedAt: number | null;
  claimedAt: number;
}

/** A feed a server added with `/feeds add`; feeds are global to the bot, `guildId` says which server added it. */
export interface StoredFeed {
  url: string;
  guildId: string;
  /** The feed's own title when it was added, if it has one. */
  title: string | null;
  createdAt: number;
}

/** The last poll of one feed (configured or added), recorded by the process that polls. */
export interface FeedPoll {
  url: string;
  polledAt: number;
  /** `not-modified`: the feed answered 304 to the last validators. */
  status: 'ok' | 'not-modified' | 'failed';
  /** Items the feed held when it was last read; null when it never was. Recording a poll that read nothing (304, failure) with null keeps the count. */
  items: number | null;
  /** Articles that poll added. */
  added: number;
  /** Why it failed; for a poll that did not, which of its items cannot be read, with their pages; null when nothing failed. */
  error: string | null;
  /** Failed polls in a row (0 once it answers again). */
  failures: number;
}

/**
 * The bot's persistent state: where summaries go, what was posted where, what members asked and which
 * phrasings they taught. One implementation (SqlStore in sql-store.ts) serves SQLite, the embedded
 * default, and PostgreSQL, shared by several processes; open it with openStore (open.ts).
 */
export interface Store {
  /** Whether several processes share this store (and so must take turns posting). */
  readonly shared: boolean;
  /**
   * Whether this process is the one that posts summaries now, taking the role if it is free. A shared
   * store hands it to one process at a time and to another within seconds of the holder dying.
   */
  leader(): Promise<boolean>;

  subscribe(guildId: string, channelId: string): Promise<boolean>;
  unsubscribe(guildId: string, channelId: string): Promise<boolean>;
  subscriptions(guildId?: string): Promise<Subscription[]>;

  /** Forgets a channel that no longer gets summaries: a later subscription starts as a first run, and
   * posts still pending for it are recorded as seen. */
  resetChannel(channelId: string, now: number): Promise<void>;
  /** Whether the channel has had its first-run backfill. */
  channelReady(channelId: string): Promise<boolean>;
  /** Marks the channel set up, recording `seen` for articles it must not receive and `pending` for the rest. */
  setUpChannel(channelId: string, posts: { articleId: string; contentHash: string; status: 'pending' | 'seen' }[], now: number): Promise<void>;

  post(articleId: string, channelId: string): Promise<PostRecord | null>;
  /** Adds a pending post unless the pair already has one; returns whether it was added. */
  addPending(articleId: string, channelId: string, contentHash: string, now: number): Promise<boolean>;
  /**
   * Moves the ledger rows of article `from` to article `to` (the ledger's name for an article changed), in
   * every channel where `to` has no row yet; returns how many rows moved.
   */
  renamePosts(from: string, to: string): Promise<number>;
  /** Pending posts due at `now`, oldest first. */
  duePosts(now: number, limit: number): Promise<PostRecord[]>;
  /** Posts in a channel (for tests, reports and edits). */
  postsIn(channelId: string): Promise<PostRecord[]>;
  /**
   * Claims a pending post before sending it (claim, send, then confirm with markDelivered or
   * markAttemptFailed). A claim older than `staleMs` is an attempt whose sender died, and may be retaken.
   */
  claim(articleId: string, channelId: string, now: number, staleMs: number): Promise<boolean>;
  markDelivered(articleId: string, channelId: string, messageId: string, contentHash: string, now: number): Promise<void>;
  markAttemptFailed(articleId: string, channelId: string, error: string, next: { status: 'pending' | 'failed'; at: number }, now: number): Promise<void>;
  /** Records the content hash of an article whose post was edited or deliberately left as is. */
  setHash(articleId: string, channelId: string, contentHash: string, now: number): Promise<void>;

  recordQuestion(question: QuestionRecord): Promise<void>;
  question(id: string): Promise<QuestionRecord | null>;
  /** One vote per user per question: a second vote replaces the first. */
  vote(questionId: string, userHash: string, helpful: boolean, now: number): Promise<void>;
  /** Questions asked at or after `since` (optionally in one guild), with their vote counts, oldest first. */
  questionsSince(since: number, guildId?: string): Promise<QuestionWithVotes[]>;
  /** Deletes questions and votes older than `before`; returns how many questions went. */
  pruneQuestions(before: number): Promise<number>;

  /**
   * Records that a member confirmed `question` (already normalised) as a way of asking FAQ entry `entry`.
   * The same (entry, question) from several members counts each user hash once; a candidate already
   * approved or rejected keeps its status.
   */
  recordAlternate(entry: string, question: string, userHash: string, at: Date): Promise<void>;
  /**
   * Learned alternates, most confirmed first (then most recently seen). `status` filters; `limit` and
   * `offset` (whole numbers, 0 or more; default all, from the first) page. Throws RangeError on a bad page.
   */
  alternates(filter: { status?: AlternateStatus; limit?: number; offset?: number }): Promise<LearnedAlternate[]>;
  /** Approves or rejects a learned alternate; false when there is no such id. */
  setAlternateStatus(id: number, status: 'approved' | 'rejected'): Promise<boolean>;

  /** Adds a channel to a guild's auto-answer channels, or changes its threshold; returns whether it was new. */
  addAutoAnswerChannel(guildId: string, channelId: string, threshold: number | null, now: number): Promise<boolean>;
  removeAutoAnswerChannel(guildId: string, channelId: string): Promise<boolean>;
  /** A guild's auto-answer channels (every guild's without `guildId`), oldest first. */
  autoAnswerChannels(guildId?: string): Promise<AutoAnswerChannel[]>;
  /**
   * Claims a forum post or message for answering: true for the one caller, in any process, that gets it
   * first; false ever after (a second delivery of the event, a restart, another process).
   */
  claimAutoAnswer(claim: { targetId: string; channelId: string; authorHash: string }, now: number): Promise<boolean>;
  /** Records what became of a claimed post. */
  finishAutoAnswer(targetId: string, result: { outcome: 'answered' | 'skipped'; threadId?: string | null; messageId?: string | null }): Promise<void>;
  autoAnswer(targetId: string): Promise<AutoAnswerRecord | null>;
  /** Marks an answered post solved; false when it already was (or is unknown). */
  markSolved(targetId: string, now: number): Promise<boolean>;

  /** Adds a feed for the whole bot, noting which server added it; false (and nothing changed) when the url is already stored. */
  addFeed(feed: { url: string; guildId: string; title: string | null }, now: number): Promise<boolean>;
  /** Removes a feed added by `guildId`, with its last poll; false when that server added no such feed. */
  removeFeed(guildId: string, url: string): Promise<boolean>;
  /** Feeds added with `/feeds add` (one server's with `guildId`), oldest first. */
  feeds(guildId?: string): Promise<StoredFeed[]>;
  /** Records a feed's latest poll, replacing the one before (`items` null keeps the count of the last read). */
  recordFeedPoll(poll: FeedPoll): Promise<void>;
  /** The latest poll of every feed polled so far, by url. */
  feedPolls(): Promise<FeedPoll[]>;

  /** The secret salt for hashing user ids, created on first use and shared by every process on this store. */
  userHashSalt(candidate: string): Promise<string>;

  close(): Promise<void>;
}
