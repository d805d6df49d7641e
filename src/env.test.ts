import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { answerThreshold, contentDir, dataDir, DEFAULT_ANSWER_THRESHOLD, rankingSettings, SettingError, settingPlace } from './env.js';
import { DEFAULT_RANKING } from './search/engine.js';

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

describe('answerThreshold, rankingSettings', () => {
  it("reads ANSWER_THRESHOLD from 0.1 to 1, unset as the engine's default, which its sentence quotes", () => {
    expect(String(DEFAULT_RANKING.threshold)).toBe(DEFAULT_ANSWER_THRESHOLD);
    expect(answerThreshold({})).toBeUndefined();
    expect(rankingSettings({ ANSWER_THRESHOLD: ' ' })).toEqual({});
    expect(rankingSettings({ ANSWER_THRESHOLD: '0.5' })).toEqual({ threshold: 0.5 });
    expect(answerThreshold({ ANSWER_THRESHOLD: '1' })).toBe(1);
    expect(answerThreshold({ ANSWER_THRESHOLD: '.5' })).toBe(0.5);
    for (const bad of ['0', '0.05', '1.5', 'high', '35', '0x1', '1e-1', '0,5', 'Infinity']) expect(() => answerThreshold({ ANSWER_THRESHOLD: bad }), bad).toThrow(SettingError);
  });
});
