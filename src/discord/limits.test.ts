import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { cut, EMBED, fitEmbed, quoteBlock } from './limits.js';

const total = (e: APIEmbed) =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

describe('embed limits', () => {
  it('cuts text verbatim up to the cut and marks it', () => {
    expect(cut('abcdef', 10)).toBe('abcdef');
    expect(cut('abcdef', 4)).toBe('abc…');
  });

  it('never splits an emoji in two', () => {
    const cutText = cut('ab😀cd', 4);
    expect(cutText).toBe('ab…');
    expect(cutText.length).toBeLessThanOrEqual(4);
  });

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
    const fitted = fitEmbed(huge);
    expect(fitted.title!.length).toBe(EMBED.title);
    expect(fitted.fields!.length).toBeLessThanOrEqual(EMBED.fields);
    for (const f of fitted.fields!) expect(f.value.length).toBeLessThanOrEqual(EMBED.fieldValue);
    expect(total(fitted)).toBeLessThanOrEqual(EMBED.total);
    // Title, footer and a full description alone exceed 6000: the list fields go, then the description is cut.
    expect(fitted.fields).toEqual([]);
    expect(fitted.description!.endsWith('…')).toBe(true);
  });
});
