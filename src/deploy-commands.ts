import { REST, Routes } from 'discord.js';
import { ConfigError, loadConfig, requireClientId } from './config.js';
import { commands } from './discord/commands/index.js';

/**
 * `npm run deploy-commands`: replaces the application's whole command set in one PUT, so running it
 * twice changes nothing. With DISCORD_GUILD_ID the set goes to that guild only (instant, for
 * development); without it, globally.
 */
async function main(): Promise<number> {
  let config;
  let clientId: string;
  try {
    config = loadConfig();
    clientId = requireClientId(config);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message.replace(/\.?$/, '.')}\n`);
    return 2;
  }
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const body = [...commands.values()].map((c) => c.data.toJSON());
  const route = config.DISCORD_GUILD_ID ? Routes.applicationGuildCommands(clientId, config.DISCORD_GUILD_ID) : Routes.applicationCommands(clientId);
  try {
    const saved = (await rest.put(route, { body })) as unknown[];
    const where = config.DISCORD_GUILD_ID ? `guild ${config.DISCORD_GUILD_ID}` : 'every server (global commands can take up to an hour to appear)';
    process.stdout.write(`Deployed ${saved.length} commands (${body.map((c) => `/${c.name}`).join(', ')}) to ${where}.\n`);
    return 0;
  } catch (err) {
    const status = (err as { status?: number }).status;
    const hint = status === 401 ? 'check DISCORD_TOKEN' : status === 403 || status === 404 ? 'check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot was invited with the applications.commands scope' : 'try again';
    process.stderr.write(`Discord refused the commands (${(err as Error).message}): ${hint}.\n`);
    return 1;
  }
}

process.exitCode = await main();
