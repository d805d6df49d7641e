import { defineCommand, summaryChannelOption } from '../command.js';

export const subscribe = defineCommand({
  name: 'subscribe',
  options: {
    channel: summaryChannelOption,
  },
  needs: { permission: 'ManageGuild' },
  async execute(interaction, context, { channel }) {
    const added = await context.store.subscribe(interaction.guildId!, channel.id);
    await interaction.reply({
      content: interaction.t(added ? 'subscriptions.added' : 'subscriptions.already', { channel: `<#${channel.id}>` }),
      private: true,
    });
    if (added) void context.publisher.sync();
  },
});
