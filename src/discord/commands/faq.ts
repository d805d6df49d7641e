import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { replyWithAnswer } from '../answering.js';
import type { BotContext } from '../context.js';
import type { Interaction } from '../interaction.js';
import { CHOICE_NAME, CHOICES, cut } from '../limits.js';
import { withoutMentions } from '../messages.js';
import { MAX_QUESTION_LENGTH } from './ask.js';

export const data = new SlashCommandBuilder()
  .setName('faq')
  .setDescription('Pick one of the questions our articles answer')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((o) =>
    o.setName('question').setDescription('Start typing to search the FAQ').setRequired(true).setAutocomplete(true).setMaxLength(MAX_QUESTION_LENGTH),
  );

/** Choices carry the entry id as value, so picking one answers exactly that entry. */
export async function autocomplete(interaction: Interaction, context: BotContext): Promise<void> {
  const typed = interaction.focused()?.value ?? '';
  const choices = context
    .index()
    .suggestQuestions(typed, CHOICES)
    .filter((c) => c.id.length <= CHOICE_NAME)
    .map((c) => ({ name: cut(c.question, CHOICE_NAME), value: c.id }));
  await interaction.respond(choices);
}

export async function execute(interaction: Interaction, context: BotContext): Promise<void> {
  const value = interaction.string('question') ?? '';
  const index = context.index();
  const chosen = index.entryAnswer(value);
  // A value that is not one of the offered ids was typed freely: answer it as /ask would.
  const question = chosen?.matched ?? value;
  await replyWithAnswer(interaction, context, question, () => chosen ?? index.answer(withoutMentions(value)));
}
