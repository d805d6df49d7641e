import { copyFileSync, mkdirSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Lexer } from 'marked';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS } from './limits.js';
import { ContentDirError, formatIssue, formatIssues, idFromFile, loadContent, noticeLines } from './load.js';
import { tempDir } from '../../test/temp-dir.js';

function dirWith(files: Record<string, string>, copies: string[] = []): string {
  const dir = tempDir('faq-content-');
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
        // The quote opens on line 2; the YAML library notices it is never closed at the end of the block.
        `${path.join(dir, 'broken-yaml.md')}:2: error: front matter is not valid YAML: Missing closing "quote; close the quote or bracket opened on this line, or remove it`,
        `${path.join(dir, 'empty.md')}:1: error: the file is empty`,
        `${path.join(dir, 'missing-answer.txt')}:7: error: FAQ question has no answer: "What happens when a question has no answer?": write its answer as the paragraph after it, separated by a blank line, or remove the question`,
        `${path.join(dir, 'no-title.md')}:4: error: the article has no title: add a "# Title" heading or a "title:" front-matter field`,
      ].sort(),
    );
  });

  describe('two files naming the same id', () => {
    const at = (when: number) => new Date(Date.UTC(2026, 0, when));
    const touch = (dir: string, name: string, day: number) => utimesSync(path.join(dir, name), at(day), at(day));

    it('leaves the id with the older file, whatever the names, and reports the newcomer at its "id:" line', async () => {
      const dir = dirWith({ 'harbour-ferry.md': '---\nid: harbour-ferry-2026\n---\n# Ferry\n\nText.\n', 'dup.md': '---\ntitle: Dup\nid: harbour-ferry-2026\n---\nText.\n' });
      touch(dir, 'harbour-ferry.md', 1);
      touch(dir, 'dup.md', 2);
      const { articles, issues } = await loadContent(dir);
      expect(articles.map((a) => a.title)).toEqual(['Ferry']);
      expect(issues.map(formatIssue)).toEqual([
        `${path.join(dir, 'dup.md')}:3: error: duplicate article id "harbour-ferry-2026": ${path.join(dir, 'harbour-ferry.md')} keeps it (it is the older file), so this file is skipped; set a unique "id:" here`,
      ]);
    });

    it('leaves it with the file that served it before, even when another is older', async () => {
      const dir = dirWith({ 'a.md': '---\nid: same\n---\n# A\n\nText.\n', 'b.md': '---\nid: same\n---\n# B\n\nText.\n' });
      touch(dir, 'a.md', 1);
      touch(dir, 'b.md', 2);
      const { articles, issues } = await loadContent(dir, { served: new Map([['same', path.join(dir, 'b.md')]]) });
      expect(articles.map((a) => a.title)).toEqual(['B']);
      expect(issues).toEqual([{ severity: 'error', file: path.join(dir, 'a.md'), line: 2, message: expect.stringContaining('keeps it (it served this id before)') }]);
    });

    it('leaves it with the first by path when both are as old, and points at line 1 when the file name gives the id', async () => {
      const dir = dirWith({ 'same.md': '# From the name\n\nText.\n', 'z.md': '---\nid: same\n---\n# Z\n\nText.\n' });
      touch(dir, 'same.md', 1);
      touch(dir, 'z.md', 1);
      const first = await loadContent(dir);
      expect(first.articles.map((a) => a.title)).toEqual(['From the name']);
      expect(first.issues).toEqual([{ severity: 'error', file: path.join(dir, 'z.md'), line: 2, message: expect.stringContaining('keeps it (it comes first by path)') }]);
      touch(dir, 'same.md', 2);
      const second = await loadContent(dir);
      expect(second.articles.map((a) => a.title)).toEqual(['Z']);
      expect(second.issues).toEqual([
        { severity: 'error', file: path.join(dir, 'same.md'), line: 1, message: expect.stringContaining('its file name gives it this id: set a unique "id:" in front matter') },
      ]);
    });

    it('warns about an alternate two entries share on the entry of the newer file', async () => {
      const entry = (q: string) => `# T\n\n## FAQ\n\n### ${q}\nAlso asked as:\n- When is the ferry?\n\nAt nine.\n`;
      const dir = dirWith({ 'a.md': `---\nid: a\n---\n${entry('When does the ferry leave?')}`, 'b.md': `---\nid: b\n---\n${entry('What time is the ferry?')}` });
      touch(dir, 'a.md', 2);
      touch(dir, 'b.md', 1);
      const { issues } = await loadContent(dir);
      expect(issues).toEqual([
        { severity: 'warning', file: path.join(dir, 'a.md'), line: 10, message: expect.stringContaining(`also an alternate of another entry (${path.join(dir, 'b.md')}:10)`) },
      ]);
    });
  });

  it('lists problems by file, then by line', async () => {
    const dir = dirWith({
      'b.md': '---\nid: b\ntags: {x: 1}\n---\n# B\n\n## FAQ\n\n### Why?\nAlso asked as:\n- \n\nBecause.\n\n### Not a question\n\nText.\n',
      'a.md': '# A\n\nText.\n\nAlso asked as:\n- Stray?\n',
    });
    const { issues } = await loadContent(dir);
    expect(issues.map((i) => [path.basename(i.file), i.line])).toEqual([
      ['a.md', 5],
      ['b.md', 3],
      ['b.md', 10],
      ['b.md', 11],
      ['b.md', 15],
    ]);
  });

  it('fails plainly when the directory does not exist', async () => {
    await expect(loadContent('/no/such/dir')).rejects.toBeInstanceOf(ContentDirError);
  });

  it('derives readable ids from file names, in any script', async () => {
    expect(idFromFile('content/Café Opening — Hours!.md')).toBe('cafe-opening-hours');
    expect(idFromFile('公会战.md')).toBe('公会战');
    expect(idFromFile('규칙.md')).toBe('규칙');
    expect(idFromFile('правила сервера.md')).toBe('правила-сервера');
    expect(idFromFile('---.md')).toBe('article');
    // Two files named in another script are two articles, not one id twice.
    const dir = tempDir('faq-content-');
    writeFileSync(path.join(dir, '规则.md'), '# 规则\n\n请遵守规则。\n');
    writeFileSync(path.join(dir, '捐献.md'), '# 捐献\n\n每周捐献一次。\n');
    const { articles, issues } = await loadContent(dir);
    expect(articles.map((a) => a.id).sort()).toEqual(['捐献', '规则']);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('loadContent on hostile folders', () => {
  const article = (title: string, extra = '') => `# ${title}\n\nSome text about ${title}.\n${extra}`;

  it('walks a folder with symlink loops once per real file', async () => {
    const dir = dirWith({ 'a.md': article('A') });
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'b.md'), article('B'));
    symlinkSync('.', path.join(dir, 'loop1'));
    symlinkSync('.', path.join(dir, 'loop2'));
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    symlinkSync(path.join(dir, 'a.md'), path.join(dir, 'z-link-to-a.md'));
    const { articles, issues, files } = await loadContent(dir);
    expect(issues).toEqual([]);
    expect(files).toBe(2);
    expect(articles.map((a) => a.title)).toEqual(['A', 'B']);
  });

  it('reports folders deeper and files more numerous than the limits', async () => {
    const dir = dirWith({ 'a.md': article('A'), 'b.md': article('B'), 'c.md': article('C') });
    mkdirSync(path.join(dir, 'one', 'two'), { recursive: true });
    writeFileSync(path.join(dir, 'one', 'two', 'deep.md'), article('Deep'));
    const shallow = await loadContent(dir, { limits: { ...DEFAULT_LIMITS, maxFolderDepth: 1 } });
    expect(shallow.articles.map((a) => a.title)).toEqual(['A', 'B', 'C']);
    expect(shallow.issues.map(formatIssue)).toEqual([`${path.join(dir, 'one', 'two')}:1: error: folder more than 1 levels below the content folder: not read`]);
    const few = await loadContent(dir, { limits: { ...DEFAULT_LIMITS, maxFiles: 2 } });
    expect(few.articles.map((a) => a.title)).toEqual(['A', 'B']);
    expect(few.issues.map(formatIssue)).toEqual([`${dir}:1: error: more than 2 article files: only the first 2 are read`]);
  });

  it('skips a file over the size limit whole, before reading it', async () => {
    const dir = dirWith({ 'big.md': article('Big', 'x'.repeat(2048)), 'small.md': article('Small') });
    const { articles, issues } = await loadContent(dir, { limits: { ...DEFAULT_LIMITS, maxFileBytes: 1024 } });
    expect(articles.map((a) => a.title)).toEqual(['Small']);
    expect(issues).toEqual([{ severity: 'error', file: path.join(dir, 'big.md'), line: 1, message: 'the file is 2.03 KB, over the 1 KB limit (CONTENT_MAX_FILE_MB); it is skipped' }]);
  });

  it('refuses binary and non-UTF-8 files with their path, and reads UTF-16 ones', async () => {
    const dir = dirWith({ 'ok.md': article('OK') });
    writeFileSync(path.join(dir, 'image.md'), Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0, 0x0a, 0]));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 News\n\nText.\n', 'latin1'));
    writeFileSync(path.join(dir, 'notepad.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Notepad News\r\n\r\nWritten in Notepad.\r\n', 'utf16le')]));
    const { articles, issues } = await loadContent(dir);
    expect(articles.map((a) => a.title).sort()).toEqual(['Notepad News', 'OK']);
    expect(issues.map(formatIssue)).toEqual([
      `${path.join(dir, 'image.md')}:1: error: a binary file, not text (it holds NUL characters)`,
      `${path.join(dir, 'latin1.txt')}:1: error: not valid UTF-8 text (an invalid byte on this line): save the file as UTF-8`,
    ]);
  });

  it('does not serve, or report, a file deleted while the folder is read', async () => {
    const dir = dirWith({ 'gone.md': article('Gone'), 'kept.md': article('Kept') });
    const { articles, issues } = await loadContent(dir, { onProgress: (done) => done === 0 && unlinkSync(path.join(dir, 'gone.md')) });
    expect(articles.map((a) => a.title)).toEqual(['Kept']);
    expect(issues).toEqual([]);
  });

  it('reports whatever a parser throws against its file and serves the rest', async () => {
    const dir = dirWith({ 'a.md': article('A'), 'b.txt': 'B\n\nText.\n' });
    const lex = vi.spyOn(Lexer.prototype, 'lex').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      const { articles, issues } = await loadContent(dir);
      expect(articles.map((a) => a.title)).toEqual(['B']);
      expect(issues.map(formatIssue)).toEqual([`${path.join(dir, 'a.md')}:1: error: the file could not be parsed (RangeError: Maximum call stack size exceeded); it is skipped`]);
    } finally {
      lex.mockRestore();
    }
  });

  it('warns about an alternate that is another entry’s question or alternate, across files', async () => {
    const dir = dirWith({
      'a.md': '# A\n\n## FAQ\n\n### How do I sign up?\nAlso asked as:\n- How do I register?\n- how do i register\n- Where is the form?\n\nOnline.\n',
      'b.txt': 'B\n\nFAQ\n\nWhere is the form?\n\nAlso asked as:\n- How do I register?\n- How do I sign up\n\nAt the desk.\n',
    });
    const { issues } = await loadContent(dir);
    expect(issues.map((i) => `${path.basename(i.file)}:${i.line}: ${i.message}`)).toEqual([
      'a.md:8: alternate "how do i register" is listed twice (first at line 7): remove this line',
      `a.md:9: alternate "Where is the form?" is the question of another entry (${path.join(dir, 'b.txt')}:5): the two entries become ambiguous; remove this line, or reword it to say what sets this entry apart`,
      `b.txt:8: alternate "How do I register?" is also an alternate of another entry (${path.join(dir, 'a.md')}:7): the two entries become ambiguous; remove it from one of them`,
      `b.txt:9: alternate "How do I sign up" is the question of another entry (${path.join(dir, 'a.md')}:5): the two entries become ambiguous; remove this line, or reword it to say what sets this entry apart`,
    ]);
  });

  it('warns, at each copy with the others\' path:line, about one FAQ question asked in several articles', async () => {
    const park = (title: string) => `# ${title}\n\n## FAQ\n\n### When will the Fenwick park open?\n\nIn ${title}.\n`;
    const dir = dirWith({ 'a.md': park('May'), 'b.md': park('June'), 'c.md': park('July') });
    const { articles, issues } = await loadContent(dir);
    expect(articles).toHaveLength(3);
    const at = (name: string) => `${path.join(dir, name)}:5`;
    expect(issues.map((i) => `${path.basename(i.file)}:${i.line}: ${i.severity}: ${i.message}`)).toEqual(
      ['a.md', 'b.md', 'c.md'].map(
        (name) =>
          `${name}:5: warning: FAQ question "When will the Fenwick park open?" is also asked at ${['a.md', 'b.md', 'c.md'].filter((n) => n !== name).map(at).join(', ')}: the bot answers it with only one of them; ask each differently (say what sets it apart), or merge them into one entry`,
      ),
    );
  });

  it('reports every problem of a file with an FAQ error in one run, not only the error', async () => {
    const dir = dirWith({
      'a.md': '# A\n\n## FAQ\n\n### Do I need a card?\nAlso asked as:\n- Do I need a card?\n- Is a card needed?\n- is a card needed\n- When does it open?\n\nYes.\n\n### Unanswered?\n',
      'b.md': '# B\n\n## FAQ\n\n### When does it open?\n\nAt nine.\n',
    });
    const { articles, issues } = await loadContent(dir);
    expect(articles.map((a) => a.title)).toEqual(['B']);
    expect(issues.filter((i) => i.file.endsWith('a.md')).map((i) => [i.line, i.severity, i.message.split(':')[0]])).toEqual([
      [7, 'warning', 'alternate "Do I need a card?" repeats its own question'],
      [9, 'warning', 'alternate "is a card needed" is listed twice (first at line 8)'],
      [10, 'warning', `alternate "When does it open?" is the question of another entry (${path.join(dir, 'b.md')}`],
      [14, 'error', 'FAQ question has no answer'],
    ]);
  });
});

describe('formatIssues', () => {
  const notice = (file: string, detail: string) => ({ severity: 'notice' as const, file, line: 1, message: `no "id:" in front matter: pin the article with "id: ${file}"`, detail });

  it('gives notices sharing a detail one line, naming their files and what mends each, and one detail alone on its line', () => {
    const lines = formatIssues([notice('a.md', 'known by its title'), notice('b.md', 'known by its title'), notice('c.md', 'known by its url')]);
    expect(lines).toEqual(['c.md:1: notice: no "id:" in front matter: pin the article with "id: c.md"; known by its url', 'notice: 2 files: no "id:" in front matter (a.md, b.md); known by its title']);
    const names = 'abcdefghijkl'.split('');
    const many = names.map((name) => ({ ...notice(`site/docs/${name}.md`, 'known by its title'), fix: `"id: ${name}"` }));
    const listed = names.slice(0, 10).map((name) => `${name}.md: "id: ${name}"`).join(', ');
    expect(formatIssues(many)).toEqual([`notice: 12 files: no "id:" in front matter (${listed} and 2 more); known by its title`]);
    expect(formatIssues(many.slice(0, 10))).toEqual([`notice: 10 files: no "id:" in front matter (${listed}); known by its title`]);
    // Eleven are all named: "and 1 more" would take the place of the one name.
    expect(formatIssues(many.slice(0, 11))).toEqual([`notice: 11 files: no "id:" in front matter (${listed}, k.md: "id: k"); known by its title`]);
    expect(noticeLines(many)).toBe(1);
    expect(noticeLines([...many, notice('f.md', 'known by its url')])).toBe(2);
    // Paths from the files' common folder.
    expect(formatIssues([notice('site/a.md', 'why'), notice('site/sub/b.md', 'why')])).toEqual(['notice: 2 files: no "id:" in front matter (a.md, sub/b.md); why']);
    // A message with no colon is its kind whole.
    const page = (file: string) => ({ severity: 'notice' as const, file, line: 1, message: 'no canonical url, so the title keeps the page one article', detail: 'why' });
    expect(formatIssues([page('a.html'), page('b.html')])).toEqual(['notice: 2 files: no canonical url, so the title keeps the page one article (a.html, b.html); why']);
  });

  it('keeps issues of other kinds sharing a detail apart', () => {
    const warning = { ...notice('b.md', 'why'), severity: 'warning' as const };
    expect(formatIssues([notice('a.md', 'why'), warning, notice('c.md', 'why')])).toEqual(['b.md:1: warning: no "id:" in front matter: pin the article with "id: b.md"; why', 'notice: 2 files: no "id:" in front matter (a.md, c.md); why']);
  });

  it('gives warnings sharing a detail once after their lines, counting only the lines it explains', () => {
    const warning = (file: string, detail: string) => ({ ...notice(file, detail), severity: 'warning' as const });
    const lines = formatIssues([warning('a.md', 'why'), warning('b.md', 'why'), warning('c.md', 'another reason')]);
    expect(lines.slice(0, 3)).toEqual(['a.md:1: warning: no "id:" in front matter: pin the article with "id: a.md"', 'b.md:1: warning: no "id:" in front matter: pin the article with "id: b.md"', 'c.md:1: warning: no "id:" in front matter: pin the article with "id: c.md"; another reason']);
    expect(lines[3]).toBe('note, for 2 of the 3 warnings above (no "id:" in front matter), those giving no reason on their line: why');
  });
});
