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
    // A word of one letter typed so far is one already.
    expect(questions('I').sort()).toEqual(['Can I pay by invoice?', 'How do I change my password?', 'How do I request a refund?']);
    // Chat's spelling of "where".
    expect(questions('wher is')[0]).toBe('Where is the configuration file?');
  });

  it('reads a word being typed that begins a term as that term, not as a chat spelling ("wat" of "water")', () => {
    const items = [{ question: 'When is the water turned on?', article: 'Plots' }, { question: 'When is the produce show?', article: 'Events' }, { question: 'What is the rent?', article: 'Fees' }];
    const plots = drain(Suggester.building(items.length, (n) => items[n]!, (i) => suggestionFields(english, i.question, i.article)));
    for (const typed of ['when is the wa', 'when is the wat', 'when is the wate']) expect(plots.search(typed, english, 5)[0]?.question, typed).toBe('When is the water turned on?');
    expect(plots.search('wat is ', english, 5)[0]?.question).toBe('What is the rent?');
  });

  it("reads a finished word as a function word of any text's language, the question's detected one aside", () => {
    const german = analyzerFor('de');
    const items = [{ question: 'Wann startet der Server neu?', article: 'Server', lang: german }, { question: 'How do I join?', article: 'Join', lang: english }];
    const mixed = drain(Suggester.building(items.length, (n) => items[n]!, (i) => suggestionFields(i.lang, i.question, i.article)));
    // "Wann" read as English, as a one-word question may be.
    for (const typed of ['Wann', 'Wann ', 'Wann s']) expect(mixed.search(typed, english, 5).map((i) => i.question), typed).toEqual(['Wann startet der Server neu?']);
  });

  it('ranks texts holding a whole function word being typed over those holding words it begins', () => {
    const items = [{ question: 'Where do I report a security issue?', article: 'Security' }, { question: 'Is there phone support?', article: 'Support' }];
    const support = drain(Suggester.building(items.length, (n) => items[n]!, (i) => suggestionFields(english, i.question, i.article)));
    expect(support.search('is', english, 5)[0]?.question).toBe('Is there phone support?');
    expect(support.search('iss', english, 5)[0]?.question).toBe('Where do I report a security issue?');
  });

  it("completes a script written without spaces from one character and across its segments, and reads a clitic's word", () => {
    const japanese = analyzerFor('ja');
    const items = [{ question: '食べ物の持ち込みはできますか？', article: '館内のルール' }, { question: '駐車場はありますか？', article: 'アクセス' }];
    const hall = drain(Suggester.building(items.length, (n) => items[n]!, (i) => suggestionFields(japanese, i.question, i.article)));
    for (const typed of ['食', '食べ', '食べ物']) expect(hall.search(typed, japanese, 5).map((i) => i.question), typed).toEqual(['食べ物の持ち込みはできますか？']);
    expect(hall.search('駐', japanese, 5).map((i) => i.question)).toEqual(['駐車場はありますか？']);
    // "I'm" is read as "I" (its clitic dropped), a function word of three questions.
    expect(questions("I'm")).toHaveLength(3);
  });

  it('suggests nothing for words no text holds', () => {
    expect(questions('weather forecast ')).toEqual([]);
    expect(questions('qqq')).toEqual([]);
    // Marks alone fold to nothing, which begins every term: no completion.
    expect(drain(Suggester.building(1, () => ({ question: 'Wie ändere ich die Größe?', article: 'Über uns' }), (i) => suggestionFields(analyzerFor('de'), i.question, i.article))).search('\u0301\u0301', analyzerFor('de'), 5)).toEqual([]);
  });

  it('never reads a function word as a term, nor a term as a function word', () => {
    // "will" is a stopword, and the stem of "willing"; "how" begins "however" only among function words.
    const items = [{ question: 'Is anyone willing to help?', article: 'Volunteers' }, { question: 'Will it rain?', article: 'Weather' }];
    const both = drain(Suggester.building(items.length, (n) => items[n]!, (i) => suggestionFields(english, i.question, i.article)));
    expect(both.search('willing ', english, 5).map((i) => i.question)).toEqual(['Is anyone willing to help?']);
    expect(both.search('will ', english, 5).map((i) => i.question)[0]).toBe('Will it rain?');
  });
});
