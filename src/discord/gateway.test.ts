import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { clientShards, createClient } from './gateway.js';

const log = createLogger('silent');
let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  saved = { ...process.env };
});
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

describe('createClient', () => {
  it('builds the client from the shipped .env.example, read as the bot reads .env', async () => {
    for (const name of ['SHARD_COUNT', 'SHARDS', 'SHARDING_MANAGER', 'DISCORD_TOKEN']) delete process.env[name];
    process.env.DISCORD_TOKEN = 'a-token';
    const config = loadConfig(process.env, { dotenv: '.env.example' });
    expect(process.env.SHARD_COUNT).toBe('auto');
    const client = createClient(log, config.DISCORD_API_URL);
    expect(client.options.shards).toEqual([0]);
    expect(client.options.shardCount).toBe(1);
    await client.destroy();
  });

  it('reads none of the variables discord.js would take from the environment, and gives them back', async () => {
    delete process.env.SHARDING_MANAGER;
    Object.assign(process.env, { SHARD_COUNT: 'auto', SHARDS: 'not json', DISCORD_TOKEN: 'env-token' });
    const client = createClient(log, undefined);
    expect(client.options.shards).toEqual([0]);
    expect(client.options.shardCount).toBe(1);
    expect(client.token).toBeNull();
    expect([process.env.SHARD_COUNT, process.env.SHARDS, process.env.DISCORD_TOKEN]).toEqual(['auto', 'not json', 'env-token']);
    await client.destroy();
  });

  it('gives them back when discord.js refuses the options', () => {
    Object.assign(process.env, { SHARD_COUNT: '2', SHARDS: '[1]', DISCORD_TOKEN: 'env-token' });
    expect(() => createClient(log, undefined, { shards: [0], shardCount: 0 })).toThrow(/shardCount/);
    expect([process.env.SHARD_COUNT, process.env.SHARDS, process.env.DISCORD_TOKEN]).toEqual(['2', '[1]', 'env-token']);
  });
});

describe('clientShards', () => {
  it('is shard 0 of 1 outside the ShardingManager, whatever SHARD_COUNT says', () => {
    expect(clientShards({ SHARD_COUNT: '4', SHARDS: '2' })).toEqual({ shards: [0], shardCount: 1 });
  });

  it('runs the ids and total the ShardingManager gave a shard process', () => {
    expect(clientShards({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '3' })).toEqual({ shards: [1], shardCount: 3 });
    expect(clientShards({ SHARDING_MANAGER: 'true', SHARDS: '[0,2]', SHARD_COUNT: '4' })).toEqual({ shards: [0, 2], shardCount: 4 });
  });
});
