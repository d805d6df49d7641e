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
        `<item><guid>l1</guid><title>Lighthouse Reopens</title><link>${base}/l1</link><content:encoded><![CDATA[${LONG}]]></content:encoded></item>` +
        `<item><guid>h1</guid><title>Harbour Closes</title><link>${base}/h1</link><content:encoded><![CDATA[${LONG}]]></content:encoded></item>` +
        `<item><guid>t1</guid><title>Teaser Only</title><link>${base}/missing</link><description>Read more</description></item>` +
        `<item><title>No identity</title></item></channel></rss>`,
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
    expect(out).toContain(`${base}/feed.xml: rss feed "Coast", 4 item(s).`);
    expect(out).toContain('skipped: 1 item(s) with neither guid/id nor link');
    // In the bot's words: every item is indexed, past SUMMARY_BACKFILL recorded as posted.
    expect(out).toMatch(/ingest: Lighthouse Reopens \[l1\]: "Lighthouse Reopens", from the item's own text, date none, language en \(detected\), 1 paragraph\(s\), 0 FAQ entries; indexed and posted on a first poll/);
    expect(out).toMatch(/ingest: Harbour Closes \[h1\]: .*; indexed, recorded as already posted \(SUMMARY_BACKFILL\) on a first poll/);
    expect(out).toContain(`skipped: Teaser Only [t1]: HTTP 404 (${base}/missing); the bot logs it, lists it in /feeds list and tries it again at later polls, with backoff`);
    expect(out).toContain('2 of 4 item(s) would become articles now');
  });

  it('stops with exit 2 and the setting\'s sentence when a setting it reads is malformed', async () => {
    const run = runScript('src/bin/check-feed.ts', { SUMMARY_BACKFILL: 'all' }, { args: [`${base}/feed.xml`] });
    expect(await run.exited).toBe(2);
    expect(run.output().trim()).toBe('SUMMARY_BACKFILL must be a whole number, 0 or more (default 1), not "all": fix it in the environment, which overrides .env.');
  });

  it('refuses a loopback feed unless FEED_ALLOW_PRIVATE=true', async () => {
    const run = runScript('src/bin/check-feed.ts', { FEED_ALLOW_PRIVATE: 'false' }, { args: [`${base}/feed.xml`] });
    expect(await run.exited).toBe(1);
    expect(run.stdout()).toContain('127.0.0.1:');
    expect(run.stdout()).toContain('is a private or loopback address: set FEED_ALLOW_PRIVATE=true to allow it');
  });
});
