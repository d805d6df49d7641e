import { describe, expect, it } from 'vitest';
import v8 from 'node:v8';
import { dice, trigrams, TrigramSets, type WordRules } from './trigrams.js';
import { analyzerFor } from './tokenize.js';

const lower = (text: string) => text.toLowerCase();
const none: WordRules = { lower, skip: () => false };
const stopwords = new Set(['how', 'do', 'i', 'my', 'the', 'a']);
const skipStopwords: WordRules = { lower, skip: (word) => stopwords.has(word) };

describe('trigram closeness', () => {
  it('is 1 for the same words, whatever the case and punctuation', () => {
    expect(dice(trigrams('How do I reset my password?', none), 'how do i RESET my password', none)).toBe(1);
  });

  it('forgives a typo and another ending, and tells another topic apart', () => {
    const asked = trigrams('How do I reset my pasword?', skipStopwords);
    const close = dice(asked, 'How do I reset my password?', skipStopwords);
    const ending = dice(asked, 'Resetting passwords', skipStopwords);
    const other = dice(asked, 'How do I delete my account?', skipStopwords);
    expect(close).toBeGreaterThan(0.7);
    expect(ending).toBeGreaterThan(other);
    expect(other).toBeLessThan(0.2);
  });

  it('leaves out the words the rules skip, so stopwords alone do not make two questions close', () => {
    const asked = trigrams('How do I do the thing?', skipStopwords);
    expect(dice(asked, 'How do I do it?', skipStopwords)).toBe(0);
    expect(dice(trigrams('How do I do the thing?', none), 'How do I do it?', none)).toBeGreaterThan(0.5);
  });

  it('is 0 when neither text has a word left', () => {
    expect(dice(trigrams('how do I', skipStopwords), 'the a', skipStopwords)).toBe(0);
  });

  it('keeps all 16 bits of each letter, so letters outside Latin-1 never collide', () => {
    expect(dice(trigrams('\u4e00\u4e01\u4e02', none), '\u0100\u0101\u0102', none)).toBe(0);
    expect(dice(trigrams('北京大学', none), '北京大学', none)).toBe(1);
  });

  it("reads words as the language's analyzer lower-cases them (Turkish İ, Greek final sigma)", () => {
    const rules = (lang: string): WordRules => {
      const analyzer = analyzerFor(lang);
      return { lower: (text) => analyzer.lowerCase(text), skip: (word) => analyzer.isStopword(word) };
    };
    expect(dice(trigrams('İSTANBUL NEDİR', rules('tr')), 'istanbul nedir', rules('tr'))).toBe(1);
    // "της" is a Greek stopword: two questions sharing only it share nothing.
    expect(dice(trigrams('Ποιο είναι το χρώμα της θάλασσας;', rules('el')), 'Ποια είναι η ιστορία της πόλης;', rules('el'))).toBe(0);
  });
});

describe('TrigramSets', () => {
  it('compares a question with each text added as dice reads the text, also once restored from its state', () => {
    // Repeats, a text with none, and one long enough to grow the arrays.
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const texts = ['How do I reset my password?', 'Resetting passwords', null, 'the a', 'pass pass word word', long, 'Resetting passwords', '北京大学'];
    const sets = new TrigramSets();
    for (const text of texts) sets.add(text, skipStopwords);
    sets.seal();
    // A text added again keeps no trigrams of its own.
    const distinct = [...new Set(texts.filter((text) => text !== null))];
    expect(sets.state().values.length).toBe(distinct.reduce((sum, text) => sum + trigrams(text, skipStopwords).size, 0));
    const restored = TrigramSets.restore(v8.deserialize(v8.serialize(sets.state())));
    for (const question of ['How do I reset my pasword?', 'passwords', '北京', 'how do I', 'word7 word300']) {
      const asked = trigrams(question, skipStopwords);
      texts.forEach((text, n) => {
        const expected = text === null ? 0 : dice(asked, text, skipStopwords);
        expect(sets.dice(asked, n)).toBe(expected);
        expect(restored.dice(asked, n)).toBe(expected);
      });
    }
  });

  it('shares a repeated text’s trigrams only when it is read with the same rules', () => {
    const sets = new TrigramSets();
    sets.add('How do I reset my password?', skipStopwords);
    sets.add('How do I reset my password?', none);
    sets.add('How do I reset my password?', skipStopwords);
    sets.seal();
    const asked = trigrams('how do I', none);
    expect(sets.dice(asked, 0)).toBe(0);
    expect(sets.dice(asked, 1)).toBe(dice(asked, 'How do I reset my password?', none));
    expect(sets.dice(asked, 1)).toBeGreaterThan(0);
    expect(sets.dice(asked, 2)).toBe(0);
  });
});
