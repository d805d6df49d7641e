/**
 * Where Markdown text holds a soft line break: a line ending inside a paragraph or list item that is no hard
 * break (CommonMark 0.31, §6.7–6.8), which a Markdown reader shows as a space. Each as its offsets in
 * `markdown`, a start and an end (the `\n`, or `\r\n`), ascending. Not soft: the line endings around a blank
 * line; before a line that opens a block or item (a bullet, a number and `.` or `)`, `>`, `#`, `|`, a code
 * fence) and after a heading, a quote's line or a fence; inside fenced or indented code; a hard break (two spaces or a
 * backslash before the line end); and any in a table (a block holding a delimiter row such as `--- | ---`).
 */
export function softBreaks(markdown: string): number[] {
  return lineBreaks(markdown).soft;
}

/**
 * `softBreaks`, and the hard breaks' markers as offsets likewise (a start and an end: the two spaces or more,
 * or the backslash, before a line ending that would otherwise be soft).
 */
function lineBreaks(markdown: string): { soft: number[]; hard: number[] } {
  const soft: number[] = [];
  const hard: number[] = [];
  if (!markdown.includes('\n')) return { soft, hard };
  const lines = markdown.split('\n');
  const tables = tableLines(lines);
  let fenced = FENCE.test(lines[0]!);
  // Indented code: after a blank line, a line indented 4 or more past its list item's text (CommonMark §4.4).
  let itemText = itemTextColumn(lines[0]!) ?? 0;
  let codeFrom = -1;
  let at = lines[0]!.length;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1]!.replace(/\r$/, '');
    const fence = FENCE.test(line);
    const ending = at - (lines[i - 1]!.length - previous.length);
    const indent = indentOf(line);
    const code = line.trim() === '' ? codeFrom >= 0 : codeFrom >= 0 ? indent >= codeFrom : previous.trim() === '' && indent >= itemText + 4;
    const wasCode = codeFrom >= 0;
    codeFrom = code ? (wasCode ? codeFrom : itemText + 4) : -1;
    if (!code) itemText = itemTextColumn(line) ?? itemText;
    if (!fenced && !fence && !code && !wasCode && !FENCE.test(previous) && previous.trim() !== '' && line.trim() !== '' && !OPENS_LINE.test(line) && !ENDS_AT_LINE_END.test(previous) && !tables[i] && !tables[i - 1]) {
      const marker = HARD_BREAK.exec(previous);
      if (marker) hard.push(ending - marker[0].length, ending);
      else soft.push(ending, at + 1);
    }
    if (fence) fenced = !fenced;
    at += 1 + line.length;
  }
  return { soft, hard };
}

/**
 * Markdown as it reads where every line break shows as one (a Discord message, a terminal): each soft line
 * break (see `softBreaks`) written as the space a Markdown reader shows, the indent of the line it joins
 * dropped, so an article wrapped at 80 columns does not break its answers mid-sentence; a hard break's two
 * spaces or backslash dropped, its line break kept. Every other line break is kept as written.
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

/** A line that opens a block or a list item where it stands: a bullet or number, a quote, a heading, a table row. */
const OPENS_LINE = /^[ \t]*(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|#{1,6}(?:[ \t]|$)|\|)/;
/** A line whose block ends with it, or goes on only on lines marked as its own: a heading, a quote. */
const ENDS_AT_LINE_END = /^[ \t]{0,3}(?:>|#{1,6}(?:[ \t]|$))/;
/** A code fence's opening or closing line. */
const FENCE = /^[ \t]{0,3}(?:```|~~~)/;
/** Two or more spaces, or a backslash, ending a line: a hard break. */
const HARD_BREAK = /(?: {2,}|\\)$/;
/** A table's delimiter row: dashes (with optional colons) between pipes, at least one pipe. */
const DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?\r?$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|?[ \t]*\r?$/;

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
