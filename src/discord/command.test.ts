import { ApplicationCommandType, PermissionFlagsBits } from 'discord.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineCommand, defineMessageCommand, discordLocalizations, type OptionValues } from './command.js';
import { english, translatorFor } from '../i18n/index.js';
import { commands } from './commands/index.js';
import type { BotContext } from './context.js';
import type { ChannelRef, Interaction, TargetMessage } from './interaction.js';

const options = {
  question: { type: 'string', required: true },
  private: { type: 'boolean' },
  channel: { type: 'channel', required: true },
} as const;

describe('defineCommand', () => {
  it('types each option from the definition: required ones are never null, a misspelt name fails tsc', () => {
    expectTypeOf<OptionValues<typeof options>>().toEqualTypeOf<{ readonly question: string; readonly private: boolean | null; readonly channel: ChannelRef }>();
    // Words come from the catalogue's commands.<name>, so these examples reuse the real commands' names.
    defineCommand({
      name: 'ask',
      options: { question: { type: 'string', required: true } },
      async execute(_interaction, _context, values) {
        expectTypeOf(values.question).toEqualTypeOf<string>();
        // @ts-expect-error: no option is named "questoin"; tsc (npm run typecheck) fails if this compiles.
        void values.questoin;
      },
    });
  });

  it('registers default_member_permissions and server-only contexts from the declared permission', () => {
    const admin = defineCommand({ name: 'help', needs: { permission: 'ManageGuild' }, execute: async () => {} }).toJSON();
    expect(admin.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(admin.contexts).toEqual([0]);
    const open = defineCommand({ name: 'help', execute: async () => {} }).toJSON();
    expect(open.default_member_permissions).toBeUndefined();
    expect(open.contexts).toEqual([0, 1]);
  });

  it('gives every admin command default_member_permissions = Manage Server', () => {
    const admin = [...commands.values()].filter((c) => c.needs.permission && c.type === 'slash').map((c) => [c.name, c.toJSON().default_member_permissions]);
    expect(admin).toEqual(['post-summary', 'subscribe', 'unsubscribe', 'subscriptions', 'feeds', 'faq-report', 'faq-learn', 'autoanswer'].map((name) => [name, String(PermissionFlagsBits.ManageGuild)]));
  });

  it('registers "Answer from FAQ" as a message command for Manage Messages, in servers only', () => {
    expect(commands.get('Answer from FAQ')?.toJSON()).toMatchObject({
      name: 'Answer from FAQ',
      type: ApplicationCommandType.Message,
      default_member_permissions: String(PermissionFlagsBits.ManageMessages),
      contexts: [0],
    });
    expect(commands.get('Answer from FAQ')?.toJSON()).not.toHaveProperty('description');
  });

  it('hands a message command the message Discord resolved, and refuses to run without it', async () => {
    const seen: TargetMessage[] = [];
    const command = defineMessageCommand({ name: 'Answer from FAQ', execute: async (_i, _c, message) => void seen.push(message) });
    const target = { id: '9', channelId: '8', content: 'hi', authorId: '7' };
    await command.execute({ targetMessage: target } as Interaction, {} as BotContext);
    expect(seen).toEqual([target]);
    await expect(command.execute({ targetMessage: null } as Interaction, {} as BotContext)).rejects.toThrow(/without its target message/);
  });
});

describe('command words from the catalogue', () => {
  it('refuses a command, subcommand or option the catalogue does not name, or names otherwise in English', () => {
    expect(() => defineCommand({ name: 'no-such-command', execute: async () => {} })).toThrow(/catalogue has no commands\.no-such-command\.name/);
    expect(() => defineCommand({ name: 'ask', options: { questoin: { type: 'string' } }, execute: async () => {} })).toThrow(/commands\.ask\.options\.questoin\.name/);
    expect(() => defineMessageCommand({ name: 'Answer From FAQ', execute: async () => {} })).toThrow(/is "Answer from FAQ" in English, not "Answer From FAQ"/);
  });

  it("names a command in the member's language for refusals and /help, and in English by default", () => {
    const ask = commands.get('ask')!;
    const menu = commands.get('Answer from FAQ')!;
    expect([ask.label(english), ask.optionNames(english), menu.label(english)]).toEqual(['/ask', ['question', 'private'], '“Answer from FAQ”']);
    const de = translatorFor('de');
    expect([ask.label(de), ask.localName(de), ask.optionNames(de), ask.description(de)]).toEqual(['/fragen', 'fragen', ['frage', 'privat'], 'Stell eine Frage zu unseren Artikeln']);
    expect([menu.label(de), menu.localName(de)]).toEqual(['„Aus FAQ beantworten“', 'Aus FAQ beantworten']);
    const autoanswer = commands.get('autoanswer')!;
    expect(autoanswer.optionNames(english)).toEqual([]);
    expect(autoanswer.subcommandNames(translatorFor('ja')).map((s) => s.name)).toEqual(['追加', '削除', '一覧']);
    expect(autoanswer.subcommandNames(english)).toEqual([
      { name: 'add', options: ['channel', 'threshold'] },
      { name: 'remove', options: ['channel'] },
      { name: 'list', options: [] },
    ]);
    expect(ask.subcommandNames(english)).toEqual([]);
  });
  it("maps each Discord locale to its catalogue's text", () => {
    expect(discordLocalizations('commands.help.description')).toEqual({
      de: 'Was dieser Bot kann und was er weiß',
      'es-ES': 'Qué hace este bot y qué sabe',
      'es-419': 'Qué hace este bot y qué sabe',
      fr: 'Ce que fait ce bot et ce qu’il sait',
      'pt-BR': 'O que este bot faz e o que ele sabe',
      ru: 'Что умеет этот бот и что он знает',
      'zh-CN': '这个机器人能做什么、知道什么',
      'zh-TW': '這個機器人能做什麼、知道什麼',
      ja: 'このボットができることと知っていること',
      ko: '이 봇이 할 수 있는 일과 알고 있는 내용',
      pl: 'Co robi ten bot i co wie',
      it: 'Cosa fa questo bot e cosa sa',
      id: 'Apa yang bisa dilakukan bot ini dan apa yang diketahuinya',
      nl: 'Wat deze bot doet en wat hij weet',
      tr: 'Bu bot ne yapar ve neler bilir',
      vi: 'Bot này làm gì và biết những gì',
      th: 'บอทนี้ทำอะไรได้และรู้อะไรบ้าง',
      hi: 'यह बॉट क्या करता है और क्या जानता है',
      uk: 'Що вміє цей бот і що він знає',
      el: 'Τι κάνει αυτό το bot και τι ξέρει',
      ro: 'Ce face acest bot și ce știe',
      cs: 'Co tenhle bot umí a co ví',
      'sv-SE': 'Vad den här boten gör och vad den kan',
      hu: 'Mit csinál ez a bot, és mit tud',
      da: 'Hvad denne bot gør, og hvad den ved',
      fi: 'Mitä tämä botti tekee ja mitä se tietää',
      no: 'Hva denne boten gjør, og hva den vet',
      bg: 'Какво прави този бот и какво знае',
      hr: 'Što ovaj bot radi i što zna',
      lt: 'Ką šis botas daro ir ką jis žino',
    });
  });
});
