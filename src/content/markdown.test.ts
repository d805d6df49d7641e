import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.js';

const FILE = 'test/fixtures/articles/river-cleanup.md';

describe('parseMarkdown', () => {
  const source = readFileSync(FILE, 'utf8');
  const { article, issues } = parseMarkdown(source, FILE, 'river-cleanup');

  it('reads front matter, the headline and the dek', () => {
    expect(issues).toEqual([]);
    expect(article).toMatchObject({
      id: 'river-cleanup-2026',
      title: 'Volunteers Pull Two Tonnes of Waste from the Riverbank',
      url: 'https://news.example.org/2026/05/river-cleanup',
      date: '2026-05-14',
      tags: ['environment', 'volunteering'],
    });
    expect(article?.summary).toMatch(/^More than 300 volunteers/);
  });

  it('names each paragraph by its section and drops Markdown syntax from the matching text', () => {
    const found = article!.paragraphs.find((p) => p.text.startsWith('Plastic bottles'))!;
    expect(found.section).toBe('What they found');
    expect(found.raw).toContain('**two tonnes**');
    expect(found.text).toContain('the two tonnes collected');
    expect(article!.paragraphs.find((p) => p.raw.startsWith('- A second'))?.section).toBe('Next steps');
  });

  it('reads ### questions under the FAQ heading with their answers', () => {
    expect(article!.faq.map((f) => f.question.text)).toEqual([
      'How can I join the next clean-up?',
      'Where does the collected plastic go?',
      'Is the river safe for swimming?',
    ]);
    expect(article!.faq[1]!.answer[0]!.text).toMatch(/^Sorted plastic/);
  });

  it('keeps each block verbatim at its line', () => {
    const lines = source.split('\n');
    for (const p of [...article!.paragraphs, ...article!.faq.flatMap((f) => [f.question, ...f.answer])]) {
      expect(source).toContain(p.raw);
      expect(lines[p.line - 1]).toBe(p.raw.split('\n')[0]);
    }
  });

  it('normalises a front-matter URL so Discord accepts it in an embed', () => {
    const { article: a } = parseMarkdown('---\nurl: https://example.org/a b/café\n---\n# T\n\nText.\n', 'u.md', 'u');
    expect(a?.url).toBe('https://example.org/a%20b/caf%C3%A9');
  });

  it('falls back to the first # heading for the title', () => {
    const { article: a } = parseMarkdown('# Heading Title\n\nText.\n', 'h.md', 'h');
    expect(a?.title).toBe('Heading Title');
    expect(a?.id).toBe('h');
  });

  it('reports a missing title, invalid YAML and an unanswered question with their lines', () => {
    expect(parseMarkdown('Just text.\n', 'n.md', 'n').issues[0]).toMatchObject({ severity: 'error', line: 1 });
    const yaml = parseMarkdown('---\ntitle: [unclosed\n---\n# T\n', 'y.md', 'y');
    expect(yaml.article).toBeNull();
    expect(yaml.issues[0]).toMatchObject({ severity: 'error', file: 'y.md' });
    expect(yaml.issues[0]!.message).toMatch(/not valid YAML/);
    const unanswered = parseMarkdown('# T\n\n## FAQ\n\n### Why?\n\n### How?\n\nLike this.\n', 'u.md', 'u');
    expect(unanswered.article).toBeNull();
    expect(unanswered.issues).toEqual([{ severity: 'error', file: 'u.md', line: 5, message: 'FAQ question has no answer: "Why?"' }]);
  });

  it('warns about a front-matter field of the wrong type and serves the article', () => {
    const { article: a, issues: found } = parseMarkdown('---\ntitle: T\ndate: not a date\n---\nText.\n', 'd.md', 'd');
    expect(a?.date).toBeNull();
    expect(found).toEqual([{ severity: 'warning', file: 'd.md', line: 3, message: 'front matter "date" should be a date such as 2026-06-05; ignored' }]);
  });
});
