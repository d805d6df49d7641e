import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { summarize } from '../../search/summarize.js';
import type { BotContext } from '../context.js';
import type { Interaction } from '../interaction.js';
import { echo, summaryMessage } from '../messages.js';
import { ensureManager } from '../permissions.js';
import { findArticle } from './summary.js';

export { autocomplete } from './summary.js';

export const data = new SlashCommandBuilder()
  .setName('post-summary')
  .setDescription("Post an article's summary to a channel")
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addStringOption((o) => o.setName('article').setDescription('Start typing a title').setRequired(true).setAutocomplete(true))
  .addChannelOption((o) =>
    o.setName('channel').setDescription('Where to post it').setRequired(true).addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
  );

export async function execute(interaction: Interaction, context: BotContext): Promise<void> {
  if (!(await ensureManager(interaction, 'Posting summaries'))) return;
  const value = interaction.string('article') ?? '';
  const channel = interaction.channel('channel');
  const article = findArticle(context.index(), value);
  if (!article || !channel) {
    await interaction.reply({ content: `No article matches “${echo(value)}”. Pick a title from the list.`, private: true });
    return;
  }
  await interaction.defer({ private: true });
  try {
    await context.poster.send(channel.id, summaryMessage(article, summarize(article)));
  } catch (err) {
    const status = (err as { status?: number }).status;
    context.log.warn({ interaction: interaction.id, channel: channel.id, status, err: (err as Error).message }, 'summary post failed');
    const why = status === 403 || status === 404 ? 'I am not allowed to post there: give me View Channel, Send Messages and Embed Links in it' : 'Discord did not accept the post; please try again';
    await interaction.edit({ content: `Could not post to <#${channel.id}>: ${why}.` });
    return;
  }
  await interaction.edit({ content: `Posted the summary of **${echo(article.title)}** to <#${channel.id}>.` });
}
