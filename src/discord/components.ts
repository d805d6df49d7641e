import { DAY } from '../time.js';
import { askerLocales, replyWithAnswer } from './answering.js';
import { markSolved, SOLVED } from './auto-answer.js';
import type { Needs } from './command.js';
import type { BotContext } from './context.js';
import { faqLearnButtons } from './commands/faq-learn.js';
import type { Interaction } from './interaction.js';
import { articleFromKey, entryIdFromKey } from './keys.js';
import { learnFromAcceptance } from './learning.js';
import { ALTERNATIVE_BUTTON, alternativeArg, ASK_ARTICLE, ASK_ARTICLE_FIELD, askArticleModal, HELPFUL, NOT_HELPFUL } from './messages.js';
import { UserError } from './user-error.js';
import { questionToAnswer } from '../question.js';

/** A button or form handler: the custom-id prefix it owns (the rest is its argument), and what it needs. */
export interface ComponentHandler {
  kind: 'button' | 'modal';
  prefix: string;
  needs?: Needs;
  handle(interaction: Interaction, context: BotContext, arg: string): Promise<void>;
}

/** "Did you mean …?": that entry's answer, privately; the question it was offered for is learned as a phrasing of the entry. */
async function answerAlternative(interaction: Interaction, context: BotContext, arg: string): Promise<void> {
  const { key, questionId } = alternativeArg(arg);
  const index = context.index();
  const entryId = entryIdFromKey(index, key);
  const entry = index.entryAnswer(entryId);
  if (!entry) throw new UserError(interaction.t('errors.answerGone'));
  const learning = questionId ? await learnFromAcceptance(interaction, context, questionId, entryId) : null;
  await replyWithAnswer(interaction, context, entry.matched ?? entry.question, () => entry, { private: true });
  await learning?.reindex();
}

const articleOrRefuse = (interaction: Interaction, context: BotContext, key: string) => {
  const article = articleFromKey(context.index(), key);
  if (!article) throw new UserError(interaction.t('summary.articleGone'));
  return article;
};

/** One vote per user per answer (a second click changes it), acknowledged privately; a Helpful vote teaches the question's words to the FAQ entry that answered (learning.ts). */
async function vote(interaction: Interaction, context: BotContext, questionId: string, helpful: boolean): Promise<void> {
  const question = await context.store.question(questionId);
  if (!question || question.askedAt < Date.now() - context.settings.retentionDays * DAY) {
    throw new UserError(interaction.t('feedback.closed'));
  }
  await context.store.vote(questionId, context.hashUser(interaction.userId), helpful, Date.now());
  const learning = helpful && question.entryId ? await learnFromAcceptance(interaction, context, question, question.entryId) : null;
  await interaction.reply({
    content: interaction.t(helpful ? 'feedback.helpful' : 'feedback.notHelpful'),
    private: true,
  });
  await learning?.reindex();
}

const HANDLERS = [
  { kind: 'button', prefix: ALTERNATIVE_BUTTON, needs: { cooldown: true }, handle: answerAlternative },
  // The summary post's button opens a one-question form; the answer comes from that article only, privately.
  {
    kind: 'button',
    prefix: ASK_ARTICLE,
    handle: async (interaction, context, key) => interaction.showModal(askArticleModal(interaction.t, articleOrRefuse(interaction, context, key))),
  },
  {
    kind: 'modal',
    prefix: ASK_ARTICLE,
    needs: { cooldown: true },
    async handle(interaction, context, key) {
      const article = articleOrRefuse(interaction, context, key);
      const question = interaction.field(ASK_ARTICLE_FIELD) ?? '';
      await replyWithAnswer(interaction, context, question, () => context.index().answer(questionToAnswer(question), { article: article.id, ...askerLocales(interaction) }), {
        private: true,
        inArticle: true,
      });
    },
  },
  { kind: 'button', prefix: HELPFUL, handle: (i, c, id) => vote(i, c, id, true) },
  { kind: 'button', prefix: NOT_HELPFUL, handle: (i, c, id) => vote(i, c, id, false) },
  ...faqLearnButtons,
  { kind: 'button', prefix: SOLVED, needs: { guildOnly: true }, handle: markSolved },
] satisfies ComponentHandler[];

/** The handler owning a button's or form's custom id, and the rest of the id (its argument); null when none does. */
export function componentFor(kind: 'button' | 'modal', customId: string): { handler: ComponentHandler; arg: string } | null {
  const handler: ComponentHandler | undefined = HANDLERS.find((h) => h.kind === kind && customId.startsWith(h.prefix));
  return handler ? { handler, arg: customId.slice(handler.prefix.length) } : null;
}
