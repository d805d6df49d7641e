import { Lexer, type Token, type Tokens } from 'marked';
import { DEFAULT_LABEL, emptyAlternates, isAlsoAskedLine, misplacedAlsoAsked, readAlternates, writtenLabel, type SourceLine } from './alternates.js';
import { finishArticle, hasError, type UnnamedFaqSection } from './article.js';
import { collapse, decodeEntities, lineIndex, lineStarts, MAX_DEK_LENGTH } from './blocks.js';
import { isFaqHeading, isQuestion } from './faq-markers.js';
import { readFrontMatter, type FrontMatterResult } from './frontmatter.js';
import { MAX_NESTING_DEPTH } from './limits.js';
import { softBreaks } from './soft-breaks.js';
import type { ContentIssue, FaqEntry, Passage, ParseResult } from './types.js';

/** Block tokens whose text is served; code (but a fenced block, and any in an FAQ answer), raw HTML and rules are layout, not prose. */
const PROSE = new Set(['paragraph', 'list', 'blockquote', 'table', 'text']);

/** A block of the file as the Markdown lexer read it, with its verbatim text. */
interface Block {
  token: Token;
  /** The block's text exactly as saved (line breaks included), trimmed. */
  raw: string;
  /** 1-based line of the file where `raw` starts. */
  line: number;
}

/**
 * Parses a Markdown article: YAML front matter, a `#` title, `##`/`###` sections, and an FAQ section
 * (`## FAQ` or its name in another language, see `isFaqHeading`) whose `###` headings ending in a question
 * mark (`isQuestion`) are questions answered by the blocks under them;
 * an `Also asked as:` list right under a question holds its alternates. A file nested deeper than
 * `MAX_NESTING_DEPTH` is refused before the lexer sees it.
 */
export function parseMarkdown(source: string, file: string, id: string): ParseResult {
  const fm = readFrontMatter(source, file);
  const issues: ContentIssue[] = [...fm.issues];
  if (hasError(issues)) return { article: null, issues };
  if (fm.body.trim() === '') {
    issues.push({ severity: 'error', file, line: fm.bodyLine, message: 'the article has no text' });
    return { article: null, issues };
  }
  const tooDeep = nestingIssue(fm.body, fm.bodyLine, file);
  if (tooDeep) return { article: null, issues: [...issues, tooDeep] };
  const reader = new MarkdownReader(fm, file, issues);
  for (const block of blocksOf(fm.body, fm.bodyLine)) reader.read(block);
  return reader.finish(id);
}

/** Walks the blocks in reading order, tracking the section, the FAQ and the question being answered. */
class MarkdownReader {
  private title: string | null;
  /** See `Article.titleLine`. */
  private titleLine: number | undefined;
  private summary: string | null;
  private readonly paragraphs: Passage[] = [];
  private readonly faq: FaqEntry[] = [];
  private section: string | null = null;
  private inFaq = false;
  private question: FaqEntry | null = null;
  private number = 0;
  private sawHeading = false;
  private sawHeadline = false;
  /** A question heading outside any FAQ section, with nothing under it yet (its FAQ heading was not recognised). */
  private stray: string | null = null;
  /** Whether the last heading was such a question, text under it or not: its `Also asked as:` lists, before or after its answer, are its own. */
  private underStray = false;
  /** An FAQ section's heading that is no question, with nothing under it yet (see `misplacedAlsoAsked`). */
  private statement: { text: string; line: number } | null = null;
  /**
   * The `##` section being read (an FAQ section while `inFaq`): its heading and line; how many of its
   * sub-headings are questions and how many are not, each counted where it is as shallow as any before it
   * (`depth`, the shallowest so far); the FAQ entries and paragraphs read before it; and the warnings of the
   * `Also asked as:` lists under its question headings, held back with their labels as written (see `closeSection`).
   */
  private open: { text: string; line: number; depth: number; questions: number; others: number; entries: number; paragraphs: number; misplaced: { issue: ContentIssue; label: string }[] } | null = null;
  /** Sections that look like an FAQ under a name `isFaqHeading` does not know (see `closeSection`). */
  private unnamedFaq: UnnamedFaqSection[] = [];
  /** The entry whose `Also asked as:` line stood alone: the list right after it holds the alternates. */
  private listing: { entry: FaqEntry; line: number; had: number; label: string } | null = null;
  /** Whether a list that follows is the items of a misplaced `Also asked as:` line, ignored with it (see `misplacedAlsoAsked`). */
  private strayListing = false;
  /** The entry whose `Also asked as:` list ends on `line`: a list or paragraph on the very next line belongs
   * to it (Markdown starts a new list at another bullet, `* question`), never to the answer. */
  private alternatesEnd: { entry: FaqEntry; line: number; label: string } | null = null;
  private readonly listedAnswers = new Map<FaqEntry, number>();

  constructor(
    private readonly fm: FrontMatterResult,
    private readonly file: string,
    private readonly issues: ContentIssue[],
  ) {
    this.title = fm.data.title ?? null;
    this.titleLine = fm.titleLine;
    this.summary = fm.data.summary ?? null;
  }

  read(block: Block): void {
    const { token } = block;
    if (this.strayListing) {
      this.strayListing = false;
      if (block.token.type === 'list') return;
    }
    if (this.listing && this.closeListing(block)) return;
    if (this.alternatesEnd && this.continuesAlternates(block)) return;
    this.alternatesEnd = null;
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      if (isProseHeading(block.raw, heading)) {
        // `Also asked as:` over an empty `- ` alternate is, to Markdown, a heading underlined by "-".
        if (this.alsoAsked(block, true)) return;
        this.proseHeadingIssue(block);
        this.prose({ ...block, raw: block.raw.slice(0, block.raw.search(/(?:\r\n|\r|\n)[^\r\n]*$/)).trimEnd() }, textOf(heading));
      } else this.heading(block, heading);
    } else if (token.type === 'code' && (this.question || (token as Tokens.Code).codeBlockStyle !== 'indented')) {
      // Kept with its fences, so Discord shows it as a code block. In the body, a fenced one only: the command
      // a self-hosted app's page gives ("docker exec … pg_dumpall …") was no word the search read, nor quoted
      // after the line introducing it (a trial, round BE). An indented one is often text indented by accident.
      this.prose(block, (token as Tokens.Code).text);
    } else if (PROSE.has(token.type)) {
      this.prose(block, textOf(token));
    }
  }

  finish(id: string): ParseResult {
    if (this.listing) this.closeListing(null);
    this.closeSection();
    const { file, issues } = this;
    if (!this.title) {
      issues.push({ severity: 'error', file, line: this.fm.bodyLine, message: 'the article has no title: add a "# Title" heading or a "title:" front-matter field' });
      return { article: null, issues };
    }
    return finishArticle(
      { meta: this.fm.data, id, idLine: this.fm.idLine, title: this.title, titleLine: this.titleLine, summary: this.summary, site: null, file, format: 'markdown', paragraphs: this.paragraphs, faq: this.faq, unnamedFaq: this.unnamedFaq, listedAnswers: this.listedAnswers },
      issues,
    );
  }

  private heading(block: Block, heading: Tokens.Heading): void {
    const text = textOf(heading);
    // The first `#` heading is the headline: the title unless front matter gave one, never a section.
    if (heading.depth === 1 && !this.sawHeadline) {
      this.sawHeadline = true;
      if (this.title === null) {
        this.title = text;
        this.titleLine = block.line;
      }
      return;
    }
    this.sawHeading = true;
    if (heading.depth <= 2) {
      this.closeSection(text);
      this.inFaq = isFaqHeading(text);
      this.section = text;
      this.question = null;
      this.open = { text, line: block.line, depth: Infinity, questions: 0, others: 0, entries: this.faq.length, paragraphs: this.paragraphs.length, misplaced: [] };
    } else if (this.inFaq && isQuestion(text)) {
      this.question = { question: { raw: block.raw, text, ...hiddenParts(block.raw, [heading]), section: this.section, paragraph: ++this.number, line: block.line }, answer: [], alternates: [] };
      this.faq.push(this.question);
    } else {
      if (this.inFaq) {
        this.issues.push({
          severity: 'warning',
          file: this.file,
          line: block.line,
          message: `FAQ heading "${text}" is not a question (it does not end in a question mark such as ?, ？ or Greek ;), so the text under it is served as article text, not as its answer: end it with a question mark, or write "## ${text}" to end the FAQ there`,
          servedAsText: true,
        });
      }
      this.question = null;
      if (!this.inFaq) this.section = text;
    }
    this.stray = !this.inFaq && isQuestion(text) ? text : null;
    this.underStray = this.stray !== null;
    this.statement = this.inFaq && heading.depth > 2 && !isQuestion(text) ? { text, line: block.line } : null;
    // A "#### Why…?" under "### Windows" is no entry of the section; three under no "###" are.
    if (this.open && heading.depth > 2 && heading.depth <= this.open.depth) {
      this.open.depth = heading.depth;
      this.open[this.stray ? 'questions' : 'others']++;
    }
    if (heading.depth > 2 && !this.inFaq && isFaqHeading(text)) {
      this.issues.push({
        severity: 'warning',
        file: this.file,
        line: block.line,
        message: `"${text}" names an FAQ section, but only a "#" or "##" heading opens one, so the questions under it are not FAQ entries: write it as "## ${text}", with each question as a "### Question?" heading under it`,
      });
    }
  }

  /**
   * Warns where the `##` section just read is an FAQ section with no question under it ("## FAQ" followed by
   * "## How do I pay?"), and notes where it looks like an FAQ under a name `isFaqHeading` does not know: two
   * or more headings under it that are questions, more than those that are not (the warning is the
   * article's: see `unnamedFaqWarning`). Such entries were served as article text without a word: a
   * Ukrainian trial's "## Часті запитання" (a common name, missing from the table then) lost 14 entries so,
   * and only the total in check-content's summary showed it. A question heading left without its "?"
   * silenced the warning, and a Russian trial's "## Вопросы" lost its entries so.
   */
  private closeSection(next?: string): void {
    const section = this.open;
    this.open = null;
    // An FAQ section left without entries, where text under it or a question heading after it shows it was meant to hold some.
    const meant = section !== null && section.others === 0 && (this.paragraphs.length > section.paragraphs || (next !== undefined && isQuestion(next)));
    if (section && this.inFaq && this.faq.length === section.entries && meant) {
      this.issues.push({
        severity: 'warning',
        file: this.file,
        line: section.line,
        message: `FAQ section "${section.text}" has no questions: write each question as a "### Question?" heading under it, its answer below`,
        servedAsText: true,
      });
    }
    // A section warned about as an FAQ the bot does not know says its questions' lists are ignored, once:
    // a CLI tool's admin got that fix once for the section and again for each question's list.
    if (!section || this.inFaq || section.questions < 2 || section.others >= section.questions) {
      this.issues.push(...(section?.misplaced ?? []).map((held) => held.issue));
      return;
    }
    const labels = new Set(section.misplaced.map((held) => held.label));
    const lists = section.misplaced.length ? { lists: section.misplaced.length, label: labels.size === 1 ? [...labels][0]! : DEFAULT_LABEL } : {};
    this.unnamedFaq.push({ text: section.text, line: section.line, questions: section.questions, others: section.others, ...lists });
  }

  private prose(block: Block, text: string): void {
    // An empty list item or code block has nothing to match or quote.
    if (!text || this.alsoAsked(block)) return;
    this.stray = null;
    this.statement = null;
    const { raw, line, token } = block;
    const passage: Passage = { raw, text, ...unseen(raw, token), section: this.section, paragraph: ++this.number, line };
    if (this.question) {
      this.question.answer.push(passage);
      return;
    }
    if (!this.sawHeading && this.paragraphs.length === 0 && token.type === 'paragraph' && raw.length <= MAX_DEK_LENGTH) this.summary ??= text;
    this.paragraphs.push(passage);
  }

  /**
   * Reads an `Also asked as:` paragraph standing under a question, before or after its answer; true when
   * the block was one (one under no question too, which is ignored with its list: see `misplacedAlsoAsked`).
   * `setext`: the block is a heading Markdown made of `Also asked as:` and a lone `-` line.
   */
  private alsoAsked(block: Block, setext = false): boolean {
    const [first, ...rest] = linesOf(block);
    if ((block.token.type !== 'paragraph' && !setext) || !isAlsoAskedLine(first!.text)) return false;
    const entry = this.question;
    const label = writtenLabel(first!.text);
    if (!entry) {
      const issue = misplacedAlsoAsked(this.file, block.line, this.stray, this.statement ?? undefined, label);
      // Under a question heading of a section that may be an FAQ the bot does not know: its warning may say it (see `closeSection`).
      if (this.underStray && this.open) this.open.misplaced.push({ issue, label });
      else this.issues.push(issue);
      this.strayListing = rest.length === 0;
      return true;
    }
    // Under its answer too, where admins write it as naturally as under the question (a Croatian trial's).
    const had = entry.alternates.length;
    this.listed(entry, readAlternates(rest, entry, this.file, plainInline, this.issues, label));
    if (entry.alternates.length === had) this.listing = { entry, line: block.line, had, label };
    else this.alternatesEnd = { entry, line: lastLine(block), label };
    return true;
  }

  /** Notes `line`, a line under `entry`'s `Also asked as:` list read as part of it (see `Draft.listedAnswers`), unless one is noted. */
  private listed(entry: FaqEntry, line: number | null): void {
    if (line !== null && !this.listedAnswers.has(entry)) this.listedAnswers.set(entry, line);
  }

  /** After a lone `Also asked as:` line: takes a list that follows as its alternates. True when `block` was that list. */
  private closeListing(block: Block | null): boolean {
    const { entry, line, had, label } = this.listing!;
    this.listing = null;
    const isList = block?.token.type === 'list';
    if (isList) {
      this.listed(entry, readAlternates(linesOf(block), entry, this.file, plainInline, this.issues, label));
      this.alternatesEnd = { entry, line: lastLine(block), label };
    }
    if (entry.alternates.length === had) this.issues.push(emptyAlternates(this.file, line, label));
    return isList;
  }

  /** Reads a list or paragraph on the line right after an `Also asked as:` list as more of it; true when it was. */
  private continuesAlternates(block: Block): boolean {
    const { entry, line, label } = this.alternatesEnd!;
    if (block.line !== line + 1 || (block.token.type !== 'list' && block.token.type !== 'paragraph')) return false;
    this.listed(entry, readAlternates(linesOf(block), entry, this.file, plainInline, this.issues, label, block.token.type === 'paragraph'));
    this.alternatesEnd = { entry, line: lastLine(block), label };
    return true;
  }

  private proseHeadingIssue(block: Block): void {
    const rule = block.raw.trimEnd().at(-1) === '=' ? '===' : '---';
    this.issues.push({
      severity: 'warning',
      file: this.file,
      line: block.line,
      message: `text right above a "${rule}" line reads as a heading in Markdown; it is served as a paragraph: add a blank line before "${rule}" for a rule, or write "## " before a heading`,
    });
  }
}

/**
 * The file's blocks in order, each with its verbatim text and line. The lexer reads the text with `\n` line
 * ends; offsets are mapped back to the file line by line, so a CRLF file's quotes stay exact slices of it.
 * Lines are found by binary search over a table built once: the whole walk is linear in the file's size.
 */
function* blocksOf(body: string, bodyLine: number): Generator<Block> {
  const normal = body.replace(/\r\n?/g, '\n');
  const bodyStarts = lineStarts(body);
  const normalStarts = normal === body ? bodyStarts : lineStarts(normal);
  const toBody = (offset: number): number => {
    if (normal === body) return offset;
    const i = lineIndex(normalStarts, offset);
    return bodyStarts[i]! + offset - normalStarts[i]!;
  };
  let cursor = 0;
  for (const token of new Lexer().lex(normal)) {
    // Block tokens' raw texts follow one another through the text; the search is only a safety net.
    const start = normal.startsWith(token.raw, cursor) ? cursor : normal.indexOf(token.raw, cursor);
    if (start < 0) continue;
    cursor = start + token.raw.length;
    const trimmed = token.raw.trim();
    if (!trimmed) continue;
    const from = toBody(start + token.raw.indexOf(trimmed));
    const to = toBody(start + token.raw.indexOf(trimmed) + trimmed.length);
    yield { token, raw: body.slice(from, to), line: bodyLine + lineIndex(bodyStarts, from) };
  }
}

/** The file line a block's text ends on. */
const lastLine = (block: Block): number => block.line + block.raw.split(/\r\n|\r|\n/).length - 1;

const linesOf = (block: Block): SourceLine[] => block.raw.split(/\r\n|\r|\n/).map((text, i) => ({ text, line: block.line + i }));

/**
 * A heading that Markdown made from prose: text right above a `---` (or `===`) line becomes a "setext"
 * heading. Two or more lines of text, or a `---` under a sentence, are prose whose author meant a rule.
 */
function isProseHeading(raw: string, heading: Tokens.Heading): boolean {
  if (raw.startsWith('#')) return false;
  const lines = raw.split(/\r\n|\r|\n/).length - 1;
  return lines > 1 || (heading.depth === 2 && /[.!?:;,]$/.test(heading.text.trim()));
}

/** Matching text of a block: Markdown syntax and HTML entities resolved, spaces collapsed. */
const textOf = (token: Token): string => decodeEntities(collapse(plain(token)));

/** An alternate's plain text and hidden parts (see `Passage`), from its inline Markdown. */
function plainInline(raw: string): Pick<Passage, 'text' | 'hidden'> {
  const tokens = Lexer.lexInline(raw);
  return { text: decodeEntities(collapse(tokens.map(plain).join(''))), ...hiddenParts(raw, tokens) };
}

/**
 * What a reader of a prose block never sees, as `Passage.hidden`: its hidden parts (see `hiddenParts`) and,
 * outside code and tables, its soft line breaks (see `softBreaks`), which a reader sees as spaces: read as
 * line ends, "…takes place in Phoenix Park,\nDublin." was two sentences, and the quote for "How much does it
 * cost to enter the Summer Run?" did not reach "entry costs €15" (a fitness app's trial, wrapped at 105 columns).
 */
function unseen(raw: string, token: Token): { hidden?: number[] } {
  const parts = hiddenParts(raw, [token]).hidden ?? [];
  const soft = token.type === 'code' || token.type === 'table' ? [] : softBreaks(raw);
  if (!soft.length) return parts.length ? { hidden: parts } : {};
  const ranges: [number, number][] = [];
  for (const list of [parts, soft]) for (let i = 0; i < list.length; i += 2) ranges.push([list[i]!, list[i + 1]!]);
  ranges.sort((a, b) => a[0] - b[0]);
  const hidden: number[] = [];
  for (const [start, end] of ranges) {
    if (hidden.length && start <= hidden[hidden.length - 1]!) hidden[hidden.length - 1] = Math.max(hidden[hidden.length - 1]!, end);
    else hidden.push(start, end);
  }
  return { hidden };
}

/**
 * The parts of `raw` (a block's text as saved) a reader never sees, as `Passage.hidden` (an empty object
 * when there are none): a link's or image's address and title (`[text](address "title")`,
 * `[text][label]`), HTML tags, character references (`&amp;`: the reader sees one character, no word
 * "amp") and a fenced code block's info string (`bash`). Each of `tokens` (as the lexer read `raw`) is
 * found in `raw` in reading order, line by line, as the lexer drops a list item's indent and a quote's `>`
 * from its tokens' raw texts. An autolink's address is its text, so it stays. Where a token is not found,
 * nothing after it is hidden: the next could be found inside it.
 */
function hiddenParts(raw: string, tokens: Token[]): { hidden?: number[] } {
  if (!/\]\(|\]\[|[<&`~]/.test(raw)) return {};
  const hidden: number[] = [];
  let cursor = 0;
  /** Where the tokens being read end: the text's end, or the end of the link whose label they make. */
  let limit = raw.length;
  let lost = false;
  /** Where `text`'s lines are in `raw`, from the cursor to the limit: the start and the end of each; null when one is not. */
  const find = (text: string): number[] | null => {
    const lines: number[] = [];
    let from = cursor;
    for (const line of text.includes('\n') ? text.split('\n') : [text]) {
      const at = raw.indexOf(line, from);
      if (at < 0 || at + line.length > limit) return null;
      lines.push(at, (from = at + line.length));
    }
    return lines;
  };
  /** Hides each match of `part` within one line of `lines` that `when` keeps. */
  const hide = (lines: number[], part: RegExp, when: (match: string) => boolean): void => {
    for (let i = 0; i < lines.length; i += 2) {
      for (const match of raw.slice(lines[i], lines[i + 1]).matchAll(part)) {
        if (when(match[0])) hidden.push(lines[i]! + match.index, lines[i]! + match.index + match[0].length);
      }
    }
  };
  const visit = (list: readonly Token[]): void => {
    for (const token of list) {
      if (lost) return;
      const children = childrenOf(token);
      const linked = token.type === 'link' || token.type === 'image';
      if (children.length > 0 && !linked) {
        visit(children);
        continue;
      }
      // A fenced code block by its opening line (an indented one's first line may look like a fence).
      const fence = token.type === 'code' && (token as Tokens.Code).codeBlockStyle !== 'indented' ? FENCE.exec(token.raw) : null;
      const lines = find(fence ? fence[0] : token.raw.replace(/\n+$/, ''));
      if (!lines) {
        lost = true;
        return;
      }
      const at = lines[0]!;
      const end = lines.at(-1)!;
      if (linked && (raw[at] === '[' || raw[at] === '!')) {
        const open = token.type === 'image' ? 2 : 1;
        const close = labelEnd(raw, at + open, end);
        // The label's tokens (the lexer unescapes "\\]" in their raw texts) are looked for inside the link only.
        const outer = limit;
        [cursor, limit] = [at + open, close > 0 ? close : end];
        visit(children);
        [lost, limit] = [false, outer];
        if (close > 0) hidden.push(close + 1, end);
      } else if (token.type === 'html') hide(lines, HTML_PARTS, (part) => part[0] !== '&' || isReference(part));
      else if (fence) {
        if (end > at + fence[1]!.length) hidden.push(at + fence[1]!.length, end);
      } else if (token.type === 'text') hide(lines, CHARACTER_REFERENCE, isReference);
      cursor = end;
    }
  };
  visit(tokens);
  return hidden.length ? { hidden } : {};
}

/**
 * Where the label of a link (or image) in `raw` that opens its label at `from` and ends at `end` is closed:
 * the `]` where its brackets balance (a backslash escapes one, a code span holds any), when the link goes on
 * after it with its address or reference; else -1 (a shortcut reference, `[label]`).
 */
function labelEnd(raw: string, from: number, end: number): number {
  for (let i = from, depth = 1; i < end; i++) {
    const c = raw[i];
    if (c === '\\') i++;
    else if (c === '`') {
      const run = /^`+/.exec(raw.slice(i, end))![0];
      const close = raw.indexOf(run, i + run.length);
      if (close >= 0 && close < end) i = close + run.length - 1;
      else i += run.length - 1;
    } else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i + 1 < end && (raw[i + 1] === '(' || raw[i + 1] === '[') ? i : -1;
  }
  return -1;
}

/** Whether `text` is a character reference HTML knows (`&amp;`, `&#8212;`); "&hello;" is shown as written. */
const isReference = (text: string): boolean => decodeEntities(text) !== text;

/** A fenced code block's opening line: its fence (with its indent), then its info string. */
const FENCE = /^([ \t]*(?:`{3,}|~{3,}))[^\n]*/;

/** An HTML tag (a quoted attribute may hold ">") or comment; the text between tags, in an HTML block, is seen. */
const TAG = /<!--[\s\S]*?-->|<\/?[A-Za-z](?:[^<>"']|"[^"]*"|'[^']*')*>/g;

/** A named, decimal or hexadecimal character reference, as HTML and Markdown read them. */
const CHARACTER_REFERENCE = /&(?:[a-z][a-z\d]{1,31}|#\d{1,7}|#x[\da-f]{1,6});/gi;

/** In HTML, its tags and character references, in one pass so they are found in order. */
const HTML_PARTS = new RegExp(`${TAG.source}|${CHARACTER_REFERENCE.source}`, 'gi');

/** The tokens a block or inline token holds: its inline tokens, a list's items, a table's cells. */
function childrenOf(token: Token): Token[] {
  if (token.type === 'list') return (token as Tokens.List).items;
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [table.header, ...table.rows].flatMap((row) => row.flatMap((cell) => cell.tokens));
  }
  return (token as { tokens?: Token[] }).tokens ?? [];
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

/**
 * An error when a line nests quotes and lists deeper than `MAX_NESTING_DEPTH`, else null. One pass over the
 * file, looking only at each line's leading markers.
 */
function nestingIssue(body: string, bodyLine: number, file: string): ContentIssue | null {
  for (let start = 0, line = bodyLine; start <= body.length; line++) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    const depth = lineDepth(body, start, end);
    if (depth > MAX_NESTING_DEPTH) {
      return { severity: 'error', file, line, message: `quotes and lists nest ${depth} levels deep here, more than the ${MAX_NESTING_DEPTH} allowed: the file is skipped` };
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return null;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Nesting a line opens: each `>` and list marker is a level, and indentation before a marker one per 2 spaces. */
function lineDepth(text: string, start: number, end: number): number {
  let depth = 0;
  let indent = 0;
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      indent += c === 9 ? 4 : 1;
      i++;
      continue;
    }
    if (c === 62) {
      depth++;
      indent = 0;
      i++;
      continue;
    }
    let marker = c === 45 || c === 42 || c === 43 ? 1 : 0;
    if (!marker) {
      let j = i;
      while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
      if (j > i && (text[j] === '.' || text[j] === ')')) marker = j - i + 1;
    }
    const after = text.charCodeAt(i + marker);
    if (!marker || (i + marker < end && after !== 32 && after !== 9 && after !== 13)) break;
    depth += 1 + (indent >> 1);
    indent = 0;
    i += marker;
  }
  return depth;
}
