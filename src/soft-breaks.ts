/**
 * Markdown as it reads where every line break shows as one (a Discord message, a terminal): each soft line
 * break, a line ending inside a paragraph or list item that is no hard break (CommonMark 0.31, §6.7–6.8),
 * written as the space a Markdown reader shows, so an article wrapped at 80 columns does not break its
 * answers mid-sentence. A list item's continuation line joins its item without its indent. Kept as written:
 * blank lines; lines that open a block or item (a bullet, a number and `.` or `)`, `>`, `#`, `|`) and
 * those after a heading, a quote's line or a fence; a hard
 * break (two spaces or a backslash before the line end, dropped: the break stays); fenced code; and a
 * table (a block holding a delimiter row such as `--- | ---`). `\r\n` is read as `\n`.
 */
export function unwrapSoftBreaks(markdown: string): string {
  if (!markdown.includes('\n')) return markdown;
  const lines = markdown.split(/\r?\n/);
  const tables = tableLines(lines);
  let out = lines[0]!;
  let fenced = FENCE.test(out);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1]!;
    const fence = FENCE.test(line);
    const soft = !fenced && !fence && !FENCE.test(previous) && previous.trim() !== '' && line.trim() !== '' && !OPENS_LINE.test(line) && !tables[i] && !tables[i - 1] && !ENDS_AT_LINE_END.test(previous);
    if (fence) fenced = !fenced;
    if (soft && !HARD_BREAK.test(previous)) out = `${out.trimEnd()} ${line.trimStart()}`;
    else out = `${soft ? out.replace(HARD_BREAK, '') : out}\n${line}`;
  }
  return out;
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
const DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|?[ \t]*$/;

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
