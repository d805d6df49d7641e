import { replyWithAnswer } from './answering.js';
import { commands } from './commands/index.js';
import type { BotContext } from './context.js';
import type { Interaction } from './interaction.js';
import { ALTERNATIVE_BUTTON, ASK_ARTICLE, ASK_ARTICLE_FIELD, askArticleModal, somethingWentWrong, withoutMentions } from './messages.js';

/**
 * Sends each interaction to its handler. A failing handler gives the user a private "Something went
 * wrong" and a log line with the interaction id; nothing a handler or Discord does escapes from here.
 */
export async function route(interaction: Interaction, context: BotContext): Promise<void> {
  try {
    await dispatch(interaction, context);
  } catch (err) {
    context.log.error({ interaction: interaction.id, kind: interaction.kind, command: interaction.command, err: describeError(err) }, 'handler failed');
    if (interaction.kind === 'autocomplete') return;
    try {
      if (interaction.replied) await interaction.followUp(somethingWentWrong);
      else await interaction.reply(somethingWentWrong);
    } catch (again) {
      context.log.warn({ interaction: interaction.id, err: describeError(again) }, 'could not tell the user about the failure');
    }
  }
}

async function dispatch(interaction: Interaction, context: BotContext): Promise<void> {
  if (interaction.kind === 'button' && interaction.customId?.startsWith(ALTERNATIVE_BUTTON)) {
    const id = interaction.customId.slice(ALTERNATIVE_BUTTON.length);
    const entry = context.index().entryAnswer(id);
    if (!entry) {
      await interaction.reply({ content: 'That answer is no longer in our articles.', private: true });
      return;
    }
    await replyWithAnswer(interaction, context, entry.matched ?? entry.question, () => entry, { private: true });
    return;
  }
  if (interaction.customId?.startsWith(ASK_ARTICLE)) {
    await askAboutArticle(interaction, context, interaction.customId.slice(ASK_ARTICLE.length));
    return;
  }
  const command = interaction.command ? commands.get(interaction.command) : undefined;
  if (!command) {
    context.log.warn({ interaction: interaction.id, kind: interaction.kind, command: interaction.command, customId: interaction.customId }, 'unknown interaction');
    return;
  }
  if (interaction.kind === 'autocomplete') await command.autocomplete?.(interaction, context);
  else if (interaction.kind === 'command') await command.execute(interaction, context);
}

/** The summary post's button opens a one-question form; the answer comes from that article only, privately. */
async function askAboutArticle(interaction: Interaction, context: BotContext, articleId: string): Promise<void> {
  const article = context.index().article(articleId);
  if (!article) {
    await interaction.reply({ content: 'That article is no longer available.', private: true });
    return;
  }
  if (interaction.kind === 'button') {
    await interaction.showModal(askArticleModal(article));
    return;
  }
  const question = interaction.field(ASK_ARTICLE_FIELD) ?? '';
  await replyWithAnswer(interaction, context, question, () => context.index().answer(withoutMentions(question), { article: articleId }), { private: true });
}

/**
 * The loggable part of an error. Discord REST errors carry the request URL, which for interaction
 * replies contains the interaction token, so only status, code and message are kept.
 */
export function describeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const { status, code, method } = err as { status?: number; code?: number | string; method?: string };
  return { name: err.name, message: err.message.replace(/https?:\/\/\S+/g, '[url]'), status, code, method };
}
