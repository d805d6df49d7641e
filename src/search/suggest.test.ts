import { describe, expect, it } from 'vitest';
import { drain } from '../slices.js';
import { Suggester } from './suggest.js';
import { analyzerFor } from './tokenize.js';

interface Item {
  question: string;
  article: string;
}

const english = analyzerFor('en');
const build = (items: Item[]): Suggester<Item> => drain(Suggester.building(items.length, (n) => items[n]!, (i) => [english.terms(i.question), english.terms(i.article)]));

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
    const suggester = drain(Suggester.building(items.length, (n) => items[n]!, (i) => [german.terms(i.question), german.terms(i.article)]));
    for (const typed of ['Grö', 'gro', 'Größ', 'ände']) expect(suggester.search(typed, german, 5).map((i) => i.question), typed).toEqual(['Wie ändere ich die Größe?']);
  });

  it("matches an article's title more lightly than the question", () => {
    expect(questions('billing refund ')[0]).toBe('How do I request a refund?');
    expect(questions('billing ')).toEqual(expect.arrayContaining(['Can I pay by invoice?', 'How do I request a refund?']));
  });

  it('suggests nothing for stopwords alone or words no text holds', () => {
    expect(questions('how do ')).toEqual([]);
    expect(questions('weather forecast ')).toEqual([]);
  });
});
