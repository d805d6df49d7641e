import { DAY } from '../report/build.js';
import { replyWithAnswer } from './answering.js';
import type { BotContext } from './context.js';
import type { Interaction } from './interaction.js';
import { ALTERNATIVE_BUTTON, ASK_ARTICLE, ASK_ARTICLE_FIELD, askArticleModal, HELPFUL, NOT_HELPFUL, withoutMentions } from './messages.js';

/** Buttons and modals, by custom-id prefix; the rest of the custom id is the handler's argument. */
const HANDLERS: [prefix: string, handle: (i: Interaction, c: BotContext, arg: string) => Promise<void>][] = [
  [ALTERNATIVE_BUTTON, answerAlternative],
  [ASK_ARTICLE, askAboutArticle],
  [HELPFUL, (i, c, id) => vote(i, c, id, true)],
  [NOT_HELPFUL, (i, c, id) => vote(i, c, id, false)],
];

/** Handles a button or modal submission; false when no handler owns its custom id. */
export async function handleComponent(interaction: Interaction, context: BotContext): Promise<boolean> {
  const customId = interaction.customId ?? '';
  const handler = HANDLERS.find(([prefix]) => customId.startsWith(prefix));
  if (!handler) return false;
  await handler[1](interaction, context, customId.slice(handler[0].length));
  return true;
}

/** "Did you mean …?": that entry's answer, privately. */
async function answerAlternative(interaction: Interaction, context: BotContext, entryId: string): Promise<void> {
  const entry = context.index().entryAnswer(entryId);
  if (!entry) {
    await interaction.reply({ content: 'That answer is no longer in our articles.', private: true });
    return;
  }
  await replyWithAnswer(interaction, context, entry.matched ?? entry.question, () => entry, { private: true });
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

/** One vote per user per answer (a second click changes it), acknowledged privately; nothing else is touched. */
async function vote(interaction: Interaction, context: BotContext, questionId: string, helpful: boolean): Promise<void> {
  const question = await context.store.question(questionId);
  if (!question || question.askedAt < Date.now() - context.settings.retentionDays * DAY) {
    await interaction.reply({ content: 'Feedback on this answer has closed — thank you all the same!', private: true });
    return;
  }
  await context.store.vote(questionId, context.hashUser(interaction.userId), helpful, Date.now());
  await interaction.reply({
    content: helpful ? 'Thanks — glad it helped! 👍' : "Thanks for telling us — our editors use this to improve the articles. 👎",
    private: true,
  });
}
