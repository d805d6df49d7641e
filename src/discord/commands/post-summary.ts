import { summarize } from '../../search/summarize.js';
import { defineCommand, summaryChannelOption } from '../command.js';
import { echo, summaryMessage } from '../messages.js';
import { articleChoices, findArticle } from './summary.js';

export const postSummary = defineCommand({
  name: 'post-summary',
  options: {
    article: { type: 'string', required: true, autocomplete: true },
    channel: summaryChannelOption,
  },
  needs: { permission: 'ManageGuild', defer: { private: true } },
  autocomplete: (interaction, context, focused) => articleChoices(interaction, context, focused.value),
  async execute(interaction, context, { article: value, channel }) {
    const { t } = interaction;
    const article = findArticle(t, context.index(), value);
    try {
      await context.poster.send(channel.id, summaryMessage(article, summarize(article)));
    } catch (err) {
      const status = (err as { status?: number }).status;
      context.log.warn({ interaction: interaction.id, channel: channel.id, status, err: (err as Error).message }, 'summary post failed');
      const why = status === 403 || status === 404 ? t('subscriptions.forbidden') : t('subscriptions.refused');
      await interaction.reply({ content: t('subscriptions.postFailed', { channel: `<#${channel.id}>`, why }) });
      return;
    }
    await interaction.reply({ content: t('subscriptions.posted', { title: echo(article.title), channel: `<#${channel.id}>` }) });
  },
});
