import { defineCommand, permissionName } from '../command.js';
import { helpMessage } from '../messages.js';
import { commands } from './index.js';

export const help = defineCommand({
  name: 'help',
  async execute(interaction, context) {
    const index = context.index();
    const { t } = interaction;
    // Listed from the registry itself, so a new command can never be missing here; in the member's language, as Discord shows them the commands.
    const lines = [...commands.values()].map((c) => ({
      name: c.localName(t),
      menu: c.type === 'message',
      options: c.optionNames(t),
      subcommands: c.subcommandNames(t),
      description: c.description(t),
      permission: c.needs.permission ? permissionName(t, c.needs.permission) : null,
    }));
    await interaction.reply(helpMessage(t, lines, index.stats, index.loadedAt, await context.feeds.failing()));
  },
});
