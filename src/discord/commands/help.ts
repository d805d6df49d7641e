import { defineCommand, PERMISSION_NAMES } from '../command.js';
import { helpMessage } from '../messages.js';
import { commands } from './index.js';

export const help = defineCommand({
  name: 'help',
  description: 'What this bot does and what it knows',
  async execute(interaction, context) {
    const index = context.index();
    // Listed from the registry itself, so a new command can never be missing here.
    const lines = [...commands.values()].map((c) => {
      const json = c.toJSON();
      return {
        name: c.name,
        menu: c.type === 'message',
        options: 'options' in json ? (json.options ?? []).map((o) => o.name) : [],
        description: c.description,
        permission: c.needs.permission ? PERMISSION_NAMES[c.needs.permission] : null,
      };
    });
    await interaction.reply(helpMessage(lines, index.stats, index.loadedAt, await context.feeds.failing()));
  },
});
