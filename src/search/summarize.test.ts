import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTxt } from '../content/txt.js';
import type { Article } from '../content/types.js';
import { sentences } from './sentences.js';
import { MAX_SUMMARY_LENGTH, MAX_SUMMARY_SENTENCES, summarize } from './summarize.js';
import { terms } from './tokenize.js';

const passage = (text: string, paragraph: number) => ({ raw: text, text, section: null, paragraph, line: paragraph });
const article = (paragraphs: string[], summary: string | null = null): Article => ({
  id: 'a', title: 'Title', url: null, date: null, summary, site: null, lang: 'en', langSource: 'declared', langReliable: true, tags: [], file: 'a.md', faq: [],
  paragraphs: paragraphs.map(passage),
});

describe('summarize', () => {
  it('prefers the given summary (front matter or dek)', () => {
    expect(summarize(article(['Body.'], 'Given.'))).toBe('Given.');
  });

  it('otherwise picks central sentences, in reading order, within 400 characters', () => {
    const text = [
      'The council approved the new bike lanes on Tuesday.',
      'My neighbour owns a red kite.',
      'The bike lanes connect the station to the university campus.',
      'Construction of the bike lanes starts in spring, the council said.',
    ];
    const summary = summarize(article(text));
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(summary).not.toContain('kite');
    expect(summary.indexOf('approved')).toBeLessThan(summary.indexOf('Construction'));
  });

  it('clips an overlong single sentence at a word boundary', () => {
    const long = `${'word '.repeat(120)}end.`;
    const summary = summarize(article([long]));
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(summary.endsWith('word…')).toBe(true);
  });
});

/** The definition the summary follows: each sentence scored against every other one, pair by pair. */
function pairwiseCentral(texts: string[]): number[] {
  const all = texts.flatMap((t) => sentences(t).map((s) => s.text));
  const bags = all.map((s) => new Set(terms(s)));
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of bag) df.set(t, (df.get(t) ?? 0) + 1);
  const score = bags.map((bag, i) => {
    let shared = 0;
    bags.forEach((other, j) => {
      if (i !== j) for (const t of bag) if (other.has(t)) shared += Math.log(1 + all.length / df.get(t)!);
    });
    return shared / Math.sqrt(Math.max(1, bag.size));
  });
  return all.map((_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
}

describe('summarize on long articles', () => {
  const words = ['council', 'budget', 'river', 'school', 'bridge', 'vote', 'park', 'library', 'tram', 'housing', 'market', 'festival'];
  const sentence = (i: number) => `The ${words[i % 12]} plan and the ${words[(i * 7) % 12]} report were discussed by ${words[(i * 5) % 12]} officials in meeting ${i}.`;

  it('picks the sentence the pairwise definition ranks first (on the seed article)', () => {
    const seed = 'content/anthropic-nsa-offensive-ai-global-pause.txt';
    const text = parseTxt(readFileSync(seed, 'utf8'), seed, 'seed').article!.paragraphs.map((p) => p.text);
    const all = text.flatMap((t) => sentences(t).map((s) => s.text));
    const best = pairwiseCentral(text)[0]!;
    expect(summarize(article(text))).toContain(all[best]);
  });

  it('summarizes a 4,000-sentence article without a dek, from its first sentences', () => {
    const body = Array.from({ length: 4000 }, (_, i) => sentence(i));
    // One paragraph of 4,000 sentences: no short first paragraph to use as the dek.
    const long = article([body.join(' ')]);
    const summary = summarize(long);
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    const numbers = [...summary.matchAll(/meeting (\d+)/g)].map((m) => Number(m[1]));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => n < MAX_SUMMARY_SENTENCES)).toBe(true);
    expect(summarize(long)).toBe(summary);
  });
});
