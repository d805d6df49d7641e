import { buildReport } from '../../report/build.js';
import { percent } from '../../report/render.js';
import { cut } from '../../text.js';
import { defineCommand } from '../command.js';
import { EMBED } from '../limits.js';
import { echo } from '../messages.js';

export const faqReport = defineCommand({
  name: 'faq-report',
  // Clustering a busy server's month of questions can take longer than Discord's 3 s: acknowledge first.
  needs: { permission: 'ManageGuild', defer: { private: true } },
  async execute(interaction, context) {
    const { t } = interaction;
    const report = await buildReport(context.store, { days: 30, guildId: interaction.guildId!, limit: 10 });
    if (report.questions === 0) {
      await interaction.reply({ content: t('report.none') });
      return;
    }
    // Cut line-wise here, not by the transport: a list should lose whole trailing lines' worth, marked.
    const list = (lines: string[], empty: string) => cut(lines.length ? lines.join('\n') : empty, EMBED.fieldValue);
    await interaction.reply({
      embeds: [
        {
          color: 0x5865f2,
          title: t('report.title'),
          description: t('report.summary', { count: report.questions, answered: report.answered, abstained: report.abstained }),
          fields: [
            { name: t('report.answerRate'), value: t('report.answerRateValue', { week: percent(report.answerRate.last7), month: percent(report.answerRate.last30) }) },
            { name: t('report.topUnanswered'), value: list(report.gaps.map((g) => `**${g.count}×** ${echo(g.question)}`), t('report.noneUnanswered')) },
            {
              name: t('report.notHelpful', { label: t('answer.notHelpful') }),
              value: list(report.unhelpful.slice(0, 5).map((u) => `**${u.notHelpful}** 👎 · ${u.helpful} 👍 — ${u.title}`), t('report.noneNotHelpful')),
            },
          ],
          footer: { text: t('report.footer') },
        },
      ],
    });
  },
});
