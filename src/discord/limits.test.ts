import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ButtonStyle, ComponentType } from 'discord.js';
import { EMBED, fitChoices, fitModal, fitReply, quoteBlock } from './limits.js';

const total = (e: APIEmbed) =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

describe('embed limits', () => {
  it('keeps a long quote verbatim up to the cut inside a > block that fits', () => {
    const quote = 'word '.repeat(400).trim();
    const block = quoteBlock(quote, '— Source · ¶3', EMBED.fieldValue);
    expect(block.length).toBeLessThanOrEqual(EMBED.fieldValue);
    const body = block.split('\n')[0]!.slice(2);
    expect(body.endsWith('…')).toBe(true);
    expect(quote.startsWith(body.slice(0, -1))).toBe(true);
    expect(block.endsWith('\n— Source · ¶3')).toBe(true);
  });

  it('prefixes every line of a multi-line quote', () => {
    expect(quoteBlock('one\ntwo', 'end', 100)).toBe('> one\n> two\nend');
  });

  it('fits every part and the 6000-character total', () => {
    const huge: APIEmbed = {
      title: 't'.repeat(300),
      description: 'd'.repeat(5000),
      footer: { text: 'f'.repeat(3000) },
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `n${i}`.repeat(200), value: 'v'.repeat(2000) })),
    };
    const fitted = fitReply({ embeds: [huge] }).embeds![0]!;
    expect(fitted.title!.length).toBe(EMBED.title);
    expect(fitted.fields!.length).toBeLessThanOrEqual(EMBED.fields);
    for (const f of fitted.fields!) expect(f.value.length).toBeLessThanOrEqual(EMBED.fieldValue);
    expect(total(fitted)).toBeLessThanOrEqual(EMBED.total);
    // Title, footer and a full description alone exceed 6000: the list fields go, then the description is cut.
    expect(fitted.fields).toEqual([]);
    expect(fitted.description!.endsWith('…')).toBe(true);
  });

  it('cuts message text, button labels, choice names and modal titles', () => {
    const button = { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'l'.repeat(200), custom_id: 'alt:x' } as const;
    const fitted = fitReply({ content: 'c'.repeat(2500), components: [{ type: ComponentType.ActionRow, components: [button] }] });
    expect(fitted.content!.length).toBe(2000);
    expect((fitted.components![0]!.components[0] as { label: string }).label.length).toBe(80);
    const choices = fitChoices(Array.from({ length: 30 }, (_, i) => ({ name: `${i} ${'n'.repeat(150)}`, value: `k${i}` })));
    expect(choices).toHaveLength(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(fitModal({ custom_id: 'ask-article:k', title: 't'.repeat(60), components: [] }).title.length).toBe(45);
  });

  it('refuses a custom id or choice value over 100 characters instead of sending what Discord rejects', () => {
    const long = 'x'.repeat(101);
    const button = { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'ok', custom_id: long } as const;
    expect(() => fitReply({ components: [{ type: ComponentType.ActionRow, components: [button] }] })).toThrow(/custom id is 101 characters/);
    expect(() => fitChoices([{ name: 'ok', value: long }])).toThrow(/choice value is 101 characters/);
    expect(() => fitModal({ custom_id: long, title: 'ok', components: [] })).toThrow(/custom id is 101 characters/);
  });
});
