import { ComponentType, type APIEmbed, type APIModalInteractionResponseCallbackData } from 'discord.js';
import { cut } from '../text.js';
import type { Choice, Reply } from './interaction.js';

/**
 * Discord's limits on what a bot sends, in characters (UTF-16 code units) unless a count. Source: the
 * Discord developer documentation (Message, Embed, Component, Autocomplete and Modal references).
 * Everything the bot sends passes through `fitReply`, `fitChoices` or `fitModal` (in payload.ts), the
 * one place they are enforced.
 */
export const EMBED = { title: 256, description: 4096, fieldName: 256, fieldValue: 1024, footer: 2048, author: 256, fields: 25, total: 6000 } as const;
export const MESSAGE_CONTENT = 2000;
export const EMBEDS = 10;
export const BUTTON_LABEL = 80;
export const CUSTOM_ID = 100;
export const CHOICE_NAME = 100;
export const CHOICE_VALUE = 100;
export const CHOICES = 25;
export const MODAL_TITLE = 45;

/**
 * The longest question a member may type (the `/ask` and `/faq` options, the "Ask about this article"
 * form): ours, not Discord's; a question is a sentence or two, and it is echoed back in the reply.
 */
export const QUESTION_INPUT_MAX = 300;

/**
 * A custom id or choice value longer than Discord accepts is our bug (they hold short keys, see keys.ts),
 * never the content's: Discord would refuse the whole message, so it is refused here, loudly.
 */
function checkId(what: string, id: string, max: number): void {
  if (id.length > max) throw new Error(`${what} is ${id.length} characters, over Discord's ${max}: ${id.slice(0, 40)}…`);
}

/** Fits text, embeds and buttons to Discord's limits; throws when a custom id is over 100 characters. */
export function fitReply<R extends Omit<Reply, 'private'>>(reply: R): R {
  const fitted: R = { ...reply };
  if (fitted.content !== undefined) fitted.content = cut(fitted.content, MESSAGE_CONTENT);
  if (fitted.embeds) fitted.embeds = fitted.embeds.slice(0, EMBEDS).map(fitEmbed);
  if (fitted.components) {
    fitted.components = fitted.components.map((row) => ({
      ...row,
      components: row.components.map((c) => {
        if ('custom_id' in c) checkId('A custom id', c.custom_id, CUSTOM_ID);
        return c.type === ComponentType.Button && 'label' in c && c.label !== undefined ? { ...c, label: cut(c.label, BUTTON_LABEL) } : c;
      }),
    }));
  }
  return fitted;
}

/** At most 25 autocomplete choices, names cut to 100; throws when a value is over 100 characters. */
export function fitChoices(choices: Choice[]): Choice[] {
  return choices.slice(0, CHOICES).map((c) => {
    checkId('A choice value', c.value, CHOICE_VALUE);
    return { name: cut(c.name, CHOICE_NAME), value: c.value };
  });
}

/** A modal's title cut to 45; throws when its custom id is over 100 characters. */
export function fitModal(modal: APIModalInteractionResponseCallbackData): APIModalInteractionResponseCallbackData {
  checkId('A modal custom id', modal.custom_id, CUSTOM_ID);
  return { ...modal, title: cut(modal.title, MODAL_TITLE) };
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
function fitEmbed(embed: APIEmbed): APIEmbed {
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
