import { Lexer, type Token, type Tokens } from 'marked';
import { collapse, FAQ_HEADING, isQuestion, lineAt, MAX_DEK_LENGTH } from './blocks.js';
import { readFrontMatter } from './frontmatter.js';
import type { Article, ContentIssue, FaqEntry, Passage, ParseResult } from './types.js';

/** Block tokens whose text is served; code, raw HTML and rules are layout, not prose. */
const PROSE = new Set(['paragraph', 'list', 'blockquote', 'table', 'text']);

/**
 * Parses a Markdown article: YAML front matter, a `#` title, `##`/`###` sections, and an FAQ section
 * (`## FAQ` or similar) whose `###` headings ending in `?` are questions answered by the blocks under them.
 */
export function parseMarkdown(source: string, file: string, id: string): ParseResult {
  const fm = readFrontMatter(source, file);
  const issues: ContentIssue[] = [...fm.issues];
  if (issues.some((i) => i.severity === 'error')) return { article: null, issues };
  if (fm.body.trim() === '') {
    issues.push({ severity: 'error', file, line: fm.bodyLine, message: 'the article has no text' });
    return { article: null, issues };
  }

  let title = fm.data.title ?? null;
  let summary = fm.data.summary ?? null;
  const paragraphs: Passage[] = [];
  const faq: FaqEntry[] = [];
  let section: string | null = null;
  let inFaq = false;
  let question: FaqEntry | null = null;
  let number = 0;
  let sawHeading = false;
  let sawHeadline = false;
  let cursor = 0;

  for (const token of new Lexer().lex(fm.body)) {
    const found = fm.body.indexOf(token.raw, cursor);
    const start = found < 0 ? cursor : found;
    cursor = start + token.raw.length;
    const raw = token.raw.trim();
    if (!raw) continue;
    const line = fm.bodyLine + lineAt(fm.body, start + token.raw.indexOf(raw)) - 1;

    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      const text = collapse(plain(heading));
      // The first `#` heading is the headline: the title unless front matter gave one, never a section.
      if (heading.depth === 1 && !sawHeadline) {
        sawHeadline = true;
        title ??= text;
        continue;
      }
      sawHeading = true;
      if (heading.depth <= 2) {
        inFaq = FAQ_HEADING.test(text);
        section = text;
        question = null;
      } else if (inFaq && isQuestion(text)) {
        question = { question: { raw, text, section, paragraph: ++number, line }, answer: [], alternates: [] };
        faq.push(question);
      } else {
        if (inFaq) issues.push({ severity: 'warning', file, line, message: `FAQ heading is not a question (no "?"): "${text}"` });
        question = null;
        if (!inFaq) section = text;
      }
      continue;
    }
    if (!PROSE.has(token.type)) continue;
    const passage: Passage = { raw, text: collapse(plain(token)), section, paragraph: ++number, line };
    if (question) {
      question.answer.push(passage);
      continue;
    }
    if (!sawHeading && paragraphs.length === 0 && token.type === 'paragraph' && raw.length <= MAX_DEK_LENGTH) summary ??= passage.text;
    paragraphs.push(passage);
  }

  if (!title) issues.push({ severity: 'error', file, line: fm.bodyLine, message: 'the article has no title: add a "# Title" heading or a "title:" front-matter field' });
  for (const entry of faq) {
    if (entry.answer.length === 0) {
      issues.push({ severity: 'error', file, line: entry.question.line, message: `FAQ question has no answer: "${entry.question.text}"` });
    }
  }
  if (!title || issues.some((i) => i.severity === 'error')) return { article: null, issues };

  const article: Article = {
    id: fm.data.id ?? id,
    title,
    url: fm.data.url ?? null,
    date: fm.data.date ?? null,
    summary,
    site: null,
    tags: fm.data.tags ?? [],
    file,
    paragraphs,
    faq,
  };
  return { article, issues };
}

/** The reader-visible text of a token: Markdown syntax dropped, link and image text kept. */
function plain(token: Token): string {
  if (token.type === 'list') return (token as Tokens.List).items.map(plain).join('\n');
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [table.header, ...table.rows].map((row) => row.map((cell) => cell.text).join(' | ')).join('\n');
  }
  if (token.type === 'image') return (token as Tokens.Image).text;
  if (token.type === 'html' || token.type === 'space') return '';
  if (token.type === 'br') return '\n';
  const children = (token as { tokens?: Token[] }).tokens;
  if (children?.length) return children.map(plain).join(token.type === 'blockquote' || token.type === 'list_item' ? '\n' : '');
  return (token as { text?: string }).text ?? '';
}
