import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, neededSetting } from './config.js';
import { tempDir } from '../test/temp-dir.js';

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
    expect(fails({ DISCORD_TOKEN: 'a', COOLDOWN_SECONDS: '-3' })).toBe('COOLDOWN_SECONDS must be a whole number above 0 (default 30), not "-3": fix it in the environment, which overrides .env.');
    expect(fails({ DISCORD_TOKEN: 'a', LEARN_AUTO_APPROVE: 'two' })).toMatch(/^LEARN_AUTO_APPROVE must be a whole number of members, 1 or more, or left unset/);
    expect(fails({ DISCORD_TOKEN: 'a', LEARN_AUTO_APPROVE: '0' })).toMatch(/^LEARN_AUTO_APPROVE must be a whole number/);
    expect(fails({ DISCORD_TOKEN: 'a', LEARN_AUTO_APPROVE: '1.5' })).toMatch(/^LEARN_AUTO_APPROVE must be a whole number/);
    expect(fails({ DISCORD_TOKEN: 'a', INDEX_SNAPSHOT: 'no' })).toMatch(/^INDEX_SNAPSHOT must be on, which keeps a snapshot .*, or off/);
    for (const message of [fails({}), fails({ DISCORD_TOKEN: 'a', LOG_LEVEL: 'x' })]) expect(message).not.toContain('\n');
  });

  it('reads the auto-answer channels and their per-minute cap', () => {
    expect(load({ DISCORD_TOKEN: 'a' })).toMatchObject({ AUTO_ANSWER_CHANNEL_IDS: [], AUTO_ANSWER_PER_MINUTE: 6 });
    expect(load({ DISCORD_TOKEN: 'a', AUTO_ANSWER_CHANNEL_IDS: ' 130000000000000001, 130000000000000002 ', AUTO_ANSWER_PER_MINUTE: '2' })).toMatchObject({
      AUTO_ANSWER_CHANNEL_IDS: ['130000000000000001', '130000000000000002'],
      AUTO_ANSWER_PER_MINUTE: 2,
    });
    expect(fails({ DISCORD_TOKEN: 'a', AUTO_ANSWER_CHANNEL_IDS: '#help' })).toMatch(/^AUTO_ANSWER_CHANNEL_IDS must be forum or text channel ids separated by commas/);
    expect(fails({ DISCORD_TOKEN: 'a', AUTO_ANSWER_PER_MINUTE: '0' })).toMatch(/^AUTO_ANSWER_PER_MINUTE must be a whole number above 0 \(default 6\), not "0"/);
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
    expect(fails({ DISCORD_TOKEN: 'a', FEED_POLL_SECONDS: '0' })).toMatch(/^FEED_POLL_SECONDS must be a whole number above 0 \(default 600\), not "0"/);
    expect(fails({ DISCORD_TOKEN: 'a', FEED_ALLOW_PRIVATE: 'maybe' })).toMatch(/^FEED_ALLOW_PRIVATE must be true or false/);
  });

  it('refuses at start-up a feed whose address is literally loopback or private, unless FEED_ALLOW_PRIVATE=true', () => {
    for (const url of ['http://127.0.0.1:8765/feed.xml', 'http://[::1]/feed', 'http://localhost/rss', 'http://localhost./rss', 'http://feeds.localhost./rss', 'https://10.0.0.5/f', 'http://172.16.4.4/f', 'http://192.168.1.2/f', 'http://169.254.169.254/f', 'http://[fd12::1]/f'])
      expect(fails({ DISCORD_TOKEN: 'a', FEED_URLS: `https://news.example/feed.xml, ${url}` })).toBe(
        `FEED_URLS names ${url}, a loopback or private address the bot refuses unless FEED_ALLOW_PRIVATE=true: set FEED_ALLOW_PRIVATE=true for a feed you host yourself, or remove it from FEED_URLS.`,
      );
    expect(load({ DISCORD_TOKEN: 'a', FEED_URLS: 'http://127.0.0.1:8765/feed.xml', FEED_ALLOW_PRIVATE: 'true' }).FEED_URLS).toEqual(['http://127.0.0.1:8765/feed.xml']);
    // A name is not looked up here: one that resolves to a private address is refused when polled.
    expect(load({ DISCORD_TOKEN: 'a', FEED_URLS: 'http://intranet.example/feed.xml, http://172.32.0.1/f' }).FEED_URLS).toHaveLength(2);
  });

  it('treats a blank optional variable as unset', () => {
    expect(load({ DISCORD_TOKEN: 'a', DISCORD_GUILD_ID: '', DISCORD_API_URL: ' ' }).DISCORD_GUILD_ID).toBeUndefined();
  });

  it('asks for the client id and the public key only where they are needed', () => {
    expect(() => neededSetting(load({ DISCORD_TOKEN: 'a' }), 'DISCORD_CLIENT_ID')).toThrow(/^DISCORD_CLIENT_ID is missing/);
    expect(neededSetting(load({ DISCORD_TOKEN: 'a', DISCORD_CLIENT_ID: '123456789012345678' }), 'DISCORD_CLIENT_ID')).toBe('123456789012345678');
    expect(() => loadConfig({ DISCORD_TOKEN: 'a' }, { dotenv: false, needed: ['DISCORD_PUBLIC_KEY'] })).toThrow(/^DISCORD_PUBLIC_KEY is missing/);
  });

  it('names every missing setting the entry point needs with the token, in one run', () => {
    const both = () => loadConfig({ DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' }, { dotenv: false, needed: ['DISCORD_CLIENT_ID'] });
    expect(both).toThrow(ConfigError);
    const lines = (() => {
      try {
        both();
      } catch (err) {
        return (err as Error).message.split('\n');
      }
      return [];
    })();
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);
  });

  it('gives, for every malformed setting, the value found, the default and where to fix it', () => {
    const bad: Record<string, string> = {
      DISCORD_CLIENT_ID: 'app', DISCORD_GUILD_ID: 'my-server', INDEX_SNAPSHOT: 'maybe', LOG_LEVEL: 'loud', DISCORD_API_URL: 'discord',
      SUMMARY_CHANNEL_IDS: '#news', SUMMARY_BACKFILL: '-1', SUMMARY_UPDATE: 'replace', SUMMARY_RETRY_SECONDS: 'soon', FEEDBACK_RETENTION_DAYS: '1.5',
      LOG_PRIVATE_QUESTIONS: 'maybe', LEARN_AUTO_APPROVE: 'all', COOLDOWN_QUESTIONS: 'five', COOLDOWN_SECONDS: '0', DISCORD_PUBLIC_KEY: 'abc',
      HOST: 'my host', PORT: '70000', SHARD_COUNT: 'many', AUTO_ANSWER_CHANNEL_IDS: '#help', AUTO_ANSWER_PER_MINUTE: 'x', FEED_URLS: 'feed.xml',
      FEED_POLL_SECONDS: '-5', FEED_ALLOW_PRIVATE: 'perhaps',
    };
    const defaults: Record<string, string> = {
      INDEX_SNAPSHOT: 'on', LOG_LEVEL: 'info', SUMMARY_CHANNEL_IDS: 'none', SUMMARY_BACKFILL: '1', SUMMARY_UPDATE: 'ignore', SUMMARY_RETRY_SECONDS: '60',
      FEEDBACK_RETENTION_DAYS: '90', LOG_PRIVATE_QUESTIONS: 'false', COOLDOWN_QUESTIONS: '5', COOLDOWN_SECONDS: '30', HOST: '127.0.0.1', PORT: '8080',
      SHARD_COUNT: 'auto', AUTO_ANSWER_CHANNEL_IDS: 'none', AUTO_ANSWER_PER_MINUTE: '6', FEED_URLS: 'none', FEED_POLL_SECONDS: '600', FEED_ALLOW_PRIVATE: 'false',
    };
    for (const [name, value] of Object.entries(bad)) {
      // The default joins the rule's own parenthesised hint, if any: one bracket group, never two in a row.
      const fallback = defaults[name] ? `(?: \\(|; )default ${defaults[name].replace(/\./g, '\\.')}\\)` : '';
      expect(fails({ DISCORD_TOKEN: 'a', [name]: value }), name).toMatch(new RegExp(`^${name} must [^\\n]+${fallback}, not "${value}": fix it in the environment, which overrides \\.env\\.$`));
    }
  });

  it('names every malformed setting, one sentence a line, the content limit and the answer threshold too', () => {
    expect(fails({ DISCORD_TOKEN: 'a', COOLDOWN_QUESTIONS: '5', LOG_LEVEL: 'verbose', SUMMARY_UPDATE: 'x', CONTENT_MAX_FILE_MB: '0', ANSWER_THRESHOLD: '35' }).split('\n')).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace or silent (default info), not "verbose": fix it in the environment, which overrides .env.',
      'SUMMARY_UPDATE must be edit or ignore (default ignore), not "x": fix it in the environment, which overrides .env.',
      'CONTENT_MAX_FILE_MB must be a positive number of megabytes (default 20), not "0": fix it in the environment, which overrides .env.',
      'ANSWER_THRESHOLD must be a number from 0.1 to 1, the confidence an answer needs (higher: fewer answers, each surer; default 0.35), not "35": fix it in the environment, which overrides .env.',
    ]);
  });

  it('reads as one plain sentence: a default joins the rule\'s hint in one pair of brackets', () => {
    expect(fails({ DISCORD_TOKEN: 'a', INDEX_SNAPSHOT: 'maybe' })).toBe('INDEX_SNAPSHOT must be on, which keeps a snapshot of the index in DATA_DIR/index-snapshot, or off (default on), not "maybe": fix it in the environment, which overrides .env.');
    expect(fails({ DISCORD_TOKEN: 'a', HOST: 'my host' })).toBe('HOST must be an IP address of this machine or a host name (0.0.0.0 listens on every interface; default 127.0.0.1), not "my host": fix it in the environment, which overrides .env.');
    for (const [name, value] of Object.entries({ INDEX_SNAPSHOT: 'x', HOST: 'a b', SUMMARY_CHANNEL_IDS: '#a', AUTO_ANSWER_CHANNEL_IDS: '#b', DISCORD_GUILD_ID: 'g' })) {
      expect(fails({ DISCORD_TOKEN: 'a', [name]: value }), name).not.toMatch(/\) \(/);
    }
  });

  it('never repeats a secret: the token, a database URL with its password', () => {
    expect(fails({ DISCORD_TOKEN: 'abc def' })).toBe('DISCORD_TOKEN must not contain spaces (paste the token exactly as the developer portal shows it): fix it in the environment, which overrides .env.');
    expect(fails({ DISCORD_TOKEN: 'a', DATABASE_URL: 'mysql://bot:hunter2@db/faq' })).not.toContain('hunter2');
  });

  it('reads the fixed-word settings in any case, as it reads true and false', () => {
    expect(load({ DISCORD_TOKEN: 'a', INDEX_SNAPSHOT: 'OFF', LOG_LEVEL: 'INFO', SUMMARY_UPDATE: 'Edit', SHARD_COUNT: 'Auto', LOG_PRIVATE_QUESTIONS: 'YES' })).toMatchObject({
      INDEX_SNAPSHOT: 'off',
      LOG_LEVEL: 'info',
      SUMMARY_UPDATE: 'edit',
      SHARD_COUNT: 'auto',
      LOG_PRIVATE_QUESTIONS: true,
    });
  });

  it('accepts a host name or an IP address as HOST, and refuses what is neither', () => {
    for (const host of ['0.0.0.0', '127.0.0.1', '::', '::1', 'localhost', 'faq-bot.internal', 'Bot-1.example.org.']) expect(load({ DISCORD_TOKEN: 'a', HOST: host }).HOST, host).toBe(host);
    for (const host of ['999.1.1.1', '1.2.3', 'my host', 'http://example.org', '-bad.example', 'a_b']) expect(fails({ DISCORD_TOKEN: 'a', HOST: host }), host).toMatch(/^HOST must be an IP address of this machine or a host name/);
  });

  it('says to fix a value in .env when .env set it, and in the environment when that did', () => {
    const dir = tempDir('faq-config-');
    writeFileSync(path.join(dir, '.env'), 'DISCORD_TOKEN=a\nCOOLDOWN_QUESTIONS=five\n');
    const cwd = process.cwd();
    const saved = { ...process.env };
    process.chdir(dir);
    try {
      expect(() => loadConfig()).toThrow('COOLDOWN_QUESTIONS must be a whole number above 0 (default 5), not "five": fix it in .env.');
      process.env.LOG_LEVEL = 'loud';
      expect(() => loadConfig()).toThrow('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace or silent (default info), not "loud": fix it in the environment, which overrides .env.');
    } finally {
      process.chdir(cwd);
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });
});
