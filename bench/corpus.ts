import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS } from '../src/content/limits.js';
import type { Article, FaqEntry, Passage } from '../src/content/types.js';

/**
 * Deterministic synthetic corpora for the speed benchmark: articles of ~10 paragraphs of ~60 words and ~4
 * FAQ entries with ~40-word answers, plus queries of the kinds a Discord user types. Words follow a
 * Zipf–Mandelbrot law over a generated vocabulary, and about 45% of tokens are English function words, so
 * posting lists, stopword removal and stemming cost what they would on real prose.
 */

export interface Corpus {
  articles: Article[];
  paragraphs: number;
  faq: number;
  /** Tokens of paragraphs and FAQ answers. */
  words: number;
}

export type QueryKind = 'faq' | 'paragraph' | 'typo';

export interface Query {
  text: string;
  kind: QueryKind;
}

/** mulberry32: small, fast and good enough for sampling; the same seed always gives the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const int = (rnd: Random, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

/** Draws ranks 0…n-1 with probability ∝ 1 / (rank + q)^s, by binary search over the cumulative weights. */
class Zipf {
  private readonly cumulative: Float64Array;

  constructor(n: number, s: number, q: number) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) this.cumulative[r] = sum += 1 / (r + q) ** s;
  }

  draw(rnd: Random): number {
    const target = rnd() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Common English function words, most frequent first; some ("not", "when", "so") are not stopwords. */
const FUNCTION_WORDS = (
  'the of and to a in is that for it you with as on was are be this by or have from at not an they ' +
  'can if but we which your all will when there their has more so one do about what up out been would ' +
  'some these its than other into only also how then them no may most should could any our each just ' +
  'after over such between through because while where both very before those well same under being ' +
  'does since still here much many own again once why who'
).split(' ');

const ONSETS = 'b br c ch cl d dr f fl g gr h j k l m n p pl pr qu r s sh sl sp st t th tr v w z'.split(' ');
const VOWELS = 'a e i o u a e i o ai ea ou io'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ck', 'x'];
/** Inflections, so stemming folds word forms as it does in English. */
const SUFFIXES = ['', '', '', '', 's', 's', 'ing', 'ed', 'er', 'ly', 'ation', 'ness', 'ment', 'able', 'ers'];

/**
 * `size` distinct pseudo-words of 1–3 syllables plus an inflection, none a function word, roughly shortest
 * first: frequent words are short in real languages, and their length drives both stemming and fuse.js cost.
 */
function vocabulary(size: number, rnd: Random): string[] {
  const seen = new Set(FUNCTION_WORDS);
  const out: { word: string; key: number }[] = [];
  while (out.length < size) {
    let word = '';
    const roll = rnd();
    for (let i = roll < 0.35 ? 1 : roll < 0.8 ? 2 : 3; i > 0; i--) word += pick(rnd, ONSETS) + pick(rnd, VOWELS) + pick(rnd, CODAS);
    word += pick(rnd, SUFFIXES);
    if (word.length < 3 || seen.has(word)) continue;
    seen.add(word);
    out.push({ word, key: word.length + 12 * rnd() });
  }
  return out.sort((a, b) => a.key - b.key).map((w) => w.word);
}

const VOCABULARY_SIZE = 30_000;
const FUNCTION_SHARE = 0.45;
/** Share of an article's content words drawn from its own topic words, which is what makes it findable. */
const TOPIC_SHARE = 0.35;
const TOPIC_WORDS = 25;

/** Question shapes; `$` is replaced by content words. */
const QUESTION_TEMPLATES = [
  'How do I $ the $ $?',
  'What is the $ $?',
  'Why does my $ $ keep $?',
  'Can I $ $ with $?',
  'Where can I find the $ $?',
  'When should I $ my $?',
  'Is it possible to $ $ without $?',
  'What happens if the $ $ is not $?',
  'How long does $ $ take?',
  'Does the $ support $ $?',
];

class Writer {
  readonly words: string[];
  private readonly content: Zipf;
  private readonly functions: Zipf;
  tokens = 0;

  constructor(readonly rnd: Random) {
    this.words = vocabulary(VOCABULARY_SIZE, rnd);
    this.content = new Zipf(this.words.length, 1.05, 2.7);
    this.functions = new Zipf(FUNCTION_WORDS.length, 1, 1.5);
  }

  /** A content word from the whole vocabulary. */
  word(): string {
    return this.words[this.content.draw(this.rnd)]!;
  }

  /** Topic words avoid the ~100 most common content words, as a subject's own words do. */
  topic(): string[] {
    const out = new Set<string>();
    while (out.size < TOPIC_WORDS) {
      const rank = this.content.draw(this.rnd);
      if (rank >= 100) out.add(this.words[rank]!);
    }
    return [...out];
  }

  /** Sentences totalling about `target` words, with capitals, commas and the odd number or possessive. */
  prose(target: number, topic: readonly string[]): string {
    const rnd = this.rnd;
    const out: string[] = [];
    let count = 0;
    while (count < target) {
      const length = Math.min(int(rnd, 8, 20), Math.max(4, target - count));
      const sentence: string[] = [];
      for (let i = 0; i < length; i++) {
        let w: string;
        if (rnd() < FUNCTION_SHARE) w = FUNCTION_WORDS[this.functions.draw(rnd)]!;
        else if (rnd() < TOPIC_SHARE) w = pick(rnd, topic);
        else w = this.word();
        const extra = rnd();
        if (extra < 0.01) w = String(int(rnd, 2, 2030));
        else if (extra < 0.02) w += "'s";
        else if (extra < 0.06 && i < length - 1) w += ',';
        sentence.push(i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w);
      }
      const end = rnd();
      out.push(sentence.join(' ') + (end < 0.9 ? '.' : end < 0.96 ? '?' : '!'));
      count += length;
    }
    this.tokens += count;
    return out.join(' ');
  }

  question(topic: readonly string[]): string {
    return pick(this.rnd, QUESTION_TEMPLATES).replace(/\$/g, () => (this.rnd() < 0.8 ? pick(this.rnd, topic) : this.word()));
  }
}

/**
 * Articles holding exactly `paragraphs` body paragraphs (8–12 per article, the last one cut short) and 3–5
 * FAQ entries each. The same `paragraphs` and `seed` always give the same corpus.
 */
export function generateCorpus(paragraphs: number, seed = paragraphs): Corpus {
  const writer = new Writer(prng(seed));
  const rnd = writer.rnd;
  const articles: Article[] = [];
  let made = 0;
  let faqCount = 0;
  while (made < paragraphs) {
    const n = articles.length + 1;
    const id = `synthetic-${String(n).padStart(6, '0')}`;
    const topic = writer.topic();
    const title = Array.from({ length: int(rnd, 3, 6) }, () => pick(rnd, topic))
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(' ');
    // Positions and lines as the Markdown loader would give them: one block per paragraph, blank lines between.
    let number = 0;
    let line = 3;
    const passage = (text: string, section: string | null): Passage => {
      line += 2;
      return { raw: text, text, section, paragraph: ++number, line };
    };
    const body: Passage[] = [];
    let section: string | null = null;
    for (let i = Math.min(int(rnd, 8, 12), paragraphs - made); i > 0; i--) {
      if (body.length > 0 && rnd() < 0.3) {
        section = `${pick(rnd, topic)} ${writer.word()}`;
        line += 2;
      }
      body.push(passage(writer.prose(int(rnd, 45, 75), topic), section));
    }
    line += 2;
    const faq: FaqEntry[] = [];
    for (let i = int(rnd, 3, 5); i > 0; i--) {
      const question = passage(writer.question(topic), 'FAQ');
      // Most answers are one paragraph; some are two, totalling ~40 words either way.
      const total = int(rnd, 30, 50);
      const first = rnd() < 0.7 ? total : int(rnd, 12, total - 12);
      const answer = [passage(writer.prose(first, topic), 'FAQ')];
      if (first < total) answer.push(passage(writer.prose(total - first, topic), 'FAQ'));
      faq.push({ question, answer, alternates: [] });
    }
    articles.push({
      id,
      title,
      url: `https://example.com/articles/${id}`,
      date: `20${String(10 + (n % 15)).padStart(2, '0')}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      summary: null,
      site: 'Synthetic',
      lang: 'en',
      langSource: 'declared',
      langReliable: true,
      tags: [pick(rnd, topic), pick(rnd, topic)],
      file: `synthetic/${id}.md`,
      paragraphs: body,
      faq,
    });
    made += body.length;
    faqCount += faq.length;
  }
  return { articles, paragraphs: made, faq: faqCount, words: writer.tokens };
}

const FUNCTION_SET = new Set(FUNCTION_WORDS);
const isContent = (w: string): boolean => w.length > 2 && !FUNCTION_SET.has(w) && !/\d/.test(w);
const wordsOf = (text: string): string[] => text.toLowerCase().replace(/'s\b/g, '').split(/[^a-z0-9]+/).filter(Boolean);

/** One typo (substitution, deletion, insertion or transposition) in the middle of `word`. */
function typo(word: string, rnd: Random): string {
  const i = int(rnd, 1, word.length - 2);
  const letter = String.fromCharCode(97 + Math.floor(rnd() * 26));
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return word.slice(0, i) + letter + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + letter + word.slice(i);
    default:
      return word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2);
  }
}

/** An FAQ question paraphrased: a word dropped, a content word swapped for one of the article's. */
function paraphrase(entry: FaqEntry, article: Article, rnd: Random): string {
  const words = wordsOf(entry.question.text);
  if (words.length > 3 && rnd() < 0.7) words.splice(int(rnd, 1, words.length - 1), 1);
  const content = words.flatMap((w, i) => (isContent(w) ? [i] : []));
  if (content.length > 1 && rnd() < 0.5) {
    const swap = wordsOf(pick(rnd, article.paragraphs).text).filter(isContent);
    if (swap.length) words[pick(rnd, content)] = pick(rnd, swap);
  }
  return words.join(' ') + (rnd() < 0.5 ? '?' : '');
}

const OPENERS = ['', '', 'how to', 'what about', 'why is', 'help with', 'is there a way to'];

/** A few content words from a stretch of one paragraph, as someone recalling what they read would type. */
function recall(passage: Passage, rnd: Random): string {
  const words = wordsOf(passage.text);
  const start = int(rnd, 0, Math.max(0, words.length - 12));
  const content = words.slice(start, start + 12).filter(isContent).slice(0, int(rnd, 2, 5));
  return [pick(rnd, OPENERS), ...content].join(' ').trim();
}

/**
 * `count` queries: ~40% FAQ paraphrases, ~40% words recalled from a paragraph, ~20% either with one or two
 * typos in content words.
 */
export function generateQueries(corpus: Corpus, count: number, seed: number): Query[] {
  const rnd = prng(seed);
  const out: Query[] = [];
  while (out.length < count) {
    const article = pick(rnd, corpus.articles);
    const roll = rnd();
    const fromFaq = roll < 0.4 || (roll >= 0.8 && rnd() < 0.5);
    const text = fromFaq ? paraphrase(pick(rnd, article.faq), article, rnd) : recall(pick(rnd, article.paragraphs), rnd);
    if (roll < 0.8) {
      out.push({ text, kind: fromFaq ? 'faq' : 'paragraph' });
      continue;
    }
    const mark = text.endsWith('?') ? '?' : '';
    const words = text.slice(0, text.length - mark.length).split(' ');
    const long = words.flatMap((w, i) => (isContent(w) && w.length >= 5 ? [i] : []));
    if (!long.length) continue;
    for (let n = int(rnd, 1, Math.min(2, long.length)); n > 0; n--) {
      const i = long.splice(Math.floor(rnd() * long.length), 1)[0]!;
      words[i] = typo(words[i]!, rnd);
    }
    out.push({ text: words.join(' ') + mark, kind: 'typo' });
  }
  return out;
}

/**
 * Messages about nothing in the corpus, as a Discord channel gets: the engine finds no candidate and falls
 * back to fuzzy-matching every FAQ question for alternatives, so these cost differently from the rest.
 */
export const OFF_TOPIC: readonly string[] = [
  'hello',
  'thanks everyone',
  'good morning all',
  'lol',
  'is anyone here?',
  'what time is the meeting tomorrow',
  'who won the football game',
  'my computer crashed again',
  'can someone help me',
  'where is the weather forecast',
];

/** One Markdown file of one or more generated articles (the first one's title; all their paragraphs and FAQ). */
const markdown = (articles: Article[]): string =>
  [
    `# ${articles[0]!.title}`,
    ...articles.flatMap((a) => a.paragraphs.map((p) => p.text)),
    '## FAQ',
    ...articles.flatMap((a) => a.faq.flatMap((entry) => [`### ${entry.question.text}`, ...entry.answer.map((p) => p.text)])),
  ].join('\n\n') + '\n';

/**
 * Writes `corpus` into `dir` as Markdown files, one per article, or several articles per file past
 * DEFAULT_LIMITS.maxFiles articles (1M paragraphs), which is all one content folder may hold; returns
 * how many files it wrote.
 */
export function writeCorpusFolder(corpus: Corpus, dir: string): number {
  const perFile = Math.ceil(corpus.articles.length / DEFAULT_LIMITS.maxFiles);
  let files = 0;
  for (let i = 0; i * perFile < corpus.articles.length; i++, files++) {
    writeFileSync(path.join(dir, `a${String(i).padStart(6, '0')}.md`), markdown(corpus.articles.slice(i * perFile, (i + 1) * perFile)));
  }
  return files;
}
