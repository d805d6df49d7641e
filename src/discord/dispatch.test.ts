import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { InteractionType, type APIInteraction, type APIInteractionResponse, type REST } from 'discord.js';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog.js';
import type { SearchIndex } from '../search/engine.js';
import type { Store } from '../store/store.js';
import type { SummaryPublisher } from '../summaries/publisher.js';
import { userHasher } from '../user-hash.js';
import { AutoAnswerChannels } from './auto-answer.js';
import type { BotContext } from './context.js';
import { Cooldown } from './cooldown.js';
import { dispatch, NO_LONGER_AVAILABLE, SOMETHING_WENT_WRONG } from './dispatch.js';
import { fromPayload } from './payload.js';
import { tempDir } from '../../test/temp-dir.js';

const EPHEMERAL = 1 << 6;
const MANAGE_GUILD = String(1 << 5);
const GUILD = '1200000000000000001';
/** A file name as long as some scraped articles get: over Discord's 100-character ids by far. */
const LONG_ID = `${'very-long-scraped-headline-'.repeat(8)}end`.slice(0, 200);
const LONG_TITLE = 'Volunteers Pull Two Tonnes of Waste from the Riverbank';

let index: SearchIndex;
beforeAll(async () => {
  const dir = tempDir('faq-bot-dispatch-');
  writeFileSync(
    path.join(dir, `${LONG_ID}.md`),
    `# ${LONG_TITLE}\n\nMore than 300 volunteers cleared litter along the east bank.\n\n## Questions and answers\n\n### How can I join the next clean-up?\n\nSign up on the council website before 1 September.\n`,
  );
  writeFileSync(path.join(dir, 'library.md'), '# City Library Opens Late\n\nThe library stays open until midnight on weekdays.\n');
  index = (await loadCatalog(dir)).index;
  expect(LONG_ID).toHaveLength(200);
  expect(index.article(LONG_ID)).toBeDefined();
});

/** A store that keeps questions and subscriptions in memory: only what these handlers use. */
function memoryStore(): Store {
  const questions = new Map<string, { askedAt: number }>();
  return {
    recordQuestion: async (q: { id: string; askedAt: number }) => void questions.set(q.id, q),
    question: async (id: string) => questions.get(id) ?? null,
    vote: async () => {},
    subscriptions: async () => [],
  } as unknown as Store;
}

function harness(overrides: Partial<BotContext> = {}) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(JSON.parse(chunk.toString())), done()) });
  const context: BotContext = {
    index: () => index,
    log: pino({ level: 'debug' }, sink),
    cooldown: new Cooldown(2, 60_000),
    poster: { send: async () => ({ id: '1' }), edit: async () => {} },
    store: memoryStore(),
    publisher: { sync: async () => {} } as unknown as SummaryPublisher,
    hashUser: userHasher('salt'),
    settings: { logPrivateQuestions: false, retentionDays: 90, learnAutoApprove: null },
    reindex: async () => {},
    feeds: { configured: [], backfill: 1, check: async () => ({ title: null, items: 0 }), changed: async () => {}, failing: async () => [] },
    threads: { start: async () => '2', applyTag: async () => null },
    autoAnswer: { channels: new AutoAnswerChannels({ autoAnswerChannels: async () => [] } as unknown as Store, []), reads: 'none' },
    ...overrides,
  };
  let n = 0;
  /** Dispatches one raw interaction; returns its first response and what went over the webhook after it. */
  async function send(type: InteractionType, data: Record<string, unknown>, member: { guild?: boolean; permissions?: string; user?: string } = {}) {
    const id = String(1500000000000000000n + BigInt(++n));
    const user = { id: member.user ?? '1400000000000000001', username: 'reader' };
    const raw = {
      id,
      application_id: '1100000000000000001',
      type,
      token: `token-${id}`,
      version: 1,
      data,
      ...(member.guild === false ? { user } : { guild_id: GUILD, member: { user, permissions: member.permissions ?? '0', roles: [] } }),
      channel: { id: '1300000000000000001', type: 0 },
    } as unknown as APIInteraction;
    const first: APIInteractionResponse[] = [];
    const later: { method: string; body: unknown }[] = [];
    const rest = {
      patch: async (_route: string, { body }: { body: unknown }) => void later.push({ method: 'PATCH', body }),
      post: async (_route: string, { body }: { body: unknown }) => void later.push({ method: 'POST', body }),
    } as unknown as REST;
    const interaction = fromPayload(raw, async (r) => void first.push(r), rest)!;
    await dispatch(interaction, context);
    return { id, first: first[0] as { type: number; data: Record<string, any> }, later };
  }
  const slash = (name: string, options: { name: string; type: number; value: unknown; focused?: boolean }[] = [], member?: Parameters<typeof send>[2]) =>
    send(InteractionType.ApplicationCommand, { name, type: 1, options }, member);
  const autocomplete = (name: string, option: string, value: string) =>
    send(InteractionType.ApplicationCommandAutocomplete, { name, type: 1, options: [{ name: option, type: 3, value, focused: true }] });
  const button = (customId: string) => send(InteractionType.MessageComponent, { custom_id: customId, component_type: 2 });
  const modal = (customId: string, question: string) =>
    send(InteractionType.ModalSubmit, { custom_id: customId, components: [{ type: 1, components: [{ type: 4, custom_id: 'question', value: question }] }] });
  return { context, lines, slash, autocomplete, button, modal };
}

const privately = (r: { first: { data: Record<string, any> } }) => [r.first.data.content, (r.first.data.flags ?? 0) & EPHEMERAL];

describe('an article with a 200-character file name', () => {
  it('is offered by /summary and /faq with short values, and its card, button and form all work', async () => {
    const h = harness();
    const articles = (await h.autocomplete('summary', 'article', 'volunteers riverbank')).first.data.choices as { name: string; value: string }[];
    const choice = articles.find((c) => c.name === LONG_TITLE)!;
    expect(choice.value.length).toBeLessThanOrEqual(100);

    const card = (await h.slash('summary', [{ name: 'article', type: 3, value: choice.value }])).first.data;
    expect(card.embeds[0].title).toBe(LONG_TITLE);
    const askButton = card.components[0].components[0] as { label: string; custom_id: string };
    expect(askButton.label).toBe('Ask about this article');
    expect(askButton.custom_id.length).toBeLessThanOrEqual(100);

    const form = (await h.button(askButton.custom_id)).first;
    expect(form.type).toBe(9);
    expect(form.data.custom_id).toBe(askButton.custom_id);
    const answer = (await h.modal(form.data.custom_id, 'How do I join the next clean-up?')).first.data;
    expect(answer.embeds[0].description).toContain('council website');

    const questions = (await h.autocomplete('faq', 'question', 'join the clean-up')).first.data.choices as { name: string; value: string }[];
    const entry = questions.find((c) => c.name === 'How can I join the next clean-up?')!;
    expect(entry.value.length).toBeLessThanOrEqual(100);
    const picked = (await h.slash('faq', [{ name: 'question', type: 3, value: entry.value }], { user: '1400000000000000002' })).first.data;
    expect(picked.embeds[0].title).toBe('How can I join the next clean-up?');
  });

  it('still answers buttons posted before keys existed, which carry the full article id', async () => {
    const h = harness();
    expect((await h.button('ask-article:library')).first.data.title).toBe('Ask about: City Library Opens Late');
  });
});

describe('needs, enforced by the dispatcher', () => {
  const channel = { name: 'channel', type: 7, value: '1300000000000000002' };

  it('refuses a server-only command in a DM, and an admin command without the permission, privately', async () => {
    const h = harness();
    expect(privately(await h.slash('subscriptions', [], { guild: false }))).toEqual(['/subscriptions works in a server only.', EPHEMERAL]);
    expect(privately(await h.slash('subscribe', [channel]))).toEqual(['/subscribe needs the Manage Server permission.', EPHEMERAL]);
    expect(privately(await h.slash('subscriptions', [], { permissions: MANAGE_GUILD }))).toEqual([
      'No channel is subscribed in this server. Use `/subscribe` to add one.',
      EPHEMERAL,
    ]);
  });

  it('applies the question cooldown to commands and buttons that declare it', async () => {
    const h = harness();
    const ask = () => h.slash('ask', [{ name: 'question', type: 3, value: 'How can I join the next clean-up?' }]);
    expect((await ask()).first.data.embeds).toHaveLength(1);
    expect((await ask()).first.data.embeds).toHaveLength(1);
    const [content, flags] = privately(await ask());
    expect(content).toMatch(/^You're asking faster than I can keep up/);
    expect(flags).toBe(EPHEMERAL);
    // The feedback buttons declare no cooldown.
    expect(privately(await h.button('fb:1:unknown'))[0]).toMatch(/^Feedback on this answer has closed/);
  });

  it('defers privately for a command that declares it, then fills the deferral in', async () => {
    const h = harness({ store: { ...memoryStore(), questionsSince: async () => [] } as unknown as Store });
    const report = await h.slash('faq-report', [], { permissions: MANAGE_GUILD });
    expect(report.first).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(report.later).toEqual([{ method: 'PATCH', body: { content: 'No questions recorded in this server in the last 30 days yet.', allowed_mentions: { parse: [] } } }]);
  });

  it("shows a member's unanswered question in /faq-report as typed: Markdown escaped, no mention", async () => {
    const asked = { id: 'q1', text: 'what is the **weather** in Paris for @everyone at <#123456789012345678>?', private: false, guildId: 'g', userHash: 'u', outcome: 'abstained', entryId: null, entryTitle: null, confidence: 0.1, helpful: 0, notHelpful: 0 };
    const h = harness({ store: { ...memoryStore(), questionsSince: async () => [{ ...asked, askedAt: Date.now() }] } as unknown as Store });
    const report = await h.slash('faq-report', [], { permissions: MANAGE_GUILD });
    const gaps = (report.later[0]!.body as { embeds: { fields: { value: string }[] }[] }).embeds[0]!.fields[1]!.value;
    expect(gaps).toContain('what is the \\*\\*weather\\*\\* in Paris');
    expect(gaps).not.toMatch(/@everyone|<#\d+>/);
  });

  it('tells a member privately that an unknown command, button or form is no longer available', async () => {
    const h = harness();
    for (const r of [await h.slash('retired-command'), await h.button('retired:1'), await h.modal('retired:1', 'anything')]) {
      expect(privately(r)).toEqual([NO_LONGER_AVAILABLE, EPHEMERAL]);
    }
    expect(h.lines.filter((l) => l.msg === 'unknown interaction')).toHaveLength(3);
  });

  it('logs an unexpected failure with the interaction id and tells the member privately', async () => {
    const h = harness({ store: { subscriptions: async () => Promise.reject(new Error('disk on fire')) } as unknown as Store });
    const r = await h.slash('subscriptions', [], { permissions: MANAGE_GUILD });
    expect(privately(r)).toEqual([SOMETHING_WENT_WRONG, EPHEMERAL]);
    const failure = h.lines.find((l) => l.msg === 'handler failed');
    expect(failure).toMatchObject({ interaction: r.id, command: 'subscriptions', err: { message: 'disk on fire' } });
  });

  it('lists every registered command in /help', async () => {
    const help = (await harness().slash('help')).first.data.embeds[0].description as string;
    for (const name of ['ask', 'faq', 'summary', 'post-summary', 'subscribe', 'unsubscribe', 'subscriptions', 'faq-report', 'help']) {
      expect(help).toContain(`**/${name}**`);
    }
    expect(help).not.toContain('Feed cannot be read');
  });

  it('lists a command of subcommands in /help as its subcommands, each with its own options', async () => {
    const help = (await harness().slash('help')).first.data.embeds[0].description as string;
    expect(help).toContain('**/feeds add** `url` · **/feeds remove** `url` · **/feeds list** — ');
    expect(help).toContain('**/autoanswer add** `channel` `threshold` · **/autoanswer remove** `channel` · **/autoanswer list** — ');
    expect(help).not.toContain('**/feeds** `add`');
  });

  it('names a failing feed and why in /help', async () => {
    const failing = [{ url: 'https://news.example/feed.xml', reason: 'HTTP 500' }];
    const feeds = { configured: [], backfill: 1, check: async () => ({ title: null, items: 0 }), changed: async () => {}, failing: async () => failing };
    const help = (await harness({ feeds }).slash('help')).first.data.embeds[0].description as string;
    expect(help).toContain('Feed cannot be read: <https://news.example/feed.xml> (HTTP 500); its new items wait until it can be read again.');
  });
});
