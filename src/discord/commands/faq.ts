import { askerLocales, replyWithAnswer } from '../answering.js';
import { defineCommand } from '../command.js';
import { entryIdFromKey, entryKey } from '../keys.js';
import { CHOICES, QUESTION_INPUT_MAX } from '../limits.js';
import { questionToAnswer } from '../../question.js';

export const faq = defineCommand({
  name: 'faq',
  options: {
    question: { type: 'string', required: true, autocomplete: true, maxLength: QUESTION_INPUT_MAX },
  },
  needs: { cooldown: true },
  /** Choices carry the entry's short key as value, so picking one answers exactly that entry. */
  async autocomplete(interaction, context, focused) {
    const choices = context.index().suggestQuestions(focused.value, CHOICES);
    await interaction.respond(choices.map((c) => ({ name: c.question, value: entryKey(c.id) })));
  },
  async execute(interaction, context, { question: value }) {
    const index = context.index();
    const chosen = index.entryAnswer(entryIdFromKey(index, value));
    // A value that is not one of the offered keys was typed freely: answer it as /ask would.
    await replyWithAnswer(interaction, context, chosen?.matched ?? value, () => chosen ?? index.answer(questionToAnswer(value), askerLocales(interaction)));
  },
});
