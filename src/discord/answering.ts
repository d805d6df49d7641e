import { randomBytes } from 'node:crypto';
import { PRIVATE_QUESTION } from '../report/build.js';
import type { Answer, AnswerOptions } from '../search/types.js';
import type { BotContext } from './context.js';
import type { Interaction } from './interaction.js';
import { answerMessage } from './messages.js';

/** Where a question was asked, and by whom: an interaction, or a post the bot answered by itself. */
export interface AskedWhere {
  /** The interaction id, or for an unprompted answer the post's id (for the log line). */
  id: string;
  guildId: string | null;
  channelId: string | null;
  /** The asker's Discord id: only its salted hash is logged and stored. */
  userId: string;
}

interface Asked {
  /** The record's id, which the feedback buttons carry. */
  id: string;
  /** The question as stored and logged: null for a private question kept out of the store. */
  text: string | null;
  private: boolean;
  user: string;
  answer: Answer;
  /** Whether the asker got the answer: false also when an answer existed but was not posted (below an auto-answer threshold). */
  answered: boolean;
  latencyMs: number;
}

/** One structured log line per question. */
function logQuestion(where: AskedWhere, context: BotContext, asked: Asked): void {
  const { answer } = asked;
  context.log.info(
    {
      event: 'question',
      interaction: where.id,
      guild: where.guildId,
      channel: where.channelId,
      user: asked.user,
      question: asked.text ?? PRIVATE_QUESTION,
      kind: answer.kind,
      entry: answer.entry,
      confidence: answer.confidence,
      latencyMs: asked.latencyMs,
      outcome: asked.answered ? 'answered' : 'abstained',
    },
    'question',
  );
}

/** Stores the question for the editors' report; a store failure is logged, never thrown (the member still gets the answer). */
function recordQuestion(where: AskedWhere, context: BotContext, asked: Asked): Promise<void> {
  const { answer } = asked;
  return context.store
    .recordQuestion({
      id: asked.id,
      text: asked.text,
      private: asked.private,
      guildId: where.guildId,
      userHash: asked.user,
      askedAt: Date.now(),
      outcome: asked.answered ? 'answered' : 'abstained',
      entryId: answer.entry,
      // A paragraph answer is named by its place, so two paragraphs of one article stay apart in reports.
      entryTitle: answer.matched ?? (answer.source ? `${answer.source.title} · ¶${answer.source.paragraph}` : null),
      confidence: answer.confidence,
    })
    .catch((err: unknown) => {
      context.log.warn({ interaction: where.id, err: (err as Error).message }, 'could not record the question for the feedback report');
    });
}

/**
 * Answers `question` with `produce()`, logs one structured line and starts recording it for the editors'
 * report. Returns the answer, the record's id (what feedback buttons carry) and the recording, which
 * never rejects. `answered(answer)` says whether the asker gets it (default: the engine answered);
 * `privateQuestion` keeps the words out of the store and logs unless LOG_PRIVATE_QUESTIONS opts in.
 */
export function noteQuestion(
  where: AskedWhere,
  context: BotContext,
  question: string,
  produce: () => Answer,
  options: { privateQuestion?: boolean; answered?: (answer: Answer) => boolean } = {},
): { answer: Answer; id: string; recorded: Promise<void> } {
  const started = performance.now();
  const answer = produce();
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  const privateQuestion = options.privateQuestion ?? false;
  const asked: Asked = {
    id: randomBytes(9).toString('base64url'),
    text: privateQuestion && !context.settings.logPrivateQuestions ? null : question,
    private: privateQuestion,
    user: context.hashUser(where.userId),
    answer,
    answered: options.answered ? options.answered(answer) : answer.answer !== null,
    latencyMs,
  };
  logQuestion(where, context, asked);
  return { answer, id: asked.id, recorded: recordQuestion(where, context, asked) };
}

/**
 * Replies with `produce()`'s answer; logs one structured line and records the question for the editors'
 * report (its feedback buttons point at that record). Shared by /ask, /faq, "Did you mean" buttons and
 * "Ask about this article", so they log and collect feedback alike (their cooldown is declared in their
 * `needs`). `private` is who sees the answer; `privateQuestion` (only `/ask private:true`) also keeps the
 * question's words out of the store and the logs unless LOG_PRIVATE_QUESTIONS opts in. `inArticle`: the
 * question was asked about one article, which a miss names.
 */
export async function replyWithAnswer(
  interaction: Interaction,
  context: BotContext,
  question: string,
  produce: () => Answer,
  options: { private?: boolean; privateQuestion?: boolean; inArticle?: boolean } = {},
): Promise<void> {
  const where = { id: interaction.id, guildId: interaction.guildId, channelId: interaction.channelId, userId: interaction.userId };
  const { answer, id, recorded } = noteQuestion(where, context, question, produce, { privateQuestion: options.privateQuestion ?? false });
  // Recording starts before the reply, so a quick click on a feedback button finds it, but the reply does
  // not wait for it: a slow database must never make a member miss Discord's 3 s. A vote on an answer
  // whose record failed is told feedback has closed.
  await interaction.reply(answerMessage(interaction.t, answer, { private: options.private ?? false, inArticle: options.inArticle ?? false, asked: question, questionId: id, ...(answer.answer !== null ? { feedbackId: id } : {}) }));
  await recorded;
}

/**
 * The asker's languages for `answer()`'s language detection: the member's client language, then the
 * server's preferred one (see `AnswerOptions.locales`).
 */
export const askerLocales = (interaction: Pick<Interaction, 'locale' | 'guildLocale'>): Pick<AnswerOptions, 'locales'> => ({
  locales: [interaction.locale, interaction.guildLocale].filter((l): l is string => l !== null),
});
