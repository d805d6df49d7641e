import { Routes } from 'discord.js';
import { neededSetting } from '../config.js';
import { commands } from '../discord/commands/index.js';
import { createRest } from '../discord/rest.js';
import { english } from '../i18n/index.js';
import { configOrExit, orRefuse } from '../lifecycle.js';

/**
 * `npm run deploy-commands`: replaces the application's whole command set in one PUT, so running it
 * twice changes nothing. With DISCORD_GUILD_ID the set goes to that guild only (instant, for
 * development); without it, globally.
 */
async function main(): Promise<number> {
  const config = await configOrExit(process.env, ['DISCORD_CLIENT_ID']);
  const clientId = await orRefuse(() => neededSetting(config, 'DISCORD_CLIENT_ID'));
  const rest = createRest(config.DISCORD_TOKEN, config.DISCORD_API_URL);
  const body = [...commands.values()].map((c) => c.toJSON());
  const route = config.DISCORD_GUILD_ID ? Routes.applicationGuildCommands(clientId, config.DISCORD_GUILD_ID) : Routes.applicationCommands(clientId);
  try {
    const saved = (await rest.put(route, { body })) as unknown[];
    const where = config.DISCORD_GUILD_ID ? `guild ${config.DISCORD_GUILD_ID}` : 'every server (global commands can take up to an hour to appear)';
    process.stdout.write(`Deployed ${saved.length} commands (${[...commands.values()].map((c) => c.label(english)).join(', ')}) to ${where}.\n`);
    return 0;
  } catch (err) {
    const status = (err as { status?: number }).status;
    const hint = status === 401 ? 'check DISCORD_TOKEN' : status === 403 || status === 404 ? 'check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot was invited with the applications.commands scope' : 'try again';
    process.stderr.write(`Discord refused the commands (${(err as Error).message}): ${hint}.\n`);
    return 1;
  }
}

process.exitCode = await main();
