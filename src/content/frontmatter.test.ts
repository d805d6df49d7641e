import { afterEach, describe, expect, it } from 'vitest';
import { calendarDate, readFrontMatter } from './frontmatter.js';

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
    const result = readFrontMatter('---\r\ntitle: T\r\ntags: 3\r\n---\r\n# T\r\n', 'c.md');
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
