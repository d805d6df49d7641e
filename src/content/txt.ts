import { emptyAlternates, isAlsoAskedLine, isItemList, misplacedAlsoAsked, readAlternates, writtenLabel, type SourceLine } from './alternates.js';
import { finishArticle, hasError } from './article.js';
import { collapse, decodeEntities, lineStarts, MAX_DEK_LENGTH } from './blocks.js';
import { isFaqHeading, isQuestion, MAX_QUESTION_LENGTH } from './faq-markers.js';
import { readFrontMatter } from './frontmatter.js';
import type { ContentIssue, FaqEntry, Passage, ParseResult } from './types.js';

/** How a sentence that states something ends: a full stop, an exclamation mark (any script's common forms), an ellipsis or a colon. */
const STATEMENT_END = /[.!。！…:：]['"”’»)]*$/u;

/** A blank-line-separated block: its lines as written, and its text (trimmed, line breaks kept). */
interface Block {
  raw: string;
  line: number;
  lines: SourceLine[];
}

/** A site-name line sits between the headline and its repeat; longer lines are text. */
const MAX_SITE_NAME_LENGTH = 60;
/** The line under an FAQ heading that explains it ("Frequently asked questions about this article"), in characters. */
const MAX_SUBTITLE_LENGTH = 150;

/**
 * Parses a scraped article in the seed's layout: a headline, an optional site name and repeated headline,
 * an optional dek, body paragraphs separated by blank lines, then an optional FAQ section. HTML entities a
 * scraper left in are decoded first: the article's text, and every quote of it, is the decoded text.
 */
export function parseTxt(source: string, file: string, id: string): ParseResult {
  const fm = readFrontMatter(source, file);
  const issues: ContentIssue[] = [...fm.issues];
  if (hasError(issues)) return { article: null, issues };

  const body = decodeEntities(fm.body);
  const lines = linesOf(body, fm.bodyLine);
  const given = fm.data.title === undefined ? undefined : decodeEntities(fm.data.title);
  const head = readHeadline(lines, given);
  if (!head) {
    issues.push({ severity: 'error', file, line: fm.bodyLine, message: 'the article has no text' });
    return { article: null, issues };
  }
  const reader = new TxtBodyReader(file, issues);
  reader.read(toBlocks(body, lines.slice(head.at)));
  const summary = fm.data.summary === undefined ? reader.dek : decodeEntities(fm.data.summary);
  return finishArticle(
    { meta: fm.data, id, idLine: fm.idLine, title: head.title, titleLine: fm.titleLine ?? head.line, summary, site: head.site, file, format: 'text', paragraphs: reader.paragraphs, faq: reader.faq },
    issues,
  );
}

/**
 * The headline, the site name, the headline's line (1-based, in the file), and the index of the first line
 * after them; null for a file of blank lines.
 * The headline is the first line of a scraped file, unless front matter gave a title and the first line
 * reads as a paragraph rather than a headline.
 */
function readHeadline(lines: SourceLine[], given: string | undefined): { title: string; site: string | null; line: number; at: number } | null {
  let at = lines.findIndex((l) => l.text.trim() !== '');
  if (at < 0) return null;
  const { line, text } = lines[at]!;
  const firstLine = collapse(text);
  const looksLikeHeadline = !/[.!]$/.test(firstLine) && firstLine.length <= 200;
  let site: string | null = null;
  if (!given || (looksLikeHeadline && (firstLine === given || isAlone(lines, at)))) {
    at = skipHeaderRepeats(lines, at + 1, firstLine, (name) => (site = name));
  }
  return { title: given ?? firstLine, site, line, at };
}

/** Sorts the body's blocks into paragraphs, the dek, and FAQ entries with their answers and alternates. */
class TxtBodyReader {
  readonly paragraphs: Passage[] = [];
  readonly faq: FaqEntry[] = [];
  /** The first block, when it is a short paragraph (the standfirst under the headline). */
  dek: string | null = null;
  private number = 0;
  private faqSection: string | null = null;
  /** Index of the FAQ heading's block. */
  private headingAt = -1;
  private sawQuestion = false;

  constructor(
    private readonly file: string,
    private readonly issues: ContentIssue[],
  ) {}

  read(blocks: Block[]): void {
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      const text = collapse(block.raw);
      if (isAlsoAskedLine(block.lines[0]!.text)) {
        this.alsoAsked(block, blocks[i + 1], blocks[i - 1]);
        // Its list, a block of its own after a lone "Also asked as:" line, goes with it: read, or ignored with it.
        if (block.lines.length === 1 && blocks[i + 1] && isItemList(blocks[i + 1]!.lines)) i++;
        continue;
      }
      if (block.lines.length === 1 && isFaqHeading(text)) {
        this.faqSection = text.replace(/[:：]$/, '');
        this.sawQuestion = false;
        this.headingAt = i;
      } else if (this.faqSection !== null) this.faqBlock(block, text, i, blocks[i + 1]);
      else {
        if (i === 0 && block.raw.length <= MAX_DEK_LENGTH && !isQuestion(text)) this.dek = text;
        this.paragraphs.push(this.passage(block, null));
      }
    }
  }

  /**
   * A block of the FAQ section: a question, an answer, or the section's subtitle (one short line right
   * under the heading, before the first question), which is skipped. Any other text before the first
   * question is served as a paragraph, with a warning when it may be a question gone wrong: a short line
   * (its question mark left out) or a block whose first line is a question (its answer not set apart).
   */
  private faqBlock(block: Block, text: string, at: number, next: Block | undefined): void {
    if (isQuestion(text)) {
      this.faq.push({ question: this.passage(block, this.faqSection), answer: [], alternates: [] });
      this.sawQuestion = true;
      return;
    }
    const current = this.faq.at(-1);
    if (this.sawQuestion && current) {
      current.answer.push(this.passage(block, this.faqSection));
      return;
    }
    const subtitle = at === this.headingAt + 1 && block.lines.length === 1 && text.length <= MAX_SUBTITLE_LENGTH && next !== undefined && isQuestion(collapse(next.raw));
    if (subtitle) return;
    this.paragraphs.push(this.passage(block, this.faqSection));
    // A short line ending as a statement ("In March.") is an answer that came first, not a question whose mark was left out.
    const short = block.lines.length === 1 && text.length <= MAX_QUESTION_LENGTH && !STATEMENT_END.test(text);
    if (!short && !isQuestion(block.lines[0]!.text)) return;
    this.issues.push({
      severity: 'warning',
      file: this.file,
      line: block.line,
      message: `text under the FAQ heading "${this.faqSection}" before its first question is served as a paragraph; if it is a question, end it with a question mark (? or ？), and separate a question from its answer with a blank line`,
      servedAsText: true,
    });
  }

  /**
   * Reads an `Also asked as:` block standing under a question, before or after its answer: its `- question`
   * lines, or when the line stands alone, the list block after it. Under no question, a warning: the block
   * and its list are ignored (see `misplacedAlsoAsked`).
   */
  private alsoAsked(block: Block, next: Block | undefined, previous: Block | undefined): void {
    const entry = this.faq.at(-1);
    const label = writtenLabel(block.lines[0]!.text);
    if (!this.sawQuestion || !entry) {
      const stray = this.faqSection === null && previous && isQuestion(collapse(previous.raw)) ? collapse(previous.raw) : null;
      this.issues.push(misplacedAlsoAsked(this.file, block.line, stray, undefined, label));
      return;
    }
    const items = block.lines.length > 1 ? block.lines.slice(1) : next && isItemList(next.lines) ? next.lines : [];
    const had = entry.alternates.length;
    readAlternates(items, entry, this.file, (raw) => ({ text: collapse(raw) }), this.issues, label);
    if (entry.alternates.length === had) this.issues.push(emptyAlternates(this.file, block.line, label));
  }

  private passage(block: Block, section: string | null): Passage {
    return { raw: block.raw, text: collapse(block.raw), section, paragraph: ++this.number, line: block.line };
  }
}

const isAlone = (lines: SourceLine[], at: number): boolean => (lines[at + 1]?.text.trim() ?? '') === '';

/** Drops repeats of the headline and a site-name line standing right before such a repeat. */
function skipHeaderRepeats(lines: SourceLine[], at: number, headline: string, onSite: (name: string) => void): number {
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

function nextNonEmpty(lines: SourceLine[], from: number): number | null {
  for (let i = from; i < lines.length; i++) if (lines[i]!.text.trim() !== '') return i;
  return null;
}

/** A line of the text with where it starts and ends (its line break excluded). */
interface TextLine extends SourceLine {
  start: number;
  end: number;
}

/** The lines of `text`, numbered from `firstLine`; a line ends at `\r\n`, `\r` or `\n`. */
function linesOf(text: string, firstLine: number): TextLine[] {
  const starts = lineStarts(text);
  return starts.map((start, i) => {
    const next = starts[i + 1];
    const end = next === undefined ? text.length : next - (text[next - 2] === '\r' && text[next - 1] === '\n' ? 2 : 1);
    return { text: text.slice(start, end), line: firstLine + i, start, end };
  });
}

/** Groups lines into blank-line-separated blocks, each block's text sliced from `text` exactly as written. */
function toBlocks(text: string, lines: TextLine[]): Block[] {
  const blocks: Block[] = [];
  let current: TextLine[] = [];
  const flush = () => {
    if (current.length) blocks.push({ raw: text.slice(current[0]!.start, current.at(-1)!.end).trim(), line: current[0]!.line, lines: current });
    current = [];
  };
  for (const l of lines) {
    if (l.text.trim() === '') flush();
    else current.push(l);
  }
  flush();
  return blocks;
}
