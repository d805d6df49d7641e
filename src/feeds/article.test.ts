import { describe, expect, it } from 'vitest';
import { itemArticle } from './article.js';
import { readFeed } from './items.js';

const GERMAN = '<p>' + 'Das Hallenbad am Stadtpark öffnet ab Juni jeden Freitag bis Mitternacht, und Kinder schwimmen kostenlos. '.repeat(5) + '</p>';
const NO_FETCH = { timeoutMs: 1000, maxBytes: 1000 };

describe('the date of a feed item', () => {
  it('is the calendar date as written, in every format an item carries and any server time zone', async () => {
    const zone = process.env.TZ;
    const rss = (date: string) =>
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>N</title>` +
      `<item><guid>a</guid><title>Night pool</title>${date}<content:encoded><![CDATA[${GERMAN}]]></content:encoded></item></channel></rss>`;
    const atom = (date: string) =>
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>N</title><id>f</id>` +
      `<entry><id>a</id><title>Night pool</title>${date}<content type="html"><![CDATA[${GERMAN}]]></content></entry></feed>`;
    const feeds = [
      rss('<pubDate>Fri, 05 Jun 2026 21:30:00 -0700</pubDate>'),
      rss('<dc:date>2026-06-05T21:30:00-07:00</dc:date>'),
      atom('<published>2026-06-05T21:30:00-07:00</published>'),
      atom('<updated>2026-06-05T21:30:00-07:00</updated>'),
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', title: 'N', content_html: GERMAN, date_published: '2026-06-05T21:30:00-07:00' }] }),
    ];
    try {
      for (const tz of ['UTC', 'Asia/Tokyo']) {
        process.env.TZ = tz;
        for (const feed of feeds) {
          const item = readFeed(feed, 'https://news.example.org/feed').items[0]!;
          expect(item.date, feed).not.toBeNull();
          expect((await itemArticle(item, 'feed-a', 'feed-a.html', NO_FETCH)).article.date, `${tz} ${item.date}`).toBe('2026-06-05');
        }
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('the language of a feed item', () => {
  it("is the feed's declared language when it has one (RSS channel <language>, JSON Feed item or feed language)", async () => {
    const rss = readFeed(
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Nachrichten</title><language>de-de</language>` +
        `<item><guid>a</guid><title>Das Nachtbad öffnet wieder</title><content:encoded><![CDATA[${GERMAN}]]></content:encoded></item></channel></rss>`,
      'https://news.example.de/feed.xml',
    );
    expect(rss.items[0]!.lang).toBe('de-de');
    const { article } = await itemArticle(rss.items[0]!, 'feed-a', 'feed-a.html', NO_FETCH);
    expect(article).toMatchObject({ lang: 'de-DE', langSource: 'declared' });

    const json = readFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        language: 'en',
        items: [
          { id: '1', title: 'Nachtbad', content_html: GERMAN, language: 'de-AT' },
          { id: '2', title: 'Nachtbad', content_html: GERMAN },
        ],
      }),
      'https://news.example.de/feed.json',
    );
    expect(json.items.map((i) => i.lang)).toEqual(['de-AT', 'en']);
  });

  it('is detected from the text when the feed declares none', async () => {
    const atom = readFeed(
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>N</title><id>urn:n</id>` +
        `<entry><id>urn:a</id><title>Das Nachtbad öffnet wieder</title><content type="html"><![CDATA[${GERMAN}]]></content></entry></feed>`,
      'https://news.example.de/atom.xml',
    );
    expect(atom.items[0]!.lang).toBeNull();
    const { article } = await itemArticle(atom.items[0]!, 'feed-a', 'feed-a.html', NO_FETCH);
    expect(article).toMatchObject({ lang: 'de', langSource: 'detected', langReliable: true });
  });
});

describe('the identity of a feed item', () => {
  it('is its own id, never its page: two items linking to one page, or without a link, keep no page key', async () => {
    const rss = readFeed(
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>N</title>` +
        ['g1', 'g2'].map((g) => `<item><guid>${g}</guid><link>https://news.example.de/changelog</link><title>Changelog ${g}</title><content:encoded><![CDATA[${GERMAN}]]></content:encoded></item>`).join('') +
        `<item><guid>g3</guid><title>Ohne Link</title><content:encoded><![CDATA[${GERMAN}]]></content:encoded></item></channel></rss>`,
      'https://news.example.de/feed.xml',
    );
    const articles = await Promise.all(rss.items.map((item, i) => itemArticle(item, `feed-${i}`, `feed-${i}.html`, NO_FETCH)));
    expect(articles.map(({ article }) => [article.id, article.key])).toEqual([
      ['feed-0', undefined],
      ['feed-1', undefined],
      ['feed-2', undefined],
    ]);
  });
});
