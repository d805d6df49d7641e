import { summarize } from '../../search/summarize.js';
import { defineCommand, summaryChannelOption } from '../command.js';
import { echo, summaryMessage } from '../messages.js';
import { articleChoices, findArticle } from './summary.js';

export const postSummary = defineCommand({
  name: 'post-summary',
  description: "Post an article's summary to a channel",
  options: {
    article: { type: 'string', description: 'Start typing a title', required: true, autocomplete: true },
    channel: summaryChannelOption('Where to post it'),
  },
  needs: { permission: 'ManageGuild', defer: { private: true } },
  autocomplete: (interaction, context, focused) => articleChoices(interaction, context, focused.value),
  async execute(interaction, context, { article: value, channel }) {
    const article = findArticle(context.index(), value);
    try {
      await context.poster.send(channel.id, summaryMessage(article, summarize(article)));
    } catch (err) {
      const status = (err as { status?: number }).status;
      context.log.warn({ interaction: interaction.id, channel: channel.id, status, err: (err as Error).message }, 'summary post failed');
      const why = status === 403 || status === 404 ? 'I am not allowed to post there: give me View Channel, Send Messages and Embed Links in it' : 'Discord did not accept the post; please try again';
      await interaction.reply({ content: `Could not post to <#${channel.id}>: ${why}.` });
      return;
    }
    await interaction.reply({ content: `Posted the summary of **${echo(article.title)}** to <#${channel.id}>.` });
  },
});
