import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { reviewCandidates, type ReviewedCandidate } from '../../learn/candidates.js';
import type { Translate } from '../../i18n/index.js';
import { cut } from '../../text.js';
import { defineCommand, type Needs } from '../command.js';
import type { ComponentHandler } from '../components.js';
import type { BotContext } from '../context.js';
import type { Interaction, Reply } from '../interaction.js';
import { BUTTON_LABEL, EMBED } from '../limits.js';
import { echo, slash } from '../messages.js';
import { UserError } from '../user-error.js';

/** Candidates per page: each takes a row of Approve / Reject buttons, and Discord allows 5 rows, one kept for paging. */
export const LEARN_PAGE = 4;
/** Custom-id prefixes of the review buttons: a page (the rest is its offset), and approve / reject (the rest is `<candidate id>:<offset>`). */
export const LEARN_PAGE_BUTTON = 'learn:page:';
export const LEARN_APPROVE = 'learn:ok:';
export const LEARN_REJECT = 'learn:no:';

/**
 * Reviewing changes what the bot answers: Manage Server, like the other admin commands; the list is only for
 * the admin. Acknowledged first: an approval rebuilds the index before the list comes back.
 */
const REVIEW_NEEDS: Needs = { permission: 'ManageGuild', defer: { private: true } };

/** One candidate as a line of the list: its words, the entry's question, how many confirmed it, and its flag (whose reason src/learn words in English). */
function candidateLine(t: Translate, c: ReviewedCandidate, n: number): string {
  const entry = c.entryQuestion ? `**${echo(c.entryQuestion)}**` : `\`${c.entry}\``;
  const lines = [t('learn.candidate', { n, question: echo(c.question), entry, members: t('learn.members', { count: c.members }) })];
  if (c.flag) lines.push(t('learn.flagged', { reason: echo(c.flag) }));
  return lines.join('\n');
}

const button = (label: string, customId: string, style: ButtonStyle.Success | ButtonStyle.Danger | ButtonStyle.Secondary, disabled = false): APIButtonComponent => ({
  type: ComponentType.Button,
  style,
  label: cut(label, BUTTON_LABEL),
  custom_id: customId,
  disabled,
});

/**
 * The page of pending candidates starting at `offset` (clamped to the last page), with Approve / Reject
 * for each and Previous / Next, as one private message in `t`'s language. `notice` (what the click did) leads it.
 */
export async function reviewPage(context: BotContext, t: Translate, offset: number, notice?: string): Promise<Reply> {
  const { total, offset: start, candidates: page } = await reviewCandidates(context.store, context.index(), 'pending', { offset, limit: LEARN_PAGE });
  if (!total) return { content: `${notice ? `${notice}\n` : ''}${t('learn.none')}`, private: true };
  const rows: APIActionRowComponent<APIButtonComponent>[] = page.map((c, i) => ({
    type: ComponentType.ActionRow,
    components: [
      button(`${t('learn.approve', { n: start + i + 1 })}${c.flag ? ' ⚠️' : ''}`, `${LEARN_APPROVE}${c.id}:${start}`, ButtonStyle.Success),
      button(t('learn.reject', { n: start + i + 1 }), `${LEARN_REJECT}${c.id}:${start}`, ButtonStyle.Danger),
    ],
  }));
  rows.push({
    type: ComponentType.ActionRow,
    components: [
      button(t('learn.previous'), `${LEARN_PAGE_BUTTON}${Math.max(0, start - LEARN_PAGE)}`, ButtonStyle.Secondary, start === 0),
      button(t('learn.next'), `${LEARN_PAGE_BUTTON}${start + LEARN_PAGE}`, ButtonStyle.Secondary, start + LEARN_PAGE >= total),
    ],
  });
  // Cut per line, so a long phrasing loses its own tail rather than the candidates after it.
  const perLine = Math.floor(EMBED.description / LEARN_PAGE) - 2;
  return {
    ...(notice ? { content: notice } : {}),
    embeds: [
      {
        color: 0x5865f2,
        title: t('learn.title', { from: start + 1, to: start + page.length, total }),
        description: page.map((c, i) => cut(candidateLine(t, c, start + i + 1), perLine)).join('\n\n'),
        footer: { text: t('learn.footer') },
      },
    ],
    components: rows,
    private: true,
  };
}

/** A review button's `<candidate id>:<offset>`. */
function decisionArg(t: Translate, arg: string): { id: number; offset: number } {
  const [id, offset] = arg.split(':').map(Number);
  if (!Number.isInteger(id) || !Number.isInteger(offset)) throw new UserError(t('learn.staleButton', { command: slash(t, 'faq-learn') }));
  return { id: id!, offset: offset! };
}

/** Approves or rejects a candidate, re-indexes when the approved set changed (so it is answered at once), and shows the page again. */
async function decide(interaction: Interaction, context: BotContext, arg: string, status: 'approved' | 'rejected'): Promise<void> {
  const { t } = interaction;
  const { id, offset } = decisionArg(t, arg);
  const candidate = (await context.store.alternates({})).find((a) => a.id === id);
  if (!candidate || !(await context.store.setAlternateStatus(id, status))) throw new UserError(t('learn.gone'));
  // Rejecting an approved phrasing (from a list shown before it was approved) takes it out of the index again.
  if (status === 'approved' || candidate.status === 'approved') await context.reindex();
  context.log.info({ event: 'learned', entry: candidate.entry, status, interaction: interaction.id }, `learned phrasing ${status}`);
  const notice = t(status === 'approved' ? 'learn.approved' : 'learn.rejected', { question: echo(candidate.question) });
  await interaction.reply(await reviewPage(context, t, offset, notice));
}

export const faqLearn = defineCommand({
  name: 'faq-learn',
  needs: REVIEW_NEEDS,
  async execute(interaction, context) {
    await interaction.reply(await reviewPage(context, interaction.t, 0));
  },
});

/** The list's buttons; the dispatcher checks Manage Server again on each click. */
export const faqLearnButtons = [
  { kind: 'button', prefix: LEARN_PAGE_BUTTON, needs: REVIEW_NEEDS, handle: async (i, c, offset) => i.reply(await reviewPage(c, i.t, Number(offset) || 0)) },
  { kind: 'button', prefix: LEARN_APPROVE, needs: REVIEW_NEEDS, handle: (i, c, arg) => decide(i, c, arg, 'approved') },
  { kind: 'button', prefix: LEARN_REJECT, needs: REVIEW_NEEDS, handle: (i, c, arg) => decide(i, c, arg, 'rejected') },
] satisfies ComponentHandler[];
