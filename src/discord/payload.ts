import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type REST,
} from 'discord.js';
import type { Interaction, InteractionKind, Reply } from './interaction.js';

/** Mention parsing off for every message, whatever the text says (`@everyone`, `@here`, users, roles). */
export const NO_MENTIONS = { parse: [] as [] };

/** The message body Discord receives for a Reply, identical under both transports. */
export function messageData(message: Reply): APIInteractionResponseCallbackData {
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

/**
 * Turns a raw interaction payload into the transport-neutral `Interaction`. Both transports hand over
 * the same JSON (the gateway's INTERACTION_CREATE and the HTTP endpoint's request body), so one adapter
 * serves both; `initial` delivers the first response (a REST callback, or the HTTP response), and
 * edits and follow-ups go over the interaction's webhook.
 */
export function fromPayload(raw: APIInteraction, initial: (response: APIInteractionResponse) => Promise<void>, rest: REST): Interaction | null {
  const kind = KINDS[raw.type];
  if (!kind) return null;
  const data = (raw.data ?? {}) as {
    name?: string;
    custom_id?: string;
    options?: APIApplicationCommandInteractionDataBasicOption[];
    resolved?: { channels?: Record<string, { id: string; type: number }> };
    components?: unknown;
  };
  const options = new Map((data.options ?? []).map((o) => [o.name, o]));
  const fields = kind === 'modal' ? modalValues(data.components) : new Map<string, string>();
  const permissions = BigInt(raw.member?.permissions ?? '0');
  let replied = false;
  const first = async (response: APIInteractionResponse) => {
    if (replied) throw new Error('this interaction was already answered');
    replied = true;
    await initial(response);
  };
  const webhook = Routes.webhook(raw.application_id, raw.token);
  const original = Routes.webhookMessage(raw.application_id, raw.token, '@original');

  return {
    id: raw.id,
    kind,
    command: kind === 'command' || kind === 'autocomplete' ? (data.name ?? null) : null,
    customId: kind === 'button' || kind === 'modal' ? (data.custom_id ?? null) : null,
    userId: raw.member?.user.id ?? raw.user?.id ?? '',
    guildId: raw.guild_id ?? null,
    channelId: raw.channel?.id ?? null,
    canManageGuild: (permissions & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n,
    string: (name) => {
      const o = options.get(name);
      return o?.type === ApplicationCommandOptionType.String ? o.value : null;
    },
    boolean: (name) => {
      const o = options.get(name);
      return o?.type === ApplicationCommandOptionType.Boolean ? o.value : null;
    },
    channel: (name) => {
      const o = options.get(name);
      if (o?.type !== ApplicationCommandOptionType.Channel) return null;
      const resolved = data.resolved?.channels?.[o.value];
      return { id: o.value, type: resolved?.type ?? 0 };
    },
    focused: () => {
      const o = [...options.values()].find((opt) => 'focused' in opt && opt.focused);
      return o ? { name: o.name, value: String(o.value) } : null;
    },
    field: (customId) => fields.get(customId) ?? null,
    get replied() {
      return replied;
    },
    reply: (message) => first({ type: InteractionResponseType.ChannelMessageWithSource, data: messageData(message) }),
    defer: (opts) => first({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: opts?.private ? { flags: MessageFlags.Ephemeral } : {} }),
    edit: async (message) => {
      const { flags: _ephemeralIsFixedAtDefer, ...body } = messageData(message);
      await rest.patch(original, { body, auth: false });
    },
    followUp: async (message) => {
      await rest.post(webhook, { body: messageData(message), auth: false });
    },
    respond: (choices) => first({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } }),
    showModal: (modal) => first({ type: InteractionResponseType.Modal, data: modal }),
  };
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
