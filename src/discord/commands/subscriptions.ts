import { defineCommand } from '../command.js';
import { slash } from '../messages.js';

export const subscriptions = defineCommand({
  name: 'subscriptions',
  needs: { permission: 'ManageGuild' },
  async execute(interaction, context) {
    const { t } = interaction;
    const subscribed = await context.store.subscriptions(interaction.guildId!);
    await interaction.reply({
      content: subscribed.length
        ? t('subscriptions.list', { channels: subscribed.map((s) => `<#${s.channelId}>`).join(', ') })
        : t('subscriptions.none', { subscribe: slash(t, 'subscribe') }),
      private: true,
    });
  },
});
