import type { PostRecord, PostStatus, QuestionRecord } from './store.js';

/** A `posts` row as both SQL stores return it. */
export interface PostRow {
  article_id: string;
  channel_id: string;
  message_id: string | null;
  content_hash: string;
  status: PostStatus;
  attempts: number;
  error: string | null;
  next_attempt_at: number;
  updated_at: number;
}

/** A `questions` row, with vote counts when joined; SQLite stores `private` as 0/1, PostgreSQL as a boolean. */
export interface QuestionRow {
  id: string;
  text: string | null;
  private: number | boolean;
  guild_id: string | null;
  user_hash: string;
  asked_at: number;
  outcome: 'answered' | 'abstained';
  entry_id: string | null;
  entry_title: string | null;
  confidence: number;
  helpful?: number;
  not_helpful?: number;
}

export const toPost = (r: PostRow): PostRecord => ({
  articleId: r.article_id,
  channelId: r.channel_id,
  messageId: r.message_id,
  contentHash: r.content_hash,
  status: r.status,
  attempts: r.attempts,
  error: r.error,
  nextAttemptAt: r.next_attempt_at,
  updatedAt: r.updated_at,
});

export const toQuestion = (r: QuestionRow): QuestionRecord => ({
  id: r.id,
  text: r.text,
  private: Boolean(r.private),
  guildId: r.guild_id,
  userHash: r.user_hash,
  askedAt: r.asked_at,
  outcome: r.outcome,
  entryId: r.entry_id,
  entryTitle: r.entry_title,
  confidence: r.confidence,
});
