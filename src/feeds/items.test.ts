import { describe, expect, it } from 'vitest';
import { readFeed } from './items.js';

describe('readFeed', () => {
  it("resolves Atom links against the entry's and the feed's xml:base, and reads xml:lang as the declared language", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="/en/"><title>T</title>
      <entry><id>urn:a</id><title>A</title><link href="a.html"/></entry>
      <entry xml:base="guides/" xml:lang="fr-FR"><id>urn:b</id><title>B</title><link rel="alternate" href="b.html"/></entry>
      <entry xml:base="https://other.example/x/"><id>urn:c</id><title>C</title><link href="/c/"/></entry></feed>`;
    expect(readFeed(atom, 'https://news.example/feeds/atom.xml').items.map((i) => [i.link, i.lang])).toEqual([
      ['https://news.example/en/a.html', 'en'],
      ['https://news.example/en/guides/b.html', 'fr-FR'],
      ['https://other.example/c/', 'en'],
    ]);
  });

  it('resolves a JSON Feed item url against the URL the feed was read from', () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', home_page_url: 'https://news.example/blog/', items: [{ id: '1', url: 'post.html', content_html: '<p>x</p>' }] });
    expect(readFeed(json, 'https://news.example/feeds/feed.json').items[0]!.link).toBe('https://news.example/feeds/post.html');
  });

  it('knows a JSON Feed item by its id coerced to a string when it is a number, and dates it by date_modified without date_published', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [
        { id: 42, url: 'https://news.example/a', date_modified: '2026-06-12T10:00:00+02:00' },
        { id: '43', url: 'https://news.example/b', date_published: '2026-06-11T10:00:00+02:00', date_modified: '2026-06-13T10:00:00+02:00' },
      ],
    });
    expect(readFeed(json, 'https://news.example/feed.json').items.map((i) => [i.key, i.date])).toEqual([
      ['42', '2026-06-12T10:00:00+02:00'],
      ['43', '2026-06-11T10:00:00+02:00'],
    ]);
  });
});

describe('plain-text bodies', () => {
  it("reads JSON Feed's content_text and Atom's type=\"text\" content as plain text, a paragraph per blank-line block", () => {
    const plain = 'Line one\nstill one: 2 < 3 & <b>not bold</b>\n\n  \nSecond paragraph.';
    const html = '<p>Line one\nstill one: 2 &lt; 3 &amp; &lt;b&gt;not bold&lt;/b&gt;</p>\n<p>Second paragraph.</p>';
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [
      { id: 'text', content_text: plain },
      { id: 'both', content_html: '<p>HTML wins</p>', content_text: 'ignored' },
    ] });
    expect(readFeed(json, 'https://news.example/feed.json').items.map((i) => i.html)).toEqual([html, '<p>HTML wins</p>']);
    const escaped = plain.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><id>t</id><content type="text">${escaped}</content></entry>
      <entry><id>h</id><content type="html">&lt;p&gt;HTML&lt;/p&gt;</content></entry></feed>`;
    expect(readFeed(atom, 'https://news.example/atom.xml').items.map((i) => i.html)).toEqual([html, '<p>HTML</p>']);
  });
});
