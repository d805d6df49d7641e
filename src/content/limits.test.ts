import { describe, expect, it } from 'vitest';
import { SettingError } from '../env.js';
import { contentLimits, DEFAULT_LIMITS } from './limits.js';

describe('contentLimits', () => {
  it('reads CONTENT_MAX_FILE_MB in megabytes, 20 by default', () => {
    expect(contentLimits({})).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS.maxFileBytes).toBe(20 * 1024 * 1024);
    expect(contentLimits({ CONTENT_MAX_FILE_MB: ' 0.5 ' }).maxFileBytes).toBe(512 * 1024);
  });

  it('refuses a value that is not a positive number, in one sentence naming the variable', () => {
    for (const bad of ['0', '-1', 'lots', 'Infinity']) {
      expect(() => contentLimits({ CONTENT_MAX_FILE_MB: bad })).toThrow(SettingError);
    }
    expect(() => contentLimits({ CONTENT_MAX_FILE_MB: 'lots' })).toThrow('CONTENT_MAX_FILE_MB must be a positive number of megabytes (default 20), not "lots": fix it in the environment, which overrides .env.');
  });
});
