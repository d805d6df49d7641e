import { describe, expect, it } from 'vitest';
import { toText } from './answer-text.js';
import { translatorFor } from './i18n/index.js';
import { answerFixture as answer } from './search/fixtures/answer.js';

describe('toText', () => {
  it('prints a quote that is the answer’s own text once, whatever its whitespace, with the source line', () => {
    const out = toText(answer('The library opens\nat 8 a.m.', 'The library  opens at 8 a.m. '));
    expect(out).toBe('Q: When does it open?\n\nThe library opens at 8 a.m.\n\n— Title · Hours · ¶3  (confidence 0.50)');
  });

  it('prints a different quote as a > block under the answer', () => {
    const out = toText(answer('Yes.', 'Entry is by card\nonly.\n\n- Guests sign in.'));
    expect(out).toBe('Q: When does it open?\n\nYes.\n\n> Entry is by card only.\n> \n> - Guests sign in.\n— Title · Hours · ¶3  (confidence 0.50)');
  });

  it("prints a .txt article's and a saved page's lines as written, a Markdown one's wrapped lines as one", () => {
    const wrapped = answer('The library opens\nat 8 a.m.', 'The library opens\nat 8 a.m.');
    expect(toText({ ...wrapped, source: { ...wrapped.source!, format: 'text' } })).toContain('\nThe library opens\nat 8 a.m.\n');
    expect(toText({ ...wrapped, source: { ...wrapped.source!, format: undefined } })).toContain('\nThe library opens\nat 8 a.m.\n');
    expect(toText(wrapped)).toContain('\nThe library opens at 8 a.m.\n');
  });

  it("prints what a member reads in the asker's catalogue, as Discord words it, and the rest in English", () => {
    const alternatives = [{ id: 'a#5', question: 'Wann schließt sie?', article: 'Title' }];
    const missed = { ...answer('', ''), answer: null, kind: null, quote: null, source: null, entry: null, confidence: 0, alternatives };
    expect(toText(missed, translatorFor('de'))).toBe('Q: When does it open?\nDazu habe ich in unseren Artikeln nichts gefunden.\nDiese Fragen kann ich beantworten, sie kommen dem am nächsten:\n  - Wann schließt sie?');
    expect(toText(missed)).toBe("Q: When does it open?\nI couldn't find that in our articles.\nQuestions I can answer that come closest:\n  - Wann schließt sie?");
    expect(toText({ ...answer('Um 8 Uhr.', 'Um 8 Uhr.'), alternatives }, translatorFor('de'))).toBe('Q: When does it open?\n\nUm 8 Uhr.\n\n— Title · Hours · ¶3  (confidence 0.50)\n  - Meintest du: Wann schließt sie?');
  });
});
