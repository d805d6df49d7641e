import type { Article } from '../../content/types.js';
import type { SearchIndex } from '../../search/engine.js';
import { summarize } from '../../search/summarize.js';
import type { Translate } from '../../i18n/index.js';
import type { Interaction } from '../interaction.js';
import { defineCommand } from '../command.js';
import { articleFromKey, articleKey } from '../keys.js';
import { CHOICES } from '../limits.js';
import { echo, summaryMessage } from '../messages.js';
import type { BotContext } from '../context.js';
import { UserError } from '../user-error.js';

/** Title choices for any command with an `article` option; the value is the article's short key. */
export async function articleChoices(interaction: Interaction, context: BotContext, typed: string): Promise<void> {
  const articles = context.index().suggestArticles(typed, CHOICES);
  await interaction.respond(articles.map((a) => ({ name: a.title, value: articleKey(a.id) })));
}

/** The article an `article` option names: a chosen key (or id), or else the best title match for free text; refused in `t`'s language when none matches. */
export function findArticle(t: Translate, index: SearchIndex, value: string): Article {
  const article = articleFromKey(index, value) ?? index.suggestArticles(value, 1)[0];
  if (!article) throw new UserError(t('summary.noArticle', { value: echo(value) }));
  return article;
}

export const summary = defineCommand({
  name: 'summary',
  options: {
    article: { type: 'string', required: true, autocomplete: true },
  },
  autocomplete: (interaction, context, focused) => articleChoices(interaction, context, focused.value),
  async execute(interaction, context, options) {
    const article = findArticle(interaction.t, context.index(), options.article);
    await interaction.reply(summaryMessage(article, summarize(article)));
  },
});
