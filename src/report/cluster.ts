import { terms } from '../search/tokenize.js';
import { distance } from '../search/typos.js';

export interface Cluster {
  /** The wording asked most often; on a tie, the best-formed one (capitalised, ending in "?"). */
  representative: string;
  members: string[];
}

/** Two questions are near-duplicates at or above this similarity. */
const SAME_QUESTION = 0.5;

/** A question's character trigrams, case and punctuation aside; combining marks are letters' own (Devanagari and Thai vowel signs). */
const trigrams = (text: string): Set<string> => {
  const t = ` ${text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3));
  return out;
};

/** Terms match when equal, or one typo apart in words long enough for a typo to be told apart. */
const sameTerm = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 4 && distance(a, b) <= 1);

function termSimilarity(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const matched = a.filter((t) => b.some((u) => sameTerm(t, u))).length;
  return matched / (a.length + b.length - matched);
}

function diceSimilarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Groups paraphrases and misspellings of the same question: similarity is the better of shared
 * content words (stemmed, typo-tolerant) and shared character trigrams (for spellings no stemmer fixes).
 * Greedy and order-independent enough for reports of a few thousand questions.
 */
export function clusterQuestions(questions: string[]): Cluster[] {
  const clusters: { members: string[]; terms: string[]; grams: Set<string> }[] = [];
  for (const question of questions) {
    const t = [...new Set(terms(question))];
    const g = trigrams(question);
    let best: (typeof clusters)[number] | null = null;
    let bestScore = SAME_QUESTION;
    for (const c of clusters) {
      const score = Math.max(termSimilarity(t, c.terms), diceSimilarity(g, c.grams));
      if (score >= bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) best.members.push(question);
    else clusters.push({ members: [question], terms: t, grams: g });
  }
  return clusters
    .map(({ members }) => ({ representative: mostCommon(members), members }))
    .sort((a, b) => b.members.length - a.members.length);
}

function mostCommon(texts: string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t.trim(), (counts.get(t.trim()) ?? 0) + 1);
  const form = (t: string) => (t.endsWith('?') ? 1 : 0) + (/^\p{Lu}/u.test(t) ? 1 : 0);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] || (entry[1] === best[1] && form(entry[0]) > form(best[0])) ? entry : best))[0];
}
