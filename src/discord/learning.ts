import { learnFrom, type Learned } from '../learn/candidates.js';
import { describeError } from '../log.js';
import type { QuestionRecord } from '../store/store.js';
import type { BotContext } from './context.js';
import type { Interaction } from './interaction.js';
import { questionToAnswer } from '../question.js';

/**
 * A member accepted `entryId` as the answer to the recorded question `asked` (the record, or its id): a
 * Helpful vote, or a "Did you mean" click after it. The question's words, mentions removed and spacing
 * collapsed, become a candidate alternate of that FAQ entry, confirmed by this member
 * (src/learn/candidates.ts). A private question teaches nothing unless LOG_PRIVATE_QUESTIONS is on. Never
 * throws: a store error is logged and the member's click is still answered. Returns what happened, and a
 * `reindex` to run after replying when a candidate was approved automatically (LEARN_AUTO_APPROVE).
 */
export async function learnFromAcceptance(
  interaction: Interaction,
  context: BotContext,
  asked: QuestionRecord | string,
  entryId: string,
): Promise<{ learned: Learned; reindex: () => Promise<void> }> {
  const none = { learned: 'skipped' as const, reindex: async () => {} };
  try {
    const record = typeof asked === 'string' ? await context.store.question(asked) : asked;
    if (record?.text == null || (record.private && !context.settings.logPrivateQuestions)) return none;
    const accepted = { entry: entryId, question: questionToAnswer(record.text), userHash: context.hashUser(interaction.userId), at: new Date() };
    const learned = await learnFrom(context.store, context.index(), accepted, context.settings.learnAutoApprove);
    if (learned !== 'approved') return { ...none, learned };
    return {
      learned,
      async reindex() {
        await context.reindex();
        context.log.info({ event: 'learned', entry: entryId, interaction: interaction.id }, 'learned phrasing approved automatically and indexed');
      },
    };
  } catch (err) {
    context.log.warn({ interaction: interaction.id, entry: entryId, err: describeError(err) }, 'could not record the learned phrasing');
    return none;
  }
}
