import { describe, expect, it } from 'vitest';
import { changeText, readRecordedAnswers, RecordedAnswersError, sameAnswer } from './answer-compare.js';
import { toJson } from './answer-text.js';
import { answerFixture as answer } from './search/fixtures/answer.js';
import type { Answer } from './search/types.js';

const none: Answer = { ...answer('', ''), answer: null, kind: null, quote: null, source: null, entry: null, matched: null, confidence: 0.21 };
const faq: Answer = { ...answer('Yes, with a fob.', 'Yes, with a fob.'), kind: 'faq', matched: 'Can I get in after hours?', source: { ...answer('', '').source!, section: 'FAQ', paragraph: 7 } };
const recorded = (...answers: Answer[]) => readRecordedAnswers(answers.map((a) => `${toJson(a)}\n`).join(''), 'before.jsonl');

describe('readRecordedAnswers', () => {
  it('reads back what --json wrote, one answer per line: the FAQ question matched, else the source as cited', () => {
    expect(recorded(answer('At 8.', 'At 8.'), faq, none)).toEqual([
      { line: 1, question: 'When does it open?', answer: 'At 8.', quote: 'At 8.', article: 'a', label: 'Title · Hours · ¶3', confidence: 0.5 },
      { line: 2, question: 'When does it open?', answer: 'Yes, with a fob.', quote: 'Yes, with a fob.', article: 'a', label: 'Can I get in after hours?', confidence: 0.5 },
      { line: 3, question: 'When does it open?', answer: null, quote: null, article: null, label: null, confidence: 0.21 },
    ]);
  });

  it('names FILE:LINE of the first line that is not an answer --json wrote, and refuses an empty file', () => {
    const good = toJson(answer('At 8.', 'At 8.'));
    const message = (text: string) => {
      try {
        readRecordedAnswers(text, 'before.jsonl');
      } catch (err) {
        expect(err).toBeInstanceOf(RecordedAnswersError);
        return (err as Error).message;
      }
      throw new Error('no error');
    };
    expect(message(`${good}\nWhen does it open?\n`)).toBe('before.jsonl:2 is not JSON: --compare reads what `npm run ask -- --json` wrote, one object per line.');
    expect(message(`${good}\n{"answer":null}\n`)).toMatch(/^before\.jsonl:2 has no "question"/);
    expect(message('{"question":"Hi?","answer":3,"quote":null,"confidence":0}\n')).toMatch(/^before\.jsonl:1 lacks "answer", "quote" or "confidence"/);
    expect(message('')).toMatch(/^before\.jsonl holds no answers: write it with `npm run -s ask -- --json < questions.txt > before\.jsonl` first\.$/);
  });
});

describe('sameAnswer', () => {
  const [before] = recorded(answer('At 8.', 'At 8.'));
  it('holds while a member reads the same, whatever the confidence or the paragraph number', () => {
    expect(sameAnswer(before!, { ...answer('At 8.', 'At 8.'), confidence: 0.9, source: { ...answer('', '').source!, paragraph: 4 } })).toBe(true);
    expect(sameAnswer(recorded(none)[0]!, { ...none, confidence: 0.3 })).toBe(true);
  });

  it('fails when the text, the quote or the article differs, or one of the two abstains', () => {
    expect(sameAnswer(before!, answer('At 9.', 'At 9.'))).toBe(false);
    expect(sameAnswer(before!, answer('At 8.', 'Doors at 8.'))).toBe(false);
    expect(sameAnswer(before!, { ...answer('At 8.', 'At 8.'), source: { ...answer('', '').source!, id: 'b' } })).toBe(false);
    expect(sameAnswer(before!, none)).toBe(false);
    expect(sameAnswer(recorded(none)[0]!, answer('At 8.', 'At 8.'))).toBe(false);
  });
});

describe('changeText', () => {
  it('shows what was read and what is read now, each with its label and confidence', () => {
    expect(changeText(recorded(none)[0]!, faq)).toBe('Line 1: When does it open?\n  before: no answer (confidence 0.21)\n  now:    Can I get in after hours? (confidence 0.50): Yes, with a fob.');
  });

  it('shows two long texts from a little before where they differ, and the quotes where only they changed', () => {
    const start = 'The first aid kit is on the wall by the sink, and the defibrillator is at the main entrance of the building ';
    const [was] = recorded(answer(`${start}by the fire panel.`, 'q'));
    expect(changeText(was!, answer(`${start}next to the lift.`, 'q')).split('\n').slice(1)).toEqual([
      '  before: Title · Hours · ¶3 (confidence 0.50): …main entrance of the building by the fire panel.',
      '  now:    Title · Hours · ¶3 (confidence 0.50): …main entrance of the building next to the lift.',
    ]);
    expect(changeText(recorded(answer('At 8.', 'Doors open at 8.'))[0]!, answer('At 8.', 'Doors open at 8 sharp.')).split('\n')[2]).toBe('  now:    Title · Hours · ¶3 (confidence 0.50), quote: Doors open at 8 sharp.');
  });
});
