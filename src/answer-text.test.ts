import { describe, expect, it } from 'vitest';
import { toText } from './answer-text.js';
import type { Answer } from './search/types.js';

const source = { id: 'a', title: 'Title', url: null, file: 'a.md', section: null, paragraph: 3, date: null };
const answer = (text: string, quote: string): Answer => ({
  question: 'q?',
  answer: text,
  kind: 'paragraph',
  quote,
  source,
  matched: null,
  entry: 'a#3',
  confidence: 0.5,
  alternatives: [],
});

describe('toText', () => {
  it('prints a quote that is the answer’s own text once, whatever its whitespace, with the source line', () => {
    const out = toText(answer('The library opens\nat 8 a.m.', 'The library  opens at 8 a.m. '));
    expect(out).toBe('Q: q?\n\nThe library opens\nat 8 a.m.\n\n— Title · ¶3  (confidence 0.50)');
  });

  it('prints a different quote as a > block under the answer', () => {
    const out = toText(answer('Yes.', 'Entry is by card\nonly.'));
    expect(out).toBe('Q: q?\n\nYes.\n\n> Entry is by card\n> only.\n— Title · ¶3  (confidence 0.50)');
  });
});
