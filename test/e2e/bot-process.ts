import { runScript, type RunningScript } from '../run-script.js';
import { tempDir } from '../temp-dir.js';
import type { DiscordEmulator } from './emulator.js';

export const TOKEN = 'MTIz.secret-test-token.do-not-log-me';

/** Starts the bot as `npm start` would, pointed at the emulator, and waits until it is ready. */
export async function startBot(emu: DiscordEmulator, env: Record<string, string>): Promise<RunningScript> {
  const bot = runScript('src/bin/bot.ts', {
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: emu.restBase,
    DATA_DIR: tempDir('faq-bot-data-'),
    LOG_LEVEL: 'debug',
    ...env,
  });
  await bot.waitForLog((l) => l.msg === 'ready');
  return bot;
}
