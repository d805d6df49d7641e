/**
 * Autocomplete quality and speed, for `npm run bench:quality -- --only autocomplete`: questions typed word
 * by word into `/faq question:` (and `/ask`'s article picker), and where the FAQ question the member was
 * asking stands among the choices offered (Discord shows 25).
 *
 * Systems, each over the same FAQ questions (and their article's title): ours (`SearchIndex.suggestQuestions`);
 * fuse.js as the engine used it on pools of up to 2,000 questions until this benchmark (question weighted
 * 0.85, title 0.15, ignoreLocation, threshold 0.45, token search); MiniSearch as its documentation sets up
 * search-as-you-type (prefix and fuzzy 0.2, the question boosted over the title).
 *
 * Data: StackFAQ's test paraphrases over its 125 threads' questions (held out: nothing was tuned on them),
 * and the trial sites of test/fixtures (175 sites in 17 languages, their questions written by people who
 * had not read the ranker), questions of the kinds `faq` (paraphrases of an FAQ question) and `typed` (as
 * members type), where one FAQ answer matches the question's expected answer.
 *
 * Each question is typed to every word boundary and three characters into the next word (a word being
 * typed); one written without spaces, character by character (it counts as one word typed). Metrics over those prefixes: the asked question first (@1), among the first 5 and 25, no choice at
 * all, and @1 by how many words were typed; @1 of the whole question; CPU time per keystroke.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { loadCatalog } from '../src/catalog.js';
import type { Article } from '../src/content/types.js';
import { SearchIndex } from '../src/search/engine.js';
import { faqUnitId } from './article.js';
import { loadStackFaq, stackArticle } from './stackfaq.js';

/** A question to type, and the id of the FAQ entry it asks (the engine's `article#faq-N`). */
interface Typed {
  text: string;
  entry: string;
}

interface Choice {
  id: string;
  question: string;
  article: string;
}

/** Up to `limit` entry ids for what was typed so far. */
type Suggest = (typed: string, limit: number) => string[];

interface AutocompleteSystem {
  name: string;
  build(articles: readonly Article[]): Suggest;
}

const choicesOf = (articles: readonly Article[]): Choice[] =>
  articles.flatMap((a) => a.faq.map((e, i) => ({ id: faqUnitId(a.id, i), question: e.question.text, article: a.title })));

export const AUTOCOMPLETE_SYSTEMS: AutocompleteSystem[] = [
  {
    name: 'fuse.js',
    build(articles) {
      const fuse = new Fuse(choicesOf(articles), { keys: [{ name: 'question', weight: 0.85 }, { name: 'article', weight: 0.15 }], ignoreLocation: true, threshold: 0.45, useTokenSearch: true });
      return (typed, limit) => fuse.search(typed.trim(), { limit }).map((r) => r.item.id);
    },
  },
  {
    name: 'MiniSearch',
    build(articles) {
      const mini = new MiniSearch<Choice>({ fields: ['question', 'article'], searchOptions: { prefix: true, fuzzy: 0.2, boost: { question: 2 } } });
      mini.addAll(choicesOf(articles));
      return (typed, limit) => mini.search(typed).slice(0, limit).map((r) => r.id as string);
    },
  },
  {
    name: 'ours',
    build(articles) {
      const index = new SearchIndex(articles).warm();
      return (typed, limit) => index.suggestQuestions(typed, limit).map((c) => c.id);
    },
  },
];

const NAME_WIDTH = 36;
/** What Discord shows at most. */
const CHOICES = 25;
/** Prefix lengths, in words typed, reported apart; longer ones count as the last. */
const WORD_BUCKETS = 6;

/** One system's figures on one data set. */
export interface AutocompleteResult {
  system: string;
  prefixes: number;
  at1: number;
  at5: number;
  at25: number;
  empty: number;
  /** @1 with 1, 2, … WORD_BUCKETS (or more) words typed. */
  at1ByWords: number[];
  whole: number;
  /** CPU time per keystroke, ms. */
  ms: number;
}

/**
 * Every prefix of `text` a member types on the way: to each word boundary, and 3 characters past it; in a
 * text written without spaces (Chinese, Japanese, Thai), after each character.
 */
export function prefixesOf(text: string): string[] {
  const out = new Set<string>();
  if (!/\s/.test(text.trim())) return [...text.trim()].map((_, i, chars) => chars.slice(0, i + 1).join(''));
  for (const match of text.matchAll(/\s+|$/g)) {
    out.add(text.slice(0, match.index));
    out.add(text.slice(0, Math.min(text.length, match.index + match[0].length + 3)));
  }
  out.delete('');
  return [...out].filter((p) => p.trim() !== '');
}

/** Scores `suggest` on `questions`, each asked of the suggester its group built (`groups[g]`). */
function score(system: string, groups: { suggest: Suggest; questions: Typed[] }[]): AutocompleteResult {
  let prefixes = 0;
  let at1 = 0;
  let at5 = 0;
  let at25 = 0;
  let empty = 0;
  let whole = 0;
  let questions = 0;
  const byWords = Array.from({ length: WORD_BUCKETS }, () => [0, 0]);
  let cpu = 0;
  for (const { suggest, questions: typed } of groups) {
    for (const q of typed) {
      const ask = (text: string) => {
        const start = process.cpuUsage();
        const ids = suggest(text, CHOICES);
        const used = process.cpuUsage(start);
        cpu += used.user + used.system;
        return ids;
      };
      for (const prefix of prefixesOf(q.text)) {
        const ids = ask(prefix);
        const rank = ids.indexOf(q.entry);
        const bucket = byWords[Math.min(WORD_BUCKETS, prefix.trim().split(/\s+/).length) - 1]!;
        prefixes++;
        bucket[0]!++;
        if (ids.length === 0) empty++;
        if (rank === 0) (at1++, bucket[1]!++);
        if (rank >= 0 && rank < 5) at5++;
        if (rank >= 0) at25++;
      }
      questions++;
      if (ask(q.text)[0] === q.entry) whole++;
    }
  }
  const share = (n: number, of: number) => n / Math.max(1, of);
  return {
    system, prefixes, at1: share(at1, prefixes), at5: share(at5, prefixes), at25: share(at25, prefixes), empty: share(empty, prefixes),
    at1ByWords: byWords.map(([n, hit]) => share(hit!, n!)), whole: share(whole, questions), ms: cpu / 1000 / Math.max(1, prefixes + questions),
  };
}

/** StackFAQ: each thread's question once (its answers repeat it), its test paraphrases typed. */
function stackFaqGroups(path: string): { articles: Article[]; questions: Typed[] } | null {
  const data = loadStackFaq(path);
  if (!data) return null;
  const firsts = data.entries.filter((e, i) => data.entries.findIndex((f) => f.thread === e.thread) === i);
  const article = stackArticle(firsts);
  const entryOf = new Map(firsts.map((e, i) => [e.thread, faqUnitId(article.id, i)]));
  return { articles: [article], questions: data.test.map((q) => ({ text: q.text, entry: entryOf.get(q.thread)! })) };
}

/** The trial sites of `fixtures`: each site's articles, and its questions whose expected answer is one FAQ answer's. */
async function trialSites(fixtures: string): Promise<{ articles: Article[]; questions: Typed[] }[]> {
  const sites: { articles: Article[]; questions: Typed[] }[] = [];
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('-questions.jsonl')).sort()) {
    const { index } = await loadCatalog(resolve(fixtures, file.replace('-questions.jsonl', '')));
    const answers = index.articles.flatMap((a) => a.faq.map((e, i) => ({ id: faqUnitId(a.id, i), text: e.answer.map((p) => p.text).join(' ') })));
    const questions: Typed[] = [];
    for (const line of readFileSync(resolve(fixtures, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const q = JSON.parse(line) as { question: string; expect: string | null; kind: string };
      if ((q.kind !== 'faq' && q.kind !== 'typed') || q.expect === null) continue;
      const expected = new RegExp(q.expect, 'i');
      const matching = answers.filter((a) => expected.test(a.text));
      if (matching.length === 1) questions.push({ text: q.question, entry: matching[0]!.id });
    }
    sites.push({ articles: [...index.articles], questions });
  }
  return sites;
}

/**
 * Runs every system on StackFAQ (at `stackfaqPath`; skipped with a note when absent) and on the trial
 * sites in `fixtures`; returns the report's lines.
 */
export async function autocompleteReport(stackfaqPath: string, fixtures: string): Promise<string[]> {
  const lines: string[] = [];
  const parts: [string, { articles: Article[]; questions: Typed[] }[]][] = [];
  const stack = stackFaqGroups(stackfaqPath);
  if (stack) parts.push(['StackFAQ test paraphrases', [stack]]);
  else lines.push(`Autocomplete on StackFAQ: skipped, no data at ${stackfaqPath} (pass --stackfaq PATH).`);
  parts.push(['trial sites (test/fixtures)', await trialSites(fixtures)]);
  lines.push('Autocomplete: questions typed word by word (and 3 letters into the next); the asked FAQ question among the 25 choices');
  lines.push(`${'data set'.padEnd(NAME_WIDTH)} | ${'system'.padEnd(10)} | prefixes    @1    @5   @25  empty | @1 by words typed: 1     2     3     4     5    6+ | whole @1 | µs/keystroke`);
  for (const [name, groups] of parts) {
    const count = groups.reduce((n, g) => n + g.questions.length, 0);
    process.stderr.write(`Autocomplete, ${name}: ${count} questions…\n`);
    for (const system of AUTOCOMPLETE_SYSTEMS) {
      const r = score(system.name, groups.map((g) => ({ suggest: system.build(g.articles), questions: g.questions })));
      const f = (v: number) => v.toFixed(3).slice(1).padStart(5);
      lines.push(
        `${(system === AUTOCOMPLETE_SYSTEMS[0] ? `${name} (${count})` : '').padEnd(NAME_WIDTH)} | ${r.system.padEnd(10)} | ${String(r.prefixes).padStart(8)} ${f(r.at1)} ${f(r.at5)} ${f(r.at25)}  ${f(r.empty)} |                  ${r.at1ByWords.map(f).join(' ')} |    ${f(r.whole)} | ${(r.ms * 1000).toFixed(0).padStart(12)}`,
      );
    }
  }
  return lines;
}
