import type { ArticleFormat } from './types.js';

/**
 * Where Markdown text holds a soft line break: a line ending inside a paragraph or list item that is no hard
 * break (CommonMark 0.31, §6.7–6.8), which a Markdown reader shows as a space. Each as its offsets in
 * `markdown`, a start and an end (the `\n`, or `\r\n`), ascending. Not soft: the line endings around a blank
 * line, around a line of code (fenced, the fence as long and of the same character, or indented) or of an
 * HTML block, a thematic break or a setext underline; before a line that opens a block or item (a bullet; a
 * numbered item as `joinableLines` tells one; `>`, `#`, `|`) and after a heading or a quote's line; a hard
 * break (two spaces, a backslash or `<br>` before the line end); and any in a table (a block holding a
 * delimiter row such as `--- | ---`).
 */
export function softBreaks(markdown: string): number[] {
  return lineBreaks(markdown).soft;
}

/**
 * `softBreaks`, and the hard breaks' markers as offsets likewise (a start and an end: the two spaces or more,
 * the backslash or the `<br>`, before a line ending that would otherwise be soft).
 */
function lineBreaks(markdown: string): { soft: number[]; hard: number[] } {
  const soft: number[] = [];
  const hard: number[] = [];
  if (!markdown.includes('\n')) return { soft, hard };
  const lines = markdown.split('\n').map((line) => line.replace(/\r$/, ''));
  const tables = tableLines(lines);
  const { joinable, opensItem } = joinableLines(lines);
  let at = 0;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    // Where the line ending starts: after the previous line, before its "\r" where it has one.
    const ending = at + previous.length;
    at = markdown.indexOf('\n', ending) + 1;
    if (!joinable[i - 1] || !joinable[i] || opensItem[i] || OPENS_LINE.test(lines[i]!) || ENDS_AT_LINE_END.test(previous) || tables[i] || tables[i - 1]) continue;
    const marker = HARD_BREAK.exec(previous);
    if (marker) hard.push(ending - marker[0].length, ending);
    else soft.push(ending, at);
  }
  return { soft, hard };
}

/**
 * Per line, whether a soft break may join it to a neighbour: not a blank line, code (fenced or indented: see
 * CommonMark §4.4–4.5), an HTML block's opening line, a thematic break or a setext underline; and, as
 * `opensItem`, whether it opens a numbered list's item: the number 1, any number where a block starts, or one
 * at the indent of a numbered item before it. Another interrupts no paragraph (CommonMark §5.3): "…findet
 * am\n12. Dezember statt." goes on, in a list item too.
 */
function joinableLines(lines: readonly string[]): { joinable: boolean[]; opensItem: boolean[] } {
  const joinable = new Array<boolean>(lines.length).fill(false);
  const opensItem = new Array<boolean>(lines.length).fill(false);
  let fence: string | null = null;
  // The indents of the numbered items read so far.
  const numbered = new Set<number>();
  // Indented code: after a blank line, a line indented 4 or more past its list item's text.
  let itemText = 0;
  let codeFrom = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const blank = line.trim() === '';
    const after = i === 0 || lines[i - 1]!.trim() === '';
    const indent = indentOf(line);
    const opened = CODE_FENCE.exec(line);
    if (fence !== null) {
      if (opened && opened[1]![0] === fence[0] && opened[1]!.length >= fence.length && line.trim() === opened[1]) fence = null;
      continue;
    }
    if (opened) {
      fence = opened[1]!;
      continue;
    }
    if (codeFrom >= 0 && (blank || indent >= codeFrom)) continue;
    codeFrom = -1;
    if (!blank && after && indent >= itemText + 4) {
      codeFrom = itemText + 4;
      continue;
    }
    const item = itemTextColumn(line);
    const number = item !== undefined && /^\s*\d/.test(line);
    const opens = item !== undefined && (!number || after || /^\s*0*1[.)]/.test(line) || numbered.has(indent));
    if (opens) {
      itemText = item;
      if (number) numbered.add(indent);
    } else if (!blank && after && indent < itemText) itemText = indent;
    opensItem[i] = opens && number;
    joinable[i] = !blank && !RULE_OR_UNDERLINE.test(line) && !HTML_BLOCK.test(line);
  }
  return { joinable, opensItem };
}

/**
 * Markdown as it reads where every line break shows as one (a Discord message, a terminal): each soft line
 * break (see `softBreaks`) written as the space a Markdown reader shows, the indent of the line it joins
 * dropped, so an article wrapped at 80 columns does not break its answers mid-sentence; a hard break's
 * marker (two spaces, a backslash, a `<br>`) dropped, its line break kept. Every other line break is kept as
 * written.
 */
export function unwrapSoftBreaks(markdown: string): string {
  const { soft, hard } = lineBreaks(markdown);
  const cuts: { start: number; end: number; hard: boolean }[] = [];
  for (let i = 0; i < soft.length; i += 2) cuts.push({ start: soft[i]!, end: soft[i + 1]!, hard: false });
  for (let i = 0; i < hard.length; i += 2) cuts.push({ start: hard[i]!, end: hard[i + 1]!, hard: true });
  cuts.sort((a, b) => a.start - b.start);
  let out = '';
  let from = 0;
  for (const cut of cuts) {
    if (cut.hard) {
      out += markdown.slice(from, cut.start);
      from = cut.end;
      continue;
    }
    out += `${markdown.slice(from, cut.start).trimEnd()} `;
    from = cut.end;
    while (markdown[from] === ' ' || markdown[from] === '\t') from++;
  }
  return out + markdown.slice(from);
}

/**
 * An answer's text as a reader of `format` sees it where every line break shows as one: a `.md` article's
 * soft line breaks as spaces (see `unwrapSoftBreaks`); a `.txt` article's lines, and a saved page's (its
 * line breaks are its `<br>`s), as written. For Discord's embeds and `npm run ask`'s text.
 */
export const shownLines = (text: string, format: ArticleFormat | undefined): string => (format === 'markdown' ? unwrapSoftBreaks(text) : text);

/** A line that opens a block or a list item where it stands: a bullet, a quote, a heading, a table row (a number: see `lineBreaks`). */
const OPENS_LINE = /^[ \t]*(?:[-*+](?:[ \t]|$)|>|#{1,6}(?:[ \t]|$)|\|)/;
/** A line whose block ends with it, or goes on only on lines marked as its own: a heading, a quote. */
const ENDS_AT_LINE_END = /^[ \t]{0,3}(?:>|#{1,6}(?:[ \t]|$))/;
/** A code fence's opening or closing line, and its run of backticks or tildes. */
export const CODE_FENCE = /^[ \t]*(`{3,}|~{3,})/;
/** A thematic break (`***`, `- - -`, `___`) or a setext heading's underline (`===`, `--`, `-`: any length). */
const RULE_OR_UNDERLINE = /^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*|-+[ \t]*)$/;
/**
 * A line opening an HTML block (CommonMark §4.6, in short): a block-level tag (not an inline one: "<kbd>Strg</kbd>
 * drücken" goes on its paragraph), a comment, a declaration or a processing instruction at its start.
 */
const HTML_BLOCK = new RegExp(
  `^[ \\t]{0,3}(?:<\\/?(?:${'address article aside blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu nav ol optgroup option p param pre script section source style summary table tbody td textarea tfoot th thead title tr track ul'.split(' ').join('|')})(?:[\\s/>]|$)|<!--|<!\\[CDATA\\[|<\\?|<![A-Z])`,
  'i',
);
/** Two or more spaces, a backslash or a `<br>` (`<br/>`, `</br>`, spaces after it) ending a line: a hard break. */
const HARD_BREAK = /(?:<\/?br\s*\/?>[ \t]*|[ \t]{2,}|\\)$/i;
/** A table's delimiter row: dashes (with optional colons) between pipes, at least one pipe. */
const DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|?[ \t]*$/;

/** The column where a list item's text starts on `line`, which opens the item ("- ", "12. "); undefined for another line. */
function itemTextColumn(line: string): number | undefined {
  const item = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\S/.exec(line);
  return item ? item[1]!.length : undefined;
}

/** How many columns of spaces (a tab: 4) open `line`. */
function indentOf(line: string): number {
  let columns = 0;
  for (const c of line) {
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** Per line, whether it belongs to a block (lines between blank ones) that holds a table's delimiter row. */
function tableLines(lines: readonly string[]): boolean[] {
  const inTable = new Array<boolean>(lines.length).fill(false);
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '') end++;
    if (lines.slice(start, end).some((line) => DELIMITER_ROW.test(line))) inTable.fill(true, start, end);
    start = end + 1;
  }
  return inTable;
}
