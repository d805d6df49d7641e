import { defineCommand, summaryChannelOption } from '../command.js';

export const subscribe = defineCommand({
  name: 'subscribe',
  description: 'Post new article summaries to a channel',
  options: {
    channel: summaryChannelOption('Where summaries go'),
  },
  needs: { permission: 'ManageGuild' },
  async execute(interaction, context, { channel }) {
    const added = await context.store.subscribe(interaction.guildId!, channel.id);
    await interaction.reply({
      content: added
        ? `<#${channel.id}> will get a summary of each new article. The newest article is posted there now; older ones are not.`
        : `<#${channel.id}> is already subscribed.`,
      private: true,
    });
    if (added) void context.publisher.sync();
  },
});
