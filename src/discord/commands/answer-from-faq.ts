import { noteQuestion } from '../answering.js';
import { defineMessageCommand } from '../command.js';
import { answerMessage, noAnswerMessage, withoutMentions } from '../messages.js';
import { UserError } from '../user-error.js';

/**
 * "Answer from FAQ" in a message's Apps menu: answers that message's text publicly, as a reply to it
 * (so the member who asked sees it addressed to them, pinging nobody), or tells the moderator privately
 * that nothing covers it, with the closest questions. The question is recorded as the message author's.
 */
export const answerFromFaq = defineMessageCommand({
  name: 'Answer from FAQ',
  description: "answers that message publicly from our articles, as a reply to it, or tells you privately that they don't cover it",
  needs: { permission: 'ManageMessages', defer: { private: true } },
  async execute(interaction, context, message) {
    const question = withoutMentions(message.content);
    if (!question) throw new UserError('That message has no text to answer.');
    const where = { id: interaction.id, guildId: interaction.guildId, channelId: message.channelId, userId: message.authorId };
    const { answer, id, recorded } = noteQuestion(where, context, question, () => context.index().answer(question));
    if (answer.answer === null) {
      await interaction.reply(noAnswerMessage(question, answer.alternatives));
    } else {
      const sent = await context.poster.send(message.channelId, answerMessage(answer, { asked: question, feedbackId: id }), undefined, { replyTo: message.id });
      const link = `https://discord.com/channels/${interaction.guildId}/${message.channelId}/${sent.id}`;
      await interaction.reply({ content: `Answered in the channel: ${link}`, private: true });
    }
    await recorded;
  },
});
