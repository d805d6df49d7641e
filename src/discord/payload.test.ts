import { ApplicationCommandOptionType, ApplicationCommandType, InteractionType, type APIInteraction, type REST } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { fromPayload } from './payload.js';

const parse = (data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  fromPayload(
    { id: '1', application_id: '2', type: InteractionType.ApplicationCommand, token: 't', version: 1, guild_id: '3', data, ...extra } as unknown as APIInteraction,
    async () => {},
    {} as REST,
  )!;

describe('fromPayload', () => {
  it("reads a subcommand's name and its own options", () => {
    const interaction = parse({
      name: 'autoanswer',
      type: ApplicationCommandType.ChatInput,
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: 'add',
          options: [
            { type: ApplicationCommandOptionType.Channel, name: 'channel', value: '10' },
            { type: ApplicationCommandOptionType.Number, name: 'threshold', value: 0.8 },
          ],
        },
      ],
      resolved: { channels: { '10': { id: '10', type: 15 } } },
    });
    expect(interaction.command).toBe('autoanswer');
    expect(interaction.subcommand).toBe('add');
    expect(interaction.option('channel')).toEqual({ id: '10', type: 15 });
    expect(interaction.option('threshold')).toBe(0.8);
    expect(interaction.targetMessage).toBeNull();
  });

  it("resolves a message command's target message", () => {
    const message = (id: string, extra: Record<string, unknown>) => ({ id, channel_id: '20', content: 'What is Mythos?', author: { id: '30' }, ...extra });
    const target = (id: string, extra: Record<string, unknown> = {}) =>
      parse({ name: 'Answer from FAQ', type: ApplicationCommandType.Message, target_id: id, resolved: { messages: { [id]: message(id, extra) } } }).targetMessage;
    expect(target('40')).toEqual({ id: '40', channelId: '20', content: 'What is Mythos?', authorId: '30' });
    expect(target('41', { content: undefined })?.content).toBe('');
    expect(parse({ name: 'Answer from FAQ', type: ApplicationCommandType.Message, target_id: '43' }).targetMessage).toBeNull();
  });

  it("speaks the member's locale, keeps the server's, and falls back to English without either", () => {
    const german = parse({ name: 'help' }, { locale: 'de', guild_locale: 'pt-BR' });
    expect([german.locale, german.guildLocale, german.t('answer.source')]).toEqual(['de', 'pt-BR', 'Quelle']);
    const bare = parse({ name: 'help' });
    expect([bare.locale, bare.guildLocale, bare.t('answer.source')]).toEqual([null, null, 'Source']);
    expect(parse({ name: 'help' }, { locale: 'et' }).t('answer.source')).toBe('Source');
  });
});
