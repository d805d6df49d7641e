import { describe, expect, it } from 'vitest';
import { drain } from '../slices.js';
import { Suggester, suggestionFields } from './suggest.js';
import { analyzerFor } from './tokenize.js';

interface Item {
  question: string;
  article: string;
}

const english = analyzerFor('en');
const build = (items: Item[]): Suggester<Item> => drain(Suggester.building(items.length, (n) => items[n]!, (i) => suggestionFields(english, i.question, i.article)));

const suggester = build([
  { question: 'How do I request a refund?', article: 'Billing' },
  { question: 'How do I change my password?', article: 'Accounts' },
  { question: 'Where is the configuration file?', article: 'Setup' },
  { question: 'Can I pay by invoice?', article: 'Billing' },
]);
const questions = (typed: string) => suggester.search(typed, english, 25).map((i) => i.question);

describe('Suggester', () => {
  it('completes the word being typed from the terms it begins', () => {
    expect(questions('how do I ref')[0]).toBe('How do I request a refund?');
    expect(questions('configu')).toEqual(['Where is the configuration file?']);
  });

  it('completes a word typed past its stem', () => {
    for (const typed of ['configura', 'configurat', 'configuratio']) expect(questions(typed)).toEqual(['Where is the configuration file?']);
  });

  it('corrects a typo in a finished word, and in the word being typed when it begins no term', () => {
    expect(questions('pasword ')[0]).toBe('How do I change my password?');
    expect(questions('pasword')[0]).toBe('How do I change my password?');
    expect(questions('refnd')[0]).toBe('How do I request a refund?');
    expect(questions('xyzzy')).toEqual([]);
  });

  it('completes a word typed without its diacritics, or with them, in a language that folds them', () => {
    const german = analyzerFor('de');
    const items = [{ question: 'Wie ändere ich die Größe?', article: 'Über uns' }];
    const suggester = drain(Suggester.building(items.length, (n) => items[n]!, (i) => suggestionFields(german, i.question, i.article)));
    for (const typed of ['Grö', 'gro', 'Größ', 'ände']) expect(suggester.search(typed, german, 5).map((i) => i.question), typed).toEqual(['Wie ändere ich die Größe?']);
  });

  it("matches an article's title more lightly than the question", () => {
    expect(questions('billing refund ')[0]).toBe('How do I request a refund?');
    expect(questions('billing ')).toEqual(expect.arrayContaining(['Can I pay by invoice?', 'How do I request a refund?']));
  });

  it('ranks by the function words typed before any topic word, and the topic word outranks them', () => {
    expect(questions('how do ').slice(0, 2).sort()).toEqual(['How do I change my password?', 'How do I request a refund?']);
    expect(questions('where is')[0]).toBe('Where is the configuration file?');
    expect(questions('can I p')[0]).toBe('Can I pay by invoice?');
    expect(questions('how do I pay ')[0]).toBe('Can I pay by invoice?');
    // Chat's spelling of "where".
    expect(questions('wher is')[0]).toBe('Where is the configuration file?');
  });

  it('suggests nothing for words no text holds', () => {
    expect(questions('weather forecast ')).toEqual([]);
    expect(questions('qqq')).toEqual([]);
  });

  it('never reads a function word as a term, nor a term as a function word', () => {
    // "will" is a stopword, and the stem of "willing"; "how" begins "however" only among function words.
    const items = [{ question: 'Is anyone willing to help?', article: 'Volunteers' }, { question: 'Will it rain?', article: 'Weather' }];
    const both = drain(Suggester.building(items.length, (n) => items[n]!, (i) => suggestionFields(english, i.question, i.article)));
    expect(both.search('willing ', english, 5).map((i) => i.question)).toEqual(['Is anyone willing to help?']);
    expect(both.search('will ', english, 5).map((i) => i.question)[0]).toBe('Will it rain?');
  });
});
