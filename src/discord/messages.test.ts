import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown.js';
import { parseTxt } from '../content/txt.js';
import { summaryEmbed } from './messages.js';

describe('summaryEmbed', () => {
  it('shows text from a .txt article as written, and keeps Markdown formatting from a .md one', () => {
    const txt = parseTxt('Top *excluded* picks\n\n# 1 on the list is _new_.\n\nFAQ\n\n> Is - this - kept?\n\nYes.\n', 'a.txt', 'a').article!;
    const card = summaryEmbed(txt, txt.summary!);
    expect(card.title).toBe('Top \\*excluded\\* picks');
    expect(card.description).toBe('\\# 1 on the list is \\_new\\_.');
    expect(card.fields?.find((f) => f.name.startsWith('Questions'))?.value).toBe('• \\> Is - this - kept?');
    const md = parseMarkdown('# Top *excluded* picks\n\nThe **best** ones.\n', 'b.md', 'b').article!;
    expect(summaryEmbed(md, 'The **best** ones.')).toMatchObject({ title: 'Top excluded picks', description: 'The **best** ones.' });
  });
});
