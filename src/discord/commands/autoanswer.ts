import { ChannelType } from 'discord.js';
import type { Translate } from '../../i18n/index.js';
import { AUTO_ANSWER_THRESHOLD } from '../auto-answer.js';
import { defineCommandGroup, subcommand } from '../command.js';
import type { BotContext } from '../context.js';
import { slash, slashSubcommand } from '../messages.js';

const channelOption = { type: 'channel', required: true, channelTypes: [ChannelType.GuildForum, ChannelType.GuildText] } as const;

const percent = (t: Translate, threshold: number) => t('autoAnswer.percent', { percent: Math.round(threshold * 100) });

/** The confidence a channel's answers need: its own threshold (default AUTO_ANSWER_THRESHOLD), or the index's (ANSWER_THRESHOLD) where higher, below which no answer is given at all. */
const effective = (context: BotContext, threshold: number | null | undefined): number => Math.max(threshold ?? AUTO_ANSWER_THRESHOLD, context.index().threshold);

/** What this process reads of new posts, in words, for /autoanswer add and list. */
function readingNote(t: Translate, context: BotContext): string {
  switch (context.autoAnswer.reads) {
    case 'content':
      return t('autoAnswer.readsContent');
    case 'titles':
      return t('autoAnswer.readsTitles');
    case 'none':
      return t('autoAnswer.readsNone');
  }
}

/** `/autoanswer add|remove|list`: the channels whose new posts the bot answers by itself (auto-answer.ts). */
export const autoanswer = defineCommandGroup({
  name: 'autoanswer',
  needs: { permission: 'ManageGuild' },
  vars: { default: AUTO_ANSWER_THRESHOLD },
  subcommands: {
    add: subcommand({
      options: {
        channel: channelOption,
        threshold: { type: 'number', min: 0.1, max: 1 },
      },
      async execute(interaction, context, { channel, threshold }) {
        const { t } = interaction;
        const added = await context.store.addAutoAnswerChannel(interaction.guildId!, channel.id, threshold, Date.now());
        context.autoAnswer.channels.invalidate();
        const forum = channel.type === ChannelType.GuildForum;
        const key = added ? (forum ? 'autoAnswer.willForum' : 'autoAnswer.willText') : forum ? 'autoAnswer.alreadyForum' : 'autoAnswer.alreadyText';
        const vars = { channel: `<#${channel.id}>`, threshold: percent(t, effective(context, threshold)), report: slash(t, 'faq-report') };
        await interaction.reply({ content: [t(key, vars), readingNote(t, context)].join('\n'), private: true });
      },
    }),
    remove: subcommand({
      options: { channel: channelOption },
      async execute(interaction, context, { channel }) {
        const removed = await context.store.removeAutoAnswerChannel(interaction.guildId!, channel.id);
        context.autoAnswer.channels.invalidate();
        const fromEnv = context.autoAnswer.channels.fromEnv.includes(channel.id);
        const key = fromEnv ? 'autoAnswer.fromEnv' : removed ? 'autoAnswer.removed' : 'autoAnswer.notChannel';
        await interaction.reply({ content: interaction.t(key, { channel: `<#${channel.id}>` }), private: true });
      },
    }),
    list: subcommand({
      async execute(interaction, context) {
        const { t } = interaction;
        const stored = await context.store.autoAnswerChannels(interaction.guildId!);
        const lines = stored.map((c) => t('autoAnswer.listLine', { channel: `<#${c.channelId}>`, threshold: percent(t, effective(context, c.threshold)) }));
        // A channel id does not say which server it is in, so operator-wide channels are mentioned, not listed.
        if (context.autoAnswer.channels.fromEnv.length) lines.push(t('autoAnswer.listFromEnv'));
        const add = slashSubcommand(t, 'autoanswer', 'add');
        await interaction.reply({
          content: [stored.length ? t('autoAnswer.listHeader') : t('autoAnswer.listEmpty', { add }), ...lines, '', readingNote(t, context)].join('\n'),
          private: true,
        });
      },
    }),
  },
});
