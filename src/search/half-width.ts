/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space (U+3000). */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/**
 * `text` with full-width ASCII as ASCII ("１．８．２" → "1.8.2", "ｉＰｈｏｎｅ" → "iPhone", "？" → "?")
 * and the ideographic space as a space: what Chinese and Japanese input methods type, which the numbers,
 * answer types and chatter of a question or an article are read without (a trial: "１．９．０什麼時候出？"
 * read no version). A full-width comma right after an ASCII digit stays: it is Chinese punctuation there
 * ("NT$30，330 鑽石" lists two prices, not 30330), while between full-width digits ("１，０００円") it
 * separates thousands. One UTF-16 unit for one, so an offset into the result is one into `text`, and a
 * quote cut at it is `text` as written. Word analysis gets the same from NFKC (see tokenize.ts).
 */
export function halfWidth(text: string): string {
  FULL_WIDTH.lastIndex = 0;
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, (c: string, at: number) => {
    if (c === '\u3000') return ' ';
    if (c === '，' && isAsciiDigit(text.charCodeAt(at - 1))) return c;
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
