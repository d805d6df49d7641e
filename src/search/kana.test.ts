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
  const words = katakanaWordsOf(['フリー', 'タイム', 'コーヒー', 'イクラ', 'ココ', 'ナイト', 'メニュー', 'ok']);
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

  it('reads only where a word starts: not within a run of hiragana, nor in one after a kanji', () => {
    // "しないと" (must) is no "ナイト" (night), after "静か" or after "し".
    expect(katakanaSpelled('夜は静かにしないといけませんか', words, keep)).toBe('夜は静かにしないといけませんか');
    expect(katakanaSpelled('しないと', words, keep)).toBe('しないと');
    expect(katakanaSpelled('土日のめにゅー', words, keep)).toBe('土日のめにゅー');
    expect(katakanaSpelled('土日 めにゅー', words, keep)).toBe('土日 メニュー');
    expect(katakanaSpelled('めにゅー見たい', words, keep)).toBe('メニュー見たい');
  });
});
