import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from './blocks.js';
import { parseMarkdown } from './markdown.js';
import { CODE_FENCE } from './soft-breaks.js';
import { parseTxt } from './txt.js';
import type { Article, Passage } from './types.js';

/** Lines that exercise every rule of both formats, mixed with arbitrary text. */
const FRAGMENTS = [
  '# Headline', '## FAQ', '## Questions and answers', '### Why did it happen?', '### Not a question', 'FAQ', 'Frequently asked questions',
  'Is it safe?', 'Also asked as:', 'also asked as:', '- Can I go?', '- ', '* Other way to ask?', '---', '===', '***', '> quoted', '>>>> deep',
  '  - nested item', '1. first', '```', '```js', '    indented code', '| a | b |', '|---|---|', '<div>html</div>', '&amp; &#8217; &uuml; &#10; &bogus;',
  'The council voted 9 to 2 on June 5.', 'Zürich café — “quotes”.', 'A sentence. Another one! A third?', '\t', ' ', '', '',
];
const line = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constantFrom('---\ntitle: T\n---\n', '---\nid: x\ndate: 2026-06-05T21:30:00-07:00\ntags: [a, b]\n---\n', '---\na: &x 1\nb: *x\n---\n', '---\n: :\n---\n', '---\nurl: nope\n'),
  fc.array(line, { maxLength: 4 }).map((lines) => `---\n${lines.join('\n')}\n---\n`),
);
/** A file of up to ~80 lines, with LF, CRLF or CR line ends. */
const file = fc
  .tuple(frontMatter, fc.array(line, { maxLength: 80 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([fm, lines, end]) => fm + lines.join(end));

const passagesOf = (article: Article): Passage[] => [...article.paragraphs, ...article.faq.flatMap((f) => [f.question, ...f.alternates, ...f.answer])];

const letters = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');
/** Whether `part`'s letters and digits appear in `whole`'s, in order (Markdown syntax only removes characters). */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const c of part) {
    at = whole.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}

/**
 * Every passage (the text quotes are cut from) is text of the file as a reader sees it, found at its line;
 * and its matching text comes from that raw text, not from a neighbour.
 */
function checkVerbatim(article: Article, visible: string): void {
  const lines = visible.split(/\r\n|\r|\n/);
  for (const p of passagesOf(article)) {
    expect(visible).toContain(p.raw);
    expect(lines[p.line - 1]).toContain(p.raw.split(/\r\n|\r|\n/)[0]);
    // A fenced code block's text is its lines as written: Markdown decodes no entity inside code.
    const raw = CODE_FENCE.test(p.raw) ? p.raw : decodeEntities(p.raw);
    expect(isSubsequence(letters(p.text), letters(raw))).toBe(true);
  }
}

describe('content parsers on random files', () => {
  it('never throw, and serve only text found in the file (Markdown)', () => {
    fc.assert(
      fc.property(file, (source) => {
        const { article } = parseMarkdown(source, 'fuzz.md', 'fuzz');
        if (article) checkVerbatim(article, source);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw, and serve only text found in the decoded file (text)', () => {
    fc.assert(
      fc.property(file, (source) => {
        const { article } = parseTxt(source, 'fuzz.txt', 'fuzz');
        if (article) checkVerbatim(article, decodeEntities(source));
      }),
      { numRuns: 300 },
    );
  });
});
