import { ApplicationCommandOptionType, InteractionType, type APIInteraction, type REST } from 'discord.js';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../feeds/fetch.js';
import { openMemoryStore } from '../../store/sqlite.js';
import type { Store } from '../../store/store.js';
import type { BotContext } from '../context.js';
import { dispatch } from '../dispatch.js';
import { FEEDS_PER_SERVER } from './feeds.js';
import { fromPayload } from '../payload.js';

const HERE = '1200000000000000001';
const THERE = '1200000000000000002';
const MANAGE_GUILD = String(1 << 5);
const CONFIGURED = 'https://operator.example/rss.xml';
const LONG_URL = `https://news.example/${'section/'.repeat(15)}feed.xml`;

let store: Store;
let changes: number;
let context: BotContext;

beforeEach(async () => {
  store = await openMemoryStore();
  changes = 0;
  context = {
    store,
    log: pino({ level: 'silent' }),
    feeds: {
      configured: [CONFIGURED],
      backfill: 2,
      // The real check is the reader's fetch (app.test.ts); here a feed answers unless its url says "broken".
      check: async (url: string) => {
        if (url.includes('broken')) throw new FetchError('HTTP 500');
        return { title: 'Harbour *News*', items: 3 };
      },
      changed: async () => void changes++,
    },
  } as unknown as BotContext;
});
afterEach(() => store.close());

let n = 0;
/** Sends `/feeds <sub>` (or its autocomplete) as a member of `guild` with `permissions` and Discord `locale`; returns what the member is told. */
async function feeds(sub: string, url: string | null, { guild = HERE, permissions = MANAGE_GUILD, autocomplete = false, locale = 'en-US' } = {}) {
  const options = url === null ? [] : [{ type: ApplicationCommandOptionType.String, name: 'url', value: url, ...(autocomplete ? { focused: true } : {}) }];
  const raw = {
    id: String(1500000000000000000n + BigInt(++n)),
    application_id: '1100000000000000001',
    type: autocomplete ? InteractionType.ApplicationCommandAutocomplete : InteractionType.ApplicationCommand,
    token: `token-${n}`,
    version: 1,
    data: { name: 'feeds', type: 1, options: [{ type: ApplicationCommandOptionType.Subcommand, name: sub, options }] },
    guild_id: guild,
    locale,
    member: { user: { id: '1400000000000000001', username: 'admin' }, permissions, roles: [] },
    channel: { id: '1300000000000000001', type: 0 },
  } as unknown as APIInteraction;
  const told: { flags?: number; content?: string; choices?: { name: string; value: string }[] }[] = [];
  const rest = { patch: async (_route: string, { body }: { body: object }) => void told.push(body) } as unknown as REST;
  const interaction = fromPayload(raw, async (r) => void told.push((r as { data?: object }).data ?? {}), rest)!;
  await dispatch(interaction, context);
  return { content: told.at(-1)?.content ?? '', choices: told.at(-1)?.choices ?? [], deferredPrivately: ((told[0]?.flags ?? 0) & (1 << 6)) !== 0 };
}

describe('/feeds', () => {
  it('adds a feed after reading it once, says what it holds and which server may remove it, and refuses what it cannot add', async () => {
    const added = await feeds('add', ' https://News.Example/feed.xml ');
    expect(added.deferredPrivately).toBe(true);
    expect(added.content).toBe(
      [
        'Added **Harbour \\*News\\*** <https://news.example/feed.xml>: 3 items now.',
        'Every item is indexed and answered from at once. On its first poll the newest 2 items are posted to the summary channels and the rest recorded as already posted; every later item is posted once.',
        'Feeds are shared by every server I am in: its articles answer questions everywhere. Only this server can remove it.',
      ].join('\n'),
    );
    expect(await store.feeds()).toEqual([{ url: 'https://news.example/feed.xml', guildId: HERE, title: 'Harbour *News*', createdAt: expect.any(Number) }]);
    expect(changes).toBe(1);

    expect((await feeds('add', 'https://news.example/feed.xml')).content).toBe('This server already added <https://news.example/feed.xml>.');
    expect((await feeds('add', 'https://news.example/feed.xml', { guild: THERE })).content).toContain('Another server already added <https://news.example/feed.xml>');
    expect((await feeds('add', 'ftp://news.example/feed.xml')).content).toBe('That is not a feed address I can read: ftp://news.example/feed.xml is not an http(s) URL.');
    expect((await feeds('add', 'news')).content).toBe('That is not a feed address I can read: news is not a URL.');
    expect((await feeds('add', CONFIGURED)).content).toContain('is set in FEED_URLS by the bot’s operator');
    expect((await feeds('add', 'https://broken.example/feed.xml')).content).toBe('I could not read <https://broken.example/feed.xml> as a feed: HTTP 500. Nothing was added.');
    expect((await feeds('add', 'https://other.example/feed.xml', { permissions: '0' })).content).toContain('Manage Server');
    expect((await store.feeds()).map((f) => f.url)).toEqual(['https://news.example/feed.xml']);
    expect(changes).toBe(1);
  });

  it(`stops a server at ${FEEDS_PER_SERVER} feeds, whatever the others added`, async () => {
    for (let i = 1; i < FEEDS_PER_SERVER; i++) await store.addFeed({ url: `https://news.example/${i}.xml`, guildId: HERE, title: null }, i);
    await store.addFeed({ url: 'https://elsewhere.example/feed.xml', guildId: THERE, title: null }, 0);
    expect((await feeds('add', 'https://news.example/last.xml')).content).toContain('Added');
    expect((await feeds('add', 'https://news.example/one-more.xml')).content).toBe(
      `This server already added ${FEEDS_PER_SERVER} feeds, the most one server may: remove one first with \`/feeds remove\`.`,
    );
    expect((await feeds('add', 'https://elsewhere.example/second.xml', { guild: THERE })).content).toContain('Added');
  });

  it('offers only this server’s feeds to remove, and removes a feed only for the server that added it', async () => {
    await store.addFeed({ url: 'https://news.example/feed.xml', guildId: HERE, title: 'Harbour News' }, 1);
    await store.addFeed({ url: LONG_URL, guildId: HERE, title: null }, 2);
    await store.addFeed({ url: 'https://elsewhere.example/feed.xml', guildId: THERE, title: 'Elsewhere' }, 3);

    const offered = (await feeds('remove', '', { autocomplete: true })).choices;
    // A url longer than Discord's 100 characters is shown cut, and offered by a short key.
    expect(offered.map((c) => c.name)).toEqual(['Harbour News — https://news.example/feed.xml', `${LONG_URL.slice(0, 99)}…`]);
    expect(offered[1]!.value).toMatch(/^feed:[0-9a-f]{16}$/);
    expect((await feeds('remove', 'harbour', { autocomplete: true })).choices.map((c) => c.value)).toEqual(['https://news.example/feed.xml']);

    expect((await feeds('remove', 'https://elsewhere.example/feed.xml')).content).toBe('<https://elsewhere.example/feed.xml> was added by another server: only that server can remove it.');
    expect((await feeds('remove', CONFIGURED)).content).toContain('only the operator can remove it');
    expect((await feeds('remove', 'https://nowhere.example/feed.xml')).content).toContain('I do not read a feed at “https://nowhere.example/feed.xml”');
    expect(changes).toBe(0);

    expect((await feeds('remove', offered[1]!.value)).content).toBe(`Removed <${LONG_URL}>: I no longer read it, and its articles no longer answer questions. Summaries already posted stay.`);
    expect((await feeds('remove', 'https://news.example/feed.xml')).content).toContain('Removed <https://news.example/feed.xml>');
    expect((await store.feeds()).map((f) => f.url)).toEqual(['https://elsewhere.example/feed.xml']);
    expect(changes).toBe(2);
  });

  it('lists every feed with who added it and its last poll, the failing ones first', async () => {
    expect((await feeds('list', null)).content).toContain(`<${CONFIGURED}> — set by the operator (FEED_URLS); not polled yet`);
    await store.addFeed({ url: 'https://news.example/feed.xml', guildId: HERE, title: 'Harbour News' }, 1);
    await store.addFeed({ url: 'https://elsewhere.example/feed.xml', guildId: THERE, title: null }, 2);
    await store.recordFeedPoll({ url: 'https://news.example/feed.xml', polledAt: 1_780_000_000_000, status: 'ok', items: 12, added: 1, error: null, failures: 0 });
    // A feed that answers (304) while one of its items' pages fails: the item is named with its page.
    await store.recordFeedPoll({ url: 'https://elsewhere.example/feed.xml', polledAt: 1_780_000_060_000, status: 'not-modified', items: null, added: 0, error: '1 item(s) cannot be read, tried again later, with backoff: https://elsewhere.example/a (HTTP 404)', failures: 0 });
    await store.recordFeedPoll({ url: CONFIGURED, polledAt: 1_780_000_120_000, status: 'failed', items: null, added: 0, error: 'HTTP 500', failures: 3 });
    expect((await feeds('list', null)).content).toBe(
      [
        'I read 3 feeds; ⚠️ 1 failing:',
        `• <${CONFIGURED}> — set by the operator (FEED_URLS); ⚠️ failing (3 polls in a row, last <t:1780000120:R>): HTTP 500`,
        '• **Harbour News** <https://news.example/feed.xml> — added by this server; last poll <t:1780000000:R>: 12 items, 1 new',
        '• <https://elsewhere.example/feed.xml> — added by another server; last poll <t:1780000060:R>: unchanged; ⚠️ 1 item(s) cannot be read, tried again later, with backoff: https://elsewhere.example/a (HTTP 404)',
      ].join('\n'),
    );
  });

  it('answers in the member’s language, each count in its plural form, and names its subcommands as that member types them', async () => {
    expect((await feeds('add', 'https://news.example/feed.xml', { locale: 'ru' })).content).toBe(
      [
        'Добавлена лента **Harbour \\*News\\*** <https://news.example/feed.xml>: сейчас в ней 3 записи.',
        'Каждая запись сразу индексируется и используется в ответах. При первом опросе 2 самые новые записи публикуются в каналы сводок, остальные только отмечаются; каждая следующая запись публикуется один раз.',
        'Ленты общие для всех серверов, где я есть: её статьи отвечают на вопросы везде. Убрать её может только этот сервер.',
      ].join('\n'),
    );
    for (let i = 1; i < FEEDS_PER_SERVER; i++) await store.addFeed({ url: `https://news.example/${i}.xml`, guildId: HERE, title: null }, i);
    expect((await feeds('add', 'https://news.example/last.xml', { locale: 'ru' })).content).toBe(
      `Этот сервер уже добавил ${FEEDS_PER_SERVER} лент — больше одному серверу нельзя: сначала уберите одну командой \`/ленты убрать\`.`,
    );
    expect((await feeds('remove', 'https://nowhere.example/feed.xml', { locale: 'fr' })).content).toBe(
      'Je ne lis aucun flux à l’adresse « https://nowhere.example/feed.xml ». Utilisez `/flux liste` pour voir les flux.',
    );

    await store.recordFeedPoll({ url: 'https://news.example/feed.xml', polledAt: 1_780_000_000_000, status: 'ok', items: 1, added: 1, error: null, failures: 0 });
    await store.recordFeedPoll({ url: CONFIGURED, polledAt: 1_780_000_120_000, status: 'failed', items: null, added: 0, error: 'HTTP 500', failures: 1 });
    const listed = (await feeds('list', null, { locale: 'de' })).content.split('\n');
    expect(listed.slice(0, 3)).toEqual([
      `Ich lese ${FEEDS_PER_SERVER + 1} Feeds; ⚠️ 1 antwortet nicht:`,
      `• <${CONFIGURED}> — vom Betreiber eingetragen (FEED_URLS); ⚠️ antwortet nicht (1 Abruf in Folge, zuletzt <t:1780000120:R>): HTTP 500`,
      '• <https://news.example/1.xml> — von diesem Server hinzugefügt; noch nicht abgerufen',
    ]);
    expect(listed.at(-1)).toBe('• **Harbour \\*News\\*** <https://news.example/feed.xml> — von diesem Server hinzugefügt; letzter Abruf <t:1780000000:R>: 1 Eintrag, 1 neu');

    await Promise.all([...(await store.feeds())].map((f) => store.removeFeed(f.guildId, f.url)));
    context.feeds.configured = [];
    expect((await feeds('list', null, { locale: 'ja' })).content).toBe('読み込んでいるフィードはありません。`/フィード 追加` で追加してください。');
  });
});
