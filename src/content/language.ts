import path from 'node:path';
import { detectLanguage, MAX_DETECT_CHARS, normalizeLanguageTag } from '../language/detect.js';
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
