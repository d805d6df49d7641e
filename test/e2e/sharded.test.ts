/**
 * `npm run start:sharded` end to end: the real ShardingManager and its shard processes against the
 * loopback emulator, which holds one gateway session per shard.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS, runScript, type RunningScript } from '../run-script.js';
import { TOKEN } from './bot-process.js';
import { tempDir } from '../temp-dir.js';
import { DiscordEmulator, shardOf, type SentInteraction } from './emulator.js';

// 1 << 22 apart, so under two shards they land on different ones: shard = (id >> 22) % count.
const GUILD_ON_1 = '1200000000000000001';
const GUILD_ON_0 = '1200000000004194305';
const ASKING_1 = '1300000000000000001';
const ASKING_0 = '1300000000000000002';
const NEWS = '1300000000000000003';
const SEED = path.resolve('content/anthropic-nsa-offensive-ai-global-pause.txt');
const SEED_TITLE = 'Anthropic Deploys Offensive AI at NSA While Calling for a Global Pause';

const guilds = [
  { id: GUILD_ON_1, name: 'Readers one', channels: [{ id: ASKING_1, name: 'ask' }] },
  { id: GUILD_ON_0, name: 'Readers zero', channels: [{ id: ASKING_0, name: 'ask' }, { id: NEWS, name: 'news' }] },
];
// max_concurrency 16 lets the manager space spawns ~0.35 s apart instead of discord.js's 5.5 s. Both
// know the bot's token, as Discord does, and refuse any other.
const emu = new DiscordEmulator({ guilds, maxConcurrency: 16, token: TOKEN });
const autoEmu = new DiscordEmulator({ guilds, token: TOKEN });
const running = new Set<RunningScript>();

type Message = { embeds?: { title?: string; description?: string }[] };
const summaryPosts = () =>
  emu.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${NEWS}/messages` && r.status < 300);

function startSharded(target: DiscordEmulator, env: Record<string, string>): RunningScript {
  const content = tempDir('faq-bot-content-');
  copyFileSync(SEED, path.join(content, path.basename(SEED)));
  const manager = runScript('src/bin/sharded.ts', {
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: target.restBase,
    CONTENT_DIR: content,
    DATA_DIR: tempDir('faq-bot-data-'),
    LOG_LEVEL: 'debug',
    ...env,
  });
  running.add(manager);
  return manager;
}

/** Answered by a `/ask` answer embed quoting the seed article. */
async function expectAnswered(sent: SentInteraction): Promise<void> {
  const callback = await sent.callback();
  expect((callback.body as { data: Message }).data.embeds![0]!.description).toContain('most capable AI model');
}

const callbacksOf = (sent: SentInteraction) => sent.responses().filter((r) => r.path.endsWith('/callback'));

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  await Promise.all([emu.start(), autoEmu.start()]);
  expect([shardOf(GUILD_ON_0, 2), shardOf(GUILD_ON_1, 2)]).toEqual([0, 1]);
});

afterAll(async () => {
  for (const manager of running) await manager.stop('SIGTERM');
  await Promise.all([emu.stop(), autoEmu.stop()]);
}, PROCESS_TEST_MS);

describe('sharded bot', { timeout: PROCESS_TEST_MS }, () => {
  it('runs one process per shard, posts summaries once, answers on the right shard and stops cleanly', async () => {
    const manager = startSharded(emu, { SHARD_COUNT: '2', SUMMARY_CHANNEL_IDS: NEWS });
    await manager.waitForLog((l) => l.msg === 'all shards ready');
    // The manager hears of a shard at its ShardReady, a moment before the shard logs its own "ready".
    await manager.waitForLog((l) => l.msg === 'ready' && JSON.stringify(l.shards) === '[1]');
    const readyShards = manager.logs().filter((l) => l.msg === 'ready').map((l) => l.shards);
    expect(readyShards).toEqual([[0], [1]]);
    expect(emu.identifiedShards).toEqual([
      [0, 2],
      [1, 2],
    ]);

    const post = await emu.waitFor((r) => r.method === 'POST' && r.path === `/channels/${NEWS}/messages`);
    expect((post.body as Message).embeds![0]!.title).toBe(SEED_TITLE);

    const onShard1 = emu.slash('ask', { question: 'What is Mythos?' }, { guildId: GUILD_ON_1, channelId: ASKING_1 });
    const onShard0 = emu.slash('ask', { question: 'What is Mythos?' }, { guildId: GUILD_ON_0, channelId: ASKING_0 });
    expect([onShard1.shard, onShard0.shard]).toEqual([1, 0]);
    await Promise.all([expectAnswered(onShard1), expectAnswered(onShard0)]);

    const pids = manager.logs().filter((l) => l.msg === 'shard started').map((l) => Number(l.pid));
    expect(pids).toHaveLength(2);
    expect(pids.every(isRunning)).toBe(true);
    expect(await manager.stop('SIGTERM')).toBe(0);
    running.delete(manager);
    expect(pids.filter(isRunning)).toEqual([]);
    expect(manager.logs().filter((l) => l.msg === 'shutting down')).toHaveLength(2);
    // Every shard process has exited, so nothing more can be sent: one summary post in all, one reply
    // per question.
    expect(summaryPosts()).toHaveLength(1);
    expect([callbacksOf(onShard1), callbacksOf(onShard0)].map((c) => c.length)).toEqual([1, 1]);
  });

  it('asks DISCORD_API_URL for the shard count when SHARD_COUNT=auto', async () => {
    const manager = startSharded(autoEmu, { SHARD_COUNT: 'auto' });
    await manager.waitForLog((l) => l.msg === 'all shards ready');
    expect(autoEmu.identifiedShards).toEqual([[0, 1]]);
    expect(autoEmu.requests.some((r) => r.path === '/gateway/bot' && r.authorized)).toBe(true);

    const sent = autoEmu.slash('ask', { question: 'What is Mythos?' }, { guildId: GUILD_ON_1, channelId: ASKING_1 });
    expect(sent.shard).toBe(0);
    await expectAnswered(sent);

    expect(await manager.stop('SIGINT')).toBe(0);
    running.delete(manager);
  });

  it('stops with exit 2 and one plain sentence when Discord rejects the token', async () => {
    const revoked = 'MTIz.revoked-test-token.do-not-log-me';
    const manager = startSharded(autoEmu, { SHARD_COUNT: 'auto', DISCORD_TOKEN: revoked });
    expect(await manager.exited).toBe(2);
    running.delete(manager);
    expect(manager.output().trim().split('\n').filter((l) => !l.startsWith('{'))).toEqual([
      'Discord rejected DISCORD_TOKEN: copy a fresh token from the developer portal (Bot > Reset Token) into .env.',
    ]);
    expect(manager.output()).not.toContain(revoked);
    expect(manager.logs().filter((l) => l.msg === 'shard started')).toEqual([]);
  });
});
