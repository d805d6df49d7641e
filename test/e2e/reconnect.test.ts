/**
 * Start-up without Discord: `npm start` (and `start:sharded`) while nothing answers at Discord's address keeps trying, logging
 * each attempt, and connects once Discord is back; a token Discord rejects still stops it at once.
 */
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS, runScript, type RunningScript } from '../run-script.js';
import { TOKEN } from './bot-process.js';
import { tempDir } from '../temp-dir.js';
import { DiscordEmulator } from './emulator.js';

const CONTENT = path.resolve('content');

/** A loopback port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const started: RunningScript[] = [];
const emulators: DiscordEmulator[] = [];
afterAll(async () => {
  for (const bot of started) await bot.stop();
  for (const emu of emulators) await emu.stop();
}, PROCESS_TEST_MS);

const startBot = (port: number, script = 'src/bin/bot.ts') => {
  const bot = runScript(script, {
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: `http://127.0.0.1:${port}/api`,
    CONTENT_DIR: CONTENT,
    DATA_DIR: tempDir('faq-bot-data-'),
    LOG_LEVEL: 'debug',
  });
  started.push(bot);
  return bot;
};

describe('npm start without Discord', { timeout: PROCESS_TEST_MS }, () => {
  it('retries a refused connection with growing waits, logging each attempt, and connects when Discord is back', async () => {
    const port = await closedPort();
    const bot = startBot(port);
    const first = await bot.waitForLog((l) => l.msg === 'could not reach Discord; retrying');
    expect(first).toMatchObject({ level: 40, attempt: 1, retryInMs: 1000, err: { code: 'ECONNREFUSED' } });
    const second = await bot.waitForLog((l) => l.msg === 'could not reach Discord; retrying' && l.attempt === 2);
    expect(second.retryInMs).toBe(2000);
    expect(bot.proc.exitCode).toBeNull();

    const emu = new DiscordEmulator({ token: TOKEN });
    emulators.push(emu);
    await emu.start(port);
    expect(await bot.waitForLog((l) => l.msg === 'ready')).toMatchObject({ guilds: 1 });
    const guild = emu.guilds[0]!;
    const asked = await emu.slash('ask', { question: 'What is Mythos?' }, { guildId: guild.id, channelId: guild.channels[0]!.id }).callback();
    expect(JSON.stringify(asked.body)).toContain("Mythos is Anthropic's most capable AI model");
    expect(bot.output()).not.toContain('could not connect to Discord');
    expect(bot.output()).not.toContain(TOKEN);
  });

  it('still stops with exit 2 and one sentence when Discord rejects the token', async () => {
    const emu = new DiscordEmulator({ token: 'another-token' });
    emulators.push(emu);
    await emu.start();
    const bot = startBot(emu.port);
    expect(await bot.exited).toBe(2);
    expect(bot.output()).toContain('Discord rejected DISCORD_TOKEN: copy a fresh token from the developer portal (Bot > Reset Token) into .env.');
    expect(bot.output()).not.toContain('retrying');
  });

  it('start:sharded waits for Discord the same way before it asks for the shard count', async () => {
    const port = await closedPort();
    const manager = startBot(port, 'src/bin/sharded.ts');
    expect(await manager.waitForLog((l) => l.msg === 'could not reach Discord; retrying')).toMatchObject({ attempt: 1, err: { code: 'ECONNREFUSED' } });
    const emu = new DiscordEmulator({ token: TOKEN, recommendedShards: 1 });
    emulators.push(emu);
    await emu.start(port);
    expect(await manager.waitForLog((l) => l.msg === 'all shards ready')).toMatchObject({ shards: 1 });
  });
});
