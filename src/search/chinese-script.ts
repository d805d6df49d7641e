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
