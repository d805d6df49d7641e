import { join } from 'node:path';
import type { Article } from '../src/content/types.js';
import { sentences } from '../src/search/sentences.js';
import { benchArticle, type BenchFaq } from './article.js';
import { prng, type Corpus } from './corpus.js';
import { HINT3_BOTS, loadHint3 } from './hint3.js';
import { loadStackFaq } from './stackfaq.js';
import { loadXquad } from './xquad.js';

/**
 * A real-text corpus of any size for the speed benchmark, built from the public data sets in
 * `../shared/datasets` (read where they are, never copied): XQuAD's English articles give the paragraphs,
 * StackFAQ's entries and HINT3's intents the FAQ entries, and their questions the queries.
 *
 * The data sets hold ~120 paragraphs, so articles are repeated to reach the size; each copy of an article
 * cuts its sentences into paragraphs of 2–6 sentences at its own places, so the copies are near-duplicates
 * rather than twins, as re-published and updated articles are. Words repeat, so postings lists are longer
 * than on a real corpus of that size with its larger vocabulary: a pessimistic case for every system alike.
 */

/** A question a member would type, and where it comes from. */
export interface RealQuery {
  text: string;
  /** `faq`: a StackFAQ paraphrase of an FAQ question; `paragraph`: an XQuAD question about a paragraph;
   * `support`: a HINT3 query a user typed to a live support bot, about one of its intents. */
  kind: 'faq' | 'paragraph' | 'support';
}

export interface RealText {
  corpus: Corpus;
  /** Every real question, in a fixed shuffled order (so any prefix mixes the kinds). */
  queries: RealQuery[];
  /** HINT3 queries its live bots had no answer for: off-topic messages as users typed them. */
  offTopic: string[];
}

/** The texts the corpus is cut from, loaded once per process. */
interface Sources {
  articles: { title: string; sentences: string[] }[];
  faq: BenchFaq[];
  queries: RealQuery[];
  offTopic: string[];
}

/** FAQ entries given to each article (the synthetic corpus has 3–5 per ~10 paragraphs). */
const FAQ_PER_ARTICLE = 2;
const MIN_SENTENCES = 2;
const MAX_SENTENCES = 6;

/** Fisher–Yates with a seeded generator: the same input always gives the same order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rnd = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Reads XQuAD English, StackFAQ and HINT3 from `datasets` (their folder names as in `../shared/datasets`),
 * or returns the sentence saying which is missing.
 */
export function loadSources(datasets: string): Sources | string {
  const xquad = loadXquad(join(datasets, 'xquad'), 'en', false);
  const stack = loadStackFaq(join(datasets, 'stackfaq', 'stackExchange-FAQ.json'));
  const bots = HINT3_BOTS.map((bot) => loadHint3(join(datasets, 'hint3'), bot, true));
  if (!xquad || !stack || bots.some((b) => b === null)) {
    return `the real-text corpus needs XQuAD, StackFAQ and HINT3 in ${datasets} (set it with --datasets DIR)`;
  }
  const hint3 = bots.filter((b) => b !== null);
  const faq: BenchFaq[] = [
    ...stack.entries.map((e) => ({ question: e.question, answer: e.answer })),
    ...hint3.flatMap((b) =>
      b.article.faq.map((e) => ({ question: e.question.text, alternates: e.alternates.map((p) => p.text), answer: e.answer.map((p) => p.text).join('\n') })),
    ),
  ];
  const queries: RealQuery[] = [
    ...[...stack.dev, ...stack.test].map((q) => ({ text: q.text, kind: 'faq' as const })),
    ...xquad.queries.map((q) => ({ text: q.text, kind: 'paragraph' as const })),
    ...hint3.flatMap((b) => b.queries.filter((q) => q.entry !== null).map((q) => ({ text: q.text, kind: 'support' as const }))),
  ];
  return {
    articles: xquad.articles.map((a) => ({ title: a.title, sentences: a.paragraphs.flatMap((p) => sentences(p.text).map((s) => s.text)) })),
    faq,
    queries: shuffled(queries, 1),
    offTopic: shuffled(
      hint3.flatMap((b) => b.queries.filter((q) => q.entry === null).map((q) => q.text)),
      2,
    ),
  };
}

/** A corpus of exactly `paragraphs` paragraphs cut from `sources` (see the module comment); deterministic. */
export function realTextCorpus(sources: Sources, paragraphs: number): RealText {
  const rnd = prng(paragraphs);
  const articles: Article[] = [];
  let made = 0;
  let faq = 0;
  let words = 0;
  const count = (text: string) => (words += text.split(/\s+/).filter(Boolean).length);
  while (made < paragraphs) {
    const n = articles.length;
    const source = sources.articles[n % sources.articles.length]!;
    const body: string[] = [];
    for (let at = 0; at < source.sentences.length && made + body.length < paragraphs; ) {
      const length = MIN_SENTENCES + Math.floor(rnd() * (MAX_SENTENCES - MIN_SENTENCES + 1));
      body.push(source.sentences.slice(at, at + length).join(' '));
      at += length;
    }
    const entries = Array.from({ length: FAQ_PER_ARTICLE }, (_, i) => sources.faq[(n * FAQ_PER_ARTICLE + i) % sources.faq.length]!);
    body.forEach(count);
    entries.forEach((e) => count(e.answer));
    articles.push(benchArticle(`real-${String(n + 1).padStart(6, '0')}`, source.title, body, entries));
    made += body.length;
    faq += entries.length;
  }
  return { corpus: { articles, paragraphs: made, faq, words }, queries: sources.queries, offTopic: sources.offTopic };
}
