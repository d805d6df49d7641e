import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { BotContext } from '../context.js';
import type { Interaction } from '../interaction.js';
import { ensureManager } from '../permissions.js';

export const data = new SlashCommandBuilder()
  .setName('subscribe')
  .setDescription('Post new article summaries to a channel')
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addChannelOption((o) =>
    o.setName('channel').setDescription('Where summaries go').setRequired(true).addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
  );

export async function execute(interaction: Interaction, context: BotContext): Promise<void> {
  if (!(await ensureManager(interaction, 'Subscribing a channel'))) return;
  const channel = interaction.channel('channel')!;
  const added = await context.store.subscribe(interaction.guildId!, channel.id);
  await interaction.reply({
    content: added
      ? `<#${channel.id}> will get a summary of each new article. The newest article is posted there now; older ones are not.`
      : `<#${channel.id}> is already subscribed.`,
    private: true,
  });
  if (added) void context.publisher.sync();
}
