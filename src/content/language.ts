import path from 'node:path';
import { detectLanguage, normalizeLanguageTag } from '../language/detect.js';
import type { Article, ContentIssue, FaqEntry, Passage } from './types.js';

/** An article's language fields (see `Article.lang`). */
export type ArticleLanguage = Pick<Article, 'lang' | 'langSource' | 'langReliable'>;

/**
 * The language of an article: `declared` (front matter `lang:`, `<html lang>`, a feed's language) when it is a
 * valid BCP 47 tag, else detected from its title, paragraphs and FAQ (questions, alternates and answers), in
 * reading order. Only the first 20,000 characters are read (see `detectLanguage`).
 */
export function articleLanguage(declared: string | null | undefined, title: string, paragraphs: readonly Passage[], faq: readonly FaqEntry[]): ArticleLanguage {
  const tag = declared ? normalizeLanguageTag(declared) : null;
  if (tag) return { lang: tag, langSource: 'declared', langReliable: true };
  const blocks = [title, ...paragraphs.map((p) => p.text), ...faq.flatMap((e) => [e.question, ...e.alternates, ...e.answer].map((p) => p.text))];
  const { lang, reliable } = detectLanguage(blocks.join('\n'));
  return { lang, langSource: 'detected', langReliable: reliable };
}

/** How to declare an article's language in its own format. */
const declaration = (file: string, lang: string): string =>
  /^\.html?$/i.test(path.extname(file)) ? `<html lang="${lang}">` : `a front-matter line "lang: ${lang}"`;

/** A warning for each article whose language was detected without confidence, saying how to declare it. */
export function languageIssues(articles: readonly Article[]): ContentIssue[] {
  return articles
    .filter((a) => a.langSource === 'detected' && !a.langReliable)
    .map((a) => ({
      severity: 'warning' as const,
      file: a.file,
      line: 1,
      message:
        a.lang === 'und'
          ? `the article's language could not be detected from its text; declare it with ${declaration(a.file, 'xx')} (a BCP 47 tag such as de or pt-BR)`
          : `the article's language is unsure: detected as "${a.lang}" from too little or mixed text; declare it with ${declaration(a.file, a.lang)}`,
    }));
}
