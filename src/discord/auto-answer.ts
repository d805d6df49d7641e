import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { translatorFor, type Translate } from '../i18n/index.js';
import { describeError } from '../log.js';
import type { Store } from '../store/store.js';
import type { Answer } from '../search/types.js';
import { cut } from '../text.js';
import { askerLocales, noteQuestion } from './answering.js';
import type { BotContext } from './context.js';
import { Cooldown } from './cooldown.js';
import type { Interaction, Reply } from './interaction.js';
import { answerMessage } from './messages.js';
import { UserError } from './user-error.js';
import { questionToAnswer } from '../question.js';

/**
 * The confidence an unprompted answer needs by default, against /ask's 0.35 (the engine's abstention
 * threshold, src/search/engine.ts, which ANSWER_THRESHOLD changes: an answer below it is none, whatever a
 * channel's threshold). Confidence is the share of the question's weight the match covers:
 * 0.6 asks that most of the question, its distinctive words first, be covered. A member who types /ask
 * wants an answer and can judge a partial one; in a help channel nobody asked the bot, a wrong answer is
 * noise in front of everyone and a moderator must clean it up, so the bot answers only when it is fairly
 * sure and otherwise leaves the post to people (and to /faq-report). `/autoanswer add threshold:` changes it per channel.
 * Measured on HINT3 v2 (2,371 real queries to three support bots, 1,350 out of scope; `npx tsx
 * bench/threshold.ts`, with every training phrasing as an alternate): at 0.3 the bot answers 47.4% of
 * queries, 49.4% of them with the right entry, and 30.6% of out-of-scope ones; at 0.6, 26.5%, 56.5% right,
 * and 13.9% of out-of-scope ones. 0.7 is more precise still (59.7%) but answers a sixth fewer posts.
 */
export const AUTO_ANSWER_THRESHOLD = 0.6;

/** How long the list of auto-answer channels is trusted before the store is read again (other processes may change it). */
export const CHANNELS_REFRESH_MS = 30_000;

/** Custom-id prefix of the Solved button; the rest is the post's id (the forum thread, or the message). */
export const SOLVED = 'solved:';

/** A new forum post or top-level message in a channel, as the gateway delivered it. */
export interface NewPost {
  /** `forum`: a new post (thread) of a forum channel; `text`: a new top-level message of a text channel. */
  kind: 'forum' | 'text';
  /** The forum thread's id, or the message's id. */
  id: string;
  guildId: string;
  /** The forum or text channel. */
  channelId: string;
  /** The forum post's title; null for a message. */
  title: string | null;
  /** The message text: empty without the Message Content intent. */
  text: string;
  /** The server's preferred language (Discord's `preferred_locale`), which the answer is labelled in: nobody asked in a language of their own. */
  locale: string | null;
  author: { id: string; bot: boolean; webhook: boolean };
}

/**
 * The auto-answer channels: `AUTO_ANSWER_CHANNEL_IDS` plus every guild's `/autoanswer add`, read from the
 * store at most every CHANNELS_REFRESH_MS (at once after a change made in this process).
 */
export class AutoAnswerChannels {
  private loaded: Promise<Map<string, number | null>> | null = null;
  private loadedAt = 0;

  constructor(
    private readonly store: Store,
    /** AUTO_ANSWER_CHANNEL_IDS: the default threshold, in whichever guild they are. */
    readonly fromEnv: readonly string[],
    private readonly now: () => number = Date.now,
  ) {}

  /** Forgets the cached list: the next lookup reads the store. */
  invalidate(): void {
    this.loaded = null;
  }

  /** The channel's threshold (the default when it set none), or null when it is no auto-answer channel. */
  async threshold(channelId: string): Promise<number | null> {
    const channels = await this.all();
    return channels.has(channelId) ? (channels.get(channelId) ?? AUTO_ANSWER_THRESHOLD) : null;
  }

  /** Whether any channel is configured, in the environment or the store. */
  async any(): Promise<boolean> {
    return (await this.all()).size > 0;
  }

  private all(): Promise<Map<string, number | null>> {
    if (!this.loaded || this.now() - this.loadedAt > CHANNELS_REFRESH_MS) {
      this.loadedAt = this.now();
      this.loaded = this.store.autoAnswerChannels().then(
        (rows) => new Map<string, number | null>([...this.fromEnv.map((id) => [id, null] as const), ...rows.map((r) => [r.channelId, r.threshold] as const)]),
        (err: unknown) => {
          this.loaded = null;
          throw err;
        },
      );
    }
    return this.loaded;
  }
}

/** What auto-answer needs from the running process, beside the BotContext every handler gets. */
export interface AutoAnswerSetup {
  channels: AutoAnswerChannels;
  /**
   * What this process reads of new posts: `content` (the Message Content intent was requested: titles and
   * text), `titles` (not requested, since no channel was configured at start-up: forum posts by title
   * alone, no text channels), or `none` (no gateway connection: the HTTP endpoint).
   */
  reads: 'content' | 'titles' | 'none';
}

/** The answer posted in a post's thread, in `t`'s language: the /ask answer with its feedback buttons, plus Solved for the author. */
export function autoAnswerMessage(t: Translate, answer: Answer, asked: string, feedbackId: string, postId: string): Omit<Reply, 'private'> {
  const { private: _public, ...message } = answerMessage(t, answer, { asked, feedbackId });
  const solved: APIActionRowComponent<APIButtonComponent> = {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: t('autoAnswer.solved'), emoji: { name: '✅' }, custom_id: SOLVED + postId }],
  };
  return { ...message, components: [...(message.components ?? []), solved] };
}

/**
 * The most confident of the answers to the post's title with its text, its title alone and its text
 * alone. A forum post's title is usually the question itself, while its text adds greetings and context
 * whose words the articles never use, which count against confidence: "What is Mythos?" scores 1.0, the
 * same followed by "Can someone explain it to me?" 0.31.
 */
function bestAnswer(context: BotContext, post: NewPost): Answer {
  const asked = [[post.title, post.text].filter(Boolean).join('\n'), post.title ?? '', post.text].map(questionToAnswer).filter(Boolean);
  const answers = [...new Set(asked)].map((q) => context.index().answer(q, askerLocales({ locale: null, guildLocale: post.locale })));
  return answers.reduce((best, a) => ((a.answer !== null ? a.confidence : -1) > (best.answer !== null ? best.confidence : -1) ? a : best));
}

/** A thread's name from the question (`Question` in `t`'s language when it has no words): Discord allows 1–100 characters. */
export const threadName = (t: Translate, question: string): string => cut(question.replace(/\s+/g, ' ').trim(), 100) || t('autoAnswer.thread');

/** What became of a post of an auto-answer channel: `taken` means another delivery, process or run had claimed it. */
export type AutoAnswerResult = 'ignored' | 'taken' | 'skipped' | 'answered' | 'failed';

/**
 * Answers new posts in auto-answer channels, once: every post is claimed in the store before anything is
 * sent, so a second delivery of the event, a restart or another process sharing the store never answers
 * it again (a process that dies between the claim and the answer leaves that post unanswered rather than
 * risk answering it twice). Posts by bots and webhooks (the bot itself included) are ignored; edits never
 * arrive here. A confident answer goes in the post's thread (a forum post) or in a thread opened on the
 * message (a text channel), at most `perMinute` per channel per process; anything else is left alone and
 * recorded as unanswered for /faq-report. Discord's own rate limits are kept by discord.js's REST queue.
 */
export class AutoAnswerer {
  private readonly cap: Cooldown;

  constructor(
    private readonly context: BotContext,
    /** AUTO_ANSWER_PER_MINUTE. */
    perMinute: number,
  ) {
    this.cap = new Cooldown(perMinute, 60_000);
  }

  /**
   * Considers one new post; never throws (a failure is logged). Resolves to what became of it, which is
   * also logged (debug) for every post of an auto-answer channel.
   */
  async consider(post: NewPost): Promise<'not a channel' | AutoAnswerResult> {
    const result = await this.answer(post);
    if (result !== 'not a channel') this.context.log.debug({ event: 'auto-answer', channel: post.channelId, post: post.id, result }, 'auto-answer considered a post');
    return result;
  }

  private async answer(post: NewPost): Promise<'not a channel' | AutoAnswerResult> {
    const { context } = this;
    try {
      const threshold = await context.autoAnswer.channels.threshold(post.channelId);
      if (threshold === null) return 'not a channel';
      if (post.author.bot || post.author.webhook) return 'ignored';
      const question = questionToAnswer([post.title, post.text].filter(Boolean).join('\n'));
      if (!question) return 'ignored';
      const claimed = await context.store.claimAutoAnswer({ targetId: post.id, channelId: post.channelId, authorHash: context.hashUser(post.author.id) }, Date.now());
      if (!claimed) return 'taken';
      const confident = (a: Answer) => a.answer !== null && a.confidence >= threshold;
      let capped = false;
      const where = { id: post.id, guildId: post.guildId, channelId: post.channelId, userId: post.author.id };
      // Only a confident answer counts against the channel's cap; a capped one is recorded as unanswered.
      const { answer, id, recorded } = noteQuestion(where, context, question, () => bestAnswer(context, post), {
        answered: (a) => confident(a) && !(capped = this.cap.take(post.channelId) > 0),
      });
      await recorded;
      if (!confident(answer) || capped) {
        if (capped) context.log.warn({ channel: post.channelId, post: post.id }, 'auto-answer cap reached for this channel: post left unanswered');
        await context.store.finishAutoAnswer(post.id, { outcome: 'skipped' });
        return 'skipped';
      }
      const t = translatorFor(post.locale);
      const threadId = post.kind === 'forum' ? post.id : await context.threads.start(post.channelId, post.id, threadName(t, question));
      const sent = await context.poster.send(threadId, autoAnswerMessage(t, answer, question, id, post.id));
      await context.store.finishAutoAnswer(post.id, { outcome: 'answered', threadId, messageId: sent.id });
      context.log.info({ event: 'auto-answer', channel: post.channelId, post: post.id, thread: threadId, confidence: answer.confidence }, 'answered a new post');
      return 'answered';
    } catch (err) {
      context.log.warn({ channel: post.channelId, post: post.id, err: describeError(err) }, 'could not auto-answer a post');
      return 'failed';
    }
  }
}

/**
 * The Solved button: only the post's author may use it (others are told so, privately). Marks the post
 * solved in the store and applies its forum's "Solved" tag when the forum has one, else its tag named
 * "Solved" in the server's language ("Gelöst"); a tag Discord refuses (the bot lacks Manage Threads) is
 * logged, and the post stays marked solved.
 */
export async function markSolved(interaction: Interaction, context: BotContext, postId: string): Promise<void> {
  const record = await context.store.autoAnswer(postId);
  // 'claimed' too: a quick click can arrive before the answer's outcome is written.
  const { t } = interaction;
  if (!record || record.outcome === 'skipped') throw new UserError(t('autoAnswer.notTracked'));
  // The answer's thread is the post itself, or the thread started on the message, which takes its id.
  const threadId = record.threadId ?? postId;
  if (context.hashUser(interaction.userId) !== record.authorHash) throw new UserError(t('autoAnswer.onlyAuthor'));
  if (!(await context.store.markSolved(postId, Date.now()))) {
    await interaction.reply({ content: t('autoAnswer.alreadySolved'), private: true });
    return;
  }
  const tagNames = ['Solved', translatorFor(interaction.guildLocale)('autoAnswer.solved')];
  const tagged = await context.threads.applyTag(threadId, tagNames).catch((err: unknown) => {
    context.log.warn({ thread: threadId, err: describeError(err) }, 'could not apply the Solved tag');
    return null;
  });
  await interaction.reply({
    content: tagged ? t('autoAnswer.solvedTagged', { tag: tagged }) : t('autoAnswer.solvedDone'),
    private: true,
  });
}
