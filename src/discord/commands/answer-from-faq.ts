import { translatorFor } from '../../i18n/index.js';
import { askerLocales, noteQuestion } from '../answering.js';
import { defineMessageCommand } from '../command.js';
import { answerMessage, noAnswerMessage } from '../messages.js';
import { UserError } from '../user-error.js';
import { questionToAnswer } from '../../question.js';

/**
 * "Answer from FAQ" in a message's Apps menu: answers that message's text publicly, as a reply to it
 * (so the member who asked sees it addressed to them, pinging nobody), or tells the moderator privately
 * that nothing covers it, with the closest questions. The question is recorded as the message author's.
 * The public answer is labelled in the server's language (it is for the channel); what only the moderator
 * sees, in theirs.
 */
export const answerFromFaq = defineMessageCommand({
  name: 'Answer from FAQ',
  needs: { permission: 'ManageMessages', defer: { private: true } },
  async execute(interaction, context, message) {
    const { t } = interaction;
    const question = questionToAnswer(message.content);
    if (!question) throw new UserError(t('answerFromFaq.noText'));
    const where = { id: interaction.id, guildId: interaction.guildId, channelId: message.channelId, userId: message.authorId };
    const { answer, id, recorded } = noteQuestion(where, context, question, () => context.index().answer(question, askerLocales({ locale: null, guildLocale: interaction.guildLocale })));
    if (answer.answer === null) {
      await interaction.reply(noAnswerMessage(t, question, answer.alternatives));
    } else {
      const publicly = answerMessage(translatorFor(interaction.guildLocale), answer, { asked: question, feedbackId: id });
      const sent = await context.poster.send(message.channelId, publicly, undefined, { replyTo: message.id });
      const link = `https://discord.com/channels/${interaction.guildId}/${message.channelId}/${sent.id}`;
      await interaction.reply({ content: t('answerFromFaq.answered', { link }), private: true });
    }
    await recorded;
  },
});
