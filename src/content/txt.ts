import { collapse, FAQ_HEADING, isQuestion, MAX_DEK_LENGTH } from './blocks.js';
import { readFrontMatter } from './frontmatter.js';
import type { Article, ContentIssue, FaqEntry, Passage, ParseResult } from './types.js';

interface Block {
  raw: string;
  line: number;
  /** Number of lines in the block. */
  lines: number;
}

/** A site-name line sits between the headline and its repeat; longer lines are text. */
const MAX_SITE_NAME_LENGTH = 60;
/** The line under an FAQ heading that explains it ("Frequently asked questions about this article"). */
const MAX_SUBTITLE_LENGTH = 150;

/**
 * Parses a scraped article in the seed's layout: a headline, an optional site name and repeated headline,
 * an optional dek, body paragraphs separated by blank lines, then an optional FAQ section.
 */
export function parseTxt(source: string, file: string, id: string): ParseResult {
  const fm = readFrontMatter(source, file);
  const issues: ContentIssue[] = [...fm.issues];
  if (issues.some((i) => i.severity === 'error')) return { article: null, issues };

  const lines = fm.body.split('\n').map((text, i) => ({ text, line: fm.bodyLine + i }));
  let at = lines.findIndex((l) => l.text.trim() !== '');
  if (at < 0) {
    issues.push({ severity: 'error', file, line: fm.bodyLine, message: 'the article has no text' });
    return { article: null, issues };
  }

  // The headline: always the first line of a scraped file, unless front matter gave a title and the
  // first line reads as a paragraph rather than a headline.
  const firstLine = collapse(lines[at]!.text);
  const looksLikeHeadline = !/[.!]$/.test(firstLine) && firstLine.length <= 200;
  const title = fm.data.title ?? firstLine;
  let site: string | null = null;
  if (!fm.data.title || (looksLikeHeadline && (firstLine === fm.data.title || isAlone(lines, at)))) {
    at++;
    at = skipHeaderRepeats(lines, at, firstLine, (name) => (site = name));
  }
  if (!title) {
    issues.push({ severity: 'error', file, line: fm.bodyLine, message: 'the article has no title' });
    return { article: null, issues };
  }

  const blocks = toBlocks(lines.slice(at));
  const paragraphs: Passage[] = [];
  const faq: FaqEntry[] = [];
  let summary = fm.data.summary ?? null;
  let number = 0;
  let faqSection: string | null = null;
  let sawQuestion = false;
  const passage = (b: Block, section: string | null): Passage => ({
    raw: b.raw,
    text: collapse(b.raw),
    section,
    paragraph: ++number,
    line: b.line,
  });

  blocks.forEach((block, i) => {
    const text = collapse(block.raw);
    if (block.lines === 1 && FAQ_HEADING.test(text)) {
      faqSection = text.replace(/:$/, '');
      sawQuestion = false;
      return;
    }
    if (faqSection !== null) {
      if (isQuestion(text)) {
        faq.push({ question: passage(block, faqSection), answer: [], alternates: [] });
        sawQuestion = true;
        return;
      }
      const current = faq.at(-1);
      if (sawQuestion && current) {
        current.answer.push(passage(block, faqSection));
        return;
      }
      if (block.lines === 1 && text.length <= MAX_SUBTITLE_LENGTH) return;
      paragraphs.push(passage(block, faqSection));
      return;
    }
    if (i === 0 && block.raw.length <= MAX_DEK_LENGTH && !isQuestion(text)) summary ??= text;
    paragraphs.push(passage(block, null));
  });

  for (const entry of faq) {
    if (entry.answer.length === 0) {
      issues.push({ severity: 'error', file, line: entry.question.line, message: `FAQ question has no answer: "${entry.question.text}"` });
    }
  }
  if (issues.some((i) => i.severity === 'error')) return { article: null, issues };

  const article: Article = {
    id: fm.data.id ?? id,
    title,
    url: fm.data.url ?? null,
    date: fm.data.date ?? null,
    summary,
    site,
    tags: fm.data.tags ?? [],
    file,
    paragraphs,
    faq,
  };
  return { article, issues };
}

type Line = { text: string; line: number };

const isAlone = (lines: Line[], at: number): boolean => (lines[at + 1]?.text.trim() ?? '') === '';

/** Drops repeats of the headline and a site-name line standing right before such a repeat. */
function skipHeaderRepeats(lines: Line[], at: number, headline: string, onSite: (name: string) => void): number {
  for (;;) {
    while (at < lines.length && lines[at]!.text.trim() === '') at++;
    const text = collapse(lines[at]?.text ?? '');
    if (!text) return at;
    if (text === headline) {
      at++;
      continue;
    }
    const next = nextNonEmpty(lines, at + 1);
    if (text.length <= MAX_SITE_NAME_LENGTH && !/[.?!:]$/.test(text) && next !== null && collapse(lines[next]!.text) === headline) {
      onSite(text);
      at = next + 1;
      continue;
    }
    return at;
  }
}

function nextNonEmpty(lines: Line[], from: number): number | null {
  for (let i = from; i < lines.length; i++) if (lines[i]!.text.trim() !== '') return i;
  return null;
}

/** Groups lines into blank-line-separated blocks, keeping each block's text exactly as written. */
function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) blocks.push({ raw: current.map((l) => l.text).join('\n').trim(), line: current[0]!.line, lines: current.length });
    current = [];
  };
  for (const l of lines) {
    if (l.text.trim() === '') flush();
    else current.push(l);
  }
  flush();
  return blocks;
}
