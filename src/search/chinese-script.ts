import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A character table: code point → the character that replaces it. */
type Table = ReadonlyMap<number, string>;

let table: Table | null = null;

/**
 * The character table of OpenCC's Traditional-to-Simplified conversion (opencc-js, its `Locale.to.cn`
 * dictionaries, single characters only: about 3,500 that each have one Simplified form; "乾隆" and the
 * other phrases where a character stays are left out, so a text folds character by character, the same
 * way in an article and a question). Loaded at the first Chinese text (issue 15: start-up time): about
 * 15 ms of CPU for the package and the table.
 */
function load(): Table {
  const { Locale } = require('opencc-js/t2cn') as typeof import('opencc-js');
  const found = new Map<number, string>();
  for (const dict of Locale.to.cn.flat()) {
    const entries = typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ') as [string, string?]) : dict;
    for (const [from, to] of entries) {
      if (to !== undefined && isOneCharacter(from) && isOneCharacter(to)) found.set(from.codePointAt(0)!, to);
    }
  }
  return found;
}

const isOneCharacter = (text: string): boolean => text.length > 0 && String.fromCodePoint(text.codePointAt(0)!) === text;

/** The first code point of a CJK ideograph (Extension A): no character below it has a Simplified form. */
const FIRST_IDEOGRAPH = 0x3400;
const HAN = /^\p{Script=Han}$/u;

/**
 * Whether `text` writes a Traditional Chinese character whose Simplified form is a common one (in the CJK
 * Unified Ideographs block): not Cantonese's "嗰", "喎", which OpenCC gives rare forms ("𠮶", "㖞") that no
 * Simplified text writes, so a Simplified Cantonese question is no Traditional one (a review).
 */
export function inTraditionalChinese(text: string): boolean {
  for (const c of text) {
    const simplified = c.codePointAt(0)! < FIRST_IDEOGRAPH ? c : simplifiedChinese(c);
    if (simplified !== c && /^[\u4e00-\u9fff]$/u.test(simplified)) return true;
  }
  return false;
}

/**
 * `text` with each Traditional Chinese character in its Simplified form ("帳號嗎" → "帐号吗"), the rest
 * as written: Chinese in either script is analysed as one (issue 10: "圣诞活动什么时候开始？" found nothing
 * in an article in Traditional characters, and "嗎", "什麼", "幾" were topic words where the stopword and
 * question-word lists, written in Simplified characters, hold "吗", "什么", "几"). For analysis only: quotes
 * keep the article's own script. A text with no Han character is returned as it is, without loading the table.
 */
export function simplifiedChinese(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c < FIRST_IDEOGRAPH) continue;
    const width = c > 0xffff ? 2 : 1;
    // Hangul, emoji and the other scripts above the first ideograph have no Simplified form: no table for them.
    if (!HAN.test(text.slice(i, i + width))) continue;
    const to = (table ??= load()).get(c);
    if (to !== undefined) {
      out += text.slice(from, i) + to;
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * `text` (in Simplified characters) with each weekday in one form, "周" and its number: Chinese writes a
 * weekday three ways, "星期一", "礼拜一" and "周一" (Monday), Sunday with "日" or "天" too ("星期天",
 * "周日"). A Chinese café's "星期一营业吗" (open on Mondays?) met no word of its FAQ entry "周一开门吗？" and
 * was declined, "星期一" being a word in no article. For analysis only, as `simplifiedChinese`.
 */
export const chineseWeekdays = (text: string): string =>
  text.includes('星期') || text.includes('礼拜') || text.includes('周天') ? text.replace(WEEKDAY, (_, day: string) => `周${day === '天' ? '日' : day}`) : text;

/**
 * A Chinese weekday in any of its forms and either script, its number or "天" captured: "天" only where it
 * ends the weekday ("这周天气", this week's weather, and "本周天天", every day this week, are no Sunday).
 * answer-type's dates read the same weekdays.
 */
export const CHINESE_WEEKDAY = '(?:星期|礼拜|禮拜|周|週)([一二三四五六日]|天(?![气氣天数數空然下堂]))';
const WEEKDAY = new RegExp(CHINESE_WEEKDAY, 'gu');

const HAN_DIGITS = '一二三四五六七八九';
/** A word opening with a Han numeral, where a month or day written so may start. */
export const HAN_NUMERAL = /^[一二三四五六七八九十]/u;
/** A month or a day of the month in Han numerals, one word as ICU segments it ("三月", "十二月", "五号"). */
const HAN_DATE = /^([一二三四五六七八九十]{1,3})([月号號日])$/u;

/**
 * The month or day in Han numerals that `words` (as ICU segments a run) write from `at` on, over one to
 * MAX_DATE_WORDS words: its figure and unit (see `hanNumeralDate`) and how many words it took; null where
 * they write none. ICU cuts a day of two numerals apart ("十五" + "号", "二十" + "五日"), and read alone
 * "五日" of "二十五日" would be the 5th: the longest join is taken.
 */
export function hanNumeralDateAt(words: readonly string[], at: number): { parts: [string, string]; taken: number } | null {
  let joined = '';
  let found: { parts: [string, string]; taken: number } | null = null;
  for (let n = 1; n <= MAX_DATE_WORDS && at + n <= words.length; n++) {
    joined += words[at + n - 1]!;
    const parts = hanNumeralDate(joined);
    if (parts) found = { parts, taken: n };
  }
  return found;
}

/** The most words ICU cuts a Han month or day into ("二十" + "五" + "日"). */
const MAX_DATE_WORDS = 3;

/**
 * A month or a day written in Han numerals ("三月", "十二月", "五号"), as its figure and its unit ("3", "月"),
 * the words "3月" is; null for any other word, or a number no month or day has. Chinese and Japanese pages
 * write dates in figures ("3 月《七大奇蹟》") and members in either: a Taipei board-game café's trial asked
 * "三月的錦標賽比什麼遊戲？", whose "三月" met no article and was read as "三" of "三個遊戲夜". Not "一日",
 * a day's outing as often as the 1st.
 */
export function hanNumeralDate(word: string): [string, string] | null {
  const m = HAN_DATE.exec(word);
  if (!m) return null;
  const [, numeral, unit] = m as unknown as [string, string, string];
  const n = hanNumber(numeral);
  const most = unit === '月' ? 12 : 31;
  if (n === null || n > most || (unit === '日' && n < 2)) return null;
  return [String(n), unit];
}

/** The value of a Han numeral from one to ninety-nine ("三", "十二", "二十一"), null for another run of its characters. */
function hanNumber(numeral: string): number | null {
  const digit = (c: string | undefined) => (c === undefined ? 0 : HAN_DIGITS.indexOf(c) + 1);
  const ten = numeral.indexOf('十');
  if (ten < 0) return numeral.length === 1 ? digit(numeral) : null;
  const tens = ten === 0 ? 1 : ten === 1 ? digit(numeral[0]) : 0;
  const units = numeral.length - ten - 1;
  if (tens === 0 || units > 1 || (units === 1 && digit(numeral[ten + 1]) === 0)) return null;
  return tens * 10 + digit(numeral[ten + 1]);
}
