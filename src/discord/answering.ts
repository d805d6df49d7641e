import { randomBytes } from 'node:crypto';
import { PRIVATE_QUESTION } from '../report/build.js';
import type { Answer } from '../search/types.js';
import type { BotContext } from './context.js';
import type { Interaction } from './interaction.js';
import { answerMessage } from './messages.js';

/**
 * Replies with `produce()`'s answer, after the per-user cooldown; logs one structured line and records
 * the question for the editors' report (its feedback buttons point at that record). Shared by /ask,
 * /faq, "Did you mean" buttons and "Ask about this article", so they count, log and collect feedback alike.
 */
export async function replyWithAnswer(
  interaction: Interaction,
  context: BotContext,
  question: string,
  produce: () => Answer,
  options: { private?: boolean; privateQuestion?: boolean } = {},
): Promise<void> {
  const waitMs = context.cooldown.take(interaction.userId);
  if (waitMs > 0) {
    await interaction.reply({
      content: `You're asking faster than I can keep up 🙂 Please wait ${Math.ceil(waitMs / 1000)} s and ask again.`,
      private: true,
    });
    return;
  }
  const started = performance.now();
  const answer = produce();
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  // Only `/ask private:true` makes the question itself private: its words stay out of the store and the
  // logs unless the operator opts in. Other private replies (buttons, forms) are about who sees the answer.
  const privateQuestion = options.privateQuestion ?? false;
  const text = privateQuestion && !context.settings.logPrivateQuestions ? null : question;
  const user = context.hashUser(interaction.userId);
  const outcome = answer.answer === null ? 'abstained' : 'answered';
  const id = randomBytes(9).toString('base64url');
  context.log.info(
    {
      event: 'question',
      interaction: interaction.id,
      guild: interaction.guildId,
      channel: interaction.channelId,
      user,
      question: text ?? PRIVATE_QUESTION,
      kind: answer.kind,
      entry: answer.entry,
      confidence: answer.confidence,
      latencyMs,
      outcome,
    },
    'question',
  );
  // Recording starts before the reply, so a quick click on a feedback button finds it, but the reply does
  // not wait for it: a slow database must never make a member miss Discord's 3 s. A vote on an answer
  // whose record failed is told feedback has closed.
  const recorded = context.store
    .recordQuestion({
      id,
      text,
      private: privateQuestion,
      guildId: interaction.guildId,
      userHash: user,
      askedAt: Date.now(),
      outcome,
      entryId: answer.entry,
      // A paragraph answer is named by its place, so two paragraphs of one article stay apart in reports.
      entryTitle: answer.matched ?? (answer.source ? `${answer.source.title} · ¶${answer.source.paragraph}` : null),
      confidence: answer.confidence,
    })
    .catch((err: unknown) => {
      context.log.warn({ interaction: interaction.id, err: (err as Error).message }, 'could not record the question for the feedback report');
    });
  await interaction.reply(answerMessage(answer, { private: options.private ?? false, asked: question, ...(answer.answer !== null ? { feedbackId: id } : {}) }));
  await recorded;
}
