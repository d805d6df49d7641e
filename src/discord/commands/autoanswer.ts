import { ChannelType } from 'discord.js';
import { AUTO_ANSWER_THRESHOLD } from '../auto-answer.js';
import { defineCommandGroup, subcommand } from '../command.js';
import type { BotContext } from '../context.js';

const channelOption = (description: string) =>
  ({ type: 'channel', description, required: true, channelTypes: [ChannelType.GuildForum, ChannelType.GuildText] }) as const;

const percent = (threshold: number) => `${Math.round(threshold * 100)}%`;

/** What this process reads of new posts, in words, for /autoanswer add and list. */
function readingNote(context: BotContext): string {
  switch (context.autoAnswer.reads) {
    case 'content':
      return 'I read the title and text of new posts (Message Content intent on).';
    case 'titles':
      return 'I started without an auto-answer channel, so without the Message Content intent: until I am restarted, I answer forum posts from their title alone, and text channels not at all.';
    case 'none':
      return 'Auto-answer runs in the bot’s gateway process (this one is an HTTP endpoint): it reads message text when an auto-answer channel was configured when it started.';
  }
}

/** `/autoanswer add|remove|list`: the channels whose new posts the bot answers by itself (auto-answer.ts). */
export const autoanswer = defineCommandGroup({
  name: 'autoanswer',
  description: 'Channels whose new posts I answer by myself',
  needs: { permission: 'ManageGuild' },
  subcommands: {
    add: subcommand({
      description: 'Answer new posts in a forum, or new messages in a text channel, when I am confident',
      options: {
        channel: channelOption('The forum or text channel'),
        threshold: { type: 'number', description: `Confidence needed to answer, 0.1 to 1 (default ${AUTO_ANSWER_THRESHOLD})`, min: 0.1, max: 1 },
      },
      async execute(interaction, context, { channel, threshold }) {
        const added = await context.store.addAutoAnswerChannel(interaction.guildId!, channel.id, threshold, Date.now());
        context.autoAnswer.channels.invalidate();
        const where = channel.type === ChannelType.GuildForum ? 'new posts in' : 'new messages in';
        await interaction.reply({
          content: [
            `${added ? 'I will answer' : 'I already answer'} ${where} <#${channel.id}> when my confidence is at least ${percent(threshold ?? AUTO_ANSWER_THRESHOLD)}; below that I stay silent and the question shows in \`/faq-report\`.`,
            readingNote(context),
          ].join('\n'),
          private: true,
        });
      },
    }),
    remove: subcommand({
      description: 'Stop answering new posts in a channel',
      options: { channel: channelOption('The forum or text channel') },
      async execute(interaction, context, { channel }) {
        const removed = await context.store.removeAutoAnswerChannel(interaction.guildId!, channel.id);
        context.autoAnswer.channels.invalidate();
        const fromEnv = context.autoAnswer.channels.fromEnv.includes(channel.id);
        await interaction.reply({
          content: fromEnv
            ? `<#${channel.id}> is set in AUTO_ANSWER_CHANNEL_IDS, so I keep answering there until the bot's operator removes it.`
            : removed
              ? `I no longer answer new posts in <#${channel.id}>.`
              : `<#${channel.id}> is not an auto-answer channel.`,
          private: true,
        });
      },
    }),
    list: subcommand({
      description: "This server's auto-answer channels",
      async execute(interaction, context) {
        const stored = await context.store.autoAnswerChannels(interaction.guildId!);
        const lines = stored.map((c) => `• <#${c.channelId}> — answers at ${percent(c.threshold ?? AUTO_ANSWER_THRESHOLD)} confidence or more`);
        // A channel id does not say which server it is in, so operator-wide channels are mentioned, not listed.
        if (context.autoAnswer.channels.fromEnv.length) lines.push('• and any channel of this server the operator set in AUTO_ANSWER_CHANNEL_IDS');
        await interaction.reply({
          content: [stored.length ? 'I answer new posts in:' : 'No auto-answer channel in this server. Use `/autoanswer add` to add one.', ...lines, '', readingNote(context)].join('\n'),
          private: true,
        });
      },
    }),
  },
});
