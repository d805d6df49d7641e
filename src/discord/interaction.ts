import type { Translate } from '../i18n/index.js';
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed, APIModalInteractionResponseCallbackData } from 'discord.js';

/**
 * What a handler may send. The transport adds `allowed_mentions: { parse: [] }` to every message, so no
 * handler can forget it: answers echo user text and article text, and must never ping anyone.
 */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Only the person who asked sees it. */
  private?: boolean;
}

export interface Choice {
  name: string;
  value: string;
}

export interface ChannelRef {
  id: string;
  /** Discord channel type (0 text, 5 announcement, …). */
  type: number;
}

/** The message a message context-menu command was used on, as Discord resolves it (its text is included without the Message Content intent). */
export interface TargetMessage {
  id: string;
  channelId: string;
  content: string;
  authorId: string;
}

export type InteractionKind = 'command' | 'autocomplete' | 'button' | 'modal';

/** Where an interaction's first response stands: none yet, deferred (privately or not), or replied. */
export type ResponseState = 'none' | 'deferred' | 'deferred-private' | 'replied';

/** A slash-command option's value as it came: the command's definition types it (command.ts). */
export type OptionValue = string | boolean | number | ChannelRef;

/**
 * One interaction, whichever transport brought it (the discord.js gateway client or the HTTP
 * interactions endpoint). Handlers see only this, so they behave the same under both.
 */
export interface Interaction {
  readonly id: string;
  readonly kind: InteractionKind;
  /** Slash command name, for commands and autocomplete. */
  readonly command: string | null;
  /** The subcommand's name (`add` of `/autoanswer add`), null for a command without subcommands. */
  readonly subcommand: string | null;
  /** Component or modal custom id, for buttons and modals. */
  readonly customId: string | null;
  readonly userId: string;
  readonly guildId: string | null;
  readonly channelId: string | null;
  /** The member's permissions in this channel (Discord's bit set); 0 outside a server. */
  readonly permissions: bigint;
  /** The member's client language (Discord's `locale`, e.g. `de`, `es-419`); null when Discord sent none. */
  readonly locale: string | null;
  /** The server's preferred language (`guild_locale`); null outside a server. */
  readonly guildLocale: string | null;
  /** The bot's words in the member's language (`locale`), English when there is no catalogue for it. */
  readonly t: Translate;

  /** For a message context-menu command, the message it was used on; null otherwise. */
  readonly targetMessage: TargetMessage | null;

  /** A slash-command option by name; handlers get them typed from their definition instead. */
  option(name: string): OptionValue | null;
  /** The option being typed, for autocomplete. */
  focused(): { name: string; value: string } | null;
  /** A text input's value, for modal submissions. */
  field(customId: string): string | null;

  readonly state: ResponseState;
  /** The first response; after `defer`, it fills in the deferred message (whose privacy was fixed by `defer`). */
  reply(message: Reply): Promise<void>;
  /** Acknowledges now, to answer later with `reply`: for work that may take over Discord's 3 s. */
  defer(options?: { private?: boolean }): Promise<void>;
  /** Another message after the first response. */
  followUp(message: Reply): Promise<void>;
  respond(choices: Choice[]): Promise<void>;
  showModal(modal: APIModalInteractionResponseCallbackData): Promise<void>;
}

/** Sends messages to channels outside any interaction (summary posts), over REST under both transports. */
export interface ChannelPoster {
  /**
   * `nonce`, when given, makes Discord return the earlier message instead of posting a second one if the
   * same nonce was sent moments ago: a retry after a lost response cannot double-post. `replyTo` makes it
   * a reply to that message of the channel (still pinging nobody).
   */
  send(channelId: string, message: Omit<Reply, 'private'>, nonce?: string, options?: { replyTo?: string }): Promise<{ id: string }>;
  edit(channelId: string, messageId: string, message: Omit<Reply, 'private'>): Promise<void>;
}

/** Threads and forum tags, over REST under both transports (auto-answer and its Solved button). */
export interface ThreadApi {
  /** Opens a public thread on a channel's message; returns the thread's id. `name`: 1–100 characters. */
  start(channelId: string, messageId: string, name: string): Promise<string>;
  /**
   * Adds to a forum post the first tag of its forum named one of `tagNames` (case and emoji aside), and
   * returns its name as the forum spells it; null when the post is no forum post or its forum has no such
   * tag. Discord allows 5 tags on a post: the oldest goes.
   */
  applyTag(threadId: string, tagNames: readonly string[]): Promise<string | null>;
}
