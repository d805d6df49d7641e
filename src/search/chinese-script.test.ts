import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { chineseWeekdays, hanNumeralDate, hanNumeralDateAt, inTraditionalChinese, simplifiedChinese } from './chinese-script.js';

describe('simplifiedChinese', () => {
  // First in the file: the table, once loaded, stays loaded.
  it('does not load the table for Hangul, emoji or kana, which have no Simplified form', () => {
    for (const text of ['서버 가입', 'thanks 🙏', 'クリエイター']) expect(simplifiedChinese(text)).toBe(text);
    expect(Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('opencc-js'))).toEqual([]);
    simplifiedChinese('帳號');
    expect(Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('opencc-js'))).not.toEqual([]);
  });

  it('writes each Traditional character in its Simplified form, character by character', () => {
    expect(simplifiedChinese('可以綁定 Twitter 帳號嗎？')).toBe('可以绑定 Twitter 帐号吗？');
    expect(simplifiedChinese('聖誕節活動幾號開始')).toBe('圣诞节活动几号开始');
    expect(simplifiedChinese('什麼、怎麼、哪個、會、們')).toBe('什么、怎么、哪个、会、们');
  });

  it('leaves Simplified text, kana and every other script as written', () => {
    for (const text of ['圣诞活动什么时候开始？', 'クリエイターの条件は何ですか', 'Zürich, Москва, 10万円', '']) expect(simplifiedChinese(text)).toBe(text);
  });

  it('reads characters past the Basic Multilingual Plane', () => {
    expect(simplifiedChinese('𠀀鑽石𠀀')).toBe('𠀀钻石𠀀');
  });
});

describe('chineseWeekdays', () => {
  it('writes each weekday as "周" and its number, whichever of the three forms the text uses', () => {
    expect(chineseWeekdays('星期一营业吗')).toBe('周一营业吗');
    expect(chineseWeekdays('礼拜天几点开门')).toBe('周日几点开门');
    expect(chineseWeekdays('星期日和周天')).toBe('周日和周日');
    expect(chineseWeekdays('一个星期')).toBe('一个星期');
    // "天" of another word is no Sunday: weather, every day.
    for (const text of ['这周天气怎么样', '本周天天营业吗', '这个星期天气好吗']) expect(chineseWeekdays(text)).toBe(text);
  });
});

describe('inTraditionalChinese', () => {
  it('tells a question in Traditional characters from a Simplified one, Cantonese in Simplified characters too', () => {
    expect(inTraditionalChinese('公會有賣珍珠奶茶嗎？')).toBe(true);
    expect(inTraditionalChinese('公会有卖珍珠奶茶吗？')).toBe(false);
    // OpenCC gives "嗰" and "喎" rare forms no Simplified text writes.
    expect(inTraditionalChinese('嗰个火星人几点开会喎')).toBe(false);
    expect(inTraditionalChinese('Is it open?')).toBe(false);
  });
});

describe('hanNumeralDate', () => {
  it('reads a month or a day in Han numerals as its figure and unit', () => {
    expect(hanNumeralDate('三月')).toEqual(['3', '月']);
    expect(hanNumeralDate('十二月')).toEqual(['12', '月']);
    expect(hanNumeralDate('五号')).toEqual(['5', '号']);
    expect(hanNumeralDate('二十一日')).toEqual(['21', '日']);
  });

  it('joins the words ICU cuts a day into, taking the longest', () => {
    expect(hanNumeralDateAt(['二十', '五日', '有'], 0)).toEqual({ parts: ['25', '日'], taken: 2 });
    expect(hanNumeralDateAt(['十五', '号'], 0)).toEqual({ parts: ['15', '号'], taken: 2 });
    expect(hanNumeralDateAt(['十二月', '二十', '五日'], 0)).toEqual({ parts: ['12', '月'], taken: 1 });
    expect(hanNumeralDateAt(['三', '个', '月'], 0)).toBeNull();
  });

  it('reads no number a month or day cannot be, no other run of numerals, and not "一日" (a day\'s outing)', () => {
    for (const word of ['十三月', '三十二号', '十十月', '一二月', '一日', '月', '三个月']) expect(hanNumeralDate(word), word).toBeNull();
  });
});
