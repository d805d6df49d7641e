import { existsSync, readFileSync } from 'node:fs';
import type { Article } from '../src/content/types.js';
import { sentences } from '../src/search/sentences.js';
import { benchArticle, faqUnitId, paragraphUnitId } from './article.js';

/** Default folder, relative to the project root (the data set must not be committed). */
export const DEFAULT_XQUAD = '../shared/datasets/xquad';

/** One question: its text, the unit ids counted as its own paragraph, and its answer texts. */
export interface XquadQuery {
  text: string;
  /** The paragraph holding the answer, and the FAQ entry cut from that paragraph in FAQ mode. */
  units: Set<string>;
  answers: string[];
}

export interface Xquad {
  articles: Article[];
  queries: XquadQuery[];
}

interface Squad {
  data: { title: string; paragraphs: { context: string; qas: { question: string; answers: { text: string; answer_start: number }[] }[] }[] }[];
}

/**
 * Reads `xquad.LANG.dev.json` as the data set's README says to score it, or returns null when absent.
 * Each article is one content item: its title, then its paragraphs. In FAQ mode, each paragraph's first
 * question becomes an FAQ entry of its article, answered by the paragraph's sentence that holds the answer
 * span (verbatim), and only the other questions are asked.
 */
export function loadXquad(dir: string, lang: string, faqMode: boolean): Xquad | null {
  const path = `${dir}/xquad.${lang}.dev.json`;
  if (!existsSync(path)) return null;
  const data = JSON.parse(readFileSync(path, 'utf8')) as Squad;
  const out: Xquad = { articles: [], queries: [] };
  data.data.forEach((raw, a) => {
    const id = `xquad-${a}`;
    const faq: { question: string; answer: string }[] = [];
    raw.paragraphs.forEach((p, i) => {
      const own = new Set([paragraphUnitId(id, i + 1)]);
      const [first, ...rest] = p.qas;
      if (faqMode && first) {
        const at = first.answers[0]!.answer_start;
        const holding = sentences(p.context).find((s) => s.start <= at && at < s.end) ?? { text: p.context };
        own.add(faqUnitId(id, faq.length));
        faq.push({ question: first.question, answer: holding.text });
      }
      for (const q of faqMode ? rest : p.qas) out.queries.push({ text: q.question, units: own, answers: q.answers.map((x) => x.text) });
    });
    out.articles.push(benchArticle(id, raw.title.replace(/_/g, ' '), raw.paragraphs.map((p) => p.context), faq, lang));
  });
  return out;
}
