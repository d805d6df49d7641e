import { buildReport } from '../../report/build.js';
import { percent } from '../../report/render.js';
import { cut } from '../../text.js';
import { defineCommand } from '../command.js';
import { EMBED } from '../limits.js';

export const faqReport = defineCommand({
  name: 'faq-report',
  description: "What this server's members asked that our articles did not answer",
  // Clustering a busy server's month of questions can take longer than Discord's 3 s: acknowledge first.
  needs: { permission: 'ManageGuild', defer: { private: true } },
  async execute(interaction, context) {
    const report = await buildReport(context.store, { days: 30, guildId: interaction.guildId!, limit: 10 });
    if (report.questions === 0) {
      await interaction.reply({ content: 'No questions recorded in this server in the last 30 days yet.' });
      return;
    }
    // Cut line-wise here, not by the transport: a list should lose whole trailing lines' worth, marked.
    const list = (lines: string[], empty: string) => cut(lines.length ? lines.join('\n') : empty, EMBED.fieldValue);
    await interaction.reply({
      embeds: [
        {
          color: 0x5865f2,
          title: 'FAQ report — last 30 days',
          description: `${report.questions} question(s), ${report.answered} answered, ${report.abstained} not answered.`,
          fields: [
            { name: 'Answer rate', value: `${percent(report.answerRate.last7)} over 7 days · ${percent(report.answerRate.last30)} over 30 days` },
            { name: 'Top unanswered questions', value: list(report.gaps.map((g) => `**${g.count}×** ${g.question}`), 'None — every question found an answer.') },
            { name: 'Answers marked "Not helpful"', value: list(report.unhelpful.slice(0, 5).map((u) => `**${u.notHelpful}** 👎 · ${u.helpful} 👍 — ${u.title}`), 'None.') },
          ],
          footer: { text: 'npm run report -- --html report.html gives the full report with a chart.' },
        },
      ],
    });
  },
});
