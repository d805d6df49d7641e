import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS } from '../../test/run-script.js';
import type { PlaygroundMessage } from './discord.js';
import { startPlayground, type Playground } from './server.js';

const LONG = `<p>${'The lighthouse reopens to visitors on Saturdays from May to September this year. '.repeat(6)}</p>`;
const feed = http.createServer((_req, res) =>
  res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Coast</title>` +
      `<item><guid>l1</guid><title>Lighthouse Reopens</title><content:encoded><![CDATA[${LONG}]]></content:encoded></item></channel></rss>`,
  ),
);
let feedUrl = '';
let playground: Playground;

beforeAll(async () => {
  await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/feed.xml`;
  // As an operator's environment would hold them, beside the playground's own settings.
  playground = await startPlayground({ port: 0, env: { CONTENT_DIR: path.resolve('content'), LOG_LEVEL: 'silent', FEED_ALLOW_PRIVATE: 'true', SUMMARY_BACKFILL: '3', FEED_URLS: 'https://news.example/feed.xml' } });
}, PROCESS_TEST_MS);
afterAll(async () => {
  await playground?.close();
  feed.closeAllConnections();
  await new Promise((resolve) => feed.close(resolve));
});

describe("the playground's bot settings", { timeout: PROCESS_TEST_MS }, () => {
  it("passes the operator's feed settings through: /feeds add reads a loopback feed with FEED_ALLOW_PRIVATE, FEED_URLS stays out", async () => {
    const replied = new Promise<PlaygroundMessage>((resolve) => {
      const stop = playground.standIn.onMessage((m) => {
        if (m.invokedBy !== '/feeds' || m.thinking) return;
        stop();
        resolve(m);
      });
    });
    await playground.standIn.interact({ kind: 'command', name: 'feeds', options: [{ name: 'add', type: 1, options: [{ name: 'url', type: 3, value: feedUrl }] }], locale: 'en-US' });
    const reply = await replied;
    expect(reply.content).toContain('Added **Coast**');
    expect(reply.content).toContain('1 item now.');
    expect(reply.content).toContain('the newest 3 items are posted');
    expect(playground.app.context.feeds.configured).toEqual([]);
  });
});
