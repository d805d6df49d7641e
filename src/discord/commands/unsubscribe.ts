import { defineCommand, summaryChannelOption } from '../command.js';

export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  options: {
    channel: summaryChannelOption,
  },
  needs: { permission: 'ManageGuild' },
  async execute(interaction, context, { channel }) {
    const removed = await context.store.unsubscribe(interaction.guildId!, channel.id);
    if (removed) await context.publisher.forget(channel.id);
    await interaction.reply({
      content: interaction.t(removed ? 'subscriptions.removed' : 'subscriptions.notSubscribed', { channel: `<#${channel.id}>` }),
      private: true,
    });
  },
});
