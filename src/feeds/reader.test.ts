import { readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchText } from './fetch.js';
import type { FeedPoll } from '../store/store.js';
import type { FeedItem } from './items.js';
import { FeedReader, keptFeedArticles, newestFirst, PAGES_PER_POLL, unreadDate } from './reader.js';
import { tempDir } from '../../test/temp-dir.js';

const LONG = '<p>' + 'The river cleanup gathered two tonnes of waste along the bank this spring. '.repeat(8) + '</p>';

interface Item {
  guid?: string;
  title: string;
  link: string;
  date?: string;
  description?: string;
  html?: string;
}
const rss = (items: Item[]) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News</title>${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link>${i.guid ? `<guid>${i.guid}</guid>` : ''}${i.date ? `<pubDate>${i.date}</pubDate>` : ''}` +
        `${i.description ? `<description>${i.description}</description>` : ''}${i.html ? `<content:encoded><![CDATA[${i.html}]]></content:encoded>` : ''}</item>`,
    )
    .join('')}</channel></rss>`;

/** What the test server answers per path; each request is recorded. */
const routes = new Map<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>();
const hits: { path: string; ifNoneMatch?: string }[] = [];
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push({ path: req.url!, ifNoneMatch: req.headers['if-none-match'] as string | undefined });
    const route = routes.get(req.url!);
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  routes.clear();
  hits.length = 0;
});

/** Serves `body` at `p` with an ETag, answering 304 to a request that sends it back. */
function serve(p: string, body: () => string, type = 'application/rss+xml') {
  routes.set(p, (req, res) => {
    const etag = `"${Buffer.from(body()).toString('base64').length}-${body().length}"`;
    if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': type, etag }).end(body());
  });
}

const log = pino({ level: 'silent' });
/** Every poll a reader of these tests reported, by reader. */
const polls = new WeakMap<FeedReader, FeedPoll[]>();
function makeReader(dir: string, options: Omit<ConstructorParameters<typeof FeedReader>[1], 'onPoll'>): FeedReader {
  const seen: FeedPoll[] = [];
  const r = new FeedReader(dir, { ...options, onPoll: (p) => seen.push(p) }, log, () => {});
  polls.set(r, seen);
  return r;
}
const reader = (dir: string, urls: string[], extra: Partial<ConstructorParameters<typeof FeedReader>[1]['fetch']> = {}) =>
  makeReader(dir, { urls, pollMs: 60_000, backfill: 1, fetch: { allowPrivate: true, timeoutMs: 5_000, maxBytes: 1024 * 1024, ...extra } });
/** The feeds whose last poll failed, by path, with the reason. */
function failing(r: FeedReader): Record<string, string> {
  const last = new Map(polls.get(r)!.map((p) => [p.url, p]));
  return Object.fromEntries([...last.values()].filter((p) => p.status === 'failed').map((p) => [p.url.slice(base.length), p.error!]));
}
const titles = (r: FeedReader) => r.articles().map((a) => a.title).sort();

describe('FeedReader', () => {
  it('indexes every item on a first poll (past SUMMARY_BACKFILL only quiet), then each new item once, whatever reorders and drops; an edited item is read again as the same article', async () => {
    const dir = tempDir('feeds-');
    let items: Item[] = [
      { guid: 'a', title: 'Old one', link: `${base}/a`, date: 'Mon, 01 Jun 2026 10:00:00 GMT', html: LONG },
      { guid: 'b', title: 'Newest', link: `${base}/b`, date: 'Tue, 02 Jun 2026 10:00:00 GMT', html: LONG },
    ];
    serve('/feed', () => rss(items));
    const r = reader(dir, [`${base}/feed`]);
    await r.pollAll();
    // The whole back catalogue is answerable; only the newest SUMMARY_BACKFILL are to be posted.
    expect(titles(r)).toEqual(['Newest', 'Old one']);
    expect(Object.fromEntries(r.articles().map((a) => [a.title, r.isQuiet(a)]))).toEqual({ Newest: false, 'Old one': true });
    const firstId = r.articles().find((a) => a.title === 'Newest')!.id;

    // A new item whose text is a teaser: its linked page is read. The old ones are edited and reordered:
    // each is read again into the same article (same id, even with a new link).
    serve('/c', () => `<html lang="en"><head><title>Linked page</title></head><body><article><h1>Linked page</h1>${LONG}</article></body></html>`, 'text/html');
    items = [
      { guid: 'c', title: 'Teaser', link: `${base}/c`, description: 'Short teaser' },
      { guid: 'b', title: 'Newest, edited', link: `${base}/b2`, date: 'Wed, 03 Jun 2026 10:00:00 GMT', description: 'changed', html: LONG },
      { guid: 'a', title: 'Old one, edited', link: `${base}/a`, html: LONG },
    ];
    await r.pollAll();
    expect(titles(r)).toEqual(['Linked page', 'Newest, edited', 'Old one, edited']);
    expect(r.articles().find((a) => a.title === 'Newest, edited')).toMatchObject({ id: firstId, url: `${base}/b2` });

    // Dropped and back again, items without a guid identified by their link: nothing read twice.
    items = [{ title: 'No guid', link: `${base}/d`, description: LONG.replace(/</g, '&lt;') }, items[1]!];
    await r.pollAll();
    items = [...items, { guid: 'c', title: 'Teaser', link: `${base}/c`, description: 'Short teaser' }, { guid: 'a', title: 'Old one', link: `${base}/a`, html: LONG }];
    await r.pollAll();
    expect(titles(r)).toEqual(['Linked page', 'Newest, edited', 'No guid', 'Old one']);
    // The linked page was read once; back in the feed, it is checked again (its validators went with it), not read into a new article.
    expect(hits.filter((h) => h.path === '/c')).toHaveLength(2);

    // A restart reads the kept articles from disk; the unchanged feed and linked page answer 304 to conditional requests.
    const again = reader(dir, [`${base}/feed`]);
    expect(titles(again)).toEqual(['Linked page', 'Newest, edited', 'No guid', 'Old one']);
    hits.length = 0;
    await again.pollAll();
    expect(hits).toEqual([
      { path: '/feed', ifNoneMatch: expect.any(String) },
      { path: '/c', ifNoneMatch: expect.any(String) },
    ]);
    expect(failing(again)).toEqual({});
  });

  it('reads Atom and JSON Feed, and survives 500, a timeout, a 20 MB response and malformed XML while the other feeds go on', async () => {
    const dir = tempDir('feeds-');
    serve('/atom', () => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:x</id><title>Atom entry</title><link href="/x"/><content type="html">${LONG.replace(/</g, '&lt;')}</content></entry></feed>`);
    serve('/json', () => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: 'j1', url: `${base}/j`, title: 'Json item', content_html: LONG }] }), 'application/feed+json');
    routes.set('/500', (_req, res) => res.writeHead(500).end('down'));
    routes.set('/slow', () => {}); // never answers
    routes.set('/huge', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const write = () => {
        while (sent < 20 && res.write(chunk)) sent++;
        if (sent >= 20) res.end();
        else res.once('drain', () => (sent++, write()));
      };
      write();
      res.on('error', () => {});
    });
    serve('/bad', () => '<rss><channel><item><title>broken');
    const urls = ['/500', '/slow', '/huge', '/bad', '/atom', '/json'].map((p) => base + p);
    const r = makeReader(dir, { urls, pollMs: 60_000, backfill: 5, fetch: { allowPrivate: true, timeoutMs: 3_000, maxBytes: 5 * 1024 * 1024 } });
    await r.pollAll();
    expect(titles(r)).toEqual(['Atom entry', 'Json item']);
    expect(r.articles().find((a) => a.title === 'Atom entry')!.url).toBe(`${base}/x`);
    expect(failing(r)).toEqual({
      '/500': 'HTTP 500',
      '/slow': 'no complete answer within 3 s',
      '/huge': expect.stringContaining('larger than the 5242880 bytes accepted'),
      '/bad': expect.stringContaining('not an RSS, Atom or JSON feed'),
    });
  });

  it('stops without waiting out a request in flight, and starts afresh from an unreadable state file', async () => {
    const dir = tempDir('feeds-');
    routes.set('/slow', () => {}); // never answers
    const r = makeReader(dir, { urls: [`${base}/slow`], pollMs: 60_000, backfill: 1, fetch: { allowPrivate: true, timeoutMs: 600_000, maxBytes: 1024 } });
    r.start();
    await expect.poll(() => hits.length, { timeout: 15_000 }).toBe(1);
    await r.stop();
    expect(failing(r)).toEqual({ '/slow': 'stopped' });

    writeFileSync(path.join(dir, 'state.json'), '{not json');
    serve('/feed', () => rss([{ guid: 'a', title: 'Fresh', link: `${base}/a`, html: LONG }]));
    const fresh = reader(dir, [`${base}/feed`]);
    await fresh.pollAll();
    expect(titles(fresh)).toEqual(['Fresh']);
  });

  it('polls a feed added with setUrls as new, reports each poll, and forgets a removed feed with its articles', async () => {
    const dir = tempDir('feeds-');
    serve('/one', () => rss([{ guid: 'o1', title: 'One', link: `${base}/o1`, html: LONG }]));
    serve('/two', () => rss([
      { guid: 't1', title: 'Two old', link: `${base}/t1`, date: 'Mon, 01 Jun 2026 10:00:00 GMT', html: LONG },
      { guid: 't2', title: 'Two new', link: `${base}/t2`, date: 'Tue, 02 Jun 2026 10:00:00 GMT', html: LONG },
    ]));
    const reported: FeedPoll[] = [];
    let changes = 0;
    const r = new FeedReader(dir, { urls: [`${base}/one`], pollMs: 60_000, backfill: 1, fetch: { allowPrivate: true, timeoutMs: 5_000, maxBytes: 1024 * 1024 }, onPoll: (p) => reported.push(p) }, log, () => changes++);
    await r.pollAll();
    await r.setUrls([`${base}/one`, `${base}/two`]);
    await r.pollAll();
    // The added feed's first poll follows SUMMARY_BACKFILL like any new feed; the unchanged one answers 304.
    expect(titles(r)).toEqual(['One', 'Two new', 'Two old']);
    expect(reported.map(({ url, status, items, added }) => [url.slice(base.length), status, items, added])).toEqual([
      ['/one', 'ok', 1, 1],
      ['/one', 'not-modified', null, 0],
      ['/two', 'ok', 2, 2],
    ]);
    const before = changes;
    await r.setUrls([`${base}/two`]);
    expect(titles(r)).toEqual(['Two new', 'Two old']);
    expect(readdirSync(path.join(dir, 'articles')).sort()).toEqual(r.articles().map((a) => `${a.id}.html`).sort());
    expect(changes).toBe(before + 1);
    // Listed again, it is a new feed again.
    await r.setUrls([`${base}/two`, `${base}/one`]);
    await r.pollAll();
    expect(titles(r)).toEqual(['One', 'Two new', 'Two old']);
  });

  it('serves what another process polls into the same directory, and polls nothing itself while it may not', async () => {
    const dir = tempDir('feeds-');
    let items: Item[] = [{ guid: 'a', title: 'First', link: `${base}/a`, html: LONG }];
    serve('/feed', () => rss(items));
    const poller = reader(dir, [`${base}/feed`]);
    const follower = new FeedReader(dir, { urls: [`${base}/feed`], pollMs: 60_000, backfill: 1, fetch: { allowPrivate: true, timeoutMs: 5_000, maxBytes: 1024 * 1024 }, mayPoll: async () => false }, log, () => {});
    await follower.pollAll();
    expect(hits).toEqual([]);
    expect(follower.rescan()).toBe(false);

    await poller.pollAll();
    expect(follower.rescan()).toBe(true);
    expect(titles(follower)).toEqual(['First']);
    expect(follower.rescan()).toBe(false);

    items = [{ ...items[0]!, title: 'First, edited' }, { guid: 'b', title: 'Second', link: `${base}/b`, html: LONG }];
    await poller.pollAll();
    expect(follower.rescan()).toBe(true);
    expect(titles(follower)).toEqual(['First, edited', 'Second']);
    // What the terminal tools read, without a reader.
    expect(keptFeedArticles(dir).map((a) => a.title).sort()).toEqual(['First, edited', 'Second']);
    await poller.setUrls([]);
    expect(follower.rescan()).toBe(true);
    expect(follower.articles()).toEqual([]);
  });

  it('starts with nothing kept where it cannot make its folder, and logs each item it cannot keep', async () => {
    const file = path.join(tempDir('feeds-'), 'a-file');
    writeFileSync(file, '');
    serve('/feed', () => rss([{ guid: 'a', title: 'Unkept', link: `${base}/a`, html: LONG }]));
    const r = reader(path.join(file, 'feeds'), [`${base}/feed`]);
    expect(r.articles()).toEqual([]);
    expect(r.rescan()).toBe(false);
    await r.pollAll();
    expect(r.articles()).toEqual([]);
    expect(failing(r)).toEqual({});
  });

  it('reports a broken item with its page and tries it again with backoff while the feed answers 304, on a first poll too, where it takes no turn to be posted', async () => {
    const dir = tempDir('feeds-');
    serve('/feed', () => rss([
      { guid: 'ok', title: 'Fine', link: `${base}/ok`, date: 'Tue, 02 Jun 2026 10:00:00 GMT', html: LONG },
      { guid: 'late', title: 'Late', link: `${base}/late`, date: 'Wed, 03 Jun 2026 10:00:00 GMT', description: 'teaser' },
    ]));
    let now = 1_000_000;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      const r = reader(dir, [`${base}/feed`]);
      await r.pollAll();
      expect(titles(r)).toEqual(['Fine']);
      // The newest item read is posted (SUMMARY_BACKFILL=1), though a newer one fails.
      expect(r.isQuiet(r.articles()[0]!)).toBe(false);
      expect(r.brokenItems(`${base}/feed`)).toEqual([{ page: `${base}/late`, reason: 'HTTP 404', final: false }]);
      expect(polls.get(r)!.at(-1)).toMatchObject({ status: 'ok', error: `1 item(s) cannot be read, tried again later, with backoff: ${base}/late (HTTP 404)` });
      // Not due yet: the feed's 304 asks nothing more.
      hits.length = 0;
      await r.pollAll();
      expect(hits.map((h) => h.path)).toEqual(['/feed']);
      // Due after one poll interval (then 2, 4… up to 32): the page now answers, and the item is an article, recorded as posted
      // as of a first poll: posting it too would post two items of a feed added with SUMMARY_BACKFILL=1.
      serve('/late', () => `<html lang="en"><head><title>Late page</title></head><body><article><h1>Late page</h1>${LONG}</article></body></html>`, 'text/html');
      now += 60_000;
      hits.length = 0;
      await r.pollAll();
      expect(hits.map((h) => [h.path, h.ifNoneMatch !== undefined])).toEqual([['/feed', true], ['/late', false]]);
      expect(titles(r)).toEqual(['Fine', 'Late page']);
      expect(r.isQuiet(r.articles().find((a) => a.title === 'Late page')!)).toBe(true);
      expect(r.brokenItems(`${base}/feed`)).toEqual([]);
      expect(polls.get(r)!.at(-1)).toMatchObject({ status: 'not-modified', added: 1, error: null });
    } finally {
      Date.now = realNow;
    }
  });

  it('reads an edited linked page again with conditional requests, a bounded number per poll, and after a restart', async () => {
    const dir = tempDir('feeds-');
    const prices: Record<string, string> = {};
    const items: Item[] = [];
    for (let i = 0; i < 12; i++) {
      prices[`/p${i}`] = '£6.50';
      serve(`/p${i}`, () => `<html lang="en"><head><title>Ferry ${i}</title></head><body><article><h1>Ferry ${i}</h1>${LONG}<p>A ticket costs ${prices[`/p${i}`]}.</p></article></body></html>`, 'text/html');
      items.push({ guid: `g${i}`, title: `Ferry ${i}`, link: `${base}/p${i}`, description: 'teaser' });
    }
    serve('/feed', () => rss(items));
    let now = 1_000_000;
    const realNow = Date.now;
    Date.now = () => now;
    const price = (r: FeedReader, i: number) => r.articles().find((a) => a.title === `Ferry ${i}`)!.paragraphs.at(-1)!.text;
    try {
      const r = reader(dir, [`${base}/feed`]);
      await r.pollAll();
      expect(r.articles()).toHaveLength(12);
      prices['/p0'] = '£17.25';
      // Within the poll interval no page is asked for again.
      hits.length = 0;
      await r.pollAll();
      expect(hits.map((h) => h.path)).toEqual(['/feed']);
      // Then at most PAGES_PER_POLL, least recently checked first, each with its validators: 304s cost nothing.
      now += 60_000;
      hits.length = 0;
      await r.pollAll();
      const pages = hits.filter((h) => h.path !== '/feed');
      expect(pages).toHaveLength(PAGES_PER_POLL);
      expect(pages.every((h) => h.ifNoneMatch)).toBe(true);
      expect(price(r, 0)).toBe('A ticket costs £17.25.');
      // After a restart the first poll asks again whatever the age, the same bound.
      prices['/p1'] = '£17.25';
      const again = reader(dir, [`${base}/feed`]);
      expect(price(again, 1)).toBe('A ticket costs £6.50.');
      hits.length = 0;
      await again.pollAll();
      expect(hits.filter((h) => h.path !== '/feed')).toHaveLength(PAGES_PER_POLL);
      expect(price(again, 1)).toBe('A ticket costs £17.25.');
      // An item gone from the feed keeps its article, and its page is no longer asked for.
      items.splice(2);
      now += 60_000;
      hits.length = 0;
      await again.pollAll();
      expect(hits.filter((h) => h.path !== '/feed').map((h) => h.path).sort()).toEqual(['/p0', '/p1']);
      expect(again.articles()).toHaveLength(12);
    } finally {
      Date.now = realNow;
    }
  });

  it('indexes, as already posted, the items an earlier version only recorded on a first poll', async () => {
    const dir = tempDir('feeds-');
    serve('/feed', () => rss([{ guid: 'old', title: 'Recorded only', link: `${base}/old`, html: LONG }]));
    // State as the earlier version wrote it: the item seen, no article, no linked pages followed yet.
    writeFileSync(path.join(dir, 'state.json'), JSON.stringify({ [`${base}/feed`]: { etag: 'stale', lastModified: null, seen: ['old'], read: {} } }));
    const r = reader(dir, [`${base}/feed`]);
    await r.pollAll();
    expect(titles(r)).toEqual(['Recorded only']);
    expect(r.isQuiet(r.articles()[0]!)).toBe(true);
    // Read whole once (no validators), to learn its items.
    expect(hits[0]).toEqual({ path: '/feed', ifNoneMatch: undefined });
  });

  it('warns of items with neither guid/id nor link once per change of their number, not at every poll', async () => {
    const dir = tempDir('feeds-');
    let anonymous = 1;
    let version = 0;
    routes.set('/feed', (_req, res) => {
      const nameless = '<item><title>Nameless</title><description>x</description></item>'.repeat(anonymous);
      // No validators: every poll reads the feed whole, as many feeds are served.
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([{ guid: `g${version}`, title: 'Named', link: `${base}/n`, html: LONG }]).replace('</channel>', `${nameless}</channel>`));
    });
    const warned: number[] = [];
    const sink = pino({ level: 'warn' }, { write: (line: string) => void (JSON.parse(line).msg === 'feed items with neither guid/id nor link skipped' && warned.push(JSON.parse(line).items)) });
    const r = new FeedReader(dir, { urls: [`${base}/feed`], pollMs: 60_000, backfill: 1, fetch: { allowPrivate: true, timeoutMs: 5_000, maxBytes: 1024 * 1024 } }, sink, () => {});
    await r.pollAll();
    version++;
    await r.pollAll();
    expect(warned).toEqual([1]);
    anonymous = 2;
    await r.pollAll();
    await r.pollAll();
    expect(warned).toEqual([1, 2]);
  });

  it('decodes feeds and linked pages by their byte-order mark, Content-Type charset or own declaration, else as UTF-8', async () => {
    const dir = tempDir('feeds-');
    const latin1 = (p: string, type: string, body: string) => routes.set(p, (_req, res) => res.writeHead(200, { 'content-type': type }).end(Buffer.from(body, 'latin1')));
    const page = (head: string, title: string) =>
      `<html lang="fr"><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1>${LONG}<h2>Questions fréquentes</h2><h3>Faut-il un rétroviseur ?</h3><p>Non, mais il est conseillé.</p></article></body></html>`;
    latin1('/meta', 'text/html', page('<meta charset=iso-8859-1>', 'Sécurité par meta'));
    latin1('/equiv', 'text/html', page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'Sécurité par http-equiv'));
    latin1('/header', 'text/html; charset=iso-8859-1', page('', 'Sécurité par en-tête'));
    // The header wins over the document's declaration, and a byte-order mark over both.
    routes.set('/bom', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end('\ufeff' + page('<meta charset=iso-8859-1>', 'Sécurité par BOM')));
    serve('/plain', () => page('', 'Sécurité sans déclaration'), 'text/html');
    latin1('/feed', 'application/rss+xml', `<?xml version="1.0" encoding="ISO-8859-1"?>${rss([
      { guid: 'own', title: 'Sécurité : les règles', link: `${base}/own`, html: LONG + '<h2>Questions fréquentes</h2><h3>Faut-il un rétroviseur ?</h3><p>Non.</p>' },
      ...['meta', 'equiv', 'header', 'bom', 'plain'].map((p) => ({ guid: p, title: 'Teaser', link: `${base}/${p}`, description: 'Court' })),
    ])}`);
    const r = reader(dir, [`${base}/feed`]);
    await r.pollAll();
    expect(failing(r)).toEqual({});
    expect(r.articles().map((a) => [a.title, a.faq.map((f) => f.question.text)]).sort()).toEqual([
      ['Sécurité : les règles', ['Faut-il un rétroviseur ?']],
      ['Sécurité par BOM', ['Faut-il un rétroviseur ?']],
      ['Sécurité par en-tête', ['Faut-il un rétroviseur ?']],
      ['Sécurité par http-equiv', ['Faut-il un rétroviseur ?']],
      ['Sécurité par meta', ['Faut-il un rétroviseur ?']],
      ['Sécurité sans déclaration', ['Faut-il un rétroviseur ?']],
    ]);
  });

  it('posts the newest dated item on a first poll though others are undated or unreadably dated, and logs the unreadable date', async () => {
    const dir = tempDir('feeds-');
    serve('/feed', () => rss([
      { guid: 'june1', title: 'Oldest', link: `${base}/1`, date: 'Mon, 01 Jun 2026 08:00:00 +0200', html: LONG },
      { guid: 'undated', title: 'Undated', link: `${base}/u`, html: LONG },
      { guid: 'french', title: 'French date', link: `${base}/f`, date: 'samedi 13 juin 2026 08:00', html: LONG },
      { guid: 'june15', title: 'Newest', link: `${base}/15`, date: '2026-06-15', html: LONG },
    ]));
    const warned: string[] = [];
    const sink = pino({ level: 'warn' }, { write: (line: string) => void warned.push(JSON.parse(line).msg) });
    const r = new FeedReader(dir, { urls: [`${base}/feed`], pollMs: 60_000, backfill: 1, fetch: { allowPrivate: true, timeoutMs: 5_000, maxBytes: 1024 * 1024 } }, sink, () => {});
    await r.pollAll();
    expect(r.articles().filter((a) => !r.isQuiet(a)).map((a) => a.title)).toEqual(['Newest']);
    expect(warned).toEqual(['feed item read without a date: its date "samedi 13 juin 2026 08:00" is neither RFC 822 nor ISO 8601: read as none, sorted after dated items']);
  });

  it('skips an item unreadable for what it holds once, says so once, and reads it when the feed changes it', async () => {
    const dir = tempDir('feeds-');
    let episode = '<description>Meet the club</description>';
    const body = () =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Podcast</title>` +
      `<item><guid>ep11</guid><title>Episode 11</title>${episode}<enclosure url="${base}/ep11.mp3" length="10" type="audio/mpeg"/></item>` +
      `<item><guid>mail</guid><title>Write to us</title><link>mailto:club@example.org</link><description>Our address</description></item></channel></rss>`;
    // No validators: every poll reads the feed whole.
    routes.set('/feed', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body()));
    const warned: string[] = [];
    const sink = pino({ level: 'warn' }, { write: (line: string) => void warned.push(JSON.parse(line).msg) });
    let now = 1_000_000;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      const reported: FeedPoll[] = [];
      const r = new FeedReader(dir, { urls: [`${base}/feed`], pollMs: 60_000, backfill: 1, fetch: { allowPrivate: true, timeoutMs: 5_000, maxBytes: 1024 * 1024 }, onPoll: (p) => void reported.push(p) }, sink, () => {});
      await r.pollAll();
      now += 64 * 60_000; // past the longest backoff
      await r.pollAll();
      expect(warned).toEqual([
        'feed item skipped: the item has no text of its own and no link; not tried again until the feed changes the item',
        'feed item skipped: its link is not an http(s) URL (mailto:club@example.org); not tried again until the feed changes the item',
      ]);
      expect(r.brokenItems(`${base}/feed`)).toEqual([
        { page: 'ep11', reason: 'the item has no text of its own and no link', final: true },
        { page: 'mailto:club@example.org', reason: 'its link is not an http(s) URL', final: true },
      ]);
      expect(r.articles()).toEqual([]);
      expect(reported.at(-1)!.error).toBe('2 item(s) cannot be read, not tried again until the feed changes the item: ep11 (the item has no text of its own and no link); mailto:club@example.org (its link is not an http(s) URL)');
      // The feed gives the episode its show notes: read at once.
      episode = `<description>${LONG.replace(/</g, '&lt;')}</description>`;
      await r.pollAll();
      expect(titles(r)).toEqual(['Episode 11']);
      expect(r.brokenItems(`${base}/feed`).map((b) => b.page)).toEqual(['mailto:club@example.org']);
    } finally {
      Date.now = realNow;
    }
  });

  it('reads the first of two items with the same guid, at every poll, and warns once naming both', async () => {
    const dir = tempDir('feeds-');
    const body = rss([
      { guid: 'p101', title: 'Parcours', link: `${base}/parcours`, html: LONG },
      { guid: 'p102', title: 'Départ', link: `${base}/depart`, html: LONG },
      { guid: 'p101', title: 'Annulation', link: `${base}/annulation`, html: LONG.replace('river cleanup', 'refund desk') },
    ]);
    // No validators: every poll reads the feed whole, as many feeds are served.
    routes.set('/feed', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body));
    const warned: string[] = [];
    const sink = pino({ level: 'warn' }, { write: (line: string) => void warned.push(JSON.parse(line).msg) });
    const r = new FeedReader(dir, { urls: [`${base}/feed`], pollMs: 60_000, backfill: 1, fetch: { allowPrivate: true, timeoutMs: 5_000, maxBytes: 1024 * 1024 } }, sink, () => {});
    await r.pollAll();
    await r.pollAll();
    expect(titles(r)).toEqual(['Départ', 'Parcours']);
    expect(warned).toEqual([
      `feed item not read: two items have the same guid/id (else link) "p101": the first, "Parcours" (${base}/parcours), is read; "Annulation" (${base}/annulation) is not (give each item its own guid/id)`,
    ]);
  });

  it('refuses loopback and private addresses unless FEED_ALLOW_PRIVATE', async () => {
    serve('/feed', () => rss([]));
    await expect(fetchText(`${base}/feed`, { timeoutMs: 5_000, maxBytes: 1024 })).rejects.toThrow(/private or loopback address.*FEED_ALLOW_PRIVATE=true/);
    await expect(fetchText(`http://localhost:${new URL(base).port}/feed`, { timeoutMs: 5_000, maxBytes: 1024 })).rejects.toThrow(/resolves to .*private or loopback/);
    expect(hits).toEqual([]);
    expect(await fetchText(`${base}/feed`, { allowPrivate: true, timeoutMs: 5_000, maxBytes: 1024 })).toMatchObject({ status: 'ok' });
  });
});

describe('newestFirst', () => {
  const item = (key: string, date: string | null): FeedItem => ({ key, title: key, link: null, date, description: null, html: null, lang: null });
  it('orders dated items newest first, then undated and unreadably dated ones in feed order', () => {
    const items = [item('a', 'Mon, 01 Jun 2026 10:00:00 GMT'), item('none', null), item('fr', 'samedi 13 juin 2026 08:00'), item('b', '2026-06-15'), item('c', '5 June 2026'), item('d', '2026-06-15')];
    expect(newestFirst(items).map((i) => i.key)).toEqual(['b', 'd', 'c', 'a', 'none', 'fr']);
    expect(items.map((i) => unreadDate(i) !== null)).toEqual([false, false, true, false, false, false]);
  });
});
