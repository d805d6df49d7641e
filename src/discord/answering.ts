import type { Answer } from '../search/types.js';
import type { BotContext } from './context.js';
import type { Interaction } from './interaction.js';
import { answerMessage } from './messages.js';

/**
 * Replies with `produce()`'s answer, after the per-user cooldown, and logs one structured line per
 * question. Shared by /ask, free-typed /faq and "Did you mean" buttons so they count and log alike.
 */
export async function replyWithAnswer(
  interaction: Interaction,
  context: BotContext,
  question: string,
  produce: () => Answer,
  options: { private?: boolean } = {},
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
  context.log.info(
    {
      event: 'question',
      interaction: interaction.id,
      guild: interaction.guildId,
      channel: interaction.channelId,
      user: context.hashUser(interaction.userId),
      question,
      kind: answer.kind,
      entry: answer.entry,
      confidence: answer.confidence,
      latencyMs: Math.round((performance.now() - started) * 100) / 100,
      outcome: answer.answer === null ? 'abstained' : 'answered',
    },
    'question',
  );
  await interaction.reply(answerMessage(answer, { private: options.private ?? false, asked: question }));
}
