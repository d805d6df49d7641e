import type { APIEmbed } from 'discord.js';

/** Discord's embed limits, in characters (fields is a count). */
export const EMBED = { title: 256, description: 4096, fieldName: 256, fieldValue: 1024, footer: 2048, author: 256, fields: 25, total: 6000 } as const;
export const BUTTON_LABEL = 80;
export const CUSTOM_ID = 100;
export const CHOICE_NAME = 100;
export const CHOICES = 25;

/**
 * `text` cut to `max` characters: unchanged up to the cut, which ends with an ellipsis. Never splits a
 * surrogate pair (an emoji), which Discord would reject as invalid text.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** A verbatim quote as a Markdown `>` block with a closing line, fitting `max` characters. */
export function quoteBlock(quote: string, after: string, max: number): string {
  const render = (q: string) => `${q.split('\n').map((line) => `> ${line}`).join('\n')}\n${after}`;
  let budget = quote.length;
  let block = render(quote);
  // Each line adds a "> " prefix, so shrink the quote until the whole block fits.
  while (block.length > max && budget > 0) {
    budget -= block.length - max;
    block = render(cut(quote, Math.max(1, budget)));
  }
  return block.length > max ? cut(block, max) : block;
}

const size = (e: APIEmbed): number =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.author?.name.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** The embed cut to fit every Discord limit. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title) fitted.title = cut(fitted.title, EMBED.title);
  if (fitted.description) fitted.description = cut(fitted.description, EMBED.description);
  if (fitted.footer) fitted.footer = { ...fitted.footer, text: cut(fitted.footer.text, EMBED.footer) };
  if (fitted.author) fitted.author = { ...fitted.author, name: cut(fitted.author.name, EMBED.author) };
  if (fitted.fields) {
    fitted.fields = fitted.fields.slice(0, EMBED.fields).map((f) => ({ ...f, name: cut(f.name, EMBED.fieldName), value: cut(f.value, EMBED.fieldValue) }));
  }
  // Over the total, trailing fields go first (they hold lists), then the description is cut.
  while (size(fitted) > EMBED.total && fitted.fields?.length) fitted.fields = fitted.fields.slice(0, -1);
  const over = size(fitted) - EMBED.total;
  if (over > 0 && fitted.description) fitted.description = cut(fitted.description, Math.max(1, fitted.description.length - over));
  return fitted;
}
