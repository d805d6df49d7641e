import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userHasher } from './user-hash.js';

describe('userHasher', () => {
  it('is stable for one DATA_DIR, differs across salts, and never contains the id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'faq-salt-'));
    const id = '140000000000000001';
    const first = userHasher(dir)(id);
    expect(userHasher(dir)(id)).toBe(first);
    expect(userHasher(mkdtempSync(path.join(tmpdir(), 'faq-salt-')))(id)).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(first).not.toContain(id.slice(0, 6));
    expect(readFileSync(path.join(dir, 'user-hash.salt'), 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
  });
});
