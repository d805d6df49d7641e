import { afterEach, describe, expect, it } from 'vitest';
import { calendarDate } from './dates.js';
import { readFrontMatter } from './frontmatter.js';

describe('front-matter dates', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('is the calendar date as written, whatever the server time zone', () => {
    for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Tokyo']) {
      process.env.TZ = zone;
      expect(readFrontMatter('---\ndate: 2026-06-05T21:30:00-07:00\n---\nText\n', 'a.md').data.date).toBe('2026-06-05');
      expect(readFrontMatter('---\ndate: 2026-06-05T01:00:00+14:00\n---\nText\n', 'a.md').data.date).toBe('2026-06-05');
      expect(readFrontMatter('---\ndate: 2026-06-05\n---\nText\n', 'a.md').data.date).toBe('2026-06-05');
      expect(calendarDate('Fri, 05 Jun 2026 21:30:00 -0700')).toBe('2026-06-05');
      expect(calendarDate('June 5, 2026')).toBe('2026-06-05');
    }
  });

  it('rejects dates that do not exist', () => {
    expect(calendarDate('2026-02-30')).toBeNull();
    expect(calendarDate('soon')).toBeNull();
    expect(calendarDate(20260605)).toBeNull();
  });
});

describe('readFrontMatter', () => {
  it('refuses YAML aliases instead of expanding them (billion laughs)', () => {
    const laughs = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'title: *c', '---', '# T', ''].join('\n');
    const { data, issues } = readFrontMatter(laughs, 'l.md');
    expect(data).toEqual({});
    expect(issues).toEqual([{ severity: 'error', file: 'l.md', line: 3, message: 'front matter uses the YAML alias "*a": aliases are not allowed (write the value out)' }]);
  });

  it('reports a block that is never closed', () => {
    expect(readFrontMatter('---\ntitle: T\n# T\n', 'o.md').issues[0]).toMatchObject({ severity: 'error', line: 1, message: expect.stringContaining('never closed') });
  });

  it('finds the body after the closing line, and each field warning at its line', () => {
    const result = readFrontMatter('---\r\ntitle: T\r\ntags: {a: b}\r\n---\r\n# T\r\n', 'c.md');
    expect(result).toMatchObject({ body: '# T\r\n', bodyLine: 5, data: { title: 'T' } });
    expect(result.issues).toEqual([{ severity: 'warning', file: 'c.md', line: 3, message: 'front matter "tags" should be a list of strings; ignored' }]);
  });

  it('reads "lang" as a canonical BCP 47 tag, and warns at its line about one that is not', () => {
    expect(readFrontMatter('---\nlang: de-ch\n---\n# T\n', 'a.md')).toMatchObject({ data: { lang: 'de-CH' }, issues: [] });
    expect(readFrontMatter('---\nlang: zh-Hans\n---\n# T\n', 'a.md').data.lang).toBe('zh-Hans');
    for (const bad of ['pt_BR', 'english', '3', '[de, en]']) {
      const result = readFrontMatter(`---\ntitle: T\nlang: ${bad}\n---\n# T\n`, 'b.md');
      expect(result.data).toEqual({ title: 'T' });
      expect(result.issues).toEqual([
        { severity: 'warning', file: 'b.md', line: 3, message: 'front matter "lang" should be a BCP 47 language tag such as de, pt-BR or zh; the language is detected from the text instead' },
      ]);
    }
  });
});

describe('readFrontMatter: numbers and YAML errors', () => {
  it('reads a number as the text written: a title "1984", an id "007", a tag "2026"', () => {
    const result = readFrontMatter('---\ntitle: 1984\nsummary: 42\nid: 007\ntags: [2026, 1.50]\n---\nText\n', 'n.md');
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual({ title: '1984', summary: '42', id: '007', tags: ['2026', '1.50'] });
  });

  it('points at the line where an unclosed quote or bracket opens, and says how to fix it', () => {
    const quote = readFrontMatter('---\nid: a\ntitle: "Ferry times\ndate: 2026-01-01\n---\n# T\n', 'q.md').issues;
    expect(quote).toEqual([
      { severity: 'error', file: 'q.md', line: 3, message: 'front matter is not valid YAML: Missing closing "quote; close the quote or bracket opened on this line, or remove it' },
    ]);
    const flow = readFrontMatter('---\nid: a\ntags: [ferry, harbour\ndate: 2026-01-01\n---\n# T\n', 'f.md').issues;
    expect(flow).toHaveLength(1);
    expect(flow[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^front matter is not valid YAML: Flow sequence .*; close the "\[" or "\{" on this line \(tags: \[a, b\]\), or write the list one "- item" per line/) });
    // A hashtag in a list: the comment it opens took the "]" (a Moscow café's trial).
    // Not a quoted "#", nor a comment after a space ("# TODO"): their bracket is to close.
    for (const field of ["tags: ['C #1', 'C #2'", 'tags: [news, events # TODO']) expect(readFrontMatter(`---\nid: a\n${field}\n---\n# T\n`, 'h.md').issues[0]!.message, field).toContain('close the "["');
    for (const [field, tag] of [['tags: [турнир, #каркассон]', '#каркассон'], ['tags: [a, #b, c]', '#b'], ['tags: {a: 1, #x}', '#x'], ['meta: {a #b: 1}', '#b'], ["tags: [it's, #news, don't]", '#news']]) {
      const cut = readFrontMatter(`---\nid: a\n${field}\n---\n# T\n`, 'h.md').issues;
      expect(cut, field).toEqual([expect.objectContaining({ severity: 'error', line: 3 })]);
      expect(cut[0]!.message, field).toContain(`a "#" after a space starts a YAML comment, so "${tag}" and the rest of the line (its closing bracket too) were cut off: put the item in quotes ("${tag}") or drop the "#"`);
    }
  });

  it('gives a fix for each kind of YAML error, at the line the library names', () => {
    const issue = (yaml: string) => readFrontMatter(`---\n${yaml}\n---\n# T\n`, 'y.md').issues[0]!;
    expect(issue('title: a\ntitle: b')).toMatchObject({ line: 3, message: expect.stringContaining('each field may be given once') });
    expect(issue('title: x\n\tdate: 1')).toMatchObject({ line: 3, message: expect.stringContaining('indent with spaces, not tabs') });
    // Over two lines, a value holding ": " is not read for its writer.
    expect(issue('title: Ferry: new\n  times')).toMatchObject({ line: 2, message: expect.stringContaining('put a value that holds ": " in quotes') });
  });

  it('reads a one-line value that holds ": " as written, with a warning giving it in quotes (an Italian choir lost an article to "Come entrare nel coro: …")', () => {
    const read = readFrontMatter('---\nid: coro\ntitle: Come entrare nel coro: audizioni e prove\nsummary: Orari: martedì alle 20 # bozza\n---\n# T\n', 'c.md');
    expect(read.data).toEqual({ id: 'coro', title: 'Come entrare nel coro: audizioni e prove', summary: 'Orari: martedì alle 20' });
    expect(read.issues).toEqual([
      { severity: 'warning', file: 'c.md', line: 3, message: 'front matter "title" holds ": ", which YAML refuses as a field inside a field: read as "Come entrare nel coro: audizioni e prove"; put the value in quotes to say so (title: "Come entrare nel coro: audizioni e prove")' },
      { severity: 'warning', file: 'c.md', line: 4, message: 'front matter "summary" holds ": ", which YAML refuses as a field inside a field: read as "Orari: martedì alle 20"; put the value in quotes to say so (summary: "Orari: martedì alle 20" # bozza)' },
    ]);
    // A "#" against text is the value's, a "# " comment stays one, later fields keep their "#" warnings; a url is refused.
    const hashed = readFrontMatter('---\ntitle: Wolfsrudel: Cup #3 – Valorant # draft\nsummary: Cup #3 – finals\n---\n# T\n', 'h.md');
    expect(hashed.data).toEqual({ title: 'Wolfsrudel: Cup #3 – Valorant', summary: 'Cup' });
    expect(hashed.issues.map((i) => [i.line, i.message.slice(0, 40)])).toEqual([
      [2, 'front matter "title" holds ": ", which Y'],
      [3, 'front matter "summary" is read as "Cup":'],
    ]);
    expect(readFrontMatter('---\nurl: https://example.org/a: b\n---\n# T\n', 'u.md').issues[0]).toMatchObject({ severity: 'error' });
    // A field this reader does not take is read so too, without a warning.
    expect(readFrontMatter('---\nnote: a: b\ntitle: T\n---\n# T\n', 'n.md')).toMatchObject({ data: { title: 'T' }, issues: [] });
    // Beside an error of another kind, the block is refused, at that error where YAML names one.
    expect(readFrontMatter('---\ntitle: A: B\ntitle: C\n---\n# T\n', 'd.md').issues[0]).toMatchObject({ severity: 'error' });
    // Another field running on to its next line with ": " in it: that one is told, not the title.
    expect(readFrontMatter('---\ntitle: Ferry: new times\nsummary: Trips\n   resume: in May\n---\n# T\n', 'r.md').issues[0]).toMatchObject({ severity: 'error', line: 3 });
    // Where the quoting made an error of its own, the one the block held besides is told.
    expect(readFrontMatter('---\ntitle: Ferry: new\n  times\ntags: [sync, #garmin]\n---\n# T\n', 'f.md').issues[0]).toMatchObject({ line: 4, message: expect.stringContaining('"#garmin"') });
    expect(readFrontMatter('---\ntitle: Scratch: sync issues\ntags: [sync, #garmin]\n---\n# T\n', 'g.md').issues).toEqual([
      expect.objectContaining({ severity: 'error', line: 3, message: expect.stringContaining('"#garmin"') }),
    ]);
  });

  it('warns where YAML ends an unquoted value at a "#" written against the text after it, keeping its reading', () => {
    const read = readFrontMatter('---\nid: cup\ntitle: Wolfsrudel Cup #3 – Valorant Community-Turnier\nsummary: #3 is on\ntags:\n  - cup\n  - #general\n---\n# T\n', 'c.md');
    expect(read.data).toEqual({ id: 'cup', title: 'Wolfsrudel Cup', tags: ['cup'] });
    const warning = (line: number, message: string) => ({ severity: 'warning', file: 'c.md', line, message });
    expect(read.issues).toEqual([
      warning(3, 'front matter "title" is read as "Wolfsrudel Cup": YAML takes "#3 – Valorant Community-Turnier" for a comment; put the value in quotes to keep it whole (title: "Wolfsrudel Cup #3 – Valorant Community-Turnier")'),
      warning(4, 'front matter "summary" is read empty: YAML takes "#3 is on" for a comment; put the value in quotes to keep it whole (summary: "#3 is on")'),
      warning(7, 'front matter "tags" has an item that is read empty: YAML takes "#general" for a comment; put the value in quotes to keep it whole (- "#general")'),
    ]);
    // Over several lines, the value as YAML folds it, at the line of the "#"; a comment after the hashtag stays one.
    const folded = readFrontMatter('---\r\ntitle: Cup\r\n  final #3 # until Friday\r\n---\r\n# T\r\n', 'f.md').issues;
    expect(folded).toEqual([
      { severity: 'warning', file: 'f.md', line: 3, message: 'front matter "title" is read as "Cup final": YAML takes "#3" for a comment; put the value in quotes to keep it whole (title: "Cup final #3" # until Friday)' },
    ]);
    // A comment on a line of its own is a comment, whatever follows its "#".
    const lines = readFrontMatter('---\ntitle: T\n  #draft\nsummary:\n#later\ntags:\n  - a\n    #b\n---\n# T\n', 'l.md');
    expect(lines).toMatchObject({ data: { title: 'T', tags: ['a'] }, issues: [] });
    // A comment written as one, and a "#" inside a value or a quoted one, are what the writer meant.
    const meant = readFrontMatter('---\ntitle: Ferry times # draft\nurl: https://example.org/a#times\nsummary: "Issue #3"\n---\n# T\n', 'm.md');
    expect(meant).toMatchObject({ data: { title: 'Ferry times', url: 'https://example.org/a#times', summary: 'Issue #3' }, issues: [] });
  });
});
