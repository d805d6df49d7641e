import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.js';
import { parseTxt } from './txt.js';

const FILE = 'test/fixtures/articles/river-cleanup.md';

describe('parseMarkdown', () => {
  const source = readFileSync(FILE, 'utf8');
  const { article, issues } = parseMarkdown(source, FILE, 'river-cleanup');

  it('reads front matter, the headline and the dek', () => {
    expect(issues).toEqual([]);
    expect(article).toMatchObject({
      id: 'river-cleanup-2026',
      lang: 'en',
      langSource: 'detected',
      langReliable: true,
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

  it("records the title's line: front matter's title: field, else the # headline's", () => {
    expect(parseMarkdown('---\nid: a\ntitle: Given\n---\n# Headline\n\nText.\n', 'a.md', 'a').article).toMatchObject({ title: 'Given', titleLine: 3 });
    expect(parseMarkdown('---\nid: a\n---\n\nIntro.\n\n# Headline\n\nText.\n', 'a.md', 'a').article).toMatchObject({ title: 'Headline', titleLine: 7 });
  });

  it('reports a missing title, invalid YAML and an unanswered question with their lines', () => {
    expect(parseMarkdown('Just text.\n', 'n.md', 'n').issues[0]).toMatchObject({ severity: 'error', line: 1 });
    const yaml = parseMarkdown('---\ntitle: [unclosed\n---\n# T\n', 'y.md', 'y');
    expect(yaml.article).toBeNull();
    expect(yaml.issues[0]).toMatchObject({ severity: 'error', file: 'y.md' });
    expect(yaml.issues[0]!.message).toMatch(/not valid YAML/);
    const unanswered = parseMarkdown('# T\n\n## FAQ\n\n### Why?\n\n### How?\n\nLike this.\n', 'u.md', 'u');
    expect(unanswered.article).toBeNull();
    expect(unanswered.issues).toEqual([{ severity: 'error', file: 'u.md', line: 5, message: 'FAQ question has no answer: "Why?": write its answer as the text under its heading, or remove the question' }]);
  });

  it('warns about a front-matter field of the wrong type and serves the article', () => {
    const { article: a, issues: found } = parseMarkdown('---\ntitle: T\ndate: not a date\n---\nText.\n', 'd.md', 'd');
    expect(a?.date).toBeNull();
    expect(found).toEqual([{ severity: 'warning', file: 'd.md', line: 3, message: 'front matter "date" should be a date such as 2026-06-05; ignored' }]);
  });
});

describe('parseMarkdown on the files people actually have', () => {
  const verbatim = (source: string, passages: { raw: string; line: number }[]) => {
    const lines = source.split(/\r\n|\r|\n/);
    for (const p of passages) {
      expect(source).toContain(p.raw);
      expect(lines[p.line - 1]!.includes(p.raw.split(/\r?\n/)[0]!)).toBe(true);
    }
  };

  it('reads "Also asked as:" alternates, on their own lines, outside the answer', () => {
    const source = '# T\n\n## FAQ\n\n### Can I bring my dog?\nAlso asked as:\n- Are pets allowed?\n- Can I come with my **puppy**?\n\nOnly guide dogs.\n';
    const { article, issues } = parseMarkdown(source, 'a.md', 'a');
    expect(issues).toEqual([]);
    const entry = article!.faq[0]!;
    expect(entry.alternates.map((p) => [p.text, p.line])).toEqual([
      ['Are pets allowed?', 7],
      ['Can I come with my puppy?', 8],
    ]);
    expect(entry.alternates[1]!.raw).toBe('Can I come with my **puppy**?');
    expect(entry.answer.map((p) => p.text)).toEqual(['Only guide dogs.']);
    expect(article!.paragraphs).toEqual([]);
    verbatim(source, entry.alternates);
    // Alternates are not blocks: the answer keeps the number it had without them.
    expect(entry.answer[0]!.paragraph).toBe(entry.question.paragraph + 1);
  });

  it('also reads the list after a blank line, and warns about an empty or misplaced list', () => {
    const spaced = parseMarkdown('# T\n\n## FAQ\n\n### Why?\n\nAlso asked as:\n\n- How come?\n\nBecause.\n', 's.md', 's');
    expect(spaced.article!.faq[0]!.alternates.map((p) => p.text)).toEqual(['How come?']);
    const empty = parseMarkdown('# T\n\n## FAQ\n\n### Why?\n\nAlso asked as:\n\nBecause.\n', 'e.md', 'e');
    expect(empty.article!.faq[0]!.answer.map((p) => p.text)).toEqual(['Because.']);
    expect(empty.issues).toEqual([{ severity: 'warning', file: 'e.md', line: 7, message: expect.stringContaining('lists no question') }]);
    // Misplaced, it and its list are ignored, never served (they were answers at 1.00 in a Slovak trial).
    for (const source of ['# T\n\nText.\n\nAlso asked as:\n- What?\n', '# T\n\nText.\n\nAlso asked as:\n\n- What?\n- Why?\n']) {
      const misplaced = parseMarkdown(source, 'm.md', 'm');
      expect(misplaced.issues).toEqual([{ severity: 'warning', file: 'm.md', line: 5, message: expect.stringContaining('belongs right under an FAQ question, before its answer; here it and its list are ignored') }]);
      expect(misplaced.article!.paragraphs.map((p) => p.text)).toEqual(['Text.']);
    }
  });

  it('says an "Also asked as:" list is ignored because the FAQ heading above it is no question', () => {
    const { issues } = parseMarkdown('# T\n\n## FAQ\n\n### 결제했는데 역할이 안 들어와요.\n\nAlso asked as:\n- 역할이 안 생겨요?\n\n10분 정도 걸립니다.\n', 'k.md', 'k');
    expect(issues.map((i) => i.line)).toEqual([5, 7]);
    expect(issues[0]!.message).toContain('FAQ heading "결제했는데 역할이 안 들어와요." is not a question');
    expect(issues[1]!.message).toContain('"Also asked as:" is under the FAQ heading "결제했는데 역할이 안 들어와요." (line 5), which is not read as a question');
  });

  it('reads an "Also asked as:" list written under the answer as the entry\'s alternates too', () => {
    const source = '# T\n\n## FAQ\n\n### Why?\n\nBecause.\n\nAlso asked as:\n- How come?\n\n### When?\n\nNow.\n\nAlso asked as:\n\n- At what time?\n';
    const { article, issues } = parseMarkdown(source, 'a.md', 'a');
    expect(article!.faq.map((e) => [e.answer.map((p) => p.text), e.alternates.map((p) => p.text)])).toEqual([
      [['Because.'], ['How come?']],
      [['Now.'], ['At what time?']],
    ]);
    expect(article!.paragraphs).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('ignores the "Also asked as:" lists of questions under a heading it does not know for an FAQ, and says which heading', () => {
    const source = '# Pravidlá\n\nText o serveri.\n\n## Otázky hráčov\n\n### Ako sa odvolať?\n\nAlso asked as:\n\n- Kde je ticket?\n\nNapíš ticket.\n\n### Koľko stojí VIP?\n\nAlso asked as:\n- cena vip\n\nVIP stojí 5 €.\n';
    const { article, issues } = parseMarkdown(source, 's.md', 's');
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['Text o serveri.', 'Napíš ticket.', 'VIP stojí 5 €.']);
    // Once, in the section's warning: each list's own warning repeated its fix.
    expect(issues.map((i) => [i.line, i.message.replace(/: rename.*/, '')])).toEqual([
      [5, 'section "Otázky hráčov" holds 2 questions as headings, but its heading is not a name the bot knows for an FAQ section, so they are no FAQ entries (their answers are served as paragraphs and their 2 "Also asked as:" lists are ignored)'],
    ]);
    // Slovak's own name for it is one.
    expect(parseMarkdown(source.replace('Otázky hráčov', 'Časté otázky'), 's.md', 's').article!.faq.map((e) => e.alternates.map((a) => a.text))).toEqual([['Kde je ticket?'], ['cena vip']]);
  });

  it('never serves a mistyped line under "Also asked as:" as the answer: each is warned about at its line', () => {
    const source = [
      '# Ferry', '', '## FAQ', '', '### Where do I buy ferry tickets?', 'Also asked as:', '- Where is the ticket office?',
      '* Can I buy tickets on board?', '+ Can I pay by card?', '1. Is there a kiosk?', '', 'At the ferry office on the pier.', '',
    ].join('\n');
    const { article, issues } = parseMarkdown(source, 'f.md', 'f');
    const entry = article!.faq[0]!;
    expect(entry.answer.map((p) => p.text)).toEqual(['At the ferry office on the pier.']);
    expect(entry.alternates.map((p) => [p.text, p.line])).toEqual([
      ['Where is the ticket office?', 7],
      ['Can I buy tickets on board?', 8],
      ['Can I pay by card?', 9],
    ]);
    expect(issues).toEqual([
      { severity: 'warning', file: 'f.md', line: 8, message: expect.stringMatching(/starts with "\*" and is read as an alternate all the same: start it with "- "/) },
      { severity: 'warning', file: 'f.md', line: 9, message: expect.stringMatching(/starts with "\+" and is read as an alternate/) },
      { severity: 'warning', file: 'f.md', line: 10, message: expect.stringContaining('this line is not one and is ignored') },
    ]);
    // An answer written right under the list, with no blank line, is Markdown's text of its last item: the
    // warning says so, and the entry, left with no answer, names that line as the cause.
    const tight = parseMarkdown('# T\n\n## 常见问题\n\n### 会费多少钱？\n其他问法：\n- 一年多少钱\n每年360元。\n', 't.md', 't');
    expect(tight.issues).toEqual([
      { severity: 'warning', file: 't.md', line: 8, message: expect.stringContaining('if it is the answer, leave a blank line before it (a line right under the list is read as part of it)') },
      { severity: 'error', file: 't.md', line: 5, message: 'FAQ question has no answer: "会费多少钱？": line 8, right under its "其他问法：" list, is read as part of the list: if it is the answer, leave a blank line before it' },
    ]);
    // So in English, the list after a lone label line, and its items' continuation lines indented under them.
    const english = parseMarkdown('# T\n\n## FAQ\n\n### How do I install on Windows?\nAlso asked as:\n\n- windows install\n- install on win\nUse the MSI installer.\n\n### Is there a Docker image?\nYes.\n', 'e.md', 'e');
    expect(english.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.message])).toEqual([
      [5, 'FAQ question has no answer: "How do I install on Windows?": line 10, right under its "Also asked as:" list, is read as part of the list: if it is the answer, leave a blank line before it'],
    ]);
    // An item's wrapped text indented under it is no answer (a review).
    const indented = parseMarkdown('# T\n\n## FAQ\n\n### How do I install?\nAlso asked as:\n- install steps\n  on windows\n\n### Next?\nYes.\n', 'i.md', 'i');
    expect(indented.issues.find((i) => i.severity === 'error')?.message).toBe('FAQ question has no answer: "How do I install?": write its answer as the text under its heading, or remove the question');
    // After an empty last item, the line is Markdown's next paragraph, read as more of the list: named too.
    const emptied = parseMarkdown('# T\n\n## FAQ\n\n### How do I install?\nAlso asked as:\n- install steps\n-\nUse the MSI.\n\n### Next?\nYes.\n', 'b.md', 'b');
    expect(emptied.issues.find((i) => i.severity === 'error')?.message).toContain('line 9, right under its "Also asked as:" list');
    // Chinese: "问题解答" opens the FAQ, and "其它问法：" (with 它) lists alternates.
    const zh = parseMarkdown('# 会员\n\n会费每年360元。\n\n## 问题解答\n\n### 会费多少钱？\n其它问法：\n- 一年多少钱\n\n每年360元。\n', 'z.md', 'z');
    expect(zh.issues).toEqual([]);
    expect(zh.article!.faq.map((e) => [e.question.text, e.alternates.map((p) => p.text), e.answer.map((p) => p.text)])).toEqual([['会费多少钱？', ['一年多少钱'], ['每年360元。']]]);
    // A list after a blank line is the answer, whatever its bullet.
    const listed = parseMarkdown('# T\n\n## FAQ\n\n### What to bring?\nAlso asked as:\n- What do I need?\n\n* A ticket\n* An ID\n', 'l.md', 'l');
    expect(listed.issues).toEqual([]);
    expect(listed.article!.faq[0]!.answer.map((p) => p.text)).toEqual(['A ticket An ID']);
  });

  it('keeps two lines of prose above a --- line searchable, with a warning at their line', () => {
    const source = '# T\n\nThe council voted on Tuesday.\nThe plan passed nine to two.\n---\n\n## FAQ\n\n### Who voted?\n\nThe council.\nAll eleven members.\n---\n';
    const { article, issues } = parseMarkdown(source, 's.md', 's');
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['The council voted on Tuesday. The plan passed nine to two.']);
    expect(article!.paragraphs[0]!.raw).toBe('The council voted on Tuesday.\nThe plan passed nine to two.');
    expect(article!.faq[0]!.answer.map((p) => p.text)).toEqual(['The council. All eleven members.']);
    expect(issues.map((i) => [i.severity, i.line])).toEqual([
      ['warning', 3],
      ['warning', 11],
    ]);
    expect(issues[0]!.message).toMatch(/add a blank line before "---"/);
    verbatim(source, [...article!.paragraphs, ...article!.faq[0]!.answer]);
  });

  it('still reads a one-line setext heading as a heading', () => {
    const { article } = parseMarkdown('Title\n=====\n\nSection\n-------\n\nText.\n', 'h.md', 'h');
    expect(article!.title).toBe('Title');
    expect(article!.paragraphs[0]!.section).toBe('Section');
  });

  it('keeps a fenced code block in an FAQ answer, fences included', () => {
    const source = '# T\n\n## FAQ\n\n### How do I install it?\n\nRun:\n\n```sh\nnpm install faq-bot\n```\n';
    const { article } = parseMarkdown(source, 'c.md', 'c');
    const answer = article!.faq[0]!.answer;
    expect(answer.map((p) => p.raw)).toEqual(['Run:', '```sh\nnpm install faq-bot\n```']);
    expect(answer[1]!.text).toBe('npm install faq-bot');
  });

  it('reads a fenced code block in the body as a paragraph of its own, fences included; not an indented one', () => {
    const source = '# T\n\nBefore any upgrade, take a dump:\n\n```bash\npg_dumpall --clean > dump.sql\n```\n\nThen upgrade.\n\n    indented by accident\n';
    const { article } = parseMarkdown(source, 'c.md', 'c');
    expect(article!.paragraphs.map((p) => p.raw)).toEqual(['Before any upgrade, take a dump:', '```bash\npg_dumpall --clean > dump.sql\n```', 'Then upgrade.']);
    expect(article!.paragraphs[1]).toMatchObject({ text: 'pg_dumpall --clean > dump.sql', paragraph: 2, line: 5 });
    verbatim(source, article!.paragraphs);
  });

  it('quotes a CRLF file verbatim, at the right lines', () => {
    const source = '---\r\ntitle: T\r\n---\r\n# T\r\n\r\nFirst line\r\nsecond line.\r\n\r\n## FAQ\r\n\r\n### Why?\r\n\r\nBecause.\r\n';
    const { article } = parseMarkdown(source, 'w.md', 'w');
    expect(article!.paragraphs[0]).toMatchObject({ raw: 'First line\r\nsecond line.', text: 'First line second line.', line: 6 });
    expect(article!.faq[0]!.answer[0]).toMatchObject({ raw: 'Because.', line: 13 });
    verbatim(source, [...article!.paragraphs, article!.faq[0]!.question, ...article!.faq[0]!.answer]);
  });

  it('refuses a line nested 2,000 levels deep instead of overflowing the stack', () => {
    const { article, issues } = parseMarkdown(`# T\n\n${'>'.repeat(2000)}\n`, 'q.md', 'q');
    expect(article).toBeNull();
    expect(issues).toEqual([{ severity: 'error', file: 'q.md', line: 3, message: expect.stringContaining('nest 2000 levels deep') }]);
    let list = '# T\n\n';
    for (let i = 0; i < 40; i++) list += `${'  '.repeat(i)}- level ${i}\n`;
    expect(parseMarkdown(list, 'l.md', 'l').issues[0]).toMatchObject({ severity: 'error', line: 35 });
    expect(parseMarkdown('# T\n\n> > > - - quoted list, well within bounds\n', 'ok.md', 'ok').article).not.toBeNull();
  });

  it('decodes HTML entities in the matching text and keeps the raw text as written', () => {
    const { article } = parseMarkdown('# Tom &amp; Jerry\n\nIt&#8217;s a classic.\n', 'e.md', 'e');
    expect(article!.title).toBe('Tom & Jerry');
    expect(article!.paragraphs[0]).toMatchObject({ raw: 'It&#8217;s a classic.', text: 'It’s a classic.' });
  });

  it('marks the article as Markdown and gives it an identity that survives a rename', () => {
    const a = parseMarkdown('# Same Title\n\nText.\n', 'old-name.md', 'old-name').article!;
    const b = parseMarkdown('# Same  title\n\nText.\n', 'new-name.md', 'new-name').article!;
    expect(a.format).toBe('markdown');
    expect(a.id).not.toBe(b.id);
    expect(a.key).toBe(b.key);
    expect(a.key).toMatch(/^title:[0-9a-f]{16}$/);
    expect(parseMarkdown('---\nurl: https://example.org/a\n---\n# T\n\nText.\n', 'u.md', 'u').article!.key).toBe('url:https://example.org/a');
    expect(parseMarkdown('---\nid: pinned\nurl: https://example.org/a\n---\n# T\n\nText.\n', 'p.md', 'p').article!.key).toBe('id:pinned');
  });
});

describe('parseMarkdown: the article language', () => {
  const GERMAN = '# Das Nachtbad öffnet wieder\n\nDas Hallenbad am Stadtpark öffnet ab Juni jeden Freitag bis Mitternacht.\n\n## Fragen und Antworten\n\n### Was kostet der Eintritt?\nErwachsene zahlen vier Euro, Kinder unter sechs Jahren schwimmen kostenlos.\n';

  it('takes a front-matter "lang" as declared, in canonical form', () => {
    const { article, issues } = parseMarkdown(`---\nlang: de-ch\n---\n${GERMAN}`, 'bad.md', 'bad');
    expect(issues).toEqual([]);
    expect(article).toMatchObject({ lang: 'de-CH', langSource: 'declared', langReliable: true });
  });

  it('detects the language from the title, paragraphs and FAQ without one, or with a malformed one (a warning at its line)', () => {
    expect(parseMarkdown(GERMAN, 'bad.md', 'bad').article).toMatchObject({ lang: 'de', langSource: 'detected', langReliable: true });
    const { article, issues } = parseMarkdown(`---\nid: bad\nlang: Deutsch\n---\n${GERMAN}`, 'bad.md', 'bad');
    expect(issues).toEqual([
      { severity: 'warning', file: 'bad.md', line: 3, message: 'front matter "lang" should be a BCP 47 language tag such as de, pt-BR or zh; the language is detected from the text instead' },
    ]);
    expect(article).toMatchObject({ lang: 'de', langSource: 'detected', langReliable: true });
  });

  it('says when the text is too little to tell', () => {
    expect(parseMarkdown('# 2026\n\n42\n', 'n.md', 'n').article).toMatchObject({ lang: 'und', langSource: 'detected', langReliable: false });
  });
});

describe('parseMarkdown with old Mac line ends', () => {
  it('keeps prose above a --- line whole when lines end in a lone CR', () => {
    const { article } = parseMarkdown('# T\r\rFirst line\rsecond line.\r---\r', 'cr.md', 'cr');
    expect(article!.paragraphs[0]).toMatchObject({ raw: 'First line\rsecond line.', line: 3 });
  });
});

describe('parseMarkdown: FAQs in other languages', () => {
  it('reads a German FAQ under "## Häufige Fragen", alternates included', () => {
    const md = '---\nid: faehre\nlang: de\n---\n# Fähre\n\nDie Fähre fährt stündlich.\n\n## Häufige Fragen\n\n### Wann fährt die Fähre?\nAlso asked as:\n- Fahrplan der Fähre?\n\nAb Juni jede Stunde.\n';
    const { article, issues } = parseMarkdown(md, 'de.md', 'de');
    expect(issues).toEqual([]);
    expect(article!.faq.map((f) => [f.question.text, f.alternates.map((a) => a.text), f.answer.map((a) => a.text)])).toEqual([
      ['Wann fährt die Fähre?', ['Fahrplan der Fähre?'], ['Ab Juni jede Stunde.']],
    ]);
  });

  it('reads a Chinese question heading ending in ？ under ## FAQ, and a Greek one ending in ;', () => {
    const zh = parseMarkdown('# 渡轮\n\n渡轮每小时一班。\n\n## FAQ\n\n### 渡轮什么时候开？\n\n从六月起每小时一班。\n', 'zh.md', 'zh');
    expect(zh.issues).toEqual([]);
    expect(zh.article!.faq.map((f) => f.question.text)).toEqual(['渡轮什么时候开？']);
    const el = parseMarkdown('# Πλοίο\n\nΤο πλοίο φεύγει κάθε ώρα.\n\n## Συχνές ερωτήσεις\n\n### Πότε φεύγει το πλοίο;\n\nΚάθε ώρα.\n', 'el.md', 'el');
    expect(el.issues).toEqual([]);
    expect(el.article!.faq.map((f) => f.question.text)).toEqual(['Πότε φεύγει το πλοίο;']);
  });

  it('says what to fix: a question heading outside an FAQ, an FAQ heading without a question mark, an empty alternate', () => {
    const stray = parseMarkdown('# T\n\nText.\n\n## Leserfragen\n\n### Wann fährt die Fähre?\nAlso asked as:\n- Fahrplan?\n\nStündlich.\n', 's.md', 's');
    expect(stray.issues).toEqual([{ severity: 'warning', file: 's.md', line: 8, message: expect.stringContaining('is under "Wann fährt die Fähre?", which is not in an FAQ section') }]);
    const plain = parseMarkdown('# T\n\nText.\n\n## FAQ\n\n### Opening hours\n\nNine to five.\n', 'p.md', 'p');
    expect(plain.issues).toEqual([{ severity: 'warning', file: 'p.md', line: 7, message: expect.stringMatching(/^FAQ heading "Opening hours" is not a question \(it does not end in a question mark such as \?, ？ or Greek ;\)/), servedAsText: true }]);
    const empty = parseMarkdown('# T\n\n## FAQ\n\n### Why?\nAlso asked as:\n- How come?\n- \n\nBecause.\n', 'e.md', 'e');
    expect(empty.issues).toEqual([{ severity: 'warning', file: 'e.md', line: 8, message: 'this "- " line of "Also asked as:" is empty: write a question after "- ", or remove the line' }]);
  });
});

describe('an article with a title and nothing else', () => {
  it('is refused with an error, in Markdown and in .txt: it would be served with nothing to answer from and posted as an empty summary', () => {
    const message = 'the article has a title but no text and no FAQ question: write its paragraphs or its FAQ, or remove the file';
    for (const { article, issues } of [
      parseMarkdown('---\ntitle: Questions members asked\ndate: 2026-11-29\n---\n\n# Questions members asked\n\n## FAQ\n', 's.md', 's'),
      parseTxt('Questions members asked\n\nFAQ\n', 's.txt', 's'),
    ]) {
      expect(article).toBeNull();
      expect(issues).toEqual([expect.objectContaining({ severity: 'error', line: 1, message })]);
    }
  });
});

describe('FAQ sections a Markdown article may have meant', () => {
  it('warns where a section of question headings is under a name the bot does not know for an FAQ section', () => {
    const unnamed = parseMarkdown('# Курс\n\nТекст.\n\n## Питання від студентів\n\n### Чи можна платити частинами?\n\nТак.\n\n### Коли старт?\n\n1 грудня.\n\n## Розклад\n\nЩопонеділка.\n', 'u.md', 'u');
    // The name to give it is the article's language's, beside "FAQ".
    expect(unnamed.issues).toEqual([{ severity: 'warning', file: 'u.md', line: 5, message: expect.stringMatching(/^section "Питання від студентів" holds 2 questions as headings, but its heading is not a name the bot knows for an FAQ section, so they are no FAQ entries.*rename it "## Часті питання" or "## FAQ"/), servedAsText: true }]);
    expect(unnamed.article!.faq).toEqual([]);
    // Its questions' "Also asked as:" lists, ignored with them, are said once, in its warning.
    const listed = parseMarkdown('# Tool\n\nText.\n\n## Common questions\n\n### How do I install?\nAlso asked as:\n- install steps\n\nRun the installer.\n\n### Is there an image?\nAlso asked as:\n- docker image\n\nYes.\n\n## Setup\n\n### Step one\nAlso asked as:\n- first step\n\nOpen it.\n', 'l.md', 'l');
    expect(listed.issues.map((i) => [i.line, i.message.replace(/: rename.*/, '')]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [5, 'section "Common questions" holds 2 questions as headings, but its heading is not a name the bot knows for an FAQ section, so they are no FAQ entries (their answers are served as paragraphs and their 2 "Also asked as:" lists are ignored)'],
      // Under a section no FAQ, each list is warned about at its line.
      [22, '"Also asked as:" belongs right under an FAQ question, before its answer; here it and its list are ignored'],
    ]);
    // Only the lists under its question headings, named with the article's label: not one under a heading that
    // is no question, which renaming the section leaves ignored (a review).
    // A list after its question's answer is its own too (a second review).
    const mixed = parseMarkdown('# Klatring\n\nTekst.\n\n## Vanlige ting\n\n### Hvordan melder jeg meg på?\nOgså spurt som:\n- påmelding\n\nI portalen.\n\n### Kan jeg låne sko?\n\nJa.\n\nOgså spurt som:\n- sko til leie\n\n### Oppdatering\nOgså spurt som:\n- ny versjon\n\nSnart.\n', 'm.md', 'm');
    expect(mixed.issues.map((i) => [i.line, i.message.replace(/: if they are an FAQ, rename.*/, '')]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [5, 'section "Vanlige ting" holds 2 questions as headings (and 1 heading that is not), but its heading is not a name the bot knows for an FAQ section, so they are no FAQ entries (their answers are served as paragraphs and their 2 "Også spurt som:" lists are ignored)'],
      [21, '"Også spurt som:" belongs right under an FAQ question, before its answer; here it and its list are ignored'],
    ]);
    // At the article's end too; and not where as many headings under it are no question, nor for a single question.
    expect(parseMarkdown('# T\n\n## Troubleshooting\n\n### Why?\n\nA.\n\n### How?\n\nB.\n', 't.md', 't').issues).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('rename it "## FAQ" (or a name') })]);
    expect(parseMarkdown('# T\n\n## Story\n\n### Why?\n\nA.\n\n### The result\n\nB.\n', 'n.md', 'n').issues).toEqual([]);
    // One question heading left without its "?" among three (a Moscow café's trial heard nothing).
    const cafe = parseMarkdown('# Кафе\n\nМы открыты каждый день.\n\n## Вопросы\n\n### Можно ли прийти с собакой?\n\nДа.\n\n### Сколько стоит час\n\n300 рублей.\n\n### Есть ли парковка?\n\nНет.\n', 'c.md', 'c');
    expect(cafe.issues).toEqual([
      expect.objectContaining({ line: 5, message: expect.stringMatching(/^section "Вопросы" holds 2 questions as headings \(and 1 heading that is not\), .*: if they are an FAQ, rename it "## Часто задаваемые вопросы" or "## FAQ"/) }),
    ]);
    // Only the section's shallowest sub-headings count: "#### Why…?" under "### Windows" are no entries of it.
    const setup = parseMarkdown('# Mod\n\nText.\n\n## Setup\n\n### Windows\n\n#### Why does it crash?\n\nA.\n\n#### Why is it slow?\n\nB.\n\n### Linux\n\n#### Why no sound?\n\nC.\n', 's.md', 's');
    expect(setup.issues.filter((i) => i.message.includes('questions as headings'))).toEqual([]);
    // Deeper question headings under no shallower one count, whatever follows them.
    const help = parseMarkdown('# Mod\n\nText.\n\n## Help\n\n#### Why does it crash?\n\nA.\n\n#### Why is it slow?\n\nB.\n\n#### Why no sound?\n\nC.\n\n### Notes\n\nD.\n', 'h.md', 'h');
    expect(help.issues.map((i) => i.message)).toEqual([expect.stringContaining('section "Help" holds 3 questions as headings (and 1 heading that is not)')]);
    // The name is in the article's script: Traditional characters for a zh-TW article.
    const taipei = parseMarkdown('---\nlang: zh-TW\n---\n# 課程\n\n課程介紹。\n\n## 學員提問\n\n### 可以分期付款嗎？\n\n可以。\n\n### 什麼時候開課？\n\n十二月一日。\n', 'z.md', 'z');
    expect(taipei.issues.map((i) => i.message)).toEqual([expect.stringContaining('rename it "## 常見問題" or "## FAQ"')]);
    expect(parseMarkdown('# T\n\n## Story\n\n### Why?\n\nA.\n', 'o.md', 'o').issues).toEqual([]);
    expect(parseMarkdown('# Курс\n\nТекст.\n\n## Часті запитання\n\n### Чи можна платити частинами?\n\nТак.\n\n### Коли старт?\n\n1 грудня.\n', 'f.md', 'f').article!.faq).toHaveLength(2);
  });

  it('warns where an FAQ name heads a section below "##", and where an FAQ section has no question', () => {
    const deep = parseMarkdown('# T\n\nText.\n\n## Details\n\n### FAQ\n\n#### Can I pay later?\n\nYes.\n', 'd.md', 'd');
    expect(deep.issues).toEqual([{ severity: 'warning', file: 'd.md', line: 7, message: expect.stringMatching(/^"FAQ" names an FAQ section, but only a "#" or "##" heading opens one.*write it as "## FAQ"/) }]);
    const flat = parseMarkdown('# T\n\nText.\n\n## FAQ\n\n## How do I pay?\n\nBy card.\n', 'f.md', 'f');
    expect(flat.issues).toEqual([{ severity: 'warning', file: 'f.md', line: 5, message: expect.stringMatching(/^FAQ section "FAQ" has no questions: write each question as a "### Question\?" heading under it/), servedAsText: true }]);
    expect(parseMarkdown('# T\n\nText.\n\n## FAQ\n\n### How do I pay?\n\nBy card.\n', 'g.md', 'g').issues).toEqual([]);
  });
});

describe('parseMarkdown: what a reader never sees', () => {
  const hiddenOf = (passage: { raw: string; hidden?: number[] }): string[] => {
    const parts: string[] = [];
    for (let i = 0; i < (passage.hidden ?? []).length; i += 2) parts.push(passage.raw.slice(passage.hidden![i], passage.hidden![i + 1]));
    return parts;
  };

  it("marks links' and images' addresses and titles and inline HTML tags as hidden, in every kind of block", () => {
    const source = [
      '# Help',
      '',
      'Read [the *install* guide](https://x.com/a_(b)_c "Install title"), or <a href="https://y.com/tag">this</a>; the address <https://auto.example/shown> is shown.',
      '',
      '- [![the logo](img/logo-windows.png)](https://z.com/windows-download) downloads it',
      '- see [the notes][notes]',
      '',
      '| Plan | Link |',
      '|---|---|',
      '| Pro | [prices](https://p.com/pricing-2024) |',
      '',
      '## FAQ',
      '',
      '### How do I reach the [help desk](https://h.com/contact-form)?',
      '',
      'Also asked as:',
      '- where is the [desk](https://h.com/where)?',
      '',
      'Write to us &amp; wait &#8212; `a &amp; b` stays.',
      '',
      '```bash',
      'npm install',
      '```',
      '',
      '[notes]: https://n.com/release-notes',
      '',
    ].join('\r\n');
    const { article, issues } = parseMarkdown(source, 'h.md', 'h');
    expect(issues).toEqual([]);
    const [prose, list, table] = article!.paragraphs;
    expect(hiddenOf(prose!)).toEqual(['(https://x.com/a_(b)_c "Install title")', '<a href="https://y.com/tag">', '</a>']);
    expect(hiddenOf(list!)).toEqual(['(img/logo-windows.png)', '(https://z.com/windows-download)', '[notes]']);
    expect(hiddenOf(table!)).toEqual(['(https://p.com/pricing-2024)']);
    const [entry] = article!.faq;
    expect(hiddenOf(entry!.question)).toEqual(['(https://h.com/contact-form)']);
    expect(hiddenOf(entry!.alternates[0]!)).toEqual(['(https://h.com/where)']);
    expect(hiddenOf(entry!.answer[0]!)).toEqual(['&amp;', '&#8212;']);
    expect(hiddenOf(entry!.answer[1]!)).toEqual(['bash']);
    // A fence at the file's end, and one in a list item (whose raw text the lexer reads without its indent).
    expect(hiddenOf(parseMarkdown('# T\n\n## FAQ\n\n### Q?\n\n- step\n\n  ```bash\n  npm i\n  ```\n', 't.md', 't').article!.faq[0]!.answer[0]!)).toEqual(['bash']);
    // Nothing hidden, no field: the snapshot and the index read such passages as before.
    expect(parseMarkdown('# T\n\nPlain *words* only.\n', 't.md', 't').article!.paragraphs[0]).not.toHaveProperty('hidden');
  });

  it('never hides what a reader sees, and reads every kind of block without failing', () => {
    const passages = (source: string) => {
      const { article, issues } = parseMarkdown(source, 'r.md', 'r');
      expect(issues).toEqual([]);
      return [...article!.paragraphs, ...article!.faq.flatMap((e) => [e.question, ...e.alternates, ...e.answer])];
    };
    // An indented code block, in a list, a quote and an FAQ answer, beside text that could hide something.
    for (const source of [
      '# S\n\n## FAQ\n\n### How do I install it?\n\n1. Open a terminal & run:\n\n       npm install faqbot\n\n2. Start it.\n',
      '# S\n\n- Run this:\n\n      npm i\n\n- then see [docs](http://u)\n',
      '# S\n\n> Run:\n>\n>     make & go\n',
      '# S\n\n## FAQ\n\n### Q?\n\n    if a < b\n',
    ]) {
      expect(passages(source).length).toBeGreaterThan(0);
    }
    // An HTML block in a list: its tags are hidden, not the text between them.
    const [details] = passages('# S\n\n- Refunds:\n\n  <details><summary>How long?</summary>Refunds take 14 days.</details>\n');
    expect(hiddenOf(details!)).toEqual(['<details>', '<summary>', '</summary>', '</details>']);
    expect(hiddenOf(passages('# S\n\n- x\n\n  <div>Tom &amp; <b>Jerry</b></div>\n')[0]!)).toEqual(['<div>', '&amp;', '<b>', '</b>', '</div>']);
    // Escaped brackets in a link's text: the label as written, then the address.
    expect(hiddenOf(passages('# S\n\nGet the [\\[PDF\\] [form]s](http://x.com/f) here, or [x\\]](http://y).\n')[0]!)).toEqual(['(http://x.com/f)', '(http://y)']);
    // A title with a ")" of its own, a smiley in a title, an image in a label.
    expect(hiddenOf(passages('# S\n\nSee [a\\](b](u "c :)") and [docs](https://x "Docs :)") or [![logo](i.png "(") b](v).\n')[0]!)).toEqual(['(u "c :)")', '(https://x "Docs :)")', '(i.png "(")', '(v)']);
    // A code span run over a quote's lines holds a tag, a link and a reference readers see as written.
    expect(hiddenOf(passages('# S\n\n> see `x\n> <b> [x](u) &amp;`<b>bold</b> &amp; [x](u)\n')[0]!)).toEqual(['<b>', '</b>', '&amp;', '(u)']);
    // No reference HTML knows ("&hello;"), an indented block whose first line looks like a fence, a ">" in a quoted attribute.
    expect(passages('# S\n\nQ&As; and &hello; here.\n')[0]).not.toHaveProperty('hidden');
    expect(passages('# S\n\n- item\n\n      ```js\n      code\n')[0]).not.toHaveProperty('hidden');
    expect(hiddenOf(passages('# S\n\n<a title="x>y">text</a> after\n\nMore.\n')[0]!)).toEqual(['<a title="x>y">', '</a>']);
  });
});
