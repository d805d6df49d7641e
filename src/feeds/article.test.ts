import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { feedArticle, itemArticle, refreshedPage } from './article.js';
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
    // Read back from its kept file (a restart), it is the same article, so the ledger names it the same.
    for (const [i, { source, article }] of articles.entries()) expect(feedArticle(source, `feed-${i}.html`, `feed-${i}`).article).toEqual(article);
  });
});

describe('a linked page', () => {
  it("takes the item's link and date for its missing canonical URL and published time, at once and read back, and is asked for again with its validators", async () => {
    const page = (head: string) => `<!doctype html><html lang="de"><head><title>Fähre</title>${head}</head><body><article><h1>Fähre</h1>${GERMAN}</article></body></html>`;
    const pages: Record<string, string> = { '/bare': page(''), '/own': page('<link rel="canonical" href="https://site.example/own"><meta property="article:published_time" content="2026-01-02">') };
    const server = http.createServer((req, res) => {
      const body = pages[req.url!];
      if (!body) return res.writeHead(404).end();
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const fetch = { allowPrivate: true, timeoutMs: 5000, maxBytes: 100_000 };
      const item = (p: string) => ({ key: p, title: 'Fähre', link: `${base}${p}`, date: 'Tue, 02 Jun 2026 22:30:00 -0500', description: 'Kurz', html: null, lang: null });
      const bare = await itemArticle(item('/bare'), 'feed-b', 'feed-b.html', fetch);
      expect([bare.article.url, bare.article.date, bare.from]).toEqual([`${base}/bare`, '2026-06-02', 'page']);
      expect(feedArticle(bare.source, 'feed-b.html', 'feed-b').article).toEqual(bare.article);
      const own = await itemArticle(item('/own'), 'feed-o', 'feed-o.html', fetch);
      expect([own.article.url, own.article.date]).toEqual(['https://site.example/own', '2026-01-02']);
      // Asked for again with its validators: a 304 is nothing to read; a page without them is read again.
      expect(bare.page).toEqual({ url: `${base}/bare`, etag: '"v1"', lastModified: null });
      expect(await refreshedPage(bare.page!, item('/bare'), 'feed-b', 'feed-b.html', fetch)).toBeNull();
      const again = await refreshedPage({ ...bare.page!, etag: null }, item('/bare'), 'feed-b', 'feed-b.html', fetch);
      expect(again?.source).toBe(bare.source);
      await expect(itemArticle(item('/gone'), 'feed-g', 'feed-g.html', fetch)).rejects.toThrow('HTTP 404');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
