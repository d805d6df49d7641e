import { commands } from './commands/index.js';
import type { BotContext } from './context.js';
import type { Interaction } from './interaction.js';
import { handleComponent } from './components.js';
import { somethingWentWrong } from './messages.js';

/**
 * Sends each interaction to its handler. A failing handler gives the user a private "Something went
 * wrong" and a log line with the interaction id; nothing a handler or Discord does escapes from here.
 */
export async function route(interaction: Interaction, context: BotContext): Promise<void> {
  try {
    await dispatch(interaction, context);
  } catch (err) {
    context.log.error({ interaction: interaction.id, kind: interaction.kind, command: interaction.command, err: describeError(err) }, 'handler failed');
    if (interaction.kind === 'autocomplete') return;
    try {
      if (interaction.replied) await interaction.followUp(somethingWentWrong);
      else await interaction.reply(somethingWentWrong);
    } catch (again) {
      context.log.warn({ interaction: interaction.id, err: describeError(again) }, 'could not tell the user about the failure');
    }
  }
}

async function dispatch(interaction: Interaction, context: BotContext): Promise<void> {
  if ((interaction.kind === 'button' || interaction.kind === 'modal') && (await handleComponent(interaction, context))) return;
  const command = interaction.command ? commands.get(interaction.command) : undefined;
  if (!command) {
    context.log.warn({ interaction: interaction.id, kind: interaction.kind, command: interaction.command, customId: interaction.customId }, 'unknown interaction');
    return;
  }
  if (interaction.kind === 'autocomplete') await command.autocomplete?.(interaction, context);
  else if (interaction.kind === 'command') await command.execute(interaction, context);
}

/**
 * The loggable part of an error. Discord REST errors carry the request URL, which for interaction
 * replies contains the interaction token, so only status, code and message are kept.
 */
export function describeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const { status, code, method } = err as { status?: number; code?: number | string; method?: string };
  return { name: err.name, message: err.message.replace(/https?:\/\/\S+/g, '[url]'), status, code, method };
}
