import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Article } from '../../content/types.js';
import type { SearchIndex } from '../../search/engine.js';
import { summarize } from '../../search/summarize.js';
import type { BotContext } from '../context.js';
import type { Interaction } from '../interaction.js';
import { CHOICE_NAME, CHOICES, cut } from '../limits.js';
import { echo, summaryMessage } from '../messages.js';

export const data = new SlashCommandBuilder()
  .setName('summary')
  .setDescription("An article's summary and the questions it answers")
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((o) => o.setName('article').setDescription('Start typing a title').setRequired(true).setAutocomplete(true));

/** Title choices for any command with an `article` option; the value is the article id. */
export async function autocomplete(interaction: Interaction, context: BotContext): Promise<void> {
  const typed = interaction.focused()?.value ?? '';
  const choices = context
    .index()
    .suggestArticles(typed, CHOICES)
    .filter((a) => a.id.length <= CHOICE_NAME)
    .map((a) => ({ name: cut(a.title, CHOICE_NAME), value: a.id }));
  await interaction.respond(choices);
}

/** The article an `article` option names: a chosen id, or else the best title match for free text. */
export function findArticle(index: SearchIndex, value: string): Article | null {
  return index.article(value) ?? index.suggestArticles(value, 1)[0] ?? null;
}

export async function execute(interaction: Interaction, context: BotContext): Promise<void> {
  const value = interaction.string('article') ?? '';
  const article = findArticle(context.index(), value);
  if (!article) {
    await interaction.reply({ content: `No article matches “${echo(value)}”. Start typing and pick a title from the list.`, private: true });
    return;
  }
  await interaction.reply(summaryMessage(article, summarize(article)));
}
