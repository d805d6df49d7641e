import { describe, expect, it } from 'vitest';
import { katakanaOf, katakanaSpelled, katakanaWordsOf } from './kana.js';

describe('katakanaOf', () => {
  it('writes hiragana in katakana, small letters and ゔ too, and leaves other letters', () => {
    expect(katakanaOf('こーひー')).toBe('コーヒー');
    expect(katakanaOf('じゃっじ')).toBe('ジャッジ');
    expect(katakanaOf('ゔぁ')).toBe('ヴァ');
    expect(katakanaOf('カタン 25周年')).toBe('カタン 25周年');
  });
});

describe('katakanaWordsOf', () => {
  it('keeps the katakana words of three letters or more, and the letters in the longest', () => {
    const { words, longest } = katakanaWordsOf(['フリー', 'ココ', 'カード', 'ok', '料金'], ['フリータイム']);
    expect([...words]).toEqual(['フリー', 'カード', 'フリータイム']);
    expect(longest).toBe(6);
  });
});

describe('katakanaSpelled', () => {
  const words = katakanaWordsOf(['フリー', 'タイム', 'コーヒー', 'イクラ', 'ココ', 'ナイト', 'メニュー', 'ハイク', 'モデル', 'ok']);
  const keep = (piece: string) => piece === 'いくら';

  it("writes a hiragana spelling of the articles' katakana word as they do, a compound piece by piece", () => {
    expect(katakanaSpelled('ふりーたいむ いくら', words, keep)).toBe('フリータイム いくら');
    expect(katakanaSpelled('こーひーのおかわりは？', words, keep)).toBe('コーヒーのおかわりは？');
  });

  it('keeps what `keep` keeps, a piece shorter than three letters, and words the articles do not write in katakana', () => {
    // "いくら" (how much) is no "イクラ" (salmon roe), though the menu writes it.
    expect(katakanaSpelled('いくらですか', words, keep)).toBe('いくらですか');
    expect(katakanaSpelled('ここでいい？', words, keep)).toBe('ここでいい？');
    expect(katakanaSpelled('げーむ', words, keep)).toBe('げーむ');
    expect(katakanaSpelled('ふりーたいむ', katakanaWordsOf([]), keep)).toBe('ふりーたいむ');
  });

  it('reads only where a word starts: not within a run of hiragana, nor in one after a letter or a digit', () => {
    // "ないと" (unless there is) is no "ナイト" (night) after a kanji, katakana, Latin letters or "し".
    for (const question of ['人が少ないと中止？', '𠮷ないと', 'カードないと入れない？', 'Switchないと遊べない？', 'レンタルはいくら？', 'グッズもでる？', 'しないと', '土日のめにゅー', 'メニューめにゅー']) {
      expect(katakanaSpelled(question, words, keep), question).toBe(question);
    }
    expect(katakanaSpelled('土日 めにゅー', words, keep)).toBe('土日 メニュー');
    expect(katakanaSpelled('めにゅー見たい', words, keep)).toBe('メニュー見たい');
  });
});
