/**
 * What a confidence threshold costs and buys, on HINT3 v2 (real user queries to three live support bots,
 * over half of them out of scope): `npx tsx bench/threshold.ts [HINT3_DIR]`. For each threshold, how many
 * queries would be answered, how many of those answers are the right entry, and how many out-of-scope
 * queries would get an answer. It grounds auto-answer's default (AUTO_ANSWER_THRESHOLD) against /ask's.
 * Skips with a message when the data set is absent.
 */
import { resolve } from 'node:path';
import { SearchIndex } from '../src/search/engine.js';
import { DEFAULT_HINT3, HINT3_BOTS, loadHint3 } from './hint3.js';

const dir = resolve(import.meta.dirname, '..', process.argv[2] ?? DEFAULT_HINT3);
const bots = HINT3_BOTS.map((bot) => loadHint3(dir, bot, true));
if (bots.some((b) => b === null)) {
  console.log(`HINT3 not found under ${dir}: skipped.`);
} else {
  // One answer per query, then every threshold is read off the same answers.
  const answers = bots.flatMap((data) => {
    const index = new SearchIndex([data!.article]).warm();
    return data!.queries.map((q) => ({ expected: q.entry, answer: index.answer(q.text) }));
  });
  const outOfScope = answers.filter((a) => a.expected === null).length;
  const pct = (n: number, of: number) => `${((n / of) * 100).toFixed(1)}%`;
  console.log(`HINT3 v2, ${answers.length} queries (${outOfScope} out of scope)`);
  console.log('threshold | answered | right entry | out-of-scope answered');
  for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const given = answers.filter((a) => a.answer.answer !== null && a.answer.confidence >= threshold);
    const right = given.filter((a) => a.answer.entry === a.expected).length;
    const wrongScope = given.filter((a) => a.expected === null).length;
    console.log(`${threshold.toFixed(1)} | ${pct(given.length, answers.length)} | ${pct(right, given.length)} | ${pct(wrongScope, outOfScope)}`);
  }
}
