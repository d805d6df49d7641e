import { describe, expect, it } from 'vitest';
import { changeKind, changeText, closestChangeText, readRecordedAnswers, RecordedAnswersError, sameAnswer } from './answer-compare.js';
import { toJson } from './answer-text.js';
import { answerFixture as answer } from './search/fixtures/answer.js';
import type { Answer } from './search/types.js';

const none: Answer = { ...answer('', ''), answer: null, kind: null, quote: null, source: null, entry: null, matched: null, confidence: 0.21 };
const faq: Answer = { ...answer('Yes, with a fob.', 'Yes, with a fob.'), kind: 'faq', matched: 'Can I get in after hours?', source: { ...answer('', '').source!, section: 'FAQ', paragraph: 7 } };
const bytes = (text: string) => new TextEncoder().encode(text);
const recorded = (...answers: Answer[]) => readRecordedAnswers(bytes(answers.map((a) => `${toJson(a)}\n`).join('')), 'before.jsonl');
const [eight] = recorded(answer('At 8.', 'At 8.'));

/** The message `readRecordedAnswers` throws on `file`'s bytes. */
function refusal(content: Uint8Array): string {
  try {
    readRecordedAnswers(content, 'before.jsonl');
  } catch (err) {
    expect(err).toBeInstanceOf(RecordedAnswersError);
    return (err as Error).message;
  }
  throw new Error('no error');
}

describe('readRecordedAnswers', () => {
  it('reads back what --json wrote, one answer per line: the FAQ question matched, else the paragraph as --explain labels it', () => {
    expect(recorded(answer('At 8.', 'At 8.'), faq, { ...none, alternatives: [{ id: 'a#faq-2', question: 'When do you close?', article: 'a' }] })).toEqual([
      { line: 1, question: 'When does it open?', answer: 'At 8.', quote: 'At 8.', title: 'Title', article: 'a', matched: null, label: 'Title · ¶3', confidence: 0.5, alternatives: [] },
      { line: 2, question: 'When does it open?', answer: 'Yes, with a fob.', quote: 'Yes, with a fob.', title: 'Title', article: 'a', matched: 'Can I get in after hours?', label: 'Can I get in after hours?', confidence: 0.5, alternatives: [] },
      { line: 3, question: 'When does it open?', answer: null, quote: null, title: null, article: null, matched: null, label: null, confidence: 0.21, alternatives: ['When do you close?'] },
    ]);
  });

  it('passes over blank lines and a byte order mark, keeping each record at its line; reads a file written before "matched"', () => {
    const line = toJson(answer('At 8.', 'At 8.'));
    const read = readRecordedAnswers(bytes(`\ufeff${line}\n\n${line.replace(/,"matched":null/, '')}\r\n\n`), 'before.jsonl');
    expect(read.map((r) => [r.line, r.matched])).toEqual([
      [1, null],
      [3, undefined],
    ]);
  });

  it('names FILE:LINE of the first line that is not an answer --json wrote; refuses an empty file, UTF-16 and other bytes that are no UTF-8', () => {
    const good = toJson(answer('At 8.', 'At 8.'));
    expect(refusal(bytes(`${good}\nWhen does it open?\n`))).toBe('before.jsonl:2 is not JSON: --compare reads what `npm run ask -- --json` wrote, one object per line.');
    expect(refusal(bytes(`${good}\n{"answer":null}\n`))).toMatch(/^before\.jsonl:2 has no "question"/);
    expect(refusal(bytes('{"question":"Hi?","answer":3,"quote":null,"confidence":0}\n'))).toMatch(/^before\.jsonl:1 lacks "answer", "quote" or "confidence"/);
    expect(refusal(bytes('\n'))).toBe('before.jsonl holds no answers: write it with `npm run -s ask -- --json < questions.txt > before.jsonl` first.');
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toBe('before.jsonl is UTF-16: save it as UTF-8 (in PowerShell, write it with "| Out-File -Encoding utf8").');
    expect(refusal(new Uint8Array([0x7b, 0x22, 0x63, 0x61, 0x66, 0xe9]))).toBe('before.jsonl is not UTF-8 text: --compare reads what `npm run ask -- --json` wrote.');
  });
});

describe('sameAnswer', () => {
  it('holds while a member reads the same, whatever the confidence, the paragraph number or the file name', () => {
    expect(sameAnswer(eight!, { ...answer('At 8.', 'At 8.'), confidence: 0.9, source: { ...answer('', '').source!, paragraph: 4, id: 'renamed', file: 'renamed.md' } })).toBe(true);
    expect(sameAnswer(recorded(none)[0]!, { ...none, confidence: 0.3 })).toBe(true);
    const two = [
      { id: 'a#faq-1', question: 'When do you close?', article: 'a' },
      { id: 'a#faq-2', question: 'Is it free?', article: 'a' },
    ];
    expect(sameAnswer(recorded({ ...none, alternatives: two })[0]!, { ...none, alternatives: [two[1]!, two[0]!] })).toBe(true);
  });

  it('fails when the text, the quote, the article, the FAQ question matched or, on no answer, the closest questions differ', () => {
    expect(sameAnswer(eight!, answer('At 9.', 'At 9.'))).toBe(false);
    expect(sameAnswer(eight!, answer('At 8.', 'Doors at 8.'))).toBe(false);
    expect(sameAnswer(eight!, { ...answer('At 8.', 'At 8.'), source: { ...answer('', '').source!, title: 'Other' } })).toBe(false);
    // Another entry with the same answer: the embed's title is the other question.
    expect(sameAnswer(recorded(faq)[0]!, { ...faq, matched: 'Can I come at night?' })).toBe(false);
    expect(sameAnswer(eight!, none)).toBe(false);
    expect(sameAnswer(recorded(none)[0]!, answer('At 8.', 'At 8.'))).toBe(false);
    expect(sameAnswer(recorded(none)[0]!, { ...none, alternatives: [{ id: 'a#faq-1', question: 'When do you close?', article: 'a' }] })).toBe(false);
  });
});

describe('changeKind', () => {
  it('tells another answer from the same one edited, and an answer gained or lost from other closest questions', () => {
    const [doors] = recorded(answer('Doors open at 8 and close at midnight.', 'q'));
    expect(changeKind(doors!, answer('Doors open at 9 and close at midnight.', 'q'))).toBe('text edited');
    // Another paragraph moved into its number (one deleted above it): another answer, whatever the number.
    expect(changeKind(doors!, answer('Children under twelve come with an adult.', 'q'))).toBe('another answer');
    expect(changeKind(doors!, { ...answer('Doors open at 9 and close at midnight.', 'q'), source: { ...answer('', '').source!, paragraph: 7 } })).toBe('text edited');
    // Another article; the same one under a new title (its id) or in a renamed file (its title).
    expect(changeKind(doors!, { ...answer('Doors open at 8 and close at midnight.', 'x'), source: { ...answer('', '').source!, id: 'other', title: 'Other' } })).toBe('another answer');
    expect(changeKind(doors!, { ...answer('Doors open at 9 and close at midnight.', 'x'), source: { ...answer('', '').source!, title: 'New title' } })).toBe('text edited');
    expect(changeKind(doors!, { ...answer('Doors open at 9 and close at midnight.', 'x'), source: { ...answer('', '').source!, id: 'renamed' } })).toBe('text edited');
    // The same text quoted from another sentence: an edit elsewhere moved the quote, not this answer.
    expect(changeKind(doors!, answer('Doors open at 8 and close at midnight.', 'x'))).toBe('other quote');
    expect(changeKind(doors!, { ...answer('Doors open at 8 and close at midnight.', 'x'), source: { ...answer('', '').source!, title: 'New title' } })).toBe('text edited');
    // An FAQ entry: the same question matched, or its question reworded over the same answer; not a paragraph saying it.
    expect(changeKind(recorded(faq)[0]!, { ...faq, answer: 'No, only members.' })).toBe('text edited');
    expect(changeKind(recorded(faq)[0]!, { ...faq, matched: 'Can I come in at night?' })).toBe('text edited');
    expect(changeKind(recorded(faq)[0]!, { ...faq, matched: 'Can I bring a dog?', answer: 'Only guide dogs.' })).toBe('another answer');
    expect(changeKind(recorded(faq)[0]!, { ...faq, matched: null })).toBe('another answer');
    expect(changeKind(doors!, none)).toBe('no longer answered');
    expect(changeKind(recorded(none)[0]!, faq)).toBe('now answered');
    expect(changeKind(recorded(none)[0]!, { ...none, alternatives: [{ id: 'a#faq-1', question: 'When do you close?', article: 'a' }] })).toBe('other closest questions');
  });

  it("calls a paragraph's answer quoting fewer sentences of its text, still written as it was, an other quote", () => {
    const [both] = recorded(answer('Doors open at 8 and\nclose at midnight. Entry is free.', 'q'));
    const fewer = answer('Doors open at 8 and close at midnight.', 'q');
    const paragraph = 'Doors open at 8 and\nclose at midnight. Entry is free.';
    const written = (text: string) => paragraph.replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' '));
    expect(changeKind(both!, fewer, written)).toBe('other quote');
    expect(changeKind(both!, fewer)).toBe('text edited');
    // More sentences may be one added to the paragraph: an edit.
    const [doors] = recorded(answer('Doors open at 8 and close at midnight.', 'q'));
    expect(changeKind(doors!, answer('Doors open at 8 and close at midnight. Entry is free.', 'q'), written)).toBe('text edited');
    // Its text no longer written so: an edit.
    expect(changeKind(doors!, answer('Doors open at 9 and close at midnight.', 'q'), (text) => text.startsWith('Doors open at 9'))).toBe('text edited');
  });
});

describe('closestChangeText', () => {
  it('says in one line what a question still unanswered offers now (round AB: half of a compare was such lines)', () => {
    const [was] = recorded(none);
    expect(closestChangeText(was!, { ...none, alternatives: [{ id: 'a#faq-1', question: 'When do you close?', article: 'a' }] })).toBe(`  Line 1: ${none.question} → closest now: “When do you close?”`);
    const [offered] = recorded({ ...none, alternatives: [{ id: 'a#faq-2', question: 'When do you open?', article: 'a' }] });
    expect(closestChangeText(offered!, none)).toBe(`  Line 1: ${none.question} → closest now: none (before: “When do you open?”)`);
  });
});

describe('changeText', () => {
  it('shows what was read and what is read now: the label, confidence and text, or no answer with the closest questions', () => {
    const closest = { ...none, alternatives: [{ id: 'a#faq-1', question: 'When do you close?', article: 'a' }] };
    expect(changeText(recorded(closest)[0]!, faq)).toBe('Line 1 (now answered): When does it open?\n  before: no answer (confidence 0.21); closest: “When do you close?”\n  now:    Can I get in after hours? (confidence 0.50): Yes, with a fob.');
  });

  it('shows texts that fit whole, and two long ones from a word before where they differ; the quotes where only they changed', () => {
    const [short] = recorded(answer('We are at 12 Mill Lane, behind the station. Parking is free on the street.', 'q'));
    expect(changeText(short!, answer('We are at 12 Mill Lane, behind the station. Parking is free on the street, and there is a rack.', 'q')).split('\n')[1]).toBe(
      '  before: Title · ¶3 (confidence 0.50): We are at 12 Mill Lane, behind the station. Parking is free on the street.',
    );
    const start = 'The first aid kit is on the wall by the sink, and the defibrillator is at the main entrance of the building ';
    const [was] = recorded(answer(`${start}by the fire panel.`, 'q'));
    expect(changeText(was!, answer(`${start}next to the lift.`, 'q')).split('\n').slice(1)).toEqual([
      '  before: Title · ¶3 (confidence 0.50): …main entrance of the building by the fire panel.',
      '  now:    Title · ¶3 (confidence 0.50): …main entrance of the building next to the lift.',
    ]);
    expect(changeText(recorded(answer('At 8.', 'Doors open at 8.'))[0]!, answer('At 8.', 'Doors open at 8 sharp.')).split('\n')[2]).toBe('  now:    Title · ¶3 (confidence 0.50), quote: Doors open at 8 sharp.');
  });

  it("says where only the article's title changed, which an FAQ answer's line does not show", () => {
    // A Brno esports club's admin read 22 "text edited" lines whose two lines were the same (round Z).
    const retitled: Answer = { ...faq, source: { ...faq.source!, title: 'Špilberk LAN #7' } };
    expect(changeText(recorded(faq)[0]!, retitled).split('\n')).toEqual([
      'Line 1 (text edited): When does it open?',
      '  before: Can I get in after hours? (confidence 0.50): Yes, with a fob.',
      '  now:    Can I get in after hours? (confidence 0.50): Yes, with a fob.',
      "  the article's title only: “Title” → “Špilberk LAN #7”",
    ]);
    // Not where the text changed too: the two lines show that.
    expect(changeText(recorded(faq)[0]!, { ...retitled, answer: 'No.' })).not.toContain("title only");
  });
});
