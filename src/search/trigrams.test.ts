import { describe, expect, it } from 'vitest';
import { dice, trigrams } from './trigrams.js';

const none = () => false;
const stopwords = new Set(['how', 'do', 'i', 'my', 'the', 'a']);
const skipStopwords = (word: string) => stopwords.has(word);

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

  it('leaves out the words `skip` names, so stopwords alone do not make two questions close', () => {
    const asked = trigrams('How do I do the thing?', skipStopwords);
    expect(dice(asked, 'How do I do it?', skipStopwords)).toBe(0);
    expect(dice(trigrams('How do I do the thing?', none), 'How do I do it?', none)).toBeGreaterThan(0.5);
  });

  it('is 0 when neither text has a word left', () => {
    expect(dice(trigrams('how do I', skipStopwords), 'the a', skipStopwords)).toBe(0);
  });

  it('packs three UTF-16 units per trigram, so letters outside Latin-1 do not collide', () => {
    expect(dice(trigrams('Größe', none), 'Grösse', none)).toBeLessThan(1);
    expect(dice(trigrams('北京大学', none), '北京大学', none)).toBe(1);
  });
});
