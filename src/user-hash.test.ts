import { describe, expect, it } from 'vitest';
import { openMemoryStore } from './store/sqlite.js';
import { newSalt, userHasher } from './user-hash.js';

describe('userHasher', () => {
  it('is stable for one salt, differs across salts, and never contains the id', () => {
    const id = '140000000000000001';
    const salt = newSalt();
    const first = userHasher(salt)(id);
    expect(userHasher(salt)(id)).toBe(first);
    expect(userHasher(newSalt())(id)).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(first).not.toContain(id.slice(0, 6));
  });

  it('gets one salt per store: the first offered wins, so every process hashes alike', async () => {
    const store = await openMemoryStore();
    const kept = await store.userHashSalt(newSalt());
    expect(kept).toMatch(/^[0-9a-f]{64}$/);
    expect(await store.userHashSalt(newSalt())).toBe(kept);
  });
});
