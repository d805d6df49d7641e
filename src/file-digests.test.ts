import { readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileDigests } from './file-digests.js';
import { tempDir } from '../test/temp-dir.js';

/** No digest is racy: a file's times alone say whether it changed (the racy rule has its own test). */
const TRUSTING = -Infinity;
const LIMIT = 1 << 20;

describe('FileDigests', () => {
  it('reads a file once while it is unchanged, and again once it changed, even saved over with its size and modification time', () => {
    const dir = tempDir('faq-digests-');
    const file = path.join(dir, 'a.md');
    writeFileSync(file, 'alpha');
    const digests = new FileDigests(TRUSTING);
    const first = digests.digest(file, LIMIT);
    expect(digests.digest(file, LIMIT)).toBe(first);
    expect(digests.reads).toBe(1);
    // As an editor saves: another file renamed over it (another inode), its times put back.
    const { atime, mtime } = statSync(file);
    writeFileSync(path.join(dir, 'a.md.new'), 'omega');
    utimesSync(path.join(dir, 'a.md.new'), atime, mtime);
    renameSync(path.join(dir, 'a.md.new'), file);
    const second = digests.digest(file, LIMIT);
    expect(second).not.toBe(first);
    writeFileSync(file, 'omega, longer');
    expect(digests.digest(file, LIMIT)).not.toBe(second);
    expect(digests.reads).toBe(3);
    // Another size limit is another reading.
    expect(digests.digest(file, 3)).toBe('over the limit: 13 bytes');
    expect(digests.reads).toBe(4);
    expect(digests.digest(path.join(path.dirname(file), 'gone.md'), LIMIT)).toBe('unreadable: ENOENT');
  });

  it('reads again a file changed within the racy interval of its reading, where a write could leave its times as they were', () => {
    const file = path.join(tempDir('faq-digests-'), 'a.md');
    writeFileSync(file, 'alpha');
    // Modified "after" it is read, whatever the clock: its times never leave the interval.
    const later = new Date(Date.now() + 3_600_000);
    utimesSync(file, later, later);
    const digests = new FileDigests();
    digests.digest(file, LIMIT);
    digests.digest(file, LIMIT);
    expect(digests.reads).toBe(2);
  });

  it('keeps the digests for the next process, which reads only the files changed since, and keeps no racy one', async () => {
    const dir = tempDir('faq-digests-');
    const [a, b, saved] = ['a.md', 'b.md', 'digests.json'].map((name) => path.join(dir, name)) as [string, string, string];
    writeFileSync(a, 'alpha');
    writeFileSync(b, 'beta');
    const before = new FileDigests(TRUSTING);
    const digest = before.digest(a, LIMIT);
    before.digest(b, LIMIT);
    await before.save(saved, [a, b]);
    expect(Object.keys(JSON.parse(readFileSync(saved, 'utf8')).files)).toEqual([a, b]);

    writeFileSync(b, 'bravo');
    const after = new FileDigests(TRUSTING);
    await after.load(saved);
    expect(after.digest(a, LIMIT)).toBe(digest);
    after.digest(b, LIMIT);
    expect(after.reads).toBe(1);

    const later = new Date(Date.now() + 3_600_000);
    utimesSync(b, later, later);
    const careful = new FileDigests();
    careful.digest(a, LIMIT);
    careful.digest(b, LIMIT);
    await careful.save(saved, [a, b]);
    expect(Object.keys(JSON.parse(readFileSync(saved, 'utf8')).files)).not.toContain(b);
  });

  it('saves only when a file was read since, and a start that read files saves them again', async () => {
    const dir = tempDir('faq-digests-');
    const [file, saved] = ['a.md', 'digests.json'].map((name) => path.join(dir, name)) as [string, string];
    writeFileSync(file, 'alpha');
    const digests = new FileDigests(TRUSTING);
    digests.digest(file, LIMIT);
    await digests.save(saved, [file], false);
    expect(Object.keys(JSON.parse(readFileSync(saved, 'utf8')).files)).toEqual([file]);
    // Nothing read since: nothing written.
    writeFileSync(saved, 'damaged');
    await digests.save(saved, [file], false);
    expect(readFileSync(saved, 'utf8')).toBe('damaged');
    // The next start finds it damaged, reads the file, and writes the digests again.
    const next = new FileDigests(TRUSTING);
    await next.load(saved);
    next.digest(file, LIMIT);
    await next.save(saved, [file], false);
    expect(Object.keys(JSON.parse(readFileSync(saved, 'utf8')).files)).toEqual([file]);
  });

  it('passes over a saved file that is missing, malformed or of another format, and reads the files', async () => {
    const dir = tempDir('faq-digests-');
    const file = path.join(dir, 'a.md');
    writeFileSync(file, 'alpha');
    const saved = path.join(dir, 'digests.json');
    const before = new FileDigests(TRUSTING);
    before.digest(file, LIMIT);
    await before.save(saved, [file]);
    const good = JSON.parse(readFileSync(saved, 'utf8')) as { format: number };
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ ...good, format: good.format + 1 }));
    writeFileSync(path.join(dir, 'bad.json'), '{"format": 1, "files": {"a.md": [1, 2], "x": ');
    const digests = new FileDigests(TRUSTING);
    for (const name of ['bad.json', 'missing.json', 'other.json']) await digests.load(path.join(dir, name));
    digests.digest(file, LIMIT);
    expect(digests.reads).toBe(1);
    // The same file, as written: taken up.
    const taking = new FileDigests(TRUSTING);
    await taking.load(saved);
    taking.digest(file, LIMIT);
    expect(taking.reads).toBe(0);
  });
});
