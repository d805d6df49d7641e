import { describe, expect, it } from 'vitest';
import { toText } from './answer-text.js';
import { answerFixture as answer } from './search/fixtures/answer.js';

describe('toText', () => {
  it('prints a quote that is the answer’s own text once, whatever its whitespace, with the source line', () => {
    const out = toText(answer('The library opens\nat 8 a.m.', 'The library  opens at 8 a.m. '));
    expect(out).toBe('Q: When does it open?\n\nThe library opens\nat 8 a.m.\n\n— Title · Hours · ¶3  (confidence 0.50)');
  });

  it('prints a different quote as a > block under the answer', () => {
    const out = toText(answer('Yes.', 'Entry is by card\nonly.'));
    expect(out).toBe('Q: When does it open?\n\nYes.\n\n> Entry is by card\n> only.\n— Title · Hours · ¶3  (confidence 0.50)');
  });
});
