import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown.js';
import { faqPlace, withLearned } from './phrasings.js';

const ARTICLE = parseMarkdown(
  ['# River clean-up', '', 'Volunteers cleared the bank.', '', '## FAQ', '', '### How can I join?', 'Also asked as:', '- How do I volunteer?', '', 'Sign up online.', '', '### Is the river safe?', '', 'Not yet.', ''].join('\n'),
  'river.md',
  'river',
).article!;

describe('faqPlace', () => {
  it('reads an FAQ entry id, and nothing else', () => {
    expect(faqPlace('river#faq-2')).toEqual({ article: 'river', index: 1 });
    expect(faqPlace('a#b#faq-10')).toEqual({ article: 'a#b', index: 9 });
    for (const id of ['river#p3', 'river', 'river#faq-0', 'river#faq-', '#faq-1']) expect(faqPlace(id)).toBeNull();
  });
});

describe('withLearned', () => {
  it('adds a learned phrasing to its entry as the parser adds an alternate: the question’s section, ¶ and line', () => {
    const [merged] = withLearned([ARTICLE], [{ entry: 'river#faq-1', question: 'where do I sign up' }]);
    const entry = merged!.faq[0]!;
    expect(entry.alternates.map((a) => a.text)).toEqual(['How do I volunteer?', 'where do I sign up']);
    const { section, paragraph, line } = entry.question;
    expect(entry.alternates[1]).toEqual({ raw: 'where do I sign up', text: 'where do I sign up', section, paragraph, line });
    expect(merged!.faq[1]).toBe(ARTICLE.faq[1]);
    expect(ARTICLE.faq[0]!.alternates).toHaveLength(1);
  });

  it('ignores what the entry already has, entries no longer served and paragraphs, and merges idempotently', () => {
    const learned = [
      { entry: 'river#faq-1', question: 'how can i join' },
      { entry: 'river#faq-1', question: 'How do I volunteer' },
      { entry: 'river#faq-9', question: 'Gone?' },
      { entry: 'river#p1', question: 'A paragraph' },
      { entry: 'elsewhere#faq-1', question: 'Other article' },
      { entry: 'river#faq-2', question: 'Can I swim there?' },
    ];
    const once = withLearned([ARTICLE], learned);
    expect(once[0]!.faq.map((e) => e.alternates.map((a) => a.text))).toEqual([['How do I volunteer?'], ['Can I swim there?']]);
    expect(withLearned(once, learned)).toEqual(once);
    expect(withLearned([ARTICLE], [])).toEqual([ARTICLE]);
  });
});
