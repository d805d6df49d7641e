import { phrasingKey } from '../content/alternates.js';
import type { SearchIndex } from '../search/engine.js';
import type { LearnedAlternate, Store } from '../store/store.js';
import { asksLike, faqEntry, faqPlace } from './phrasings.js';

/**
 * The confidence at or above which the index's answer to a candidate counts as settled. Well above the
 * default abstention threshold (0.35, src/search/engine.ts; ANSWER_THRESHOLD may raise it, even past this):
 * an answer the bot gives without hesitation, so teaching the same words to another entry would make the
 * two compete.
 */
export const SETTLED_CONFIDENCE = 0.6;

/** A learned candidate as reviewers see it: the entry's question beside it, and why it is flagged, if it is. */
export interface ReviewedCandidate extends LearnedAlternate {
  /** The question of the entry it would join; null when the entry is no longer served. */
  entryQuestion: string | null;
  /** Why approving it would make two entries ambiguous (or it has no entry any more); null when it is safe. */
  flag: string | null;
}

/**
 * Why approving `candidate` would make two FAQ entries ambiguous, or null: the same words are a candidate
 * (pending or approved) for another entry, are already another entry's question or alternate, or the
 * current index answers them with another FAQ entry at `SETTLED_CONFIDENCE` or more. A candidate whose
 * entry is no longer served is flagged too. `all` is every learned alternate (any status).
 */
export function ambiguity(candidate: LearnedAlternate, all: readonly LearnedAlternate[], index: SearchIndex): string | null {
  const entry = faqEntry(index.articles, candidate.entry);
  if (!entry) return 'its entry is no longer in the articles';
  const key = phrasingKey(candidate.question);
  const rival = all.find((a) => a.entry !== candidate.entry && a.status !== 'rejected' && phrasingKey(a.question) === key);
  if (rival) return `also ${rival.status === 'approved' ? 'an approved phrasing' : 'a candidate'} for “${questionOf(index, rival.entry)}”`;
  const owner = index.articles.flatMap((a) => a.faq).find((other) => other !== entry && asksLike(other, candidate.question));
  if (owner) return `already how “${owner.question.text}” is asked`;
  const answer = index.answer(candidate.question);
  if (answer.entry && answer.entry !== candidate.entry && faqPlace(answer.entry) && answer.confidence >= SETTLED_CONFIDENCE) {
    return `now answered by “${answer.matched}” (${Math.round(answer.confidence * 100)}%)`;
  }
  return null;
}

const questionOf = (index: SearchIndex, entryId: string): string => faqEntry(index.articles, entryId)?.question.text ?? entryId;

/**
 * The learned alternates with `status` (all when undefined), most confirmed first, each with its entry's
 * question and its flag. With `page` (`limit` whole, above 0), only that page is returned and flagged (a flag
 * asks the index, about a millisecond each); an `offset` past the end is moved back to the last page. `total`
 * counts every match.
 */
export async function reviewCandidates(
  store: Store,
  index: SearchIndex,
  status?: LearnedAlternate['status'],
  page?: { offset: number; limit: number },
): Promise<{ total: number; offset: number; candidates: ReviewedCandidate[] }> {
  const all = await store.alternates({});
  const matching = all.filter((a) => status === undefined || a.status === status);
  const offset = page ? Math.min(Math.max(0, page.offset), Math.max(0, Math.ceil(matching.length / page.limit) - 1) * page.limit) : 0;
  const shown = page ? matching.slice(offset, offset + page.limit) : matching;
  const candidates = shown.map((a) => ({
    ...a,
    entryQuestion: faqEntry(index.articles, a.entry)?.question.text ?? null,
    flag: a.status === 'pending' ? ambiguity(a, all, index) : null,
  }));
  return { total: matching.length, offset, candidates };
}

/** A member's accepted answer: the question as they asked it, normalised by the caller, and the FAQ entry they accepted. */
export interface Acceptance {
  entry: string;
  question: string;
  /** The member's salted hash (src/user-hash.ts). */
  userHash: string;
  at: Date;
}

/**
 * What learning from one acceptance did: `skipped` (not an FAQ entry, an entry no longer served, an empty
 * question, or words that are already this entry's question or alternate, or another entry's question —
 * a click from a "Did you mean" answer, not a new phrasing), `recorded` as a candidate, or `approved`.
 */
export type Learned = 'skipped' | 'recorded' | 'approved';

/**
 * Records an accepted answer's question as a candidate alternate of its FAQ entry. With `autoApprove` (a
 * number of members, `LEARN_AUTO_APPROVE`; null: off), a pending candidate that many distinct members
 * confirmed is approved, unless `ambiguity` flags it. The caller rebuilds the index after `approved`.
 */
export async function learnFrom(store: Store, index: SearchIndex, accepted: Acceptance, autoApprove: number | null): Promise<Learned> {
  const entry = faqEntry(index.articles, accepted.entry);
  if (!entry || !accepted.question || asksLike(entry, accepted.question)) return 'skipped';
  const key = phrasingKey(accepted.question);
  if (index.articles.some((a) => a.faq.some((other) => phrasingKey(other.question.text) === key))) return 'skipped';
  await store.recordAlternate(accepted.entry, accepted.question, accepted.userHash, accepted.at);
  if (autoApprove === null) return 'recorded';
  const all = await store.alternates({});
  const candidate = all.find((a) => a.entry === accepted.entry && a.question === accepted.question);
  if (!candidate || candidate.status !== 'pending' || candidate.members < autoApprove || ambiguity(candidate, all, index)) return 'recorded';
  return (await store.setAlternateStatus(candidate.id, 'approved')) ? 'approved' : 'recorded';
}
