import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../answering.js';
import type { BotContext } from '../context.js';
import type { Interaction } from '../interaction.js';
import { withoutMentions } from '../messages.js';

export const MAX_QUESTION_LENGTH = 300;

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about our articles')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH))
  .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer'));

export async function execute(interaction: Interaction, context: BotContext): Promise<void> {
  const question = interaction.string('question') ?? '';
  const asPrivate = interaction.boolean('private') ?? false;
  await replyWithAnswer(interaction, context, question, () => context.index().answer(withoutMentions(question)), {
    private: asPrivate,
    privateQuestion: asPrivate,
  });
}
