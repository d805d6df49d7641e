// Text as analyzers compare it: NFKC-normalised, and folded where diacritics are not told apart (see
// `LanguageSpec.fold`). A module of its own: languages.ts folds a word too, and tokenize.ts imports it.

/** Letters NFKD does not decompose, written out as people type them without the key ("Hauptstrasse"). */
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', Æ: 'AE', Œ: 'OE', Ø: 'O', Ł: 'L', Đ: 'D', Ð: 'D', Þ: 'TH' };

/** Text of ASCII characters only, which neither step changes. */
export const ASCII = /^[\x00-\x7f]*$/;

/** A decimal digit of another script than ASCII's (Persian "۱۵", Devanagari "१५", Thai "๑๕", Bengali, Myanmar...). */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
const NUMERIC = /\p{Nd}/u;
const digitValues = new Map<string, string>();

/**
 * The ASCII digit of a decimal digit of any script: Unicode encodes each script's digits 0 to 9 as one run of
 * ten code points, runs of several sets following one another (its stability policy), so the value is the
 * distance from the start of the run, modulo 10.
 */
function asciiDigit(digit: string): string {
  let value = digitValues.get(digit);
  if (value === undefined) {
    const code = digit.codePointAt(0)!;
    let start = code;
    while (NUMERIC.test(String.fromCodePoint(start - 1))) start--;
    digitValues.set(digit, (value = String((code - start) % 10)));
  }
  return value;
}

/**
 * Joiners, Armenian's and Hebrew's marks inside a word left out and a Cyrillic word's Latin look-alikes read as
 * Cyrillic (see `inWordMarksOut`), then NFKC (full-width letters,
 * ligatures and compatibility forms to their plain letters), with the Thai vowel sara am put back together
 * (and Lao's letters: see `laoLetters`): NFKC splits "ำ" into nikhahit and sara aa, a spelling ICU's Thai
 * dictionary does not know ("คำถาม" would segment as "คํา|ถาม"); and digits of every script written as
 * ASCII ones, as members type either: a Persian site's "۱۵ آذر" met no question's "15 آذر" (Arabic's
 * own digits were read so by its Snowball stemmer only).
 */
export const normalize = (text: string): string =>
  ASCII.test(text)
    ? text
    : malayalamChillus(laoLetters(inWordMarksOut(text).normalize('NFKC').replace(/\u0e4d\u0e32/g, '\u0e33'))).replace(OTHER_DIGIT, asciiDigit);

/**
 * Malayalam's chillus (a consonant without its vowel: "ർ" of "സെർവർ", server) as the consonant and a virama,
 * as Malayalam typed before Unicode 5.1 writes them (with a zero-width joiner, left out inside a word: see
 * JOINER_IN_WORD): "സെര്‍വര്‍" met no "സെർവർ" (a Malayalam gaming community's trial).
 */
function malayalamChillus(text: string): string {
  // One replace, not a test before it: a text without chillus is scanned once either way.
  return text.replace(CHILLUS, (chillu) => `${CHILLU_CONSONANTS[chillu]!}\u0d4d`);
}
const CHILLUS = /[\u0d54-\u0d56\u0d7a-\u0d7f]/g;
/** Each chillu's consonant: ൺ ണ, ൻ ന, ർ ര, ൽ ല, ൾ ള, ൿ ക, and the rarer ൔ മ, ൕ യ, ൖ ഴ. */
const CHILLU_CONSONANTS: Readonly<Record<string, string>> = { '\u0d7a': 'ണ', '\u0d7b': 'ന', '\u0d7c': 'ര', '\u0d7d': 'ല', '\u0d7e': 'ള', '\u0d7f': 'ക', '\u0d54': 'മ', '\u0d55': 'യ', '\u0d56': 'ഴ' };

/**
 * Lao's letters as ICU's dictionary knows them, after NFKC: sara am put back together (as Thai's), "ໜ" and
 * "ໝ", which NFKC writes "ຫນ" and "ຫມ" (ICU then cut "ສະໝັກ", to register, into "ສະ", "ຫ" and "ມັກ", to
 * like, and "ໂໝດ", mode, into "ໂຫມ" and "ດ"), and the older spelling "ຫລ" of "ຫຼ" ("ຫລວງພະບາງ" met no
 * "ຫຼວງພະບາງ"): a Lao gaming community's trial.
 */
function laoLetters(text: string): string {
  return LAO.test(text) ? text.replace(/\u0ecd\u0eb2/g, '\u0eb3').replace(/\u0eab\u0e99/g, '\u0edc').replace(/\u0eab\u0ea1/g, '\u0edd').replace(/\u0eab\u0ea5/g, '\u0eab\u0ebc') : text;
}
const LAO = /[\u0e80-\u0eff]/;

/**
 * Armenian's emphasis, exclamation and question marks (՛ ՜ ՞), which it writes on the stressed vowel inside
 * the word ("Ե՞րբ", when?): out of the word, which a tokenizer would end there ("ե" and "րբ"), so "երբ"
 * typed without it meets it (an Armenian gaming server's trial: "տուրնիրը երբ ա" met no "Ե՞րբ է…").
 */
export const ARMENIAN_MARKS = '\u055b\u055c\u055e';
const ARMENIAN_MARK_IN_WORD = new RegExp(`(?<=[\u0531-\u0587])[${ARMENIAN_MARKS}](?=[\u0531-\u0587])`, 'g');
/** One of those marks anywhere: looked for first, as the replacement's lookbehind at every position cost a text twice its NFKC. */
const ARMENIAN_MARK = new RegExp(`[${ARMENIAN_MARKS}]`);

/**
 * Invisible characters that join or may break a word, inside one: the zero-width joiner, with which Sinhala
 * writes its conjuncts ("ප්‍රධාන", main: a tokenizer ended the word there, "ප්" and "රධාන", and "ත්" of
 * "ත්‍යාග" met every word so cut; a Sri Lankan gaming community's trial) and Devanagari a half form; the soft
 * hyphen a page copied into an article keeps ("co\u00adoperate"); the word joiner and the zero-width
 * no-break space. Out, the word reads as typed without them. Not the zero-width non-joiner, where Persian
 * (and Telugu before a suffix) parts a word's pieces, nor the zero-width space, which parts Thai, Khmer and
 * Burmese words.
 */
const JOINER_IN_WORD = /(?<=[\p{L}\p{M}\p{N}])[\u00ad\u200d\u2060\ufeff]+(?=[\p{L}\p{M}\p{N}])/gu;
const JOINER = /[\u00ad\u200d\u2060\ufeff]/;

/**
 * Hebrew's geresh and gershayim inside a word, as written (׳ ״) or typed (' ’ "): an acronym's ("מתנ"ס",
 * "ש"ח", "עו"ד") and a loanword's sound ("ג'ודו", "צ'יפס"). A tokenizer ends the word there ("מתנ" and "ס",
 * "לג" and "ודו", each then unknown to every article: a Haifa community centre's trial), and members type
 * either mark, or none; out, the word reads as typed without it. Not at a word's end ("ב'", Monday), nor a
 * quotation mark beside one letter only.
 */
const HEBREW_MARK_IN_WORD = /(?<=[\u05d0-\u05ea])['"’\u05f3\u05f4](?=[\u05d0-\u05ea])/g;
/** One of those marks between two Hebrew letters anywhere: looked for first, as ARMENIAN_MARK is. */
const HEBREW_MARK = /[\u05d0-\u05ea]['"’\u05f3\u05f4][\u05d0-\u05ea]/;

/**
 * Latin letters typed inside a Cyrillic word, each as the Cyrillic letter it looks like: a Ukrainian keyboard
 * left on a Russian layout has no "і" and "ї", and members type Latin "i" ("свiтла", "скiко", "недiлю": each
 * unknown to every article, in a Ukrainian school's trial, where "світла" was read), and a word pasted
 * from elsewhere may hold a Latin "a", "o", "c"... Only in a word whose Latin letters all look like Cyrillic
 * ones and are fewer than its Cyrillic letters: "TikTokе", "XBOXом", "SIMка" are Latin names with a Cyrillic
 * ending (a review: read "tiktоке", they met no article's "TikTok"), and "IT-курси" and "iPhone" are Latin.
 */
const CYRILLIC_LOOKALIKE: Readonly<Record<string, string>> = { a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', ï: 'ї', A: 'А', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', B: 'В', Ï: 'Ї' };
/** One of CYRILLIC_LOOKALIKE's Latin letters, and a Cyrillic letter, as regular-expression classes. */
const LOOKALIKE = `[${Object.keys(CYRILLIC_LOOKALIKE).join('')}]`;
const CYRILLIC_LETTER = '[\\u0400-\\u04ff]';
/** A word holding a Cyrillic letter and a Latin look-alike side by side somewhere in it. */
const MIXED_WORD = new RegExp(`[\\p{L}\\p{M}]*(?:${CYRILLIC_LETTER}[\\p{L}\\p{M}]*${LOOKALIKE}|${LOOKALIKE}[\\p{L}\\p{M}]*${CYRILLIC_LETTER})[\\p{L}\\p{M}]*`, 'gu');
/** A look-alike beside a Cyrillic letter anywhere: looked for first, as ARMENIAN_MARK is. */
const LATIN_BESIDE_CYRILLIC = new RegExp(`${CYRILLIC_LETTER}${LOOKALIKE}|${LOOKALIKE}${CYRILLIC_LETTER}`, 'u');
const LOOKALIKES = new RegExp(LOOKALIKE, 'gu');

/** `word` (see MIXED_WORD) in Cyrillic letters where it is a Cyrillic word typed with Latin look-alikes, else as it is. */
function cyrillicWord(word: string): string {
  let latin = 0;
  let cyrillic = 0;
  for (const letter of word) {
    if (letter >= '\u0400' && letter <= '\u04ff') cyrillic++;
    else if (/\p{Script=Latin}/u.test(letter)) {
      if (!(letter in CYRILLIC_LOOKALIKE)) return word;
      latin++;
    }
  }
  return latin < cyrillic ? word.replace(LOOKALIKES, (letter) => CYRILLIC_LOOKALIKE[letter]!) : word;
}

/** `text` without the joiners (see JOINER_IN_WORD), Armenian and Hebrew marks (see ARMENIAN_MARK_IN_WORD, HEBREW_MARK_IN_WORD) inside its words, and with Cyrillic words' Latin look-alikes as Cyrillic letters (see `cyrillicWord`). */
function inWordMarksOut(text: string): string {
  const joined = JOINER.test(text) ? text.replace(JOINER_IN_WORD, '') : text;
  const armenian = ARMENIAN_MARK.test(joined) ? joined.replace(ARMENIAN_MARK_IN_WORD, '') : joined;
  const cyrillic = LATIN_BESIDE_CYRILLIC.test(armenian) ? armenian.replace(MIXED_WORD, cyrillicWord) : armenian;
  return HEBREW_MARK.test(cyrillic) ? cyrillic.replace(HEBREW_MARK_IN_WORD, '') : cyrillic;
}

/** `text` without diacritics and with special letters written out ("Zürich" → "Zurich", "Straße" → "Strasse"). */
export const fold = (text: string): string =>
  ASCII.test(text) ? text : normalize(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[ßæœøłđðþıÆŒØŁĐÐÞ]/g, (c) => SPECIAL_LETTERS[c]!));
