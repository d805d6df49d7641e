import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { BotContext } from '../context.js';
import type { Interaction } from '../interaction.js';
import { ensureManager } from '../permissions.js';

export const data = new SlashCommandBuilder()
  .setName('subscriptions')
  .setDescription("This server's summary channels")
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);

export async function execute(interaction: Interaction, context: BotContext): Promise<void> {
  if (!(await ensureManager(interaction, 'Listing subscriptions'))) return;
  const subscribed = await context.store.subscriptions(interaction.guildId!);
  await interaction.reply({
    content: subscribed.length
      ? `New article summaries go to: ${subscribed.map((s) => `<#${s.channelId}>`).join(', ')}.`
      : 'No channel is subscribed in this server. Use `/subscribe` to add one.',
    private: true,
  });
}
