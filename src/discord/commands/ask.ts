import { askerLocales, replyWithAnswer } from '../answering.js';
import { defineCommand } from '../command.js';
import { QUESTION_INPUT_MAX } from '../limits.js';
import { questionToAnswer } from '../../question.js';

export const ask = defineCommand({
  name: 'ask',
  options: {
    question: { type: 'string', required: true, maxLength: QUESTION_INPUT_MAX },
    private: { type: 'boolean' },
  },
  needs: { cooldown: true },
  async execute(interaction, context, options) {
    const asPrivate = options.private ?? false;
    await replyWithAnswer(interaction, context, options.question, () => context.index().answer(questionToAnswer(options.question), askerLocales(interaction)), {
      private: asPrivate,
      privateQuestion: asPrivate,
    });
  },
});
