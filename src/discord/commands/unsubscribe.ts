import { defineCommand, summaryChannelOption } from '../command.js';

export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  description: 'Stop posting article summaries to a channel',
  options: {
    channel: summaryChannelOption('The subscribed channel'),
  },
  needs: { permission: 'ManageGuild' },
  async execute(interaction, context, { channel }) {
    const removed = await context.store.unsubscribe(interaction.guildId!, channel.id);
    if (removed) await context.publisher.forget(channel.id);
    await interaction.reply({
      content: removed ? `<#${channel.id}> will get no more summaries.` : `<#${channel.id}> was not subscribed.`,
      private: true,
    });
  },
});
