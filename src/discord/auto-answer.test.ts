import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog.js';
import type { SearchIndex } from '../search/engine.js';
import { english, translatorFor } from '../i18n/index.js';
import { openMemoryStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { userHasher } from '../user-hash.js';
import { AUTO_ANSWER_THRESHOLD, AutoAnswerChannels, AutoAnswerer, CHANNELS_REFRESH_MS, threadName, type NewPost } from './auto-answer.js';
import type { BotContext } from './context.js';
import type { Reply } from './interaction.js';
import { Cooldown } from './cooldown.js';
import { tempDir } from '../../test/temp-dir.js';

const FORUM = '1300000000000000002';
const TEXT = '1300000000000000003';

let index: SearchIndex;
beforeAll(async () => {
  const dir = tempDir('faq-bot-auto-');
  writeFileSync(
    path.join(dir, 'cleanup.md'),
    '# River Clean-up\n\nVolunteers cleared the east bank.\n\n## Questions and answers\n\n### How can I join the next clean-up?\n\nSign up on the council website before 1 September.\n',
  );
  index = (await loadCatalog(dir)).index;
});

function harness(store: Store, options: { perMinute?: number; failSend?: boolean } = {}) {
  const sent: { channelId: string; threadOf?: string }[] = [];
  const messages: Omit<Reply, 'private'>[] = [];
  const context = {
    index: () => index,
    log: pino({ level: 'silent' }),
    cooldown: new Cooldown(5, 30_000),
    poster: {
      send: async (channelId: string, message: Omit<Reply, 'private'>) => {
        if (options.failSend) throw new Error('503 Service Unavailable');
        sent.push({ channelId });
        messages.push(message);
        return { id: `m${sent.length}` };
      },
      edit: async () => {},
    },
    threads: {
      start: async (channelId: string, messageId: string) => {
        sent.push({ channelId, threadOf: messageId });
        return messageId;
      },
      applyTag: async () => null,
    },
    autoAnswer: { channels: new AutoAnswerChannels(store, [FORUM, TEXT]), reads: 'content' as const },
    store,
    hashUser: userHasher('salt'),
    settings: { logPrivateQuestions: false, retentionDays: 90 },
  } as unknown as BotContext;
  return { answerer: new AutoAnswerer(context, options.perMinute ?? 6), sent, messages };
}

let n = 0;
const post = (over: Partial<NewPost> = {}): NewPost => ({
  kind: 'forum',
  id: String(1500000000000000000n + BigInt(++n)),
  guildId: '1200000000000000001',
  channelId: FORUM,
  title: 'How can I join the next clean-up?',
  text: 'Hi all! First time here.',
  locale: 'en-US',
  author: { id: '1400000000000000011', bot: false, webhook: false },
  ...over,
});

describe('AutoAnswerer', () => {
  it('answers a confident forum post in its own thread, once', async () => {
    const store = await openMemoryStore();
    const { answerer, sent } = harness(store);
    const p = post();
    expect(await answerer.consider(p)).toBe('answered');
    expect(await answerer.consider(p)).toBe('taken');
    expect(sent).toEqual([{ channelId: p.id }]);
    expect(await store.autoAnswer(p.id)).toMatchObject({ outcome: 'answered', threadId: p.id, messageId: 'm1' });
    await store.close();
  });

  it("labels the answer in the server's preferred language, English when there is no catalogue for it", async () => {
    const store = await openMemoryStore();
    const { answerer, messages } = harness(store);
    expect(await answerer.consider(post({ locale: 'de' }))).toBe('answered');
    expect(await answerer.consider(post({ locale: 'et' }))).toBe('answered');
    const [german, english] = messages.map((m) => ({ field: m.embeds![0]!.fields![0]!.name, buttons: m.components!.flatMap((r) => r.components.map((c) => ('label' in c ? c.label : ''))) }));
    expect(german).toEqual({ field: 'Quelle', buttons: ['Hilfreich', 'Nicht hilfreich', 'Gelöst'] });
    expect(english).toEqual({ field: 'Source', buttons: ['Helpful', 'Not helpful', 'Solved'] });
    await store.close();
  });

  it('opens a thread on a text channel message, then answers there', async () => {
    const store = await openMemoryStore();
    const { answerer, sent } = harness(store);
    const p = post({ kind: 'text', channelId: TEXT, title: null, text: 'how can i join the next clean-up?' });
    expect(await answerer.consider(p)).toBe('answered');
    expect(sent).toEqual([{ channelId: TEXT, threadOf: p.id }, { channelId: p.id }]);
    await store.close();
  });

  it('ignores bots, webhooks, empty posts and other channels, claiming nothing', async () => {
    const store = await openMemoryStore();
    const { answerer, sent } = harness(store);
    const bot = post({ author: { id: '1', bot: true, webhook: false } });
    expect(await answerer.consider(bot)).toBe('ignored');
    expect(await answerer.consider(post({ author: { id: '1', bot: false, webhook: true } }))).toBe('ignored');
    expect(await answerer.consider(post({ title: null, text: '<@123> @everyone' }))).toBe('ignored');
    expect(await answerer.consider(post({ channelId: '1300000000000000009' }))).toBe('not a channel');
    expect(sent).toEqual([]);
    expect(await store.autoAnswer(bot.id)).toBeNull();
    await store.close();
  });

  it("stays silent below the channel's threshold and records the question as unanswered", async () => {
    const store = await openMemoryStore();
    await store.addAutoAnswerChannel('1200000000000000001', FORUM, 1, 0);
    const { answerer, sent } = harness(store);
    // Close enough for /ask, not for an unprompted answer at threshold 1.
    const p = post({ title: 'When is the clean-up sign up deadline for volunteers?', text: '' });
    expect(index.answer(p.title!).answer).not.toBeNull();
    expect(await answerer.consider(p)).toBe('skipped');
    expect(sent).toEqual([]);
    expect(await store.autoAnswer(p.id)).toMatchObject({ outcome: 'skipped' });
    const [asked] = await store.questionsSince(0);
    expect(asked).toMatchObject({ text: p.title, outcome: 'abstained', userHash: userHasher('salt')(p.author.id) });
    await store.close();
  });

  it('answers at most AUTO_ANSWER_PER_MINUTE posts per channel', async () => {
    const store = await openMemoryStore();
    const { answerer, sent } = harness(store, { perMinute: 2 });
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await answerer.consider(post()));
    expect(results).toEqual(['answered', 'answered', 'skipped']);
    expect(await answerer.consider(post({ kind: 'text', channelId: TEXT }))).toBe('answered');
    expect(sent.filter((s) => !s.threadOf)).toHaveLength(3);
    await store.close();
  });

  it('logs a Discord failure and never retries the claimed post', async () => {
    const store = await openMemoryStore();
    const { answerer } = harness(store, { failSend: true });
    const p = post();
    expect(await answerer.consider(p)).toBe('failed');
    expect(await answerer.consider(p)).toBe('taken');
    await store.close();
  });
});

describe('AutoAnswerChannels', () => {
  it('reads the store again after a change here at once, and after CHANNELS_REFRESH_MS for other processes', async () => {
    const store = await openMemoryStore();
    let now = 0;
    const channels = new AutoAnswerChannels(store, ['1'], () => now);
    expect(await channels.threshold('1')).toBe(AUTO_ANSWER_THRESHOLD);
    expect(await channels.threshold('2')).toBeNull();
    await store.addAutoAnswerChannel('G', '2', 0.8, 0);
    expect(await channels.threshold('2')).toBeNull();
    now = CHANNELS_REFRESH_MS + 1;
    expect(await channels.threshold('2')).toBe(0.8);
    await store.removeAutoAnswerChannel('G', '2');
    channels.invalidate();
    expect(await channels.threshold('2')).toBeNull();
    expect(await channels.any()).toBe(true);
    await store.close();
  });
});

it('names a thread after the question, within Discord’s 100 characters', () => {
  expect(threadName(english, '  How   do I\njoin? ')).toBe('How do I join?');
  expect(threadName(english, 'x'.repeat(300))).toHaveLength(100);
  expect(threadName(english, '   ')).toBe('Question');
  expect(threadName(translatorFor('de'), '   ')).toBe('Frage');
});
