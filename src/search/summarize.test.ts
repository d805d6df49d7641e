import { describe, expect, it } from 'vitest';
import type { Article } from '../content/types.js';
import { clip, MAX_SUMMARY_LENGTH, summarize } from './summarize.js';

const passage = (text: string, paragraph: number) => ({ raw: text, text, section: null, paragraph, line: paragraph });
const article = (paragraphs: string[], summary: string | null = null): Article => ({
  id: 'a', title: 'Title', url: null, date: null, summary, site: null, tags: [], file: 'a.md', faq: [],
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
    expect(summary.endsWith('…')).toBe(true);
    expect(clip('short', 10)).toBe('short');
  });
});
