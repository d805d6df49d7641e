import { escapeUTF8 } from 'entities';
import { withLearnedIndex } from '../catalog.js';
import type { Article } from '../content/types.js';
import { reviewCandidates, type ReviewedCandidate } from '../learn/candidates.js';
import { asksLike, faqEntry, faqPlace } from '../learn/phrasings.js';
import type { SearchIndex } from '../search/engine.js';
import type { AlternateStatus, Store } from '../store/store.js';
import { cut } from '../text.js';
import { table } from './render.js';

export const NO_LEARNED = 'No phrasing learned from members yet.';

/** A learned phrasing as `npm run report -- --learned` lists it: the review fields, plus where its entry's question is written. */
export interface LearnedRow extends ReviewedCandidate {
  /** The content file and line of the entry's question; null when the entry is no longer served. */
  file: string | null;
  line: number | null;
}

const ORDER: AlternateStatus[] = ['pending', 'approved', 'rejected'];

/**
 * Every learned phrasing in the store, pending first, then approved, then rejected (each most confirmed
 * first), flagged as /faq-learn flags it: against `index` (the content as the files hold it) with the
 * approved phrasings merged in, as the bot serves it.
 */
export async function learnedRows(store: Store, index: SearchIndex): Promise<LearnedRow[]> {
  const approved = await store.alternates({ status: 'approved' });
  const served = withLearnedIndex(index, approved);
  const rows = (await reviewCandidates(store, served)).candidates.map((c) => {
    const place = faqPlace(c.entry);
    const article = place ? index.article(place.article) : undefined;
    const entry = place ? article?.faq[place.index] : undefined;
    return { ...c, file: entry ? article!.file : null, line: entry?.question.line ?? null };
  });
  return rows.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
}

/** The learned phrasings as a terminal table. */
export function renderLearnedText(rows: readonly LearnedRow[]): string {
  if (!rows.length) return NO_LEARNED;
  const counts = ORDER.map((s) => `${s}: ${rows.filter((r) => r.status === s).length}`).join('   ');
  return [
    `Phrasings learned from members   ${counts}`,
    '',
    table(
      ['status', 'members', 'phrasing', 'entry', 'flag'],
      rows.map((r) => [r.status, String(r.members), cut(r.question, 60), cut(r.entryQuestion ?? `${r.entry} (no longer served)`, 60), r.flag ? `FLAGGED: ${r.flag}` : '']),
    ),
  ].join('\n');
}

/**
 * What an editor adds to the content files so the approved phrasings live in the articles themselves. For
 * each question, a `== path:line` heading and the lines to paste: where the question (written at that
 * line) has no `Also asked as:` list yet, the whole list, to insert right under it as a paragraph of its
 * own (a blank line before and after); where it has one, the `- ` lines to add after that list's last
 * line, which is the line named. Phrasings the file already lists are left out, and those whose entry is
 * gone are named at the end. `articles` are the articles as their files hold them (nothing learned merged);
 * the phrasings of entries of `feedArticles` (read from feeds: no file to edit) are named apart, as staying
 * in the store. Null when no approved phrasing is left to name.
 */
export function renderLearnedStub(rows: readonly LearnedRow[], articles: readonly Article[], feedArticles: readonly Article[] = []): string | null {
  const out = [
    // The store does not record which way a phrasing was approved: both ways are named.
    'Phrasings learned from members and approved (by an admin in /faq-learn, or automatically once LEARN_AUTO_APPROVE members confirmed them), to add to the content (npm run report -- --learned --stub FILE).',
    'Paste the lines under each "==" heading into the file at the line it names, then run npm run check-content.',
  ];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const gone: string[] = [];
  const fromFeeds: string[] = [];
  /** Approved phrasings of the files' entries that their file already lists. */
  let present = 0;
  const feedIds = new Set(feedArticles.map((a) => a.id));
  const blocks = new Map<string, { file: string; line: number; lines: string[] }>();
  for (const row of rows.filter((r) => r.status === 'approved')) {
    if (feedIds.has(faqPlace(row.entry)?.article ?? '')) {
      fromFeeds.push(`- ${row.question} (${row.entryQuestion ?? row.entry})`);
      continue;
    }
    const entry = faqEntry(byId, row.entry);
    if (!entry || !row.file) {
      gone.push(`- ${row.question} (${row.entry})`);
      continue;
    }
    if (asksLike(entry, row.question)) {
      present++;
      continue;
    }
    const last = entry.alternates.at(-1);
    // A new list takes the label the article's other lists are written with (an admin's own language's).
    const label = entry.alsoAsked ?? byId.get(faqPlace(row.entry)!.article)!.faq.find((e) => e.alsoAsked)?.alsoAsked ?? 'Also asked as:';
    const block = blocks.get(row.entry) ?? {
      file: row.file,
      line: last?.line ?? entry.question.line,
      lines: last
        ? [`== ${row.file}:${last.line} — after this last line of the "${label}" list of “${entry.question.text}”`]
        : [`== ${row.file}:${entry.question.line} — right under the question “${entry.question.text}”, with a blank line before and after`, label],
    };
    // An HTML list takes items: a "- " line pasted in it is no phrasing.
    block.lines.push(last && entry.alsoAskedItems ? `<li>${escapeUTF8(row.question)}</li>` : `- ${row.question}`);
    blocks.set(row.entry, block);
  }
  const sorted = [...blocks.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  if (!sorted.length && !fromFeeds.length && !gone.length) return null;
  // "Already in the content" only of phrasings the files hold: a feed's or a gone entry's are in none.
  if (!sorted.length) {
    out.push('', present ? 'Nothing to add to the content files: every approved phrasing of their entries is already in them.' : 'Nothing to add to the content files: no approved phrasing is for an entry of theirs.');
  }
  for (const block of sorted) out.push('', ...block.lines);
  if (fromFeeds.length) out.push('', '== Approved for articles read from feeds, which are no files to edit (the bot keeps them in the store; nothing to paste):', ...fromFeeds);
  if (gone.length) out.push('', '== Approved, but their FAQ entry is no longer in the content (the bot ignores them; nothing to paste):', ...gone);
  return `${out.join('\n')}\n`;
}
