import { describe, expect, it } from 'vitest';
import { Cooldown } from './cooldown.js';

describe('Cooldown', () => {
  it('allows max questions per window per user, then says how long to wait', () => {
    let now = 0;
    const cooldown = new Cooldown(2, 30_000, () => now);
    expect(cooldown.take('a')).toBe(0);
    now = 1_000;
    expect(cooldown.take('a')).toBe(0);
    now = 5_000;
    expect(cooldown.take('a')).toBe(25_000);
    expect(cooldown.take('b')).toBe(0);
    now = 30_001;
    expect(cooldown.take('a')).toBe(0);
  });
});
