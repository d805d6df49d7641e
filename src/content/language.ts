import path from 'node:path';
import { detectLanguage, MAX_DETECT_CHARS, normalizeLanguageTag, primaryLanguage, readAs } from '../language/detect.js';
import type { Article, ContentIssue, FaqEntry, Passage } from './types.js';

/** An article's language fields (see `Article.lang`). */
export type ArticleLanguage = Pick<Article, 'lang' | 'langSource' | 'langReliable'>;

/**
 * The language of an article: `declared` (front matter `lang:`, `<html lang>`, a feed's language) when it is a
 * valid BCP 47 tag, else detected from its title, paragraphs and FAQ (questions, alternates and answers), in
 * reading order, as far as `detectLanguage` reads (`MAX_DETECT_CHARS`).
 */
export function articleLanguage(declared: string | null | undefined, title: string, paragraphs: readonly Passage[], faq: readonly FaqEntry[]): ArticleLanguage {
  const tag = declared ? normalizeLanguageTag(declared) : null;
  if (tag) return { lang: tag, langSource: 'declared', langReliable: true };
  const blocks = [title];
  let length = title.length;
  const passages = [...paragraphs, ...faq.flatMap((e) => [e.question, ...e.alternates, ...e.answer])];
  for (let i = 0; i < passages.length && length < MAX_DETECT_CHARS; i++) {
    blocks.push(passages[i]!.text);
    length += passages[i]!.text.length + 1;
  }
  const { lang, reliable } = detectLanguage(blocks.join('\n'));
  return { lang, langSource: 'detected', langReliable: reliable };
}

/** How many articles in one language make another detected language of a single article suspect (see `languageIssues`). */
const MIN_OTHERS = 3;

/** How to declare an article's language in its own format. */
const declaration = (file: string, lang: string): string =>
  /^\.html?$/i.test(path.extname(file)) ? `<html lang="${lang}">` : `a front-matter line "lang: ${lang}"`;

/** How many times each of `values` occurs, in first-seen order. */
const tally = (values: readonly string[]): Map<string, number> => values.reduce((counts, v) => counts.set(v, (counts.get(v) ?? 0) + 1), new Map<string, number>());

/**
 * A warning for each article whose language was detected without confidence, and for one whose detected
 * language is another than the one every other article is in (MIN_OTHERS of them or more), saying how to declare
 * it. A language detector tells close languages apart badly (it read an Indonesian server's one undeclared
 * article as Malay, beside eight declared Indonesian: a new-user trial), and an article read in another
 * language than its readers' is read with another stemmer and other stopwords.
 */
export function languageIssues(articles: readonly Article[]): ContentIssue[] {
  const primary = (a: Article) => primaryLanguage(a.lang) ?? a.lang;
  // By the language each is read as: "nb" and a detected "no" are one, as Malay and Indonesian are (a review).
  const read = (a: Article) => readAs(primary(a));
  const counts = tally(articles.map(read));
  // With two languages, one of them a single article's: that language, and the others', named by the tag
  // most of them are in ("nb", not the "no" it is read as: a second review).
  const byCount = [...counts].sort((x, y) => x[1] - y[1]);
  const lone =
    byCount.length === 2 && byCount[0]![1] === 1 && byCount[1]![1] >= MIN_OTHERS
      ? { lang: byCount[0]![0], theirs: [...tally(articles.filter((a) => read(a) === byCount[1]![0]).map(primary))].sort((x, y) => y[1] - x[1])[0]![0] }
      : null;
  return articles.flatMap((a) => {
    const warn = (message: string) => [{ severity: 'warning' as const, file: a.file, line: 1, message }];
    if (a.langSource !== 'detected') return [];
    if (a.lang === 'und' && !a.langReliable) return warn(`the article's language could not be detected from its text; declare it with ${declaration(a.file, 'xx')} (a BCP 47 tag such as de or pt-BR)`);
    if (!a.langReliable) return warn(`the article's language is unsure: detected as "${a.lang}" from too little or mixed text; declare it with ${declaration(a.file, a.lang)}`);
    return lone && read(a) === lone.lang
      ? warn(`the article's language was detected as "${a.lang}", while the other articles are in "${lone.theirs}"; if it is in ${lone.theirs} too, declare it with ${declaration(a.file, lone.theirs)}`)
      : [];
  });
}
