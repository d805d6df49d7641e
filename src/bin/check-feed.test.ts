import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS, runScript } from '../../test/run-script.js';

const LONG = `<p>${'The lighthouse reopens to visitors on Saturdays from May to September this year. '.repeat(6)}</p>`;
let base = '';
const server = http.createServer((req, res) => {
  if (req.url === '/feed.xml')
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Coast</title>` +
        `<item><guid>t1</guid><title>Teaser Only</title><link>${base}/missing</link><description>Read more</description></item>` +
        `<item><guid>l1</guid><title>Lighthouse Reopens</title><link>${base}/l1</link><content:encoded><![CDATA[${LONG}]]></content:encoded></item>` +
        `<item><guid>h1</guid><title>Harbour Closes</title><link>${base}/h1</link><content:encoded><![CDATA[${LONG}]]></content:encoded></item>` +
        `<item><guid>p1</guid><title>Episode 11</title><description>Meet the club</description><enclosure url="${base}/p1.mp3" length="10" type="audio/mpeg"/></item>` +
        `<item><title>No identity</title></item></channel></rss>`,
    );
  else if (req.url === '/news.html')
    res.writeHead(200, { 'content-type': 'text/html' }).end(
      `<!DOCTYPE html><html><head><title>Coast news</title><link rel="alternate" type="application/json" href="/wp-json/posts/1">` +
        `<link rel="alternate" type="application/rss+xml" href="/feed.xml"><link rel="alternate" type="application/feed+json" href="${base}/feed.json"></head>` +
        `<body><p>Latest news from the coast.</p></body></html>`,
    );
  else if (req.url === '/closed.xml')
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Closed</title><item><guid>c1</guid><title>Gone</title><link>http://127.0.0.1:1/c1</link></item></channel></rss>`,
    );
  else res.writeHead(404).end();
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('npm run check-feed', { timeout: PROCESS_TEST_MS }, () => {
  it('prints what would be ingested and why anything is skipped', async () => {
    const run = runScript('src/bin/check-feed.ts', { FEED_ALLOW_PRIVATE: 'true', SUMMARY_BACKFILL: '1' }, { args: [`${base}/feed.xml`] });
    expect(await run.exited).toBe(0);
    const out = run.stdout();
    // Every item of the feed is counted, the one the bot cannot tell apart too.
    expect(out).toContain(`${base}/feed.xml: rss feed "Coast", 5 item(s).`);
    expect(out).toContain('skipped: 1 item(s) with neither guid/id nor link');
    // In the bot's words: every item is indexed; the newest SUMMARY_BACKFILL read are posted (a failing one
    // before them takes no turn), the others recorded as posted.
    expect(out).toMatch(/ingest: Lighthouse Reopens \[l1\]: "Lighthouse Reopens", from the item's own text, date none, language en \(detected\), 1 paragraph\(s\), 0 FAQ entries; indexed and posted on a first poll/);
    expect(out).toMatch(/ingest: Harbour Closes \[h1\]: .*; indexed, recorded as already posted \(SUMMARY_BACKFILL\) on a first poll/);
    expect(out).toContain(
      `skipped: Teaser Only [t1]: HTTP 404 (${base}/missing); the bot logs it, lists it in /feeds list and it is tried again later, with backoff; failing on a first poll, it is indexed, recorded as already posted (SUMMARY_BACKFILL) once read\n`,
    );
    // Nothing to fetch and nothing of its own: said once, with its reason once.
    expect(out).toContain('skipped: Episode 11 [p1]: the item has no text of its own and no link; the bot logs it once, lists it in /feeds list and it is not tried again until the feed changes the item\n');
    expect(out).toContain('2 of 5 item(s) would become articles now');
  });

  it('stops with exit 2 and the setting\'s sentence when a setting it reads is malformed', async () => {
    const run = runScript('src/bin/check-feed.ts', { SUMMARY_BACKFILL: 'all' }, { args: [`${base}/feed.xml`] });
    expect(await run.exited).toBe(2);
    expect(run.output().trim()).toBe('SUMMARY_BACKFILL must be a whole number, 0 or more (default 1), not "all": fix it in the environment, which overrides .env.');
  });

  it('prints its usage on --help (exit 0) and with the reason on an unknown option or no URL (exit 2)', async () => {
    const help = runScript('src/bin/check-feed.ts', {}, { args: ['--help'] });
    expect(await help.exited).toBe(0);
    expect(help.stdout()).toMatch(/^Usage: npm run check-feed -- URL\.\.\.\n/);
    const unknown = runScript('src/bin/check-feed.ts', {}, { args: ['--bogus', `${base}/feed.xml`] });
    expect(await unknown.exited).toBe(2);
    expect(unknown.output()).toMatch(/^Unknown option '--bogus'\.\nUsage: npm run check-feed -- URL\.\.\.\n/);
    const none = runScript('src/bin/check-feed.ts', {}, { args: [] });
    expect(await none.exited).toBe(2);
    expect(none.output()).toMatch(/^Give the URL of the feed to check\.\nUsage: /);
  });

  it('refuses, before reading any, a URL that is not http(s) with exit 2, and suggests the scheme it lacks', async () => {
    const run = runScript('src/bin/check-feed.ts', {}, { args: ['example.com/feed.xml', '127.0.0.1:8713/feed.xml', 'localhost:8713/x', 'ftp://example.com/feed.xml', `${base}/feed.xml`] });
    expect(await run.exited).toBe(2);
    expect(run.output().split('\n').slice(0, 5)).toEqual([
      'example.com/feed.xml is not a URL: did you mean https://example.com/feed.xml?',
      // A loopback or private host is seldom served over TLS.
      '127.0.0.1:8713/feed.xml is not a URL: did you mean http://127.0.0.1:8713/feed.xml?',
      'localhost:8713/x is not an http(s) URL: did you mean http://localhost:8713/x?',
      'ftp://example.com/feed.xml is not an http(s) URL: give an http:// or https:// URL, such as https://example.com/feed.xml.',
      'Usage: npm run check-feed -- URL...',
    ]);
    expect(run.output()).not.toContain('rss feed');
  });

  it('checks every URL given, by spaces or commas, and exits 1 when one cannot be read: a page names its feeds, a closed port is said plainly', async () => {
    const run = runScript('src/bin/check-feed.ts', { FEED_ALLOW_PRIVATE: 'true' }, { args: [`${base}/news.html,${base}/closed.xml`, 'http://127.0.0.1:1/feed.xml', `${base}/feed.xml`] });
    expect(await run.exited).toBe(1);
    const out = run.stdout();
    // Only the feed types of autodiscovery, resolved against the page: not its JSON API.
    expect(out).toContain(`${base}/news.html: cannot be read: not an RSS, Atom or JSON feed (Unrecognized feed format); this page names its feeds: ${base}/feed.xml, ${base}/feed.json; check those instead\n`);
    expect(out).toContain('skipped: Gone [c1]: nothing answers at 127.0.0.1:1 (connection refused) (http://127.0.0.1:1/c1)');
    expect(out).toContain('http://127.0.0.1:1/feed.xml: cannot be read: nothing answers at 127.0.0.1:1 (connection refused)\n');
    expect(out).toContain('2 of 5 item(s) would become articles now');
    expect(out.match(/^http:\/\/\S+: /gm)).toEqual([`${base}/news.html: `, `${base}/closed.xml: `, 'http://127.0.0.1:1/feed.xml: ', `${base}/feed.xml: `]);
  });

  it('refuses a loopback feed unless FEED_ALLOW_PRIVATE=true', async () => {
    const run = runScript('src/bin/check-feed.ts', { FEED_ALLOW_PRIVATE: 'false' }, { args: [`${base}/feed.xml`] });
    expect(await run.exited).toBe(1);
    expect(run.stdout()).toContain('127.0.0.1:');
    expect(run.stdout()).toContain('is a private or loopback address: set FEED_ALLOW_PRIVATE=true to allow it');
  });
});
