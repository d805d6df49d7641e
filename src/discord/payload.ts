import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type REST,
} from 'discord.js';
import { translatorFor } from '../i18n/index.js';
import type { Interaction, InteractionKind, OptionValue, Reply, ResponseState, TargetMessage } from './interaction.js';
import { fitChoices, fitModal, fitReply } from './limits.js';

/** Mention parsing off for every message, whatever the text says (`@everyone`, `@here`, users, roles). */
export const NO_MENTIONS = { parse: [] as [] };

/** The message body Discord receives for a Reply, identical under both transports, fitted to Discord's limits. */
export function messageData(reply: Reply): APIInteractionResponseCallbackData {
  const message = fitReply(reply);
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    ...(message.embeds ? { embeds: message.embeds } : {}),
    ...(message.components ? { components: message.components } : {}),
    allowed_mentions: NO_MENTIONS,
    ...(message.private ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

const KINDS: Partial<Record<InteractionType, InteractionKind>> = {
  [InteractionType.ApplicationCommand]: 'command',
  [InteractionType.ApplicationCommandAutocomplete]: 'autocomplete',
  [InteractionType.MessageComponent]: 'button',
  [InteractionType.ModalSubmit]: 'modal',
};

/** Text inputs of a modal submission, in the classic action-row layout or inside label components. */
function modalValues(components: unknown): Map<string, string> {
  const values = new Map<string, string>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const c = node as { custom_id?: string; value?: unknown; components?: unknown[]; component?: unknown };
    if (c.custom_id && typeof c.value === 'string') values.set(c.custom_id, c.value);
    c.components?.forEach(visit);
    visit(c.component);
  };
  (components as unknown[] | undefined)?.forEach(visit);
  return values;
}

type CommandData = {
  name?: string;
  custom_id?: string;
  options?: APIApplicationCommandInteractionDataBasicOption[];
  target_id?: string;
  resolved?: {
    channels?: Record<string, { id: string; type: number }>;
    messages?: Record<string, { id: string; channel_id: string; content?: string; author?: { id: string } }>;
  };
  components?: unknown;
};

/** The message a message context-menu command targets, from `data.resolved.messages[data.target_id]`. */
function targetOf(data: CommandData): TargetMessage | null {
  const message = data.target_id ? data.resolved?.messages?.[data.target_id] : undefined;
  if (!message) return null;
  return {
    id: message.id,
    channelId: message.channel_id,
    content: message.content ?? '',
    authorId: message.author?.id ?? '',
  };
}

/** The subcommand a slash command payload names, if any: its options are nested in it. */
function subcommandOf(data: CommandData): { name: string; options: APIApplicationCommandInteractionDataBasicOption[] } | null {
  const first = data.options?.[0] as { type: number; name: string; options?: APIApplicationCommandInteractionDataBasicOption[] } | undefined;
  return first?.type === ApplicationCommandOptionType.Subcommand ? { name: first.name, options: first.options ?? [] } : null;
}

/** A slash command's option values by name (a subcommand's, when it has one), channels resolved to their type. */
function optionValues(data: CommandData): Map<string, OptionValue> {
  const values = new Map<string, OptionValue>();
  for (const o of subcommandOf(data)?.options ?? data.options ?? []) {
    if (o.type === ApplicationCommandOptionType.Channel) values.set(o.name, { id: o.value, type: data.resolved?.channels?.[o.value]?.type ?? 0 });
    else if (typeof o.value === 'string' || typeof o.value === 'boolean' || typeof o.value === 'number') values.set(o.name, o.value);
  }
  return values;
}

type Responder = Pick<Interaction, 'state' | 'reply' | 'defer' | 'followUp' | 'respond' | 'showModal'>;

/**
 * The response half of an interaction. `initial` delivers the one first response (a REST callback, or
 * the HTTP response); a reply after a deferral and follow-ups go over the interaction's webhook. Every
 * message is fitted to Discord's limits here.
 */
function responder(raw: APIInteraction, initial: (response: APIInteractionResponse) => Promise<void>, rest: REST): Responder {
  let state: ResponseState = 'none';
  const first = async (response: APIInteractionResponse, next: ResponseState) => {
    if (state !== 'none') throw new Error('this interaction was already answered');
    state = next;
    await initial(response);
  };
  return {
    get state() {
      return state;
    },
    async reply(message) {
      if (state === 'none') return first({ type: InteractionResponseType.ChannelMessageWithSource, data: messageData(message) }, 'replied');
      if (state === 'replied') throw new Error('this interaction was already answered');
      // Filling in a deferred reply: its privacy was fixed by the deferral.
      const { flags: _fixedAtDefer, ...body } = messageData(message);
      state = 'replied';
      await rest.patch(Routes.webhookMessage(raw.application_id, raw.token, '@original'), { body, auth: false });
    },
    defer: (opts) =>
      first({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: opts?.private ? { flags: MessageFlags.Ephemeral } : {} }, opts?.private ? 'deferred-private' : 'deferred'),
    async followUp(message) {
      await rest.post(Routes.webhook(raw.application_id, raw.token), { body: messageData(message), auth: false });
    },
    respond: (choices) => first({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: fitChoices(choices) } }, 'replied'),
    showModal: (modal) => first({ type: InteractionResponseType.Modal, data: fitModal(modal) }, 'replied'),
  };
}

/**
 * Turns a raw interaction payload into the transport-neutral `Interaction`, or null for a type the bot
 * does not handle. Both transports hand over the same JSON (the gateway's INTERACTION_CREATE and the
 * HTTP endpoint's request body), so one adapter serves both.
 */
export function fromPayload(raw: APIInteraction, initial: (response: APIInteractionResponse) => Promise<void>, rest: REST): Interaction | null {
  const kind = KINDS[raw.type];
  if (!kind) return null;
  const data = (raw.data ?? {}) as CommandData;
  const options = optionValues(data);
  const fields = kind === 'modal' ? modalValues(data.components) : new Map<string, string>();
  // A subcommand's options are nested in it, the focused one too.
  const focused = (subcommandOf(data)?.options ?? data.options ?? []).find((o) => 'focused' in o && o.focused);
  const interaction: Omit<Interaction, keyof Responder> = {
    id: raw.id,
    kind,
    command: kind === 'command' || kind === 'autocomplete' ? (data.name ?? null) : null,
    subcommand: kind === 'command' || kind === 'autocomplete' ? (subcommandOf(data)?.name ?? null) : null,
    customId: kind === 'button' || kind === 'modal' ? (data.custom_id ?? null) : null,
    userId: raw.member?.user.id ?? raw.user?.id ?? '',
    guildId: raw.guild_id ?? null,
    channelId: raw.channel?.id ?? null,
    permissions: BigInt(raw.member?.permissions ?? '0'),
    locale: 'locale' in raw ? raw.locale : null,
    guildLocale: raw.guild_locale ?? null,
    t: translatorFor('locale' in raw ? raw.locale : null),
    targetMessage: kind === 'command' ? targetOf(data) : null,
    option: (name) => options.get(name) ?? null,
    focused: () => (focused ? { name: focused.name, value: String(focused.value) } : null),
    field: (customId) => fields.get(customId) ?? null,
  };
  // Property descriptors, not a spread: `state` is a getter.
  return Object.defineProperties(interaction, Object.getOwnPropertyDescriptors(responder(raw, initial, rest))) as Interaction;
}

/** The first response over REST, as the gateway transport sends it. */
export const restCallback = (rest: REST, raw: APIInteraction) => async (response: APIInteractionResponse) => {
  await rest.post(Routes.interactionCallback(raw.id, raw.token), { body: response, auth: false });
};

/** A Reply as a channel message body (summary posts), mentions off. */
export function channelMessage(message: Omit<Reply, 'private'>) {
  const { flags: _none, ...body } = messageData(message);
  return body;
}
