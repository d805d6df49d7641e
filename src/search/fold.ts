// Text as analyzers compare it: NFKC-normalised, and folded where diacritics are not told apart (see
// `LanguageSpec.fold`). A module of its own: languages.ts folds a word too, and tokenize.ts imports it.

/** Letters NFKD does not decompose, written out as people type them without the key ("Hauptstrasse"). */
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', Æ: 'AE', Œ: 'OE', Ø: 'O', Ł: 'L', Đ: 'D', Ð: 'D', Þ: 'TH' };

/** Text of ASCII characters only, which neither step changes. */
export const ASCII = /^[\x00-\x7f]*$/;

/**
 * NFKC (full-width letters, ligatures and compatibility forms to their plain letters), with the Thai and
 * Lao vowel sara am put back together: NFKC splits "ำ" into nikhahit and sara aa, a spelling ICU's Thai
 * dictionary does not know ("คำถาม" would segment as "คํา|ถาม").
 */
export const normalize = (text: string): string => (ASCII.test(text) ? text : text.normalize('NFKC').replace(/\u0e4d\u0e32/g, '\u0e33').replace(/\u0ecd\u0eb2/g, '\u0eb3'));

/** `text` without diacritics and with special letters written out ("Zürich" → "Zurich", "Straße" → "Strasse"). */
export const fold = (text: string): string =>
  ASCII.test(text) ? text : normalize(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[ßæœøłđðþıÆŒØŁĐÐÞ]/g, (c) => SPECIAL_LETTERS[c]!));
