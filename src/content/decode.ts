import { isUtf8 } from 'node:buffer';

/** A file's text, or why it is not text, with the line where that shows. */
export type Decoded = { text: string } | { reason: string; line: number };

/** Byte-order marks: UTF-16 files (Windows Notepad's "Unicode") start with one; so do some UTF-8 files. */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * Decodes an article file: UTF-8, or UTF-8/UTF-16 after a byte-order mark. A file that is not valid text in
 * its encoding, or that holds NUL characters (which no text file has and every image or archive does),
 * is refused with a reason a publisher can act on.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const [bom, encoding] = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b)) ?? [[], 'utf-8'];
  const body = bytes.subarray(bom.length);
  if (encoding === 'utf-8' && !isUtf8(body)) {
    return { reason: 'not valid UTF-8 text (an invalid byte on this line): save the file as UTF-8', line: lineOfByte(body, firstInvalidUtf8(body)) };
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    return { reason: `not valid ${encoding.toUpperCase()} text, though it starts with that encoding's byte-order mark: save the file as UTF-8`, line: 1 };
  }
  const nul = text.indexOf('\0');
  if (nul < 0) return { text };
  if (looksLikeUtf16(body)) return { reason: 'UTF-16 text without a byte-order mark: save the file as UTF-8', line: 1 };
  return { reason: 'a binary file, not text (it holds NUL characters)', line: text.slice(0, nul).split('\n').length };
}

/** Mostly-ASCII UTF-16 has a NUL in every other byte: all of the file's first 256 pairs on the same side. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.min(256, bytes.length >> 1);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  return pairs > 0 && (even === pairs) !== (odd === pairs);
}

const lineOfByte = (bytes: Uint8Array, end: number): number => {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
};

/** Offset of the first byte that breaks UTF-8's shape (a lead byte and its continuation bytes). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return 0;
}
