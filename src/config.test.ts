import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, requireClientId } from './config.js';

const load = (env: Record<string, string>) => loadConfig(env, { dotenv: false });
const fails = (env: Record<string, string>) => {
  try {
    load(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('applies defaults', () => {
    expect(load({ DISCORD_TOKEN: 'abc' })).toMatchObject({
      CONTENT_DIR: './content',
      DATA_DIR: './data',
      LOG_LEVEL: 'info',
      COOLDOWN_QUESTIONS: 5,
      COOLDOWN_SECONDS: 30,
      INDEX_SNAPSHOT: 'on',
    });
    expect(load({ DISCORD_TOKEN: 'abc' }).LEARN_AUTO_APPROVE).toBeUndefined();
    expect(load({ DISCORD_TOKEN: 'abc', LEARN_AUTO_APPROVE: '3' }).LEARN_AUTO_APPROVE).toBe(3);
  });

  it('names the variable and the fix in one sentence', () => {
    expect(fails({})).toMatch(/^DISCORD_TOKEN is missing: copy \.env\.example to \.env/);
    expect(fails({ DISCORD_TOKEN: '   ' })).toMatch(/^DISCORD_TOKEN is missing/);
    expect(fails({ DISCORD_TOKEN: 'a', DISCORD_GUILD_ID: 'my-server' })).toMatch(/^DISCORD_GUILD_ID must be a Discord id/);
    expect(fails({ DISCORD_TOKEN: 'a', LOG_LEVEL: 'loud' })).toMatch(/^LOG_LEVEL must be one of/);
    expect(fails({ DISCORD_TOKEN: 'a', DISCORD_API_URL: 'not a url' })).toMatch(/^DISCORD_API_URL must be an http\(s\) URL/);
    expect(fails({ DISCORD_TOKEN: 'a', COOLDOWN_SECONDS: '-3' })).toMatch(/^COOLDOWN_SECONDS must be above 0/);
    expect(fails({ DISCORD_TOKEN: 'a', LEARN_AUTO_APPROVE: 'two' })).toMatch(/^LEARN_AUTO_APPROVE must be a whole number of members, 1 or more, or left unset/);
    expect(fails({ DISCORD_TOKEN: 'a', LEARN_AUTO_APPROVE: '0' })).toMatch(/^LEARN_AUTO_APPROVE must be a whole number/);
    expect(fails({ DISCORD_TOKEN: 'a', LEARN_AUTO_APPROVE: '1.5' })).toMatch(/^LEARN_AUTO_APPROVE must be a whole number/);
    expect(fails({ DISCORD_TOKEN: 'a', INDEX_SNAPSHOT: 'no' })).toMatch(/^INDEX_SNAPSHOT must be on or off/);
    for (const message of [fails({}), fails({ DISCORD_TOKEN: 'a', LOG_LEVEL: 'x' })]) expect(message).not.toContain('\n');
  });

  it('reads the auto-answer channels and their per-minute cap', () => {
    expect(load({ DISCORD_TOKEN: 'a' })).toMatchObject({ AUTO_ANSWER_CHANNEL_IDS: [], AUTO_ANSWER_PER_MINUTE: 6 });
    expect(load({ DISCORD_TOKEN: 'a', AUTO_ANSWER_CHANNEL_IDS: ' 130000000000000001, 130000000000000002 ', AUTO_ANSWER_PER_MINUTE: '2' })).toMatchObject({
      AUTO_ANSWER_CHANNEL_IDS: ['130000000000000001', '130000000000000002'],
      AUTO_ANSWER_PER_MINUTE: 2,
    });
    expect(fails({ DISCORD_TOKEN: 'a', AUTO_ANSWER_CHANNEL_IDS: '#help' })).toMatch(/^AUTO_ANSWER_CHANNEL_IDS must be forum or text channel ids separated by commas/);
    expect(fails({ DISCORD_TOKEN: 'a', AUTO_ANSWER_PER_MINUTE: '0' })).toMatch(/^AUTO_ANSWER_PER_MINUTE must be above 0/);
  });

  it('reads the feeds, their poll interval and whether they may reach private addresses', () => {
    expect(load({ DISCORD_TOKEN: 'a' })).toMatchObject({ FEED_URLS: [], FEED_POLL_SECONDS: 600, FEED_ALLOW_PRIVATE: false });
    expect(load({ DISCORD_TOKEN: 'a', FEED_URLS: ' https://a.example/feed.xml, http://b.example/atom ', FEED_POLL_SECONDS: '5', FEED_ALLOW_PRIVATE: 'true' })).toMatchObject({
      FEED_URLS: ['https://a.example/feed.xml', 'http://b.example/atom'],
      FEED_POLL_SECONDS: 5,
      FEED_ALLOW_PRIVATE: true,
    });
    expect(fails({ DISCORD_TOKEN: 'a', FEED_URLS: 'https://a.example/feed.xml,example.com/rss' })).toMatch(/^FEED_URLS must be http\(s\) feed URLs separated by commas/);
    expect(fails({ DISCORD_TOKEN: 'a', FEED_URLS: 'file:///etc/passwd' })).toMatch(/^FEED_URLS must be http\(s\) feed URLs/);
    expect(fails({ DISCORD_TOKEN: 'a', FEED_POLL_SECONDS: '0' })).toMatch(/^FEED_POLL_SECONDS must be above 0/);
    expect(fails({ DISCORD_TOKEN: 'a', FEED_ALLOW_PRIVATE: 'maybe' })).toMatch(/^FEED_ALLOW_PRIVATE must be true or false/);
  });

  it('treats a blank optional variable as unset', () => {
    expect(load({ DISCORD_TOKEN: 'a', DISCORD_GUILD_ID: '', DISCORD_API_URL: ' ' }).DISCORD_GUILD_ID).toBeUndefined();
  });

  it('asks for the client id only where it is needed', () => {
    expect(() => requireClientId(load({ DISCORD_TOKEN: 'a' }))).toThrow(/^DISCORD_CLIENT_ID is missing/);
    expect(requireClientId(load({ DISCORD_TOKEN: 'a', DISCORD_CLIENT_ID: '123456789012345678' }))).toBe('123456789012345678');
  });
});
