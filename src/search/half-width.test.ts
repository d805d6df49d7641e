import { describe, expect, it } from 'vitest';
import { halfWidth } from './half-width.js';

describe('halfWidth', () => {
  it('reads full-width ASCII and the ideographic space as ASCII', () => {
    expect(halfWidth('ｉＰｈｏｎｅ１２　黑畫面？')).toBe('iPhone12 黑畫面?');
    expect(halfWidth('１．８．２！＃＄％～')).toBe('1.8.2!#$%~');
  });

  it('keeps every other character and the length, so offsets stay those of the text as written', () => {
    const text = '「夜明けのメロディ」、１２月５日。Ｖｅｒ．２';
    const folded = halfWidth(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('「夜明けのメロディ」、12月5日。Ver.2');
    expect(halfWidth('plain ASCII ⅻ ﬁ')).toBe('plain ASCII ⅻ ﬁ');
  });

  it('keeps a full-width comma after an ASCII digit, Chinese punctuation there, and folds one between full-width digits', () => {
    expect(halfWidth('NT$30，330 鑽石，１，０００円')).toBe('NT$30，330 鑽石,1,000円');
  });
});
