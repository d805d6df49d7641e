import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { contentDir, dataDir, settingPlace } from './env.js';

describe('contentDir, dataDir', () => {
  it('read CONTENT_DIR and DATA_DIR as the bot configuration does: trimmed, blank as unset, ./content and ./data by default', () => {
    for (const [value, content, data] of [[undefined, './content', './data'], ['', './content', './data'], ['  ', './content', './data'], [' here/ ', 'here/', 'here/']] as const) {
      const env = { CONTENT_DIR: value, DATA_DIR: value };
      expect([contentDir(env), dataDir(env)]).toEqual([content, data]);
      const config = loadConfig({ ...env, DISCORD_TOKEN: 'token' }, { dotenv: false });
      expect([config.CONTENT_DIR, config.DATA_DIR]).toEqual([content, data]);
    }
  });
});

describe('settingPlace', () => {
  it('sends the fix where the value came from: the environment overrides .env', () => {
    expect(settingPlace('DATA_DIR', { DATA_DIR: '/srv/data' })).toBe('the environment, which overrides .env');
    expect(settingPlace('DATA_DIR', {})).toBe('.env');
  });
});
