import type { Article } from '../../content/types.js';
import type { SearchIndex } from '../../search/engine.js';
import { summarize } from '../../search/summarize.js';
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

/** The article an `article` option names: a chosen key (or id), or else the best title match for free text. */
export function findArticle(index: SearchIndex, value: string): Article {
  const article = articleFromKey(index, value) ?? index.suggestArticles(value, 1)[0];
  if (!article) throw new UserError(`No article matches “${echo(value)}”. Start typing and pick a title from the list.`);
  return article;
}

export const summary = defineCommand({
  name: 'summary',
  description: "An article's summary and the questions it answers",
  options: {
    article: { type: 'string', description: 'Start typing a title', required: true, autocomplete: true },
  },
  autocomplete: (interaction, context, focused) => articleChoices(interaction, context, focused.value),
  async execute(interaction, context, options) {
    const article = findArticle(context.index(), options.article);
    await interaction.reply(summaryMessage(article, summarize(article)));
  },
});
