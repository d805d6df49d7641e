/**
 * Discord's flavour of Markdown as HTML, for the playground page: what members see, not CommonMark.
 * Covers what the bot and articles produce: code blocks and inline code, `>` quotes, `#` headings,
 * `-`/`*` lists, bold, italic, underline, strike-through, spoilers, masked and bare links, backslash
 * escapes, `<t:…>` timestamps and mentions (shown, never resolved). Everything else is text, escaped.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (or an attribute value) safe to place in HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** Characters a backslash makes literal, as discord.js's escapeMarkdown writes them. */
const ESCAPABLE = /\\([\\`*_~|>#\-[\]()!.:])/g;
const TIMESTAMP_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  t: { timeStyle: 'short' },
  T: { timeStyle: 'medium' },
  d: { dateStyle: 'short' },
  D: { dateStyle: 'long' },
  f: { dateStyle: 'long', timeStyle: 'short' },
  F: { dateStyle: 'full', timeStyle: 'short' },
};

/** `<t:seconds:R>` as Discord words it ("3 minutes ago"), relative to `now`. */
function relative(ms: number, now: number): string {
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 86_400_000],
    ['month', 30 * 86_400_000],
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
  ];
  const diff = ms - now;
  const [unit, size] = units.find(([, size]) => Math.abs(diff) >= size) ?? ['second', 1000];
  return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(Math.round(diff / size), unit);
}

function timestamp(seconds: string, style: string | undefined, now: number): string {
  const ms = Number(seconds) * 1000;
  const text = style === 'R' ? relative(ms, now) : new Intl.DateTimeFormat('en-GB', TIMESTAMP_STYLES[style ?? 'f'] ?? TIMESTAMP_STYLES.f).format(ms);
  return `<time datetime="${new Date(ms).toISOString()}">${escapeHtml(text)}</time>`;
}

/** Inline formatting of one line that is already HTML-escaped; `hold` parks finished HTML out of later rules' reach. */
function inline(text: string, hold: (html: string) => string, now: number): string {
  return (
    text
      // Masked links, then bare ones: http(s) only, never javascript: or data:.
      .replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, (_, label: string, url: string) => hold(`<a href="${url}" rel="noreferrer noopener" target="_blank">${label}</a>`))
      .replace(/https?:\/\/[^\s<]+[^\s<.,:;"')\]]/g, (url) => hold(`<a href="${url}" rel="noreferrer noopener" target="_blank">${url}</a>`))
      .replace(/&lt;t:(-?\d{1,13})(?::([tTdDfFR]))?&gt;/g, (_, s: string, style: string | undefined) => hold(timestamp(s, style, now)))
      .replace(/&lt;(@[!&]?|#)(\d+)&gt;/g, (_, kind: string, id: string) => hold(`<span class="mention">${kind === '#' ? '#' : '@'}${kind === '@&' ? 'role' : kind === '#' ? 'channel' : 'user'}-${id.slice(-4)}</span>`))
      .replace(/\*\*\*(.+?)\*\*\*/g, '<strong><em>$1</em></strong>')
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/__(.+?)__/g, '<u>$1</u>')
      .replace(/\*(?!\s)(.+?)\*/g, '<em>$1</em>')
      .replace(/(^|[^\w])_(?!\s)(.+?)_(?!\w)/g, '$1<em>$2</em>')
      .replace(/~~(.+?)~~/g, '<s>$1</s>')
      .replace(/\|\|(.+?)\|\|/g, '<span class="spoiler" tabindex="0">$1</span>')
  );
}

/** Renders `source` (a message's content, an embed's description or field value) as HTML. */
export function discordMarkdown(source: string, now = Date.now()): string {
  const parked: string[] = [];
  // NUL never occurs in text Discord accepts, so it can delimit placeholders.
  const hold = (html: string) => `\u0000${parked.push(html) - 1}\u0000`;
  let text = source.replace(/\u0000/g, '');
  text = text.replace(/```(?:([\w+-]+)\n)?([\s\S]*?)```/g, (_, _lang, code: string) => hold(`<pre><code>${escapeHtml(code.replace(/^\n|\n$/g, ''))}</code></pre>`));
  text = text.replace(/`([^`\n]+)`/g, (_, code: string) => hold(`<code>${escapeHtml(code)}</code>`));
  text = text.replace(ESCAPABLE, (_, c: string) => hold(escapeHtml(c)));
  text = escapeHtml(text);

  // Blocks stand alone; consecutive lines of text are joined by line breaks, as Discord keeps them.
  const out: { block: boolean; html: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const rest = /^&gt;&gt;&gt; ([\s\S]*)/.exec(line);
    if (rest) {
      out.push({ block: true, html: `<blockquote>${lines.slice(i).join('\n').slice('&gt;&gt;&gt; '.length).split('\n').map((l) => inline(l, hold, now)).join('<br>')}</blockquote>` });
      break;
    }
    if (/^&gt; ?/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^&gt; ?/.test(lines[i]!)) quoted.push(inline(lines[i++]!.replace(/^&gt; ?/, ''), hold, now));
      i--;
      out.push({ block: true, html: `<blockquote>${quoted.join('<br>')}</blockquote>` });
      continue;
    }
    const heading = /^(#{1,3}) (.+)/.exec(line);
    if (heading) {
      out.push({ block: true, html: `<strong class="h${heading[1]!.length}">${inline(heading[2]!, hold, now)}</strong>` });
      continue;
    }
    if (/^[-*] /.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^[-*] /.test(lines[i]!)) items.push(`<li>${inline(lines[i++]!.slice(2), hold, now)}</li>`);
      i--;
      out.push({ block: true, html: `<ul>${items.join('')}</ul>` });
      continue;
    }
    out.push({ block: false, html: inline(line, hold, now) });
  }
  // A parked piece may itself hold parked pieces (a link inside a quote): restore until none are left.
  let html = out.map((part, i) => (!part.block && out[i - 1]?.block === false ? `<br>${part.html}` : part.html)).join('');
  while (html.includes('\u0000')) html = html.replace(/\u0000(\d+)\u0000/g, (_, n: string) => parked[Number(n)] ?? '');
  return html;
}
