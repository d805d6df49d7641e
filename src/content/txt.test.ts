import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from './blocks.js';
import { parseTxt } from './txt.js';

const SEED = 'content/anthropic-nsa-offensive-ai-global-pause.txt';
const seed = () => parseTxt(readFileSync(SEED, 'utf8'), SEED, 'seed');

describe('parseTxt on the scraped seed article', () => {
  it('takes the headline as title and drops the site name and repeated headline', () => {
    const { article, issues } = seed();
    expect(issues).toEqual([]);
    expect(article?.title).toBe('Anthropic Deploys Offensive AI at NSA While Calling for a Global Pause');
    expect(article?.site).toBe('iEXExchanger');
    expect(article?.paragraphs.some((p) => p.text.includes('iEXExchanger') || p.text === article.title)).toBe(false);
  });

  it('uses the short first paragraph as the dek and summary', () => {
    const { article } = seed();
    expect(article?.summary).toMatch(/^Six Anthropic engineers are deployed inside the NSA/);
    expect(article?.paragraphs[0]).toMatchObject({ paragraph: 1, line: 9, section: null });
  });

  it('reads the body paragraphs and the FAQ, skipping the FAQ subtitle', () => {
    const { article } = seed();
    expect(article?.paragraphs).toHaveLength(6);
    expect(article?.faq.map((f) => f.question.text)).toEqual([
      'What is Mythos and how does it differ from standard Claude?',
      "What do 'offensive cyber operations' mean in the NSA context?",
      'Why is Anthropic calling for an AI pause while working with intelligence agencies?',
      'Has Claude been used in real cyberattacks before?',
    ]);
    expect(article?.faq.every((f) => f.answer.length === 1 && f.question.section === 'Questions and answers')).toBe(true);
    const all = [...article!.paragraphs, ...article!.faq.flatMap((f) => [f.question, ...f.answer])];
    expect(all.some((p) => p.text.startsWith('Frequently asked questions about'))).toBe(false);
  });

  it('keeps every block verbatim, at the line where it stands in the file', () => {
    const source = readFileSync(SEED, 'utf8');
    const lines = source.split('\n');
    const { article } = seed();
    for (const p of [...article!.paragraphs, ...article!.faq.flatMap((f) => [f.question, ...f.answer])]) {
      expect(source).toContain(p.raw);
      expect(lines[p.line - 1]!.startsWith(p.raw.split('\n')[0]!)).toBe(true);
    }
  });
});

describe('parseTxt edge cases', () => {
  it('reads front matter and counts lines after it', () => {
    const text = '---\nid: custom\nurl: https://example.org/a\ndate: 2026-06-05\nsummary: Given summary.\n---\nHeadline Here\n\nFirst body paragraph that is the dek.\n\nSecond paragraph.\n';
    const { article, issues } = parseTxt(text, 'a.txt', 'a');
    expect(issues).toEqual([]);
    expect(article).toMatchObject({ id: 'custom', title: 'Headline Here', url: 'https://example.org/a', date: '2026-06-05', summary: 'Given summary.' });
    expect(article?.paragraphs.map((p) => p.line)).toEqual([9, 11]);
    expect(article?.titleLine).toBe(7);
  });

  it("records the title's line: front matter's title: field, else the headline's after blank lines", () => {
    expect(parseTxt('---\ntitle: Given\n---\nA first line that reads as a paragraph.\n\nMore.\n', 't.txt', 't').article).toMatchObject({ title: 'Given', titleLine: 2 });
    expect(parseTxt('\n\nHeadline Here\n\nBody paragraph.\n', 't.txt', 't').article).toMatchObject({ title: 'Headline Here', titleLine: 3 });
  });

  it('reports an FAQ question without an answer at its line and skips the file', () => {
    const text = 'Title\n\nBody paragraph.\n\nFAQ\n\nIs this answered?\n\nAnd this one?\n\nYes, this one is.\n';
    const { article, issues } = parseTxt(text, 'q.txt', 'q');
    expect(article).toBeNull();
    expect(issues).toEqual([{ severity: 'error', file: 'q.txt', line: 7, message: 'FAQ question has no answer: "Is this answered?": write its answer as the paragraph after it, separated by a blank line, or remove the question' }]);
  });

  it('treats a long paragraph ending in a question mark as an answer, not a question', () => {
    const long = `${'Some people ask whether this matters at all, '.repeat(8)}do they not?`;
    const text = `Title\n\nBody.\n\nFAQ\n\nDoes it matter?\n\n${long}\n`;
    const { article } = parseTxt(text, 'l.txt', 'l');
    expect(article?.faq).toHaveLength(1);
    expect(article?.faq[0]!.answer[0]!.text).toBe(long);
  });

  it('keeps Windows line endings out of the text but inside the verbatim block', () => {
    const text = 'Title\r\n\r\nA paragraph\r\nover two lines.\r\n';
    const { article } = parseTxt(text, 'w.txt', 'w');
    expect(article?.paragraphs[0]?.text).toBe('A paragraph over two lines.');
    expect(text).toContain(article!.paragraphs[0]!.raw);
  });

  it('rejects a file with only front matter', () => {
    const { article, issues } = parseTxt('---\ntitle: Lonely\n---\n\n', 'e.txt', 'e');
    expect(article).toBeNull();
    expect(issues[0]).toMatchObject({ severity: 'error', line: 4, message: 'the article has no text' });
  });
});

describe('parseTxt: the article language', () => {
  const CHINESE = '图书馆延长开放时间\n\n市场街的中央图书馆将从下个月起，每周一至周五从早上八点开放到午夜。\n\n晚上八点以后，读者需要持借书证入馆。\n\n常见问题\n\nFAQ\n\n周末开放吗？\n\n周六开放到晚上六点，周日闭馆。\n';

  it('detects a Chinese article from its text, and takes a declared tag as written', () => {
    expect(parseTxt(CHINESE, 'zh.txt', 'zh').article).toMatchObject({ lang: 'zh', langSource: 'detected', langReliable: true });
    expect(parseTxt(`---\nlang: zh-Hant-TW\n---\n${CHINESE}`, 'zh.txt', 'zh').article).toMatchObject({ lang: 'zh-Hant-TW', langSource: 'declared' });
  });

  it('warns about a malformed "lang" at its line and detects the language instead', () => {
    const { article, issues } = parseTxt(`---\nlang: zh_CN\n---\n${CHINESE}`, 'zh.txt', 'zh');
    expect(issues).toEqual([
      { severity: 'warning', file: 'zh.txt', line: 2, message: 'front matter "lang" should be a BCP 47 language tag such as de, pt-BR or zh; the language is detected from the text instead' },
    ]);
    expect(article).toMatchObject({ lang: 'zh', langSource: 'detected' });
  });
});

describe('parseTxt on the files people actually have', () => {
  it('decodes HTML entities for search, answers and cards, and quotes the decoded text', () => {
    const source = 'Tom &amp; Jerry&#8217;s M&uuml;nchen Tour\n\nThe duo&#8217;s tour visits M&uuml;nchen &amp; Z&#xFC;rich.&#10;AT&T sponsors it.\n\nFAQ\n\nIs it free?\n\nYes &mdash; &quot;free&quot;.\n';
    const { article } = parseTxt(source, 'e.txt', 'e');
    expect(article!.title).toBe('Tom & Jerry’s München Tour');
    expect(article!.paragraphs[0]).toMatchObject({ raw: 'The duo’s tour visits München & Zürich. AT&T sponsors it.', line: 3 });
    expect(article!.faq[0]!.answer[0]).toMatchObject({ raw: 'Yes — "free".', line: 9 });
    expect(article!.summary).toBe('The duo’s tour visits München & Zürich. AT&T sponsors it.');
    expect(article!.format).toBe('text');
    const visible = decodeEntities(source);
    for (const p of [...article!.paragraphs, ...article!.faq.flatMap((f) => [f.question, ...f.answer])]) expect(visible).toContain(p.raw);
  });

  it('reads "Also asked as:" alternates at their lines, outside the answer', () => {
    const source = 'Title\n\nBody.\n\nFAQ\n\nCan I bring my dog?\n\nAlso asked as:\n- Are pets allowed?\n- Is my puppy welcome?\n\nOnly guide dogs.\n';
    const { article, issues } = parseTxt(source, 'a.txt', 'a');
    expect(issues).toEqual([]);
    const entry = article!.faq[0]!;
    expect(entry.alternates.map((p) => [p.raw, p.line, p.section])).toEqual([
      ['Are pets allowed?', 10, 'FAQ'],
      ['Is my puppy welcome?', 11, 'FAQ'],
    ]);
    expect(entry.answer.map((p) => p.text)).toEqual(['Only guide dogs.']);
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['Body.']);
  });

  it('warns about an alternate written with another bullet than "- ", at its line', () => {
    const { article, issues } = parseTxt('Title\n\nFAQ\n\nWhy?\n\nAlso asked as:\n- How come?\n* For what reason?\n\nBecause.\n', 'b.txt', 'b');
    expect(article!.faq[0]!.alternates.map((p) => p.text)).toEqual(['How come?', 'For what reason?']);
    expect(article!.faq[0]!.answer.map((p) => p.text)).toEqual(['Because.']);
    expect(issues).toEqual([{ severity: 'warning', file: 'b.txt', line: 9, message: expect.stringContaining('starts with "*" and is read as an alternate') }]);
  });

  it('takes a list after a lone "Also asked as:" line, and warns about an empty one', () => {
    const spaced = parseTxt('Title\n\nFAQ\n\nWhy?\n\nAlso asked as:\n\n- How come?\n\nBecause.\n', 's.txt', 's');
    expect(spaced.article!.faq[0]!.alternates.map((p) => p.text)).toEqual(['How come?']);
    expect(spaced.article!.faq[0]!.answer.map((p) => p.text)).toEqual(['Because.']);
    const empty = parseTxt('Title\n\nFAQ\n\nWhy?\n\nAlso asked as:\n\nBecause.\n', 'e.txt', 'e');
    expect(empty.issues).toEqual([{ severity: 'warning', file: 'e.txt', line: 7, message: expect.stringContaining('lists no question') }]);
    expect(empty.article!.faq[0]!.answer.map((p) => p.text)).toEqual(['Because.']);
    const stray = parseTxt('Title\n\nFAQ\n\nWhy?\n\nAlso asked as:\nHow come?\n\nBecause.\n', 'x.txt', 'x');
    expect(stray.issues).toEqual([
      { severity: 'warning', file: 'x.txt', line: 8, message: expect.stringContaining('one "- question" per line') },
      { severity: 'warning', file: 'x.txt', line: 7, message: expect.stringContaining('lists no question') },
    ]);
  });

  it('reads an "Also asked as:" list written under the answer as the entry\'s alternates too', () => {
    const { article, issues } = parseTxt('Title\n\nFAQ\n\nWhy?\n\nBecause.\n\nAlso asked as:\n- How come?\n\nWhen?\n\nNow.\n\nAlso asked as:\n\n- At what time?\n', 'a.txt', 'a');
    expect(article!.faq.map((e) => [e.answer.map((p) => p.text), e.alternates.map((p) => p.text)])).toEqual([
      [['Because.'], ['How come?']],
      [['Now.'], ['At what time?']],
    ]);
    expect(issues).toEqual([]);
  });

  it('ignores an "Also asked as:" that stands under no FAQ question, with its list, and says which question it follows', () => {
    for (const source of ['Title\n\nBody.\n\nWhy?\n\nAlso asked as:\n- How come?\n\nBecause.\n', 'Title\n\nBody.\n\nWhy?\n\nAlso asked as:\n\n- How come?\n\nBecause.\n']) {
      const { article, issues } = parseTxt(source, 'n.txt', 'n');
      expect(article!.paragraphs.map((p) => p.text)).toEqual(['Body.', 'Why?', 'Because.']);
      expect(issues).toEqual([{ severity: 'warning', file: 'n.txt', line: 7, message: expect.stringContaining('is under "Why?", which is not in an FAQ section, so the question is read as text and its "Also asked as:" list is ignored') }]);
    }
  });
});

describe('parseTxt: FAQs in other languages', () => {
  it('reads a German FAQ under "Häufig gestellte Fragen", with its alternates', () => {
    const text = '---\nid: faehre\nlang: de\n---\nDie Fähre fährt stündlich\n\nAb Juni fährt die Fähre jede Stunde.\n\nHäufig gestellte Fragen\n\nWann fährt die Fähre?\n\nAlso asked as:\n- Fahrplan der Fähre?\n\nAb Juni jede Stunde, von 6 bis 22 Uhr.\n';
    const { article, issues } = parseTxt(text, 'de.txt', 'de');
    expect(issues).toEqual([]);
    expect(article!.faq.map((f) => [f.question.text, f.question.section, f.alternates.map((a) => a.text), f.answer.map((a) => a.text)])).toEqual([
      ['Wann fährt die Fähre?', 'Häufig gestellte Fragen', ['Fahrplan der Fähre?'], ['Ab Juni jede Stunde, von 6 bis 22 Uhr.']],
    ]);
  });

  it('reads a Chinese question ending in a full-width question mark, and keeps its answer', () => {
    const text = '---\nid: ferry-zh\nlang: zh\n---\n渡轮时刻表\n\n渡轮从六月起每小时一班。\n\nFAQ\n\n渡轮什么时候开？\n\n从六月起每小时一班。\n';
    const { article, issues } = parseTxt(text, 'zh.txt', 'zh');
    expect(issues).toEqual([]);
    expect(article!.faq.map((f) => [f.question.text, f.question.line, f.answer.map((a) => a.text)])).toEqual([['渡轮什么时候开？', 11, ['从六月起每小时一班。']]]);
  });

  it('never drops text before the first question: only the subtitle right under the heading is skipped', () => {
    const text = 'Title\n\nBody.\n\nFAQ\n\nQuestions from readers\n\nWhen does it open\n\nAt nine.\n\nIs it free?\n\nYes.\n';
    const { article, issues } = parseTxt(text, 'n.txt', 'n');
    expect(article!.paragraphs.map((p) => [p.text, p.line])).toEqual([
      ['Body.', 3],
      ['Questions from readers', 7],
      ['When does it open', 9],
      ['At nine.', 11],
    ]);
    // "At nine." states something: an answer, never a question whose mark was left out, so no hint there.
    expect(issues.map((i) => [i.line, i.severity])).toEqual([
      [7, 'warning'],
      [9, 'warning'],
    ]);
    expect(issues[1]!.message).toBe(
      'text under the FAQ heading "FAQ" before its first question is served as a paragraph; if it is a question, end it with a question mark (? or ？), and separate a question from its answer with a blank line',
    );
    const joined = parseTxt('Title\n\nBody.\n\nFAQ\n\n渡轮什么时候开？\n从六月起每小时一班。\n\nBelow are the answers to what readers ask most, gathered by the newsroom\nand checked by our editors.\n', 'j.txt', 'j');
    expect(joined.issues.map((i) => i.line)).toEqual([7]);
    expect(joined.article!.paragraphs.map((p) => p.line)).toEqual([3, 7, 10]);
    const subtitled = parseTxt('Title\n\nBody.\n\nFAQ\n\nQuestions from readers\n\nIs it free?\n\nYes.\n', 's.txt', 's');
    expect(subtitled.issues).toEqual([]);
    expect(subtitled.article!.paragraphs.map((p) => p.text)).toEqual(['Body.']);
  });

  it('says the FAQ heading is what to fix when "Also asked as:" follows a question outside any FAQ', () => {
    const text = 'Title\n\nBody.\n\nLeserfragen\n\nWann fährt die Fähre?\n\nAlso asked as:\n- Fahrplan?\n\nStündlich.\n';
    const { issues } = parseTxt(text, 'x.txt', 'x');
    expect(issues).toEqual([
      { severity: 'warning', file: 'x.txt', line: 9, message: expect.stringMatching(/^"Also asked as:" is under "Wann fährt die Fähre\?", which is not in an FAQ section, .*see docs\/faq-labels\.md\)$/) },
    ]);
  });
});
