/**
 * The bot's own words in the member's language, end to end: the real bot (src/bin/bot.ts) in a server
 * whose preferred locale is German, members whose Discord clients speak German, French, Spanish,
 * Japanese, Korean, Polish, Italian, Indonesian or Hungarian, and deploy-commands registering every command's localizations.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleKey } from '../../src/discord/keys.js';
import { PROCESS_TEST_MS, runScript } from '../run-script.js';
import { startBot, TOKEN } from './bot-process.js';
import { tempDir } from '../temp-dir.js';
import { DiscordEmulator, type RecordedRequest } from './emulator.js';
import type { RunningScript } from '../run-script.js';

const GUILD = '1200000000000000001';
const CHANNEL = '1300000000000000001';
const FORUM = '1300000000000000002';
const SOLVED_TAG = '1600000000000000001';
const ASKER = '1400000000000000099';
const SEED = 'anthropic-nsa-offensive-ai-global-pause';
const EPHEMERAL = 1 << 6;

/** A German article, as a German site publishes it (`<html lang="de">`). */
const GERMAN_PAGE = `<!doctype html>
<html lang="de">
<head>
  <title>Neue Fußgängerbrücke über den Mühlbach eröffnet | Stadtanzeiger</title>
  <meta property="og:site_name" content="Stadtanzeiger">
  <meta property="article:published_time" content="2026-06-05T09:00:00+02:00">
</head>
<body>
  <article>
    <h1>Neue Fußgängerbrücke über den Mühlbach eröffnet</h1>
    <p>Die neue Brücke verbindet den Bahnhof in vier Minuten mit der Altstadt. Radfahrer dürfen sie im Schritttempo benutzen.</p>
    <p>Die Stadt hat 2,4 Millionen Euro in den Bau investiert, der nach vierzehn Monaten abgeschlossen wurde.</p>
  </article>
</body>
</html>
`;

const emu = new DiscordEmulator({
  guilds: [{ id: GUILD, name: 'Leser', locale: 'de', channels: [{ id: CHANNEL, name: 'fragen' }, { id: FORUM, name: 'forum', type: 15, availableTags: [{ id: SOLVED_TAG, name: '✅ Gelöst' }] }] }],
  token: TOKEN,
});
let bot: RunningScript;

type Button = { custom_id: string; label: string };
type Data = {
  content?: string;
  title?: string;
  embeds?: { title?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[];
  components?: { components: (Button & { label?: string; placeholder?: string })[] }[];
  flags?: number;
};
const dataOf = (req: RecordedRequest) => (req.body as { type: number; data: Data }).data;
const labels = (data: Data) => (data.components ?? []).flatMap((row) => row.components.map((c) => c.label));
const fieldNames = (data: Data) => (data.embeds?.[0]?.fields ?? []).map((f) => f.name);
/** Each test is another member, so the question cooldown never counts one test's questions against another's. */
let members = 0;
const member = (locale: string, extra: { permissions?: string } = {}) => ({ guildId: GUILD, channelId: CHANNEL, userId: String(1400000000000000100n + BigInt(++members)), locale, ...extra });

beforeAll(async () => {
  const content = tempDir('faq-bot-i18n-content-');
  copyFileSync(path.resolve('content', `${SEED}.txt`), path.join(content, `${SEED}.txt`));
  writeFileSync(path.join(content, 'muehlbach-bruecke.html'), GERMAN_PAGE);
  await emu.start();
  bot = await startBot(emu, { CONTENT_DIR: content, AUTO_ANSWER_CHANNEL_IDS: FORUM });
}, PROCESS_TEST_MS);

afterAll(async () => {
  await bot?.stop();
  await emu.stop();
}, PROCESS_TEST_MS);

describe("the bot's words in the member's language", { timeout: PROCESS_TEST_MS }, () => {
  it('answers a member with locale de with German labels and buttons, and thanks them in German', async () => {
    const de = member('de');
    const data = dataOf(await emu.slash('ask', { question: 'What is Mythos?' }, de).callback());
    expect(data.content).toBe('**F:** What is Mythos?');
    expect(fieldNames(data)).toEqual(['Quelle']);
    expect(data.embeds![0]!.footer!.text).toMatch(/^Konfidenz \d+ %$/);
    expect(labels(data)).toEqual(['Hilfreich', 'Nicht hilfreich']);
    const helpful = data.components!.at(-1)!.components[0]!.custom_id;
    const thanks = dataOf(await emu.button(helpful, de).callback());
    expect(thanks.content).toBe('Danke – schön, dass es geholfen hat! 👍');
  });

  it('answers a member with locale ko with Korean labels and buttons', async () => {
    const data = dataOf(await emu.slash('ask', { question: 'What is Mythos?' }, member('ko')).callback());
    expect([data.content, fieldNames(data), labels(data)]).toEqual(['**질문:** What is Mythos?', ['출처'], ['도움 됨', '도움 안 됨']]);
  });

  it('answers members with locale pl, it or id with Polish, Italian or Indonesian labels and buttons', async () => {
    const expected: Record<string, [string, string[], string[]]> = {
      pl: ['**P:** What is Mythos?', ['Źródło'], ['Pomocne', 'Niepomocne']],
      it: ['**D:** What is Mythos?', ['Fonte'], ['Utile', 'Non utile']],
      id: ['**T:** What is Mythos?', ['Sumber'], ['Membantu', 'Tidak membantu']],
    };
    for (const [locale, [content, fields, buttons]] of Object.entries(expected)) {
      const data = dataOf(await emu.slash('ask', { question: 'What is Mythos?' }, member(locale)).callback());
      expect([locale, data.content, fieldNames(data), labels(data)]).toEqual([locale, content, fields, buttons]);
    }
  });

  it('answers a member whose language has no catalogue in English, whatever the server speaks (every Discord client language has one: en-GB, and languages Discord may add)', async () => {
    for (const locale of ['en-GB', 'et']) {
      const data = dataOf(await emu.slash('ask', { question: 'What is Mythos?' }, member(locale)).callback());
      expect([locale, data.content, fieldNames(data), labels(data)]).toEqual([locale, '**Q:** What is Mythos?', ['Source'], ['Helpful', 'Not helpful']]);
    }
  });

  it('answers a zh-TW member in Traditional Chinese, a zh-CN one in Simplified', async () => {
    const taiwan = dataOf(await emu.slash('ask', { question: 'What is Mythos?' }, member('zh-TW')).callback());
    expect([taiwan.content, fieldNames(taiwan), labels(taiwan)]).toEqual(['**問：** What is Mythos?', ['來源'], ['有幫助', '沒有幫助']]);
    const mainland = dataOf(await emu.slash('ask', { question: 'What is Mythos?' }, member('zh-CN')).callback());
    expect([mainland.content, fieldNames(mainland), labels(mainland)]).toEqual(['**问：** What is Mythos?', ['来源'], ['有帮助', '没有帮助']]);
  });

  it('says it found nothing in French, and offers "Did you mean" in French', async () => {
    const data = dataOf(await emu.slash('ask', { question: 'Where can I try the new model?' }, member('fr')).callback());
    expect(data.content).toMatch(/^Je n’ai pas trouvé cela dans nos articles : « Where can I try the new model\? »\./);
    expect(labels(data).length).toBeGreaterThan(0);
    for (const label of labels(data)) expect(label).toMatch(/^Vouliez-vous dire : /);
  });

  it('lists the commands in /help under their Japanese names', async () => {
    const data = dataOf(await emu.slash('help', {}, member('ja')).callback());
    const help = data.embeds![0]!;
    expect(help.title).toBe('できること');
    expect((help as { description?: string }).description).toContain('**/質問** `質問内容` `非公開` — 記事について質問する。');
    expect((help as { description?: string }).description).toContain('**FAQから回答**（メッセージを右クリック > アプリ）');
  });

  it('refuses in the member’s language, naming the command and the permission as their Discord does', async () => {
    const data = dataOf(await emu.slash('post-summary', { article: SEED, channel: { channel: CHANNEL } }, member('fr', { permissions: '0' })).callback());
    expect(data.content).toBe('/publier-résumé nécessite la permission « Gérer le serveur ».');
    expect(data.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });

  it("labels a summary card in the article's language, and the form it opens in the member's", async () => {
    const german = dataOf(await emu.slash('summary', { article: articleKey('muehlbach-bruecke') }, member('en-US')).callback());
    expect(german.embeds![0]!.title).toBe('Neue Fußgängerbrücke über den Mühlbach eröffnet');
    expect(fieldNames(german)).toEqual(['Veröffentlicht', 'Quelle']);
    expect(labels(german)).toEqual(['Frage zu diesem Artikel stellen']);
    const english = dataOf(await emu.slash('summary', { article: articleKey(SEED) }, member('de')).callback());
    expect(fieldNames(english)).toEqual(['Source', 'Questions this article answers']);

    const form = await emu.button(german.components![0]!.components[0]!.custom_id, member('es')).callback();
    const modal = dataOf(form);
    expect((form.body as { type: number }).type).toBe(9);
    expect(modal.title).toBe('Preguntar sobre: Neue Fußgängerbrücke über den Mühlbach eröffnet'.slice(0, 44) + '…');
    expect(modal.components![0]!.components[0]).toMatchObject({ label: 'Tu pregunta', placeholder: '¿Qué te gustaría saber sobre este artículo?' });
  });

  it("answers a forum post in the server's preferred language (no member chose one), and Solved applies the forum's tag of that name", async () => {
    const { thread } = emu.createForumPost(FORUM, { title: 'What is Mythos?', content: '', author: { id: ASKER } });
    const threadId = String(thread.id);
    const answer = await emu.waitFor((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages` && r.status === 200, 15_000);
    const body = answer.body as Data;
    expect(body.content).toBe('**F:** What is Mythos?');
    expect(fieldNames(body)).toEqual(['Quelle']);
    expect(labels(body)).toEqual(['Hilfreich', 'Nicht hilfreich', 'Gelöst']);

    const solved = body.components!.at(-1)!.components[0]!.custom_id;
    const reply = dataOf(await emu.button(solved, { guildId: GUILD, channelId: threadId, userId: ASKER, locale: 'fr' }).callback());
    // The member reads their own language; the tag is the forum's, named in the server's.
    expect(reply.content).toBe('Marqué comme résolu ✅ — merci ! La publication porte maintenant le tag « ✅ Gelöst ».');
    expect(emu.thread(threadId)?.applied_tags).toEqual([SOLVED_TAG]);
  });

  it('deploys every command with its name and description in each catalogue’s Discord locales', async () => {
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emu.restBase, DISCORD_CLIENT_ID: emu.applicationId, DISCORD_GUILD_ID: GUILD };
    const deploy = runScript('src/bin/deploy-commands.ts', env);
    expect(await deploy.exited).toBe(0);
    // What the emulator registered, as Discord would return it to the client.
    const response = await fetch(`${emu.restBase}/v10/applications/${emu.applicationId}/guilds/${GUILD}/commands`, { headers: { authorization: `Bot ${TOKEN}` } });
    type Registered = { name: string; name_localizations?: Record<string, string>; description_localizations?: Record<string, string>; options?: Registered[] };
    const registered = (await response.json()) as Registered[];
    const ask = registered.find((c) => c.name === 'ask')!;
    expect(ask.name_localizations).toEqual({ de: 'fragen', 'es-ES': 'preguntar', 'es-419': 'preguntar', fr: 'demander', 'pt-BR': 'perguntar', ru: 'спросить', 'zh-CN': '提问', 'zh-TW': '提問', ja: '質問', ko: '질문', pl: 'zapytaj', it: 'chiedi', id: 'tanya', nl: 'vraag', tr: 'sor', vi: 'hỏi', th: 'ถาม', hi: 'पूछें', uk: 'запитати', el: 'ρώτα', ro: 'întreabă', cs: 'dotaz', 'sv-SE': 'fråga', hu: 'kérdezz', da: 'spørg', fi: 'kysy', no: 'spør', bg: 'питай', hr: 'pitaj', lt: 'klausti' });
    expect(ask.description_localizations).toMatchObject({ de: 'Stell eine Frage zu unseren Artikeln', ja: '記事について質問する' });
    expect(ask.options!.map((o) => o.name_localizations!.de)).toEqual(['frage', 'privat']);
    const add = registered.find((c) => c.name === 'autoanswer')!.options!.find((o) => o.name === 'add')!;
    expect([add.name_localizations!.fr, add.options!.map((o) => o.name_localizations!['pt-BR'])]).toEqual(['ajouter', ['canal', 'limite']]);
    expect(add.options![1]!.description_localizations!.de).toBe('Nötige Konfidenz für eine Antwort, 0.1 bis 1 (Standard 0.6)');
    expect(registered.find((c) => c.name === 'Answer from FAQ')!.name_localizations).toMatchObject({ de: 'Aus FAQ beantworten', 'zh-CN': '用常见问题回答' });
    // Every command and option has a name in each of those locales.
    const all = (list: Registered[]): Registered[] => list.flatMap((c) => [c, ...all(c.options ?? [])]);
    for (const c of all(registered)) expect([c.name, Object.keys(c.name_localizations ?? {}).length]).toEqual([c.name, 30]);
  });
});
