import { defineCommand } from '../command.js';

export const subscriptions = defineCommand({
  name: 'subscriptions',
  description: "This server's summary channels",
  needs: { permission: 'ManageGuild' },
  async execute(interaction, context) {
    const subscribed = await context.store.subscriptions(interaction.guildId!);
    await interaction.reply({
      content: subscribed.length
        ? `New article summaries go to: ${subscribed.map((s) => `<#${s.channelId}>`).join(', ')}.`
        : 'No channel is subscribed in this server. Use `/subscribe` to add one.',
      private: true,
    });
  },
});
