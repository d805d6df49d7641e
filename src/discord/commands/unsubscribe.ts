import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { BotContext } from '../context.js';
import type { Interaction } from '../interaction.js';
import { ensureManager } from '../permissions.js';

export const data = new SlashCommandBuilder()
  .setName('unsubscribe')
  .setDescription('Stop posting article summaries to a channel')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addChannelOption((o) =>
    o.setName('channel').setDescription('The subscribed channel').setRequired(true).addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
  );

export async function execute(interaction: Interaction, context: BotContext): Promise<void> {
  if (!(await ensureManager(interaction, 'Unsubscribing a channel'))) return;
  const channel = interaction.channel('channel')!;
  const removed = await context.store.unsubscribe(interaction.guildId!, channel.id);
  if (removed) await context.publisher.forget(channel.id);
  await interaction.reply({
    content: removed ? `<#${channel.id}> will get no more summaries.` : `<#${channel.id}> was not subscribed.`,
    private: true,
  });
}
