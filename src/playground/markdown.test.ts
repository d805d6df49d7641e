import { describe, expect, it } from 'vitest';
import { discordMarkdown, escapeHtml } from './markdown.js';

describe('discordMarkdown', () => {
  it('escapes HTML before formatting, so article or member text cannot inject markup', () => {
    expect(discordMarkdown('<img src=x onerror=alert(1)> **bold**')).toBe('&lt;img src=x onerror=alert(1)&gt; <strong>bold</strong>');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });

  it('renders the Source field: a quote block, then the citation line', () => {
    const html = discordMarkdown('> Mythos is the model.\n> Second line.\n— Title · ¶3 · 2026-06-05');
    expect(html).toBe('<blockquote>Mythos is the model.<br>Second line.</blockquote>— Title · ¶3 · 2026-06-05');
  });

  it('keeps backslash-escaped Markdown literal, as escapeMarkdown writes it', () => {
    expect(discordMarkdown('**Q:** what is \\*not\\* bold\\_here')).toBe('<strong>Q:</strong> what is *not* bold_here');
  });

  it('formats italics, underline, strike-through, spoilers, code and lists', () => {
    expect(discordMarkdown('*a* __b__ ~~c~~ ||d|| `**e**`')).toBe(
      '<em>a</em> <u>b</u> <s>c</s> <span class="spoiler" tabindex="0">d</span> <code>**e**</code>',
    );
    expect(discordMarkdown('one\n- x\n- y')).toBe('one<ul><li>x</li><li>y</li></ul>');
    expect(discordMarkdown('```\n<b>\n```')).toBe('<pre><code>&lt;b&gt;</code></pre>');
  });

  it('links only http(s) URLs, masked or bare', () => {
    expect(discordMarkdown('[site](https://example.org/a_b_c)')).toBe('<a href="https://example.org/a_b_c" rel="noreferrer noopener" target="_blank">site</a>');
    expect(discordMarkdown('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
    expect(discordMarkdown('see https://example.org.')).toContain('>https://example.org</a>.');
  });

  it('shows timestamps and mentions without resolving or pinging anyone', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(discordMarkdown(`<t:${now / 1000 - 180}:R>`, now)).toContain('3 minutes ago');
    expect(discordMarkdown('<@123456> @everyone')).toBe('<span class="mention">@user-3456</span> @everyone');
  });
});
