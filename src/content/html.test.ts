import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchIndex } from '../search/engine.js';
import { identityIssues } from './article.js';
import { collapse } from './blocks.js';
import { parseHtml } from './html.js';
import { calendarDate } from './dates.js';
import { formatIssue, loadContent } from './load.js';
import type { Article, Passage } from './types.js';
import { tempDir } from '../../test/temp-dir.js';

const FIXTURES = 'test/fixtures/html';
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function parseFixture(name: string) {
  const file = path.join(FIXTURES, name);
  return parseHtml(read(name), file, name.replace(/\.html?$/, ''));
}

const BLOCK_TAGS =
  'address|article|aside|blockquote|body|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|html|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';

/**
 * What a reader sees on the page, computed apart from the parser: comments, head, scripts and styles
 * dropped, block tags read as a space, other tags removed, entities decoded, whitespace collapsed.
 */
function visiblePageText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(head|script|style|template|noscript|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), ' ')
    .replace(/<[^>]*>/g, '');
  // Only text and entities are left: the HTML parser decodes the entities.
  const { document } = parseHTML(`<html><body>${stripped}</body></html>`) as unknown as { document: Document };
  return collapse(document.body.textContent ?? '');
}

const passagesOf = (article: Article): Passage[] => [...article.paragraphs, ...article.faq.flatMap((f) => [f.question, ...f.answer])];

/** Every passage is the page's visible text, and starts on the line its element starts on. */
function expectVerbatim(article: Article, html: string): void {
  const visible = visiblePageText(html);
  const lines = html.split('\n');
  for (const p of passagesOf(article)) {
    expect(visible).toContain(collapse(p.raw));
    expect(visible).toContain(p.text);
    expect(lines[p.line - 1]).toContain(p.raw.split(/\s/)[0]);
  }
}

describe('parseHtml: a news page with site chrome and a JSON-LD FAQPage', () => {
  const html = read('news-bridge.html');
  const { article, issues } = parseFixture('news-bridge.html');

  it('reads the metadata: canonical url, calendar date as written, og description, site, language', () => {
    expect(issues).toEqual([]);
    expect(article).toMatchObject({
      id: 'news-bridge',
      key: 'url:https://news.example.org/2026/06/mill-race-footbridge',
      title: 'Footbridge Over the Mill Race Opens to Cyclists',
      url: 'https://news.example.org/2026/06/mill-race-footbridge',
      date: '2026-06-05',
      summary: 'The new crossing links the station to the old town in four minutes.',
      site: 'Riverside Daily',
      lang: 'en-GB',
      langSource: 'declared',
      langReliable: true,
      tags: [],
    });
  });

  it('keeps the article paragraphs with their h2/h3 sections, and nothing from nav, cookie banner, share bar, comments or footer', () => {
    expect(article!.paragraphs.map((p) => [p.section, p.text.slice(0, 30)])).toEqual([
      [null, 'The long-awaited footbridge ov'],
      [null, 'The council spent €2.4 million'],
      ['How the bridge was built', 'Engineers lifted the 38-metre '],
      ['How the bridge was built', 'The deck is made of recycled o'],
      ['Lighting and safety', 'Low amber lights line the hand'],
    ]);
    const all = passagesOf(article!).map((p) => p.text).join('\n');
    for (const chrome of ['cookies', 'Accept all', 'Sport', 'Share on', 'Email this', 'waited ten years', 'waste of money', 'newsletter', 'swimming pool', 'rights reserved']) {
      expect(all).not.toContain(chrome);
    }
  });

  it('reads the FAQ from JSON-LD, quoting the visible answer blocks at their lines', () => {
    expect(article!.faq.map((f) => [f.question.text, f.question.line, f.question.section, f.answer.map((a) => [a.text, a.line])])).toEqual([
      ['Can I ride my bike across the footbridge?', 66, 'Frequently asked questions', [['Yes. Cyclists may ride across at walking pace; a bell is required after dark.', 67]]],
      ['Is the bridge open at night?', 68, 'Frequently asked questions', [['The bridge is lit and open 24 hours a day.', 69], ['Gates close only during floods.', 70]]],
    ]);
    expect(article!.faq.every((f) => f.alternates.length === 0)).toBe(true);
  });

  it('decodes entities and keeps every passage verbatim with respect to the visible text, at its line', () => {
    expect(article!.paragraphs[1]!.raw).toBe(
      'The council spent €2.4 million on the crossing, which replaces a ferry that ran for 140 years. “It’s the shortest route we’ve ever had,” said the mayor, João Ferreira & her deputy.',
    );
    expect(article!.paragraphs[1]!.line).toBe(54);
    expect(article!.paragraphs[3]!.raw).toBe(
      'The deck is made of recycled oak from the old ferry landing, treated to stay non-slip in the wet months and sealed against the river damp.',
    );
    expectVerbatim(article!, html);
  });

  it('numbers body and FAQ blocks in page order', () => {
    expect(passagesOf(article!).map((p) => p.paragraph)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('parseHtml: a blog-engine page', () => {
  const html = [
    '<!DOCTYPE html><html lang="en-US"><head><title>Town Hall Clock Restored &#8211; Millbrook Gazette</title>',
    '<meta property="og:site_name" content="Millbrook Gazette"></head>',
    '<body class="single single-post"><div id="page" class="site">',
    '<header id="masthead" class="site-header"><p class="site-title"><a href="/">Millbrook Gazette</a></p><nav class="main-navigation"><ul><li><a href="/news">News</a></li></ul></nav></header>',
    '<main id="main" class="site-main"><article class="post hentry">',
    '<header class="entry-header"><h1 class="entry-title">Town Hall Clock Restored</h1><div class="entry-meta"><span class="posted-on">Posted on <time datetime="2026-04-02">April 2, 2026</time></span></div></header>',
    '<div class="entry-content">',
    '<p>The clock on the town hall tower is ticking again after eighteen months of silence, thanks to a volunteer restorer.</p>',
    '<p>Margaret Osei spent four hundred hours cleaning and re-bushing the 1891 movement in her garden workshop.</p>',
    '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li class="share-twitter"><a href="#">Twitter</a></li></ul></div>',
    '</div></article>',
    '<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;Town Hall Clock Restored&rdquo;</h2>',
    '<ol class="comment-list"><li class="comment"><article class="comment-body"><p>Wonderful news, I have missed the chimes terribly since the clock stopped working.</p></article></li></ol>',
    '<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><form id="commentform"><p class="comment-notes">Your email address will not be published.</p></form></div></div>',
    '</main><aside id="secondary" class="widget-area"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/a">Bridge repairs begin</a></li></ul></aside>',
    '<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by a blog engine</div></footer></div></body></html>',
  ].join('\n');

  it('drops the site name from the title, and the dateline, share box, comments, reply form and widgets from the text', () => {
    const { article, issues } = parseHtml(html, 'clock.html', 'clock');
    expect(issues).toEqual([]);
    expect(article).toMatchObject({ title: 'Town Hall Clock Restored', site: 'Millbrook Gazette', lang: 'en-US' });
    expect(article!.paragraphs.map((p) => [p.line, p.text.slice(0, 20)])).toEqual([
      [8, 'The clock on the tow'],
      [9, 'Margaret Osei spent '],
    ]);
    expect(article!.summary).toBe(article!.paragraphs[0]!.text);
    expectVerbatim(article!, html);
  });

  it("records the title's line: the <h1> that writes it, not the <title> in the head", () => {
    expect(parseHtml(html, 'clock.html', 'clock').article!.titleLine).toBe(6);
  });

  it("records the <title>'s or og:title's line where no <h1> of the article writes the title: not a site header's, nor one that writes only its first letters", () => {
    const page = (head: string, header: string, h1 = '') =>
      `<!DOCTYPE html><html lang="en"><head>\n<meta charset="utf-8">\n${head}</head><body>\n<header class="site-header">${header}</header>\n<main><article>${h1}<p>The clock on the town hall tower is ticking again after eighteen months of silence.</p></article></main></body></html>`;
    // A related-posts widget's <h1> writes the title too: a link to the page is no place to edit it.
    expect(parseHtml(page('<title>Clock restored</title>', '<h1 class="related-title"><a href="/clock">Clock restored</a></h1>'), 'c.html', 'c').article).toMatchObject({ title: 'Clock restored', titleLine: 3 });
    expect(parseHtml(page('<title>Clockwork restored</title>', '', '<h1>Clock</h1>'), 'c.html', 'c').article).toMatchObject({ title: 'Clockwork restored', titleLine: 3 });
    expect(parseHtml(page('<meta property="og:title" content="Clock restored">', ''), 'c.html', 'c').article).toMatchObject({ title: 'Clock restored', titleLine: 3 });
  });
});

describe('parseHtml: section headings Readability drops', () => {
  // A theme that puts the h1 in the entry's header, which Readability drops as page furniture: its test for
  // a heading that repeats the title then takes the first h2 whose words the title holds.
  const page = (headings: string[]) =>
    [
      '<!DOCTYPE html><html lang="en-GB"><head><title>Room Hire: New Prices and Booking Rules &#8211; Ashcombe Library</title>',
      '<meta property="og:title" content="Room Hire: New Prices and Booking Rules"><meta property="og:site_name" content="Ashcombe Library"></head>',
      '<body><main id="main"><article class="post">',
      '<header class="entry-header"><h1 class="entry-title">Room Hire: New Prices and Booking Rules</h1></header>',
      '<div class="entry-content">',
      '<p>Our two rooms can be hired by local groups, businesses and residents, and from April the prices rise for the first time since 2022.</p>',
      ...headings.flatMap((heading, i) => [heading, `<p>Paragraph ${i + 1} of the page says what its section is about, in a sentence long enough to count as article text, and a second one: under 500 characters Readability reads the page again more loosely.</p>`]),
      '</div></article></main>',
      '<aside class="widget-area"><h2 class="widget-title">Latest news</h2><ul><li><a href="/a">Repair café reopens</a></li></ul></aside></body></html>',
    ].join('\n');

  it('keeps a section heading whose words are all in the title ("Prices"), and names no section by one that restates the title', () => {
    const html = page(['<h2>The rooms</h2>', '<h2>Prices</h2>', '<h2>Booking rules</h2>']);
    expect(parseHtml(html, 'room.html', 'room').article!.paragraphs.map((p) => p.section)).toEqual([null, 'The rooms', 'Prices', 'Booking rules']);
    const restated = page(['<h2>Room hire: new prices and booking rules</h2>', '<h2>Prices</h2>']);
    expect(parseHtml(restated, 'room.html', 'room').article!.paragraphs.map((p) => p.section)).toEqual([null, null, 'Prices']);
  });
});

describe('parseHtml: other FAQ markup', () => {
  it('reads a microdata FAQPage, and date and summary from JSON-LD @graph and the description meta', () => {
    const { article, issues } = parseFixture('microdata-library.html');
    expect(issues).toEqual([]);
    expect(article).toMatchObject({ url: null, date: '2026-03-01', summary: 'Every resident can now get a library card at no cost.', site: null, lang: 'nl' });
    expect(article!.paragraphs.map((p) => p.line)).toEqual([16, 17]);
    expect(article!.faq.map((f) => [f.question.text, f.question.line, f.answer.map((a) => a.text)])).toEqual([
      ['Who can get a free card?', 21, ['Anyone who lives in the city and can show proof of address.', 'Children under 12 need a parent to sign the form.']],
      ['Do I have to renew it?', 30, ['Yes, once every three years, at any branch.']],
    ]);
    expectVerbatim(article!, read('microdata-library.html'));
  });

  it('reads <details><summary> pairs that ask a question or sit in an FAQ block, and warns with lines about what it skips', () => {
    const { article, issues } = parseFixture('details-recycling.html');
    const file = path.join(FIXTURES, 'details-recycling.html');
    // The JSON-LD fault is on line 10 (the closing brace is missing); the reason's wording is Node's.
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(new RegExp(`^${file}:10: warning: JSON-LD is not valid JSON \\(.+\\); ignored$`)),
      `${file}:31: warning: FAQ question has no answer: "Is there a fee for garden waste?"; skipped: write its answer right after it (the next paragraph, or the <details> element's text after its <summary>)`,
    ]);
    expect(article!.faq.map((f) => [f.question.text, f.question.line, f.answer.map((a) => a.text)])).toEqual([
      ['When does the new centre open?', 23, ['On Monday 2 March at 8 a.m.']],
      ['Parking', 27, ['There are forty free spaces, two of them for disabled drivers.']],
    ]);
    // A details block that is not a question stays article text; an FAQ entry is never a paragraph.
    expect(article!.paragraphs.map((p) => p.text)).toContain('Show the full list of accepted materials');
    expect(article!.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/garden waste\?|Monday 2 March/);
    expect(article!.site).toBe('Harbour Post');
    expectVerbatim(article!, read('details-recycling.html'));
  });

  it('reads question headings and question paragraphs under an FAQ heading, up to the next section', () => {
    const { article, issues } = parseFixture('heading-faq-pool.html');
    expect(issues).toEqual([]);
    expect(article).toMatchObject({ url: 'https://pool.example.net/news/reopening', lang: 'en', langSource: 'detected', langReliable: true, date: null });
    expect(article!.faq.map((f) => [f.question.text, f.question.section, f.question.line, f.answer.map((a) => a.text)])).toEqual([
      ['How much is a ticket?', 'FAQ', 16, ['Adults pay four euros; children under six swim for free.']],
      ['Can I bring my own food?', 'FAQ', 18, ['Yes, but glass bottles are not allowed on the pool deck.']],
    ]);
    expect(article!.paragraphs.at(-1)).toMatchObject({ section: 'Getting there', line: 21, text: 'Bus 14 stops at the park gate every ten minutes from the central station.' });
    expectVerbatim(article!, read('heading-faq-pool.html'));
  });

  it('reads `Also asked as:` under a question: a list, or `<br>` lines of "- question", as alternates, never as answer or question', () => {
    const html = [
      '<html lang="en"><head><title>Club</title></head><body><article><h1>Club</h1>',
      '<p>The club rides every Sunday at half past eight from the pool car park.</p>',
      '<h2>FAQ</h2>',
      '<h3>When do I renew my membership?</h3>',
      '<p>Also asked as:</p>',
      '<ul><li>When does membership end?</li>',
      '<li>- Is membership valid for a year?</li></ul>',
      '<p>Membership runs from September to August.</p>',
      '<h3>Can I try a ride first?</h3>',
      '<p>Also asked as:<br>',
      '- Is there a trial ride?<br>',
      'nothing here<br>',
      '- Can I ride without joining?</p>',
      '<p>Yes, two trial rides are free.</p>',
      '<h3>Are e-bikes welcome?</h3>',
      '<p>Also asked as:</p>',
      '<p>Yes, in the slowest group.</p>',
      '<details><summary>Is there parking?</summary><p>Also asked as:</p><ol><li>Where do I park?</li></ol><p>Car park P2, free on Sundays.</p></details>',
      '</article></body></html>',
    ].join('\n');
    const { article, issues } = parseHtml(html, 'club.html', 'club');
    expect(article!.faq.map((f) => [f.question.text, f.alternates.map((a) => [a.text, a.line, a.paragraph === f.question.paragraph]), f.answer.map((a) => a.text)])).toEqual([
      ['When do I renew my membership?', [['When does membership end?', 6, true], ['Is membership valid for a year?', 7, true]], ['Membership runs from September to August.']],
      ['Can I try a ride first?', [['Is there a trial ride?', 11, true], ['Can I ride without joining?', 13, true]], ['Yes, two trial rides are free.']],
      ['Are e-bikes welcome?', [], ['Yes, in the slowest group.']],
      ['Is there parking?', [['Where do I park?', 18, true]], ['Car park P2, free on Sundays.']],
    ]);
    expect(issues.map(formatIssue)).toEqual([
      'club.html:12: warning: "Also asked as:" takes one "- question" per line; this line is not one and is ignored: start it with "- "',
      'club.html:16: warning: "Also asked as:" lists no question: add one "- question" per line under it, or remove it',
    ]);
  });

  it('reads `Also asked as:` lists as editors paste them: items holding paragraphs, lines without <br>, empty, bulleted or nested items', () => {
    const html = [
      '<html lang="en"><head><title>Club</title></head><body><article><h1>Club</h1>',
      '<p>The club rides every Sunday at half past eight from the pool car park.</p>',
      '<h2>FAQ</h2>',
      '<h3>When do I renew?</h3>',
      '<p>Also asked as:</p>',
      '<ul><li><p>When does it end?</p></li>',
      '<li><p>Is it yearly?</p></li>',
      '<li></li>',
      '<li>* Do I pay each year?<ul><li>nested?</li></ul></li></ul>',
      '<p>Every September.</p>',
      '<h3>Can I try a ride?</h3>',
      '<p>Also asked as:',
      '- Is there a trial ride?',
      '- Can I ride without joining?</p>',
      '<p>Yes, two are free.</p>',
      '<h3>Is there parking?</h3>',
      '<p>Also asked as: Where do I park?</p>',
      '<p>Car park P2.</p>',
      '<details><summary>Can I bring a friend?</summary><p>Also asked as:</p><ul><li><p>Can guests ride?</p></li></ul><p>Yes, once.</p></details>',
      '</article></body></html>',
    ].join('\n');
    const { article, issues } = parseHtml(html, 'club.html', 'club');
    expect(article!.faq.map((f) => [f.question.text, f.alternates.map((a) => [a.text, a.line]), f.answer.map((a) => a.text)])).toEqual([
      ['When do I renew?', [['When does it end?', 6], ['Is it yearly?', 7], ['Do I pay each year?', 9]], ['Every September.']],
      ['Can I try a ride?', [['Is there a trial ride?', 13], ['Can I ride without joining?', 14]], ['Yes, two are free.']],
      ['Is there parking?', [], ['Car park P2.']],
      ['Can I bring a friend?', [['Can guests ride?', 19]], ['Yes, once.']],
    ]);
    expect(issues.map(formatIssue)).toEqual([
      'club.html:8: warning: this "- " line of "Also asked as:" is empty: write a question after "- ", or remove the line',
      'club.html:9: warning: "Also asked as:" takes one "- question" per line; this line starts with "*" and is read as an alternate all the same: start it with "- " like the others',
      'club.html:17: warning: "Also asked as:" is followed on its line by text: put each "- question" on a line of its own under it; this paragraph is ignored',
    ]);
  });

  it('warns about `Also asked as:` that stands under no question, and ignores it with its list', () => {
    const html = [
      '<html lang="en"><head><title>Club</title></head><body><article><h1>Club</h1>',
      '<p>The club rides every Sunday at half past eight from the pool car park.</p>',
      '<p>Also asked as:</p>',
      '<h2>FAQ</h2>',
      '<h3>When do I renew?</h3>',
      '<p>Every September.</p>',
      '<p>Also asked as:</p>',
      '<ul><li>- When is the fee due?</li></ul>',
      '</article></body></html>',
    ].join('\n');
    const { article, issues } = parseHtml(html, 'club.html', 'club');
    expect(article!.faq.map((f) => f.answer.map((a) => a.text))).toEqual([['Every September.']]);
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['The club rides every Sunday at half past eight from the pool car park.']);
    expect(issues.map(formatIssue).sort()).toEqual([
      'club.html:3: warning: "Also asked as:" belongs right under an FAQ question, before its answer; here it and its list are ignored',
      'club.html:7: warning: "Also asked as:" belongs right under an FAQ question, before its answer; here it and its list are ignored',
    ]);
  });

  it('ignores the list of a stray `Also asked as:` in the body, and no list after anything else between', () => {
    const page = (between: string) =>
      [
        '<html lang="en"><head><title>Club rides</title></head><body><article><h1>Club rides</h1>',
        '<p>The club rides every Sunday at half past eight from the pool car park, whatever the weather.</p>',
        '<p>Also asked as:</p>',
        between,
        '<ul><li>Bring a helmet and a spare inner tube on every ride.</li><li>Lights are needed from October to March.</li></ul>',
        '<p>Rides last about three hours and end at the harbour café.</p>',
        '</article></body></html>',
      ].join('\n');
    const texts = (html: string) => parseHtml(html, 'c.html', 'c').article!.paragraphs.map((p) => p.text);
    expect(texts(page(''))).toEqual(['The club rides every Sunday at half past eight from the pool car park, whatever the weather.', 'Rides last about three hours and end at the harbour café.']);
    expect(texts(page('<details><summary>Can I join?</summary><p>Yes, the first ride is free.</p></details>'))).toContain('Bring a helmet and a spare inner tube on every ride. Lights are needed from October to March.');
  });

  it('under an FAQ heading too, takes no later list for a stray `Also asked as:` when another block came between', () => {
    const html = [
      '<html lang="en"><head><title>Club</title></head><body><article><h1>Club</h1>',
      '<p>The club rides every Sunday at half past eight from the pool car park.</p>',
      '<h2>FAQ</h2>',
      '<h3>When do I renew?</h3>',
      '<p>Every September.</p>',
      '<p>Also asked as:</p>',
      '<details><summary>Can I join?</summary><p>Yes, the first ride is free.</p></details>',
      '<ul><li>Renewal costs 40 euros.</li></ul>',
      '</article></body></html>',
    ].join('\n');
    const { article } = parseHtml(html, 'club.html', 'club');
    const texts = [...article!.faq.flatMap((f) => f.answer.map((a) => a.text)), ...article!.paragraphs.map((p) => p.text)];
    expect(texts).toContain('Renewal costs 40 euros.');
  });

  it('reads an FAQ under a heading in another language, with questions ending in that script\'s mark', () => {
    const page = (lang: string, heading: string, question: string, answer: string) =>
      `<html lang="${lang}"><head><title>T</title></head><body><article><h1>T</h1><p>${answer} ${answer}</p><h2>${heading}</h2><h3>${question}</h3><p>${answer}</p></article></body></html>`;
    for (const [lang, heading, question, answer] of [
      ['de', 'Häufig gestellte Fragen', 'Wann fährt die Fähre?', 'Ab Juni jede Stunde, von sechs bis zweiundzwanzig Uhr.'],
      ['zh', '常见问题', '渡轮什么时候开？', '从六月起，渡轮每天早上六点到晚上十点每小时一班。'],
      ['ar', 'الأسئلة الشائعة', 'متى تغادر العبارة؟', 'تغادر العبارة كل ساعة من السادسة صباحا حتى العاشرة مساء.'],
    ]) {
      const { article } = parseHtml(page(lang!, heading!, question!, answer!), `${lang}.html`, lang!);
      expect(article!.faq.map((f) => [f.question.text, f.question.section, f.answer.map((a) => a.text)]), lang).toEqual([[question, heading, [answer]]]);
    }
  });
});

describe('parseHtml: entities, malformed and non-article pages', () => {
  it('decodes named, numeric and hex entities in the title, the text and a JSON-LD question', () => {
    const html = [
      '<html><head><title>M&uuml;ller &amp; Sons Close the Bakery</title>',
      '<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"name":"Will M&uuml;ller &amp; Sons reopen?","acceptedAnswer":{"text":"Not this year &#8212; maybe in spring."}}]}</script>',
      '</head><body><article>',
      '<p>The bakery on Station Road &#x2014; run by the M&uuml;ller family since 1931 &#8212; sold its last loaf on Saturday, and the family&#8217;s recipe book goes to the town museum.</p>',
      '<h3>Will M&uuml;ller &amp; Sons reopen?</h3>',
      '<p>Not this year &mdash; maybe in spring.</p>',
      '</article></body></html>',
    ].join('\n');
    const { article, issues } = parseHtml(html, 'bakery.html', 'bakery');
    expect(issues).toEqual([]);
    expect(article!.title).toBe('Müller & Sons Close the Bakery');
    expect(article!.paragraphs[0]!.raw).toBe(
      'The bakery on Station Road — run by the Müller family since 1931 — sold its last loaf on Saturday, and the family’s recipe book goes to the town museum.',
    );
    expect(article!.faq[0]!.question.raw).toBe('Will Müller & Sons reopen?');
    expect(article!.faq[0]!.answer[0]).toMatchObject({ raw: 'Not this year — maybe in spring.', line: 6 });
    expectVerbatim(article!, html);
  });

  it('quotes a JSON-LD answer from the visible block that holds it, and skips with a warning what the page does not show', () => {
    const html = [
      '<html><head><title>Ferry Timetable Changes</title>',
      '<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[',
      '{"name":"When does the last ferry leave?","acceptedAnswer":{"text":"At 22:40 on weekdays."}},',
      '{"name":"Are dogs allowed on board?","acceptedAnswer":{"text":"Yes, on a lead."}},',
      '{"name":"Can I pay by card?","acceptedAnswer":{"text":"Only contactless cards."}}]}</script>',
      '</head><body><div class="social-page"><div class="story">',
      '<p>The harbour ferry moves to its summer timetable on Monday, with two extra crossings each evening for commuters.</p>',
      '<h3>1. When does the last ferry leave?</h3>',
      '<p>The timetable was agreed with the port. At 22:40 on weekdays. On Sundays the last crossing is earlier.</p>',
      '<h3>Are dogs allowed on board?</h3>',
      '<p>Ask the crew.</p>',
      '</div></div></body></html>',
    ].join('\n');
    const { article, issues } = parseHtml(html, 'ferry.html', 'ferry');
    expect(issues).toEqual([
      { severity: 'warning', file: 'ferry.html', line: 2, message: 'FAQ answer in JSON-LD is not shown on the page (question "Are dogs allowed on board?"); skipped' },
      { severity: 'warning', file: 'ferry.html', line: 2, message: 'FAQ question in JSON-LD is not shown on the page: "Can I pay by card?"; skipped' },
    ]);
    expect(article!.faq.map((f) => [f.question.text, f.answer.map((a) => [a.raw, a.line])])).toEqual([['When does the last ferry leave?', [['At 22:40 on weekdays.', 9]]]]);
    // A page-wide wrapper whose class reads like chrome ("social") is not removed with the article in it.
    expect(article!.paragraphs[0]!.text).toMatch(/^The harbour ferry moves/);
    expectVerbatim(article!, html);
  });

  it('takes a page without a description summary from its first paragraph only when that is a short dek', () => {
    const page = (first: string) =>
      `<html><head><title>Harbour Wall Repaired</title></head><body><article><h1>Harbour Wall Repaired</h1><p>${first}</p><p>Work on the north wall finished two weeks ahead of schedule and under budget, the port authority said.</p></article></body></html>`;
    const short = 'The harbour wall is whole again after the January storm.';
    expect(parseHtml(page(short), 'short.html', 'short').article!.summary).toBe(short);
    const long = `${'The harbour wall, broken in two places by the January storm, is whole again. '.repeat(5)}`.trim();
    expect(long.length).toBeGreaterThan(300);
    const article = parseHtml(page(long), 'long.html', 'long').article!;
    expect(article.paragraphs[0]!.text).toBe(long);
    expect(article.summary).toBeNull();
  });

  it('reads a page without <html>/<body> tags, with lines counted in the file', () => {
    const html = '<title>Night Market Returns</title>\n\n<h1>Night Market Returns</h1>\n<p>The night market returns to the cathedral square every Friday in July, with forty stalls and live music until eleven.</p>\n';
    const { article, issues } = parseHtml(html, 'market.htm', 'market');
    expect(issues).toEqual([]);
    expect(article!.paragraphs).toEqual([
      {
        raw: 'The night market returns to the cathedral square every Friday in July, with forty stalls and live music until eleven.',
        text: 'The night market returns to the cathedral square every Friday in July, with forty stalls and live music until eleven.',
        section: null,
        paragraph: 1,
        line: 4,
      },
    ]);
  });

  it('reads a page that leaves out its <body> tag, with its head, language and lines', () => {
    const html = [
      '<html lang="fr">',
      '<head><title>Le marché de nuit revient</title><link rel="canonical" href="https://ville.example.fr/marche"></head>',
      '<p>Le marché de nuit revient sur la place de la cathédrale chaque vendredi de juillet, avec quarante stands.</p>',
      '</html>',
    ].join('\n');
    const { article, issues } = parseHtml(html, 'marche.html', 'marche');
    expect(issues).toEqual([]);
    expect(article).toMatchObject({ title: 'Le marché de nuit revient', lang: 'fr', url: 'https://ville.example.fr/marche' });
    expect(article!.paragraphs.map((p) => p.line)).toEqual([3]);
  });

  it('detects the language of a page whose <html lang> is missing or malformed, warning at its line', () => {
    const body = '<body><article><h1>Das Nachtbad öffnet wieder</h1><p>Das Hallenbad am Stadtpark öffnet ab Juni jeden Freitag bis Mitternacht, und Kinder unter sechs Jahren schwimmen kostenlos.</p></article></body>';
    const bad = parseHtml(`<!doctype html>\n<html lang="german">\n<head><title>Das Nachtbad öffnet wieder</title></head>\n${body}</html>`, 'bad.html', 'bad');
    expect(bad.issues).toEqual([
      { severity: 'warning', file: 'bad.html', line: 2, message: '<html lang="german"> is not a BCP 47 language tag such as de, pt-BR or zh; the language is detected from the text instead' },
    ]);
    expect(bad.article).toMatchObject({ lang: 'de', langSource: 'detected', langReliable: true });
    const none = parseHtml(`<html lang="">${body}</html>`, 'none.html', 'none');
    expect(none.issues).toEqual([]);
    expect(none.article).toMatchObject({ lang: 'de', langSource: 'detected' });
    expect(parseHtml(`<html lang="de-ch">${body}</html>`, 'ch.html', 'ch').article).toMatchObject({ lang: 'de-CH', langSource: 'declared' });
  });

  it('reports a page that is not an article with its path, line and reason', () => {
    const { article, issues } = parseFixture('not-article.html');
    expect(article).toBeNull();
    expect(issues.map(formatIssue)).toEqual([
      `${path.join(FIXTURES, 'not-article.html')}:4: error: no article found: Readability found no main text and the page has no FAQ (is it an index, a listing or a login page?)`,
    ]);
  });

  it('refuses a page nested too deep to read instead of crashing or stalling', () => {
    const nested = (depth: number) =>
      `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>A paragraph long enough to be read as the text of an article about nesting.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(parseHtml(nested(100), 'ok.html', 'ok').article?.paragraphs).toHaveLength(1);
    expect(parseHtml(nested(20_000), 'deep.html', 'deep').issues).toEqual([
      { severity: 'error', file: 'deep.html', line: 1, message: 'the page nests elements 20003 levels deep, more than the 128 this reader accepts' },
    ]);
  });

  it('reports a fault inside Readability as an error on the page, not a crash of the load', () => {
    const parse = vi.spyOn(Readability.prototype, 'parse').mockImplementation(() => {
      throw new TypeError('node.getAttribute is not a function');
    });
    try {
      expect(parseFixture('heading-faq-pool.html').issues).toEqual([
        { severity: 'error', file: path.join(FIXTURES, 'heading-faq-pool.html'), line: 9, message: 'Readability could not read the page: node.getAttribute is not a function' },
      ]);
    } finally {
      parse.mockRestore();
    }
  });

  it('rejects a file without tags and a page without any title', () => {
    expect(parseHtml('Just some words.\n', 'plain.html', 'plain').issues).toEqual([
      { severity: 'error', file: 'plain.html', line: 1, message: 'not an HTML page: it has no tags' },
    ]);
    const untitled = parseHtml('<html><body>\n<p>A paragraph long enough to be an article on its own, about nothing in particular at all.</p>\n</body></html>', 'untitled.html', 'u');
    expect(untitled.article).toBeNull();
    expect(untitled.issues[0]).toMatchObject({ severity: 'error', line: 1, message: 'the page has no title: add a <title>, an og:title meta tag or an <h1>' });
  });
});

describe('calendarDate', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('is the date as written, in any server time zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(calendarDate('2026-06-05T21:30:00-07:00')).toBe('2026-06-05');
      expect(calendarDate('2026-06-05T00:30:00+14:00')).toBe('2026-06-05');
      expect(calendarDate('Fri, 05 Jun 2026 21:30:00 -0700')).toBe('2026-06-05');
      expect(calendarDate('Fri, 05 Jun 2026 23:30:00 GMT')).toBe('2026-06-05');
      expect(calendarDate('June 5, 2026')).toBe('2026-06-05');
    }
  });

  it('is null for no date or an impossible one', () => {
    expect(calendarDate(null)).toBeNull();
    expect(calendarDate('soon')).toBeNull();
    expect(calendarDate('2026-02-30')).toBeNull();
  });
});

describe('HTML articles end to end', () => {
  it('load beside other pages, and answer a body question and an FAQ question with a quote from the visible text', async () => {
    const dir = tempDir('faq-html-');
    copyFileSync(path.join(FIXTURES, 'news-bridge.html'), path.join(dir, 'bridge.htm'));
    copyFileSync(path.join(FIXTURES, 'not-article.html'), path.join(dir, 'home.html'));
    writeFileSync(path.join(dir, 'notes.md'), '# Notes\n\nThe ferry timetable is on the harbour office door.\n');
    const { articles, issues } = await loadContent(dir);
    expect(articles.map((a) => a.id).sort()).toEqual(['bridge', 'notes']);
    expect(issues.map((i) => `${path.basename(i.file)}:${i.line}: ${i.severity}`)).toEqual(['home.html:4: error']);

    const visible = visiblePageText(read('news-bridge.html'));
    const index = new SearchIndex(articles);
    const body = index.answer('How much did the council spend on the crossing?');
    expect(body.kind).toBe('paragraph');
    expect(body.quote).toContain('€2.4');
    expect(visible).toContain(collapse(body.quote!));
    expect(body.source).toMatchObject({ id: 'bridge', url: 'https://news.example.org/2026/06/mill-race-footbridge', paragraph: 2 });

    const faq = index.answer('Can I cycle over the footbridge?');
    expect(faq.kind).toBe('faq');
    expect(faq.matched).toBe('Can I ride my bike across the footbridge?');
    expect(visible).toContain(collapse(faq.quote!));
  });
});

describe('parseHtml: identity across renames', () => {
  const page = (head: string) =>
    `<!doctype html><html lang="en"><head><title>Market hours change</title>${head}</head><body><article><h1>Market hours change</h1><p>The Saturday market opens at eight from June, an hour earlier than before, the council said on Monday.</p><p>Stalls can set up from seven, and the car park stays free until ten in the morning for traders.</p></article></body></html>`;

  it('is the canonical url, so a renamed page is the same article and needs no warning', () => {
    const a = parseHtml(page('<link rel="canonical" href="https://example.org/market">'), 'market.html', 'market').article!;
    const b = parseHtml(page('<link rel="canonical" href="https://example.org/market">'), 'renamed.html', 'renamed').article!;
    expect(a.key).toBe('url:https://example.org/market');
    expect(b.key).toBe(a.key);
    expect(identityIssues([a])).toEqual([]);
  });

  it('is the title without one, with a warning that says how a page pins itself', () => {
    const a = parseHtml(page(''), 'market.html', 'market').article!;
    expect(a.key).toMatch(/^title:[0-9a-f]{16}$/);
    // The markup to add given once, in the detail, with when it matters.
    expect(identityIssues([a])).toEqual([
      expect.objectContaining({
        file: 'market.html',
        message: 'no canonical url, so the title keeps the page one article',
        detail: 'to change a title later without posting its summary again, first give the page <link rel="canonical" href="…"> or <meta property="og:url" content="…">',
      }),
    ]);
  });
});

describe('parseHtml: page chrome never lands in the FAQ', () => {
  /** An article whose FAQ ends the `<article>`, followed by `after` outside it. */
  const page = (after: string, faqHeading = '<h2>Häufige Fragen</h2>') =>
    [
      '<!doctype html><html lang="de"><head><title>Neuer Radweg | Harbour Press</title></head>',
      '<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>',
      '<article><h1>Neuer Radweg verbindet Hafen und Altstadt</h1>',
      '<p>Der neue Radweg zwischen dem Hafen und der Altstadt wird am 12. Oktober eröffnet.</p>',
      '<p>Die Strecke ist 3,2 Kilometer lang und kostete 1,8 Millionen Euro. Sie führt am Ufer entlang.</p>',
      faqHeading,
      '<h3>Darf ich mit dem E-Scooter auf dem Radweg fahren?</h3><p>Ja, E-Scooter sind erlaubt, solange sie nicht schneller als 20 km/h fahren.</p>',
      '</article>',
      after,
      '</body></html>',
    ].join('\n');
  const ANSWER = 'Ja, E-Scooter sind erlaubt, solange sie nicht schneller als 20 km/h fahren.';

  it.each([
    ['a <footer>', '<footer>© Harbour Press</footer>'],
    ['an element named as chrome', '<div class="cookie-banner"><p>Wir verwenden Cookies.</p></div>'],
    ['an unnamed block outside the <article>', '<div><p>© Harbour Press, Hafenstraße 1</p></div>'],
    ['an <aside> with FAQ markup of its own', '<aside><details><summary>Wie abonniere ich?</summary><p>Im Shop.</p></details></aside>'],
  ])('leaves %s after the article out of the answer and the paragraphs', (_, after) => {
    const { article, issues } = parseHtml(page(after), 'radweg.html', 'radweg');
    expect(issues).toEqual([]);
    expect(article!.faq.map((e) => [e.question.text, e.answer.map((a) => a.raw)])).toEqual([
      ['Darf ich mit dem E-Scooter auf dem Radweg fahren?', [ANSWER]],
    ]);
    const all = passagesOf(article!).map((p) => p.text).join('\n');
    for (const chrome of ['Harbour Press', 'Cookies', 'abonniere', 'Shop']) expect(all).not.toContain(chrome);
  });

  it('reads no FAQ from an FAQ heading in the chrome', () => {
    const { article } = parseHtml(page('<aside><h2>FAQ</h2><h3>Wie abonniere ich?</h3><p>Im Shop.</p></aside>', ''), 'radweg.html', 'radweg');
    expect(article!.faq).toEqual([]);
  });
});
