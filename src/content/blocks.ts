import { decodeHTMLStrict } from 'entities/decode';

/** A dek (the standfirst under a headline) is a single short paragraph. */
export const MAX_DEK_LENGTH = 300;

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** HTML's encoded line breaks (`&#10;`, `&#xD;`, `&NewLine;`): a browser shows them as a space, and so do we,
 * so decoding never adds a line and every line number still points into the file as saved. */
const ENCODED_LINE_BREAK = /&(?:#0*1[03]|#x0*[ad]|NewLine);/gi;

/**
 * Text as a reader of the page saw it: HTML entities a scraper left in (`&amp;`, `&#8217;`, `&uuml;`) decoded.
 * Only complete entities (with their `;`) are decoded, so `AT&T` and `&copy 2024` stay as written.
 */
export const decodeEntities = (text: string): string => (text.includes('&') ? decodeHTMLStrict(text.replace(ENCODED_LINE_BREAK, ' ')) : text);

/**
 * Offsets where each line of `text` starts. A line ends at `\r\n`, `\r` or `\n`, as Markdown reads it.
 * Built once per file, so finding the line of an offset is a binary search, not a scan from the top.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 0-based index of the line holding `offset`, given the file's `lineStarts`. */
export function lineIndex(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
