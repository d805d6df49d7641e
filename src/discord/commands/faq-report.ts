import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { buildReport } from '../../report/build.js';
import { percent } from '../../report/render.js';
import type { BotContext } from '../context.js';
import type { Interaction } from '../interaction.js';
import { cut, EMBED, fitEmbed } from '../limits.js';
import { ensureManager } from '../permissions.js';

export const data = new SlashCommandBuilder()
  .setName('faq-report')
  .setDescription("What this server's members asked that our articles did not answer")
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);

export async function execute(interaction: Interaction, context: BotContext): Promise<void> {
  if (!(await ensureManager(interaction, 'The FAQ report'))) return;
  // Clustering a busy server's month of questions can take longer than Discord's 3 s: acknowledge first.
  await interaction.defer({ private: true });
  const report = await buildReport(context.store, { days: 30, guildId: interaction.guildId!, limit: 10 });
  if (report.questions === 0) {
    await interaction.edit({ content: 'No questions recorded in this server in the last 30 days yet.' });
    return;
  }
  const list = (lines: string[], empty: string) => cut(lines.length ? lines.join('\n') : empty, EMBED.fieldValue);
  await interaction.edit({
    embeds: [
      fitEmbed({
        color: 0x5865f2,
        title: 'FAQ report — last 30 days',
        description: `${report.questions} question(s), ${report.answered} answered, ${report.abstained} not answered.`,
        fields: [
          { name: 'Answer rate', value: `${percent(report.answerRate.last7)} over 7 days · ${percent(report.answerRate.last30)} over 30 days` },
          { name: 'Top unanswered questions', value: list(report.gaps.map((g) => `**${g.count}×** ${g.question}`), 'None — every question found an answer.') },
          { name: 'Answers marked "Not helpful"', value: list(report.unhelpful.slice(0, 5).map((u) => `**${u.notHelpful}** 👎 · ${u.helpful} 👍 — ${u.title}`), 'None.') },
        ],
        footer: { text: 'npm run report -- --html report.html gives the full report with a chart.' },
      }),
    ],
  });
}
