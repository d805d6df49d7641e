import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentDirError, formatIssue, idFromFile, loadContent } from './load.js';

function dirWith(files: Record<string, string>, copies: string[] = []): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'faq-content-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  for (const file of copies) copyFileSync(file, path.join(dir, path.basename(file)));
  return dir;
}

describe('loadContent', () => {
  it('serves the good files and reports each bad one with its path and line', async () => {
    const dir = dirWith({ 'empty.md': '  \n', 'notes.json': '{}' }, [
      'test/fixtures/articles/river-cleanup.md',
      'test/fixtures/articles/library-hours.txt',
      'test/fixtures/broken/broken-yaml.md',
      'test/fixtures/broken/missing-answer.txt',
      'test/fixtures/broken/no-title.md',
    ]);
    const { articles, issues, files } = await loadContent(dir);
    expect(files).toBe(6);
    expect(articles.map((a) => a.id).sort()).toEqual(['library-hours', 'river-cleanup-2026']);
    expect(issues.map(formatIssue).sort()).toEqual(
      [
        `${path.join(dir, 'broken-yaml.md')}:4: error: front matter is not valid YAML: Missing closing "quote`,
        `${path.join(dir, 'empty.md')}:1: error: the file is empty`,
        `${path.join(dir, 'missing-answer.txt')}:7: error: FAQ question has no answer: "What happens when a question has no answer?"`,
        `${path.join(dir, 'no-title.md')}:4: error: the article has no title: add a "# Title" heading or a "title:" front-matter field`,
      ].sort(),
    );
  });

  it('skips the second file claiming an id and names the first', async () => {
    const dir = dirWith({ 'a.md': '---\nid: same\n---\n# A\n\nText.\n', 'b.md': '---\nid: same\n---\n# B\n\nText.\n' });
    const { articles, issues } = await loadContent(dir);
    expect(articles.map((a) => a.title)).toEqual(['A']);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain(`duplicate article id "same" (already used by ${path.join(dir, 'a.md')})`);
  });

  it('fails plainly when the directory does not exist', async () => {
    await expect(loadContent('/no/such/dir')).rejects.toBeInstanceOf(ContentDirError);
  });

  it('derives readable ids from file names', () => {
    expect(idFromFile('content/Café Opening — Hours!.md')).toBe('cafe-opening-hours');
  });
});
