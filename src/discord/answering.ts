import { randomBytes } from 'node:crypto';
import { PRIVATE_QUESTION } from '../report/build.js';
import type { Answer } from '../search/types.js';
import type { BotContext } from './context.js';
import type { Interaction } from './interaction.js';
import { answerMessage } from './messages.js';

interface Asked {
  /** The record's id, which the feedback buttons carry. */
  id: string;
  /** The question as stored and logged: null for a private question kept out of the store. */
  text: string | null;
  private: boolean;
  user: string;
  answer: Answer;
  latencyMs: number;
}

/** One structured log line per question. */
function logQuestion(interaction: Interaction, context: BotContext, asked: Asked): void {
  const { answer } = asked;
  context.log.info(
    {
      event: 'question',
      interaction: interaction.id,
      guild: interaction.guildId,
      channel: interaction.channelId,
      user: asked.user,
      question: asked.text ?? PRIVATE_QUESTION,
      kind: answer.kind,
      entry: answer.entry,
      confidence: answer.confidence,
      latencyMs: asked.latencyMs,
      outcome: answer.answer === null ? 'abstained' : 'answered',
    },
    'question',
  );
}

/** Stores the question for the editors' report; a store failure is logged, never thrown (the member still gets the answer). */
function recordQuestion(interaction: Interaction, context: BotContext, asked: Asked): Promise<void> {
  const { answer } = asked;
  return context.store
    .recordQuestion({
      id: asked.id,
      text: asked.text,
      private: asked.private,
      guildId: interaction.guildId,
      userHash: asked.user,
      askedAt: Date.now(),
      outcome: answer.answer === null ? 'abstained' : 'answered',
      entryId: answer.entry,
      // A paragraph answer is named by its place, so two paragraphs of one article stay apart in reports.
      entryTitle: answer.matched ?? (answer.source ? `${answer.source.title} · ¶${answer.source.paragraph}` : null),
      confidence: answer.confidence,
    })
    .catch((err: unknown) => {
      context.log.warn({ interaction: interaction.id, err: (err as Error).message }, 'could not record the question for the feedback report');
    });
}

/**
 * Replies with `produce()`'s answer; logs one structured line and records the question for the editors'
 * report (its feedback buttons point at that record). Shared by /ask, /faq, "Did you mean" buttons and
 * "Ask about this article", so they log and collect feedback alike (their cooldown is declared in their
 * `needs`). `private` is who sees the answer; `privateQuestion` (only `/ask private:true`) also keeps the
 * question's words out of the store and the logs unless LOG_PRIVATE_QUESTIONS opts in.
 */
export async function replyWithAnswer(
  interaction: Interaction,
  context: BotContext,
  question: string,
  produce: () => Answer,
  options: { private?: boolean; privateQuestion?: boolean } = {},
): Promise<void> {
  const started = performance.now();
  const answer = produce();
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  const privateQuestion = options.privateQuestion ?? false;
  const asked: Asked = {
    id: randomBytes(9).toString('base64url'),
    text: privateQuestion && !context.settings.logPrivateQuestions ? null : question,
    private: privateQuestion,
    user: context.hashUser(interaction.userId),
    answer,
    latencyMs,
  };
  logQuestion(interaction, context, asked);
  // Recording starts before the reply, so a quick click on a feedback button finds it, but the reply does
  // not wait for it: a slow database must never make a member miss Discord's 3 s. A vote on an answer
  // whose record failed is told feedback has closed.
  const recorded = recordQuestion(interaction, context, asked);
  await interaction.reply(answerMessage(answer, { private: options.private ?? false, asked: question, questionId: asked.id, ...(answer.answer !== null ? { feedbackId: asked.id } : {}) }));
  await recorded;
}
