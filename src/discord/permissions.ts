import type { Interaction } from './interaction.js';

/**
 * Admin commands carry `default_member_permissions` = Manage Server, but server admins can override that
 * per role or channel, so the handler checks again and explains a refusal privately.
 */
export async function ensureManager(interaction: Interaction, what: string): Promise<boolean> {
  if (interaction.guildId && interaction.canManageGuild) return true;
  await interaction.reply({ content: `${what} needs the Manage Server permission, in a server.`, private: true });
  return false;
}
