import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { articleKey } from '../content/article.js';
import type { Article } from '../content/types.js';
import { SearchIndex } from '../search/engine.js';
import { openMemoryStore } from '../store/sqlite.js';
import type { ChannelPoster, Reply } from '../discord/interaction.js';
import { SummaryPublisher, type PublisherOptions } from './publisher.js';

const article = (id: string, date: string, summary = `Summary of ${id}.`): Article => ({
  id, title: `Title ${id}`, url: null, date, summary, site: null, lang: 'en', langSource: 'declared', langReliable: true, tags: [], file: `${id}.md`, faq: [],
  paragraphs: [{ raw: 'Body text.', text: 'Body text.', section: null, paragraph: 1, line: 3 }],
});

/** A poster that records sends and edits, failing on demand with a Discord-like status. */
function fakePoster() {
  const sent: { channel: string; title: string | undefined; nonce?: string; labels: string[] }[] = [];
  const edited: { channel: string; message: string; description: string | undefined }[] = [];
  const failures = new Map<string, number[]>();
  let next = 1;
  const poster: ChannelPoster = {
    async send(channel, message: Omit<Reply, 'private'>, nonce) {
      const status = failures.get(channel)?.shift();
      if (status) throw Object.assign(new Error(`HTTP ${status}`), { status });
      const labels = [...(message.embeds?.[0]?.fields ?? []).map((f) => f.name), ...(message.components ?? []).flatMap((r) => r.components.map((c) => ('label' in c ? (c.label ?? '') : '')))];
      sent.push({ channel, title: message.embeds?.[0]?.title, nonce, labels });
      return { id: String(next++) };
    },
    async edit(channel, messageId, message) {
      edited.push({ channel, message: messageId, description: message.embeds?.[0]?.description });
    },
  };
  return { poster, sent, edited, failures };
}

async function setUp(articles: Article[], options: Partial<PublisherOptions> = {}) {
  let clock = 1_000_000;
  let index = new SearchIndex(articles);
  const store = await openMemoryStore();
  const fake = fakePoster();
  const publisher = new SummaryPublisher(store, fake.poster, () => index, pino({ level: 'silent' }), {
    channels: ['A', 'B'], backfill: 1, update: 'ignore', maxAttempts: 5, retryBaseMs: 1000, posting: true, ...options,
  }, () => clock);
  return {
    ...fake, store, publisher,
    setArticles: (next: Article[]) => (index = new SearchIndex(next)),
    advance: (ms: number) => (clock += ms),
  };
}

describe('SummaryPublisher', () => {
  it('posts only the newest article to each channel on first run, then nothing again', async () => {
    const t = await setUp([article('old', '2026-01-01'), article('new', '2026-06-01')]);
    await t.publisher.sync();
    expect(t.sent.map((s) => [s.channel, s.title])).toEqual([['A', 'Title new'], ['B', 'Title new']]);
    await t.publisher.sync();
    await t.publisher.sync();
    expect(t.sent).toHaveLength(2);
    const ledger = (await t.store.postsIn('A')).map((p) => [p.articleId, p.status]).sort();
    expect(ledger).toEqual([['new', 'delivered'], ['old', 'seen']]);
    await t.publisher.stop();
  });

  it("labels each post in its article's language when there is a catalogue for it, else in English", async () => {
    const t = await setUp([{ ...article('fr', '2026-02-01'), lang: 'fr-CA', site: 'Le Quotidien' }, { ...article('et', '2026-01-01'), lang: 'et' }], { backfill: 2, channels: ['A'] });
    await t.publisher.sync();
    expect(t.sent.map((s) => [s.title, s.labels])).toEqual([
      ['Title fr', ['Publié le', 'Source', 'Poser une question sur cet article']],
      ['Title et', ['Published', 'Ask about this article']],
    ]);
    await t.publisher.stop();
  });

  it('does not post again an article whose editor pins an id after it was posted', async () => {
    // Known by its title's hash, as the loader names an article without id or url.
    const unpinned = { ...article('a', '2026-01-01'), key: articleKey(undefined, null, 'Title a') };
    const t = await setUp([unpinned]);
    await t.publisher.sync();
    expect(t.sent).toHaveLength(2);
    t.setArticles([{ ...unpinned, key: articleKey('a-pinned', null, 'Title a') }]);
    await t.publisher.sync();
    expect(t.sent).toHaveLength(2);
    expect((await t.store.postsIn('A')).map((p) => [p.articleId, p.status])).toEqual([['id:a-pinned', 'delivered']]);
    await t.publisher.stop();
  });

  it('posts a new article once per channel, with a stable nonce per article and channel', async () => {
    const t = await setUp([article('a', '2026-01-01')]);
    await t.publisher.sync();
    t.setArticles([article('a', '2026-01-01'), article('b', '2026-02-01')]);
    await t.publisher.sync();
    await t.publisher.sync();
    expect(t.sent.filter((s) => s.title === 'Title b').map((s) => s.channel)).toEqual(['A', 'B']);
    const [a, b] = t.sent.filter((s) => s.title === 'Title b');
    expect(a!.nonce).toHaveLength(25);
    expect(a!.nonce).not.toBe(b!.nonce);
    await t.publisher.stop();
  });

  it('retries a failing channel with backoff, marks it failed after 5 attempts, and keeps serving others', async () => {
    const t = await setUp([article('a', '2026-01-01')], { channels: ['A', 'B'] });
    t.failures.set('A', [403, 403, 403, 403, 403, 403]);
    t.failures.set('B', [500]);
    await t.publisher.sync();
    expect(t.sent).toEqual([]);
    for (let i = 0; i < 6; i++) {
      t.advance(60_000);
      await t.publisher.sync();
    }
    expect(t.sent.map((s) => s.channel)).toEqual(['B']);
    const failed = await t.store.post('a', 'A');
    expect(failed).toMatchObject({ status: 'failed', attempts: 5, error: 'forbidden: the bot may not post in this channel' });
    expect(await t.store.post('a', 'B')).toMatchObject({ status: 'delivered', attempts: 2 });
    await t.publisher.stop();
  });

  it('edits the post of an edited article only with update=edit', async () => {
    for (const update of ['ignore', 'edit'] as const) {
      const t = await setUp([article('a', '2026-01-01')], { channels: ['A'], update });
      await t.publisher.sync();
      t.setArticles([article('a', '2026-01-01', 'A corrected summary.')]);
      await t.publisher.sync();
      await t.publisher.sync();
      expect(t.sent).toHaveLength(1);
      expect(t.edited).toEqual(update === 'edit' ? [{ channel: 'A', message: '1', description: 'A corrected summary.' }] : []);
      await t.publisher.stop();
    }
  });

  it('gives a channel subscribed again only the newest article, and sends nothing left pending to it', async () => {
    const t = await setUp([article('a', '2026-01-01')], { channels: [] });
    await t.store.subscribe('G', 'C');
    await t.publisher.sync();
    t.failures.set('C', [500]);
    t.setArticles([article('a', '2026-01-01'), article('b', '2026-02-01')]);
    await t.publisher.sync();
    await t.store.unsubscribe('G', 'C');
    await t.publisher.forget('C');
    t.setArticles([article('a', '2026-01-01'), article('b', '2026-02-01'), article('c', '2026-03-01'), article('d', '2026-04-01')]);
    t.advance(60_000);
    await t.publisher.sync();
    expect(t.sent.map((s) => s.title)).toEqual(['Title a']);
    await t.store.subscribe('G', 'C');
    await t.publisher.sync();
    expect(t.sent.map((s) => s.title)).toEqual(['Title a', 'Title d']);
    await t.publisher.stop();
  });

  it('does nothing in a process that leaves posting to another', async () => {
    const t = await setUp([article('a', '2026-01-01')], { posting: false });
    await t.publisher.sync();
    expect(t.sent).toEqual([]);
    expect(await t.store.channelReady('A')).toBe(false);
  });

  it('gives a newly subscribed channel the same first-run treatment', async () => {
    const t = await setUp([article('a', '2026-01-01'), article('b', '2026-02-01')], { channels: [] });
    await t.publisher.sync();
    expect(t.sent).toEqual([]);
    await t.store.subscribe('G', 'C');
    await t.publisher.sync();
    expect(t.sent.map((s) => [s.channel, s.title])).toEqual([['C', 'Title b']]);
    await t.publisher.stop();
  });

  it('on stop, finishes and records the post in flight, then sends nothing more', async () => {
    const t = await setUp([article('a', '2026-01-01'), article('b', '2026-02-01')], { channels: ['A'], backfill: 2 });
    let release!: () => void;
    const sending = new Promise<void>((inFlight) => {
      const send = t.poster.send.bind(t.poster);
      t.poster.send = async (...args) => {
        inFlight();
        await new Promise<void>((r) => (release = r));
        t.poster.send = send;
        return send(...args);
      };
    });
    const syncing = t.publisher.sync();
    await sending;
    let stopped = false;
    const stopping = t.publisher.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await Promise.all([stopping, syncing]);
    expect(t.sent.map((s) => s.title)).toEqual(['Title b']);
    const ledger = (await t.store.postsIn('A')).map((p) => [p.articleId, p.status]).sort();
    expect(ledger).toEqual([['a', 'pending'], ['b', 'delivered']]);
  });

  it('keys the ledger on the article\'s identity, so a renamed file is not posted again', async () => {
    const before = { ...article('a', '2026-01-01'), key: 'title:0123456789abcdef' };
    const t = await setUp([before]);
    await t.publisher.sync();
    expect(t.sent.map((s) => s.channel)).toEqual(['A', 'B']);
    t.setArticles([{ ...before, id: 'renamed', file: 'renamed.md' }]);
    await t.publisher.sync();
    await t.publisher.sync();
    expect(t.sent).toHaveLength(2);
    expect((await t.store.postsIn('A')).map((p) => [p.articleId, p.status])).toEqual([['title:0123456789abcdef', 'delivered']]);
    await t.publisher.stop();
  });

  it('after the upgrade, posts nothing that the ledger keyed by file-name id holds, and posts what is new', async () => {
    const t = await setUp([]);
    // As the store's migration leaves a ledger written before keys: each row named `id:<article id>`.
    for (const channel of ['A', 'B']) {
      await t.store.setUpChannel(channel, [{ articleId: 'id:old', contentHash: 'h', status: 'seen' }, { articleId: 'id:pinned', contentHash: 'h', status: 'pending' }], 1);
      await t.store.addPending('id:posted', channel, 'h', 1);
      await t.store.markDelivered('id:posted', channel, `m-${channel}`, 'h', 2);
      await t.store.markDelivered('id:pinned', channel, `p-${channel}`, 'h', 2);
    }
    t.setArticles([
      { ...article('old', '2026-01-01'), key: 'title:1111111111111111' },
      { ...article('posted', '2026-02-01'), key: 'url:https://example.org/posted' },
      { ...article('pinned', '2026-03-01'), key: 'id:pinned' },
      { ...article('new', '2026-04-01'), key: 'title:2222222222222222' },
    ]);
    await t.publisher.sync();
    await t.publisher.sync();
    expect(t.sent.map((s) => [s.channel, s.title])).toEqual([['A', 'Title new'], ['B', 'Title new']]);
    expect((await t.store.postsIn('A')).map((p) => [p.articleId, p.status, p.messageId]).sort()).toEqual([
      ['id:pinned', 'delivered', 'p-A'],
      ['title:1111111111111111', 'seen', null],
      ['title:2222222222222222', 'delivered', '1'],
      ['url:https://example.org/posted', 'delivered', 'm-A'],
    ].sort());
    // The file renamed after the upgrade keeps the post it already had.
    t.setArticles([{ ...article('posted-renamed', '2026-02-01'), key: 'url:https://example.org/posted' }]);
    await t.publisher.sync();
    expect(t.sent).toHaveLength(2);
    await t.publisher.stop();
  });

  it('a page posted while it had no key (its row named by its bare id) is not posted again once it has one', async () => {
    const t = await setUp([]);
    for (const channel of ['A', 'B']) {
      await t.store.setUpChannel(channel, [], 1);
      await t.store.addPending('page', channel, 'h', 1);
      await t.store.markDelivered('page', channel, `m-${channel}`, 'h', 2);
    }
    t.setArticles([{ ...article('page', '2026-02-01'), key: 'url:https://example.org/page' }]);
    await t.publisher.sync();
    expect(t.sent).toEqual([]);
    expect((await t.store.postsIn('A')).map((p) => [p.articleId, p.messageId])).toEqual([['url:https://example.org/page', 'm-A']]);
    await t.publisher.stop();
  });

  it("records a new feed's quiet back catalogue as posted in a channel already set up, and posts the rest", async () => {
    const feed = [article('feed-new', '2026-03-01'), article('feed-old1', '2026-02-01'), article('feed-old2', '2026-02-02')];
    const quiet = new Set(['feed-old1', 'feed-old2']);
    const q = await setUp([article('a', '2026-01-01')], { quiet: (x) => quiet.has(x.id) });
    await q.publisher.sync();
    q.setArticles([article('a', '2026-01-01'), ...feed]);
    await q.publisher.sync();
    expect(q.sent.map((s) => [s.channel, s.title])).toEqual([['A', 'Title a'], ['B', 'Title a'], ['A', 'Title feed-new'], ['B', 'Title feed-new']]);
    expect((await q.store.postsIn('A')).map((p) => [p.articleId, p.status]).sort()).toEqual([['a', 'delivered'], ['feed-new', 'delivered'], ['feed-old1', 'seen'], ['feed-old2', 'seen']]);
    await q.publisher.stop();
  });

  it('a feed article (keyless, named by its id) takes back rows once named by its page, and a restart of the same version moves nothing', async () => {
    const feedArticle = { ...article('feed-1', '2026-02-01'), url: 'https://example.org/p' };
    const t = await setUp([]);
    for (const channel of ['A', 'B']) {
      await t.store.setUpChannel(channel, [], 1);
      await t.store.addPending('url:https://example.org/p', channel, 'h', 1);
      await t.store.markDelivered('url:https://example.org/p', channel, `m-${channel}`, 'h', 2);
    }
    const logged: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line).msg) });
    const publisher = (store = t.store) => new SummaryPublisher(store, t.poster, () => new SearchIndex([feedArticle]), log, { channels: ['A', 'B'], backfill: 1, update: 'ignore', maxAttempts: 5, retryBaseMs: 1000, posting: true });
    const first = publisher();
    await first.sync();
    await first.stop();
    expect(t.sent).toEqual([]);
    expect((await t.store.postsIn('A')).map((p) => [p.articleId, p.messageId])).toEqual([['feed-1', 'm-A']]);
    expect(logged.filter((m) => m.includes('follow the article'))).toHaveLength(1);
    const restarted = publisher();
    await restarted.sync();
    await restarted.stop();
    expect(logged.filter((m) => m.includes('follow the article'))).toHaveLength(1);
    expect(t.sent).toEqual([]);
    await t.publisher.stop();
  });
});
