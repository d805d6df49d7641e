import { PermissionFlagsBits, type APIInteraction, type APIInteractionResponse, type REST } from 'discord.js';
import { describeError } from '../log.js';
import { english } from '../i18n/index.js';
import { permissionName, type Needs } from './command.js';
import { commands } from './commands/index.js';
import { componentFor } from './components.js';
import type { BotContext } from './context.js';
import type { Interaction, Reply } from './interaction.js';
import { fromPayload } from './payload.js';
import { UserError } from './user-error.js';

/** What a member sees for a command, button or form this version of the bot does not know (any more), in English. */
export const NO_LONGER_AVAILABLE = english('errors.noLongerAvailable');
export const SOMETHING_WENT_WRONG = english('errors.somethingWentWrong');

/**
 * Sends each interaction to its handler, after enforcing what the handler declared it needs (`Needs`).
 * The one place refusals and errors are rendered, in the member's language: a `UserError` privately as
 * written, an unknown command, button or form as "This action is no longer available.", anything else as
 * a private "Something went wrong" plus a log line with the interaction id. Nothing a handler or Discord does escapes from here.
 */
export async function dispatch(interaction: Interaction, context: BotContext): Promise<void> {
  try {
    await route(interaction, context);
  } catch (err) {
    const expected = err instanceof UserError;
    if (!expected) {
      context.log.error(
        { interaction: interaction.id, kind: interaction.kind, command: interaction.command, customId: interaction.customId, err: describeError(err) },
        'handler failed',
      );
    }
    try {
      if (interaction.kind === 'autocomplete') {
        // Autocomplete cannot show a message: no choices beats Discord's "Loading options failed".
        if (interaction.state === 'none') await interaction.respond([]);
      } else {
        await tellPrivately(interaction, { content: expected ? err.message : interaction.t('errors.somethingWentWrong'), private: true });
      }
    } catch (again) {
      context.log.warn({ interaction: interaction.id, err: describeError(again) }, 'could not tell the user about the failure');
    }
  }
}

/**
 * The HTTP interactions endpoint's `handle`: one verified payload, dispatched; `respond` sends the first
 * reply as the HTTP response, later ones go over `rest`. A type the bot does not handle is left alone.
 */
export function payloadHandler(rest: REST, context: BotContext) {
  return async (raw: APIInteraction, respond: (response: APIInteractionResponse) => Promise<void>): Promise<void> => {
    const interaction = fromPayload(raw, respond, rest);
    if (interaction) await dispatch(interaction, context);
  };
}

/** A private message at whatever point the interaction is: the first reply, the deferred one, or a follow-up. */
async function tellPrivately(interaction: Interaction, message: Reply): Promise<void> {
  if (interaction.state === 'none' || interaction.state === 'deferred-private') await interaction.reply(message);
  else await interaction.followUp(message);
}

async function route(interaction: Interaction, context: BotContext): Promise<void> {
  if (interaction.kind === 'button' || interaction.kind === 'modal') {
    const found = componentFor(interaction.kind, interaction.customId ?? '');
    if (!found) return unknown(interaction, context);
    await enforce(found.handler.needs ?? {}, interaction, context, interaction.t('errors.thisAction'));
    await found.handler.handle(interaction, context, found.arg);
    return;
  }
  const command = interaction.command ? commands.get(interaction.command) : undefined;
  if (!command) return unknown(interaction, context);
  if (interaction.kind === 'autocomplete') {
    if (!command.autocomplete) return unknown(interaction, context);
    await command.autocomplete(interaction, context);
    return;
  }
  await enforce(command.needs, interaction, context, command.label(interaction.t));
  await command.execute(interaction, context);
}

function unknown(interaction: Interaction, context: BotContext): never {
  context.log.warn({ interaction: interaction.id, kind: interaction.kind, command: interaction.command, customId: interaction.customId }, 'unknown interaction');
  throw new UserError(interaction.t('errors.noLongerAvailable'));
}

/** Refuses (with a `UserError`, in the member's language) what `needs` rules out, in this order: place, permission, cooldown; then defers. */
async function enforce(needs: Needs, interaction: Interaction, context: BotContext, what: string): Promise<void> {
  const { t } = interaction;
  if ((needs.guildOnly || needs.permission) && !interaction.guildId) throw new UserError(t('errors.serverOnly', { what }));
  if (needs.permission) {
    const granted = interaction.permissions & (PermissionFlagsBits[needs.permission] | PermissionFlagsBits.Administrator);
    if (granted === 0n) throw new UserError(t('errors.permission', { what, permission: permissionName(t, needs.permission) }));
  }
  if (needs.cooldown) {
    const waitMs = context.cooldown.take(interaction.userId);
    if (waitMs > 0) throw new UserError(t('errors.cooldown', { seconds: Math.ceil(waitMs / 1000) }));
  }
  if (needs.defer) await interaction.defer({ private: needs.defer.private });
}
