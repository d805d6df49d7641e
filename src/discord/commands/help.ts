import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { BotContext } from '../context.js';
import type { Interaction } from '../interaction.js';
import { helpMessage } from '../messages.js';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('What this bot does and what it knows')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);

export async function execute(interaction: Interaction, context: BotContext): Promise<void> {
  const index = context.index();
  await interaction.reply(helpMessage(index.stats, index.loadedAt));
}
