import { describe, expect, it } from 'vitest';
import { hasWords, questionToAnswer } from './question.js';

describe('questionToAnswer', () => {
  it('removes every kind of mention and collapses whitespace', () => {
    expect(questionToAnswer('@everyone what is Mythos?')).toBe('what is Mythos?');
    expect(questionToAnswer('<@123> <@&456> @here who reported it?')).toBe('who reported it?');
    expect(questionToAnswer('<@!1400000000000000009>\n<#1300000000000000001>  When\tdid it start?')).toBe('When did it start?');
  });

  it('keeps what only looks like a mention: an e-mail address, a word starting with "everyone"', () => {
    expect(questionToAnswer('Is press@here.example still read?')).toBe('Is press@here.example still read?');
    expect(questionToAnswer('@everyoneelse <@name> why?')).toBe('@everyoneelse <@name> why?');
  });

  it('removes custom emoji, static and animated: decoration, whose name and id are no words of the question', () => {
    expect(questionToAnswer('how do I back up the server? <:party_parrot:123456789012345678>')).toBe('how do I back up the server?');
    expect(questionToAnswer('<a:wave_hi:1>hi, where are the rules?')).toBe('hi, where are the rules?');
    // Not an emoji: a time written in angle brackets.
    expect(questionToAnswer('is it <at 10:30>?')).toBe('is it <at 10:30>?');
  });

  it('leaves nothing of a mention-only question', () => {
    expect(questionToAnswer(' <@123> @here ')).toBe('');
  });
});

describe('hasWords', () => {
  it('is false for an empty, mention-only or punctuation-only question, true once a letter or digit is there', () => {
    for (const none of ['', '   ', '<@123>', '<:party_parrot:123>', '???', '@everyone !!', '… — ?']) expect(hasWords(none), none).toBe(false);
    for (const some of ['Mythos?', '2026?', '¿Qué?', '何？', '<@123> why']) expect(hasWords(some), some).toBe(true);
  });
});
