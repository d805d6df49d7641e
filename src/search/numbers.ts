import { halfWidth } from './half-width.js';
import { UNSPACED } from './tokenize.js';

/**
 * Numbers as written: a version ("3.2", "3.4.2"), a decimal ("2.5", "3,5") or a count ("1,500"), each read
 * whole. The tokenizer splits "3.2" into "3" and "2", which every text with "3.4.2" holds, so a question about
 * a version no article mentions ("What was fixed in 3.2?") found its numbers known (a support-site trial:
 * answered "…fixed in version 3.4.2" at confidence 1.00).
 */

// ASCII digits, as the tokenizer's number terms; not inside a word of an alphabet that spaces its words
// ("A320", "4th", "mp3" are names) but after a version's "v" ("v3.2"); Chinese and Arabic write a number
// against its word ("2015年").
const WORD = '\\p{N}\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}';
/**
 * A decade in figures, with or without its century, and its ending: English "1970s", "70s", "70's", German
 * and Dutch "1970er", "70ern", Russian "1970-х", "80-е", Turkish "1970'ler", "80'lerde", "70lerde" (the
 * plural and its case endings). Not "1700s" nor "1900s", mostly centuries. XQuAD's translators wrote the
 * decades of its English dev questions so in German, Russian and Turkish.
 */
const DECADE = `((?:1[0-9]|20)?[1-9]0)(['’]?s|ern?|-(?:х|е|ых|ые)|['’]?l[ae]r\\p{L}*)`;
/**
 * A decade written as bare figures that a word names as one: after Spanish and Portuguese "años", "anos",
 * "década(s) de", French "années", Italian "anni", Romanian "anii", Vietnamese "những năm", "thập niên",
 * Thai "ยุค", "ยุคปี", "ทศวรรษ"; before Hindi "के दशक" ("los años 70", "thập niên 80", "1970 के दशक").
 * Its figures are captured.
 */
const NAMED_DECADE = `(?:años|anos|décadas? de|années|anni|anii|những năm|thập niên|thập kỷ|ยุคปี|ยุค|ทศวรรษ)\\s?((?:1[0-9]|20)?[1-9]0)(?!\\p{N})|((?:1[0-9]|20)?[1-9]0)(?=\\s?के दशक)`;
// A decade (see DECADE, NAMED_DECADE: matched whole, so that "70's" is not the number 70), or a number; a
// Chinese or Japanese magnitude may follow a number ("10万円", "3.5億"; see MAGNITUDES).
const NUMBER = new RegExp(`(?<![${WORD}]|\\p{N}[.,])(?:${DECADE}|${NAMED_DECADE}|(?:v(?=[0-9]))?([0-9]+(?:[.,][0-9]+)*)([万萬億亿])?)(?![${WORD}])`, 'giu');
const WHOLE_DECADE = new RegExp(`^${DECADE}$`, 'u');
const NAMED_DECADES = new RegExp(NAMED_DECADE, 'giu');

/**
 * The decade `word` writes (see DECADE) as its tens and "s", its century left out: "1970s", "70s" and "70er"
 * are all "70s", as a member types "the 70s" of what an article writes "the 1970s" (the 1870s read so too,
 * where only their tens are written). Null for any other word. A decade is a period, not a number that
 * decides a question ("Terminal 4"): `writtenNumbers` reads none, and "What happened in the 1970s?" is
 * asked of "In 1974…" as before.
 */
export function decadeValue(word: string): string | null {
  const decade = WHOLE_DECADE.exec(word);
  return decade ? `${decade[1]!.slice(-2)}s` : null;
}

/**
 * The figures of the decades of `text` that a tokenizer keeps as a word of their own: written with an
 * apostrophe or a hyphen before their ending ("70" of "in the 70's", "80" of Russian "в 80-х", "1980" of
 * Turkish "1980'lerde"), or named by a word (see NAMED_DECADE: "70" of "en los años 70").
 */
export function splitDecades(text: string): Set<string> {
  const found = new Set<string>();
  for (const [, decade, ending, after, before] of halfWidth(text).matchAll(NUMBER)) {
    if (decade && /^['’-]/.test(ending!)) found.add(decade);
    if (after ?? before) found.add((after ?? before)!);
  }
  return found;
}

/** `text` with each decade a word names (see NAMED_DECADE) written with an "s" ("los años 70s", "1970s के दशक"), as `decadeValue` reads it. */
export const withDecadesMarked = (text: string): string => text.replace(NAMED_DECADES, (named) => named.replace(/[0-9]+/, '$&s'));

/**
 * A decade with its ending (see DECADE), or a run of letters, marks and digits: the words of a lower-cased
 * sentence, each decade one word ("1980-х", not "1980" and "х"), so that `decadeValue` reads it.
 */
export const DECADE_OR_WORD = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${DECADE}(?![\\p{L}\\p{M}\\p{N}])|[\\p{L}\\p{M}\\p{N}]+`, 'gu');

/**
 * The numbers of `text` as NUMBER matches them, decades left out (see `decadeValue`). Each holds an ASCII
 * digit (full-width ones are folded before): a text without one, most paragraphs, is not scanned by NUMBER,
 * whose lookarounds and decade words made it a tenth of a question's time on first asking the numbers of
 * hundreds of paragraphs (see the engine's `someUnitHolding`).
 */
const numberMatches = (text: string): RegExpExecArray[] => (ASCII_DIGIT.test(text) ? Array.from(text.matchAll(NUMBER)).filter((match) => match[5] !== undefined) : []);
const ASCII_DIGIT = /[0-9]/;

/** A number NUMBER matched, in its one canonical form (see `writtenNumbers`). */
const matched = ([, , , , , written = '', magnitude]: RegExpExecArray): string => canonical(written, magnitude);
const THOUSANDS = /^[0-9]{1,3}(?:([.,])[0-9]{3})(?:\1[0-9]{3})*$/;

/**
 * The numbers `text` writes, full-width digits as ASCII ones (see `halfWidth`), each in one canonical form:
 * thousands separators dropped ("1,500" and "1.500" → "1500"), a decimal comma read as a point ("3,5" →
 * "3.5"), a version kept ("3.4.2"), a Chinese or Japanese magnitude applied ("10万" → "100000"); no decade
 * ("1970s", "70's": see `decadeValue`). A run of one
 * to three digits followed by groups of three after one repeated separator is a count; "3.500" is read as
 * 3500, as German writes it (an English decimal with three places is rare in an article).
 */
export function writtenNumbers(text: string): string[] {
  return numberMatches(halfWidth(text)).map(matched);
}

/** A count with thousands separators and a decimal part after the other separator: "1,299.00", "1.299,00". */
const THOUSANDS_DECIMAL = /^([0-9]{1,3}(?:([.,])[0-9]{3})+)([.,])([0-9]{1,2})$/;

const canonical = (written: string, magnitude?: string): string => {
  const mixed = THOUSANDS_DECIMAL.exec(written);
  const number = mixed && mixed[2] !== mixed[3] ? `${mixed[1]!.replace(/[.,]/g, '')}.${mixed[4]}` : THOUSANDS.test(written) ? written.replace(/[.,]/g, '') : written.replace(/,/g, '.');
  return magnitude === undefined ? number : times(number, MAGNITUDES[magnitude]!);
};

/**
 * The powers of ten that Chinese and Japanese write after a number: 万 (萬) is ten thousand and 億 (亿) a
 * hundred million, so "1万円" is 10000 yen, whatever the article writes ("10000円", "10,000円"), and
 * "1万円で何ダイヤ？" asks an amount no article holds when they state "10万円" (a trial: read "1" and
 * answered at 0.70).
 */
const MAGNITUDES: Record<string, number> = { 万: 4, 萬: 4, 億: 8, 亿: 8 };

/** Canonical `number` times ten to the `zeros` ("1.5" and 4 → "15000"); a version ("1.8.2") is no quantity and stays. */
function times(number: string, zeros: number): string {
  const [whole = '', fraction = '', ...more] = number.split('.');
  if (more.length) return number;
  const digits = `${whole}${fraction.slice(0, zeros).padEnd(zeros, '0')}`.replace(/^0+(?=\d)/, '');
  return fraction.length > zeros ? `${digits}.${fraction.slice(zeros)}` : digits;
}

// An amount offered for the member's own question to confirm: "…, is it €1,299?", "…, or 10 %?".
const OFFERED = /(?:^|[^\p{L}])(?:is it|was it|isn't it|or|maybe|perhaps)\s+(?:about |around |roughly |like )?[$€£¥₹]?\s?$/iu;
const AMOUNT_AFTER = /^\s?(?:[$€£¥₹%円元]|(?:per ?cent|percent|euros?|dollars?|pounds?|rupees?|yen|eur|usd|gbp|inr)(?!\p{L}))/iu;

/**
 * The numbers of `writtenNumbers(question)` offered as a guess at the answer: an amount (a currency sign or
 * word, or a share) after "is it", "or", "maybe" ("How much does the Tidy Pro cost, is it €1,299?"). In a
 * question that asks how much, such a number is not what the question is about; "How much does the Tidy
 * Ultra cost at €999?" names its amount as a fact, and it counts. English only.
 */
export function offeredAmounts(question: string): Set<string> {
  const offered = new Set<string>();
  for (const { number, before, after } of numbersBetween(question, 24)) {
    if (OFFERED.test(before) && (/[$€£¥₹]\s?$/u.test(before) || AMOUNT_AFTER.test(after))) offered.add(number);
  }
  return offered;
}

/** Each number of `text` as `writtenNumbers` reads it, with up to `reach` characters before it and 10 after. */
function* numbersBetween(text: string, reach: number): Generator<{ number: string; before: string; after: string }> {
  const folded = halfWidth(text);
  for (const match of numberMatches(folded)) {
    const end = match.index + match[0].length;
    yield { number: matched(match), before: folded.slice(Math.max(0, match.index - reach), match.index), after: folded.slice(end, end + 10) };
  }
}

// A currency written before an amount: a sign, or a code or abbreviation ("Rs 500", "INR 500", "USD 20").
const CURRENCY_BEFORE = /(?:[$€£¥₹]|(?<![\p{L}])(?:rs\.?|inr|usd|eur|gbp))\s?$/iu;

// A share: "20 %", "20 percent".
const PER_CENT_AFTER = /^\s?(?:%|per ?cent|percent)/iu;

/**
 * The amount a number `written` is, with the text `before` and `after` it; null for none: a number (as
 * `writtenNumbers` reads it, zero cents left out) after a currency sign or code ("£3.99", "Rs 500") or before
 * a currency sign, code or word ("5 euros", "25 EUR", "10000円"), as "3.99¤", and one before a per cent sign
 * or word, as "20%". The currency itself is left out: an article writes "€20" where a member types "20
 * euros". An amount names one thing the way a version does: "charged £3.99" asks about the fee that costs
 * £3.99, not any text that writes a 3, and "20 €" is not "20 %" (see `SearchIndex.numbersMissed`).
 */
function amountOf(written: string, before: string, after: string): string | null {
  // "£5.00" is "£5": zero cents are a way of writing, not another amount.
  const number = written.replace(/\.0+$/, '');
  if (PER_CENT_AFTER.test(after)) return `${number}%`;
  return CURRENCY_BEFORE.test(before) || AMOUNT_AFTER.test(after) ? `${number}¤` : null;
}

// The word right after a number, at most one space between ("10000 coins", "10000円で").
const WORD_AFTER = /^\s?([\p{L}\p{M}]+)/u;
// The word a number is written after, with at most one space or hyphen between: "code 137", "Pi-5". Not
// in a script that does not space its words, whose run of letters is a phrase (Thai "ในปี 1990", in year).
const NAME_BEFORE = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)([\s-]?)$/u;

/** A number of a text (as `writtenNumbers` reads it) with the words right beside it (see `numberWords`). */
export interface NumberWords {
  /**
   * The word it is written after (see NAME_BEFORE), as written, as identifiers are named ("exit code 137",
   * "Raspberry Pi 5", "Terminal 4", "port 8096"); null after no word or a space-less script's characters
   * ("2015年").
   */
  before: string | null;
  /** Whether `before` is joined to the number by a hyphen, as an identifier is ("FS-15", "Pi-5"; not "Terminal 4"). */
  joined: boolean;
  number: string;
  /** The word right after it ("coins" of "10000 coins", "円で" of "10000円で"); null when none. */
  after: string | null;
  /** The amount it is (see `amountOf`: "3.99¤", "20%"); null for none. */
  amount: string | null;
}

/** Each number of `text` with the words beside it and the amount it is, in order, in one scan. */
export function numberWords(text: string): NumberWords[] {
  return Array.from(numbersBetween(text, 32), ({ number, before, after }) => {
    const written = NAME_BEFORE.exec(before);
    const name = written?.[1] && !UNSPACED.test(written[1]) ? written[1] : null;
    return { before: name, joined: name !== null && written![2] === '-', number, after: WORD_AFTER.exec(after)?.[1] ?? null, amount: amountOf(number, before, after) };
  });
}

/**
 * A range of years whose end is written with its last two digits only ("1620–21", "1654-57"): the first
 * year's century and both ends' digits are captured.
 */
const SHORT_YEAR_RANGE = /(?<![\p{N}.,])(1[0-9]|20)([0-9]{2})\s?[-–]\s?([0-9]{2})(?![\p{N}])/gu;

/**
 * Every number the texts write (see `writtenNumbers`), with the leading parts of a dotted one: "3.4.2" also
 * holds "3.4" and "3", so "What is new in 3.4?" asks a version the articles know; and the last year of a
 * range written short ("1620–21" holds 1621), so "How many died in Algiers between 1620 and 1621?" asks
 * years the article writes.
 */
export function numbersWritten(texts: Iterable<string>): Set<string> {
  const known = new Set<string>();
  for (const text of texts) {
    for (const number of writtenNumbers(text)) {
      for (let end = number.indexOf('.'); end > 0; end = number.indexOf('.', end + 1)) known.add(number.slice(0, end));
      known.add(number);
    }
    for (const [, century, from, to] of halfWidth(text).matchAll(SHORT_YEAR_RANGE)) if (to! > from!) known.add(`${century}${to}`);
  }
  return known;
}
