import { copyFileSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesChanged, loadCatalog, withLearnedIndex } from './catalog.js';
import { summarize } from './search/summarize.js';
import { tempDir } from '../test/temp-dir.js';

const SEED = 'content/anthropic-nsa-offensive-ai-global-pause.txt';

describe('loadCatalog', () => {
  it('reads the files\' digests, and filesChanged tells an edited, added or removed file from unchanged ones', async () => {
    const dir = tempDir('faq-catalog-');
    writeFileSync(path.join(dir, 'ferry.md'), '# Ferry\n\nThe ferry leaves at nine.\n');
    const { digests } = await loadCatalog(dir);
    expect([...digests!.keys()]).toEqual([path.join(dir, 'ferry.md')]);
    expect(await filesChanged(dir, digests)).toBe(false);
    writeFileSync(path.join(dir, 'ferry.md'), '# Ferry\n\nThe ferry leaves at ten.\n');
    expect(await filesChanged(dir, digests)).toBe(true);
    const edited = (await loadCatalog(dir)).digests;
    writeFileSync(path.join(dir, 'notes.txt'), 'Notes\n\nThe tram runs hourly.\n');
    expect(await filesChanged(dir, edited)).toBe(true);
    unlinkSync(path.join(dir, 'notes.txt'));
    expect(await filesChanged(dir, edited)).toBe(false);
    unlinkSync(path.join(dir, 'ferry.md'));
    expect(await filesChanged(dir, edited)).toBe(true);
    expect(await filesChanged(path.join(dir, 'nowhere'), edited)).toBe(true);
  });

  it('keeps answering while a 4,000-sentence article loads, then answers from it', async () => {
    const dir = tempDir('faq-catalog-');
    const sentences = Array.from({ length: 4000 }, (_, i) => `Report ${i} covers the tram depot and the harbour crane number ${i}.`);
    writeFileSync(path.join(dir, 'long.txt'), `Harbour Works Daily Log\n\n${sentences.join(' ')}\n\nThe lighthouse keeper retired in March after forty years.\n`);
    const served = await loadCatalog('content');
    const loading = loadCatalog(dir);
    const meanwhile = await new Promise((resolve) => setImmediate(() => resolve(served.index.answer('What is Mythos?'))));
    expect(meanwhile).toMatchObject({ kind: 'faq', source: { id: 'anthropic-nsa-offensive-ai-global-pause' } });
    const loaded = await loading;
    expect(loaded.index.answer('When did the lighthouse keeper retire?').quote).toBe('The lighthouse keeper retired in March after forty years.');
    expect(summarize(loaded.index.articles[0]!)).toMatch(/^Report \d+ covers/);
  });

  it('reports what check-content reports, for the bot\'s log and the playground\'s panel: "no id:" too, of a refused file as well', async () => {
    const dir = tempDir('faq-catalog-');
    writeFileSync(path.join(dir, 'noanswer.md'), '# Swimming Pool Reopens\n\nThe pool reopens on Monday after a refit.\n\n## FAQ\n\n### When does the pool open?\n\n### Is there a discount for students?\n\nYes, students pay half price.\n');
    writeFileSync(path.join(dir, 'pinned.md'), '---\nid: pinned\nlang: en\n---\n# Pinned\n\nThe library opens at nine on weekdays and at ten on Saturdays.\n');
    const { issues } = await loadCatalog(dir);
    expect(issues.map((i) => [path.basename(i.file), i.line, i.severity, i.message.split(':')[0]])).toEqual([
      ['noanswer.md', 1, 'notice', 'no "id'],
      ['noanswer.md', 7, 'error', 'FAQ question has no answer'],
    ]);
  });

  it('answers with the ANSWER_THRESHOLD of the environment, built, restored from the snapshot and with learned phrasings', async () => {
    const dir = tempDir('faq-catalog-');
    const snapshot = tempDir('faq-catalog-snapshot-');
    writeFileSync(path.join(dir, 'ferry.md'), '# Ferry\n\n## FAQ\n\n### When does the ferry leave?\n\nAt nine, from the harbour.\n');
    writeFileSync(path.join(dir, 'library.md'), '# Library\n\n## FAQ\n\n### When does the library open?\n\nAt eight.\n');
    // Half the question ("island" is in no article): confidence 0.5.
    const asked = 'ferry from the island';
    const built = await loadCatalog(dir, [], [], [], { snapshot });
    await built.snapshot!.written;
    expect(built.index.answer(asked).answer).toBe('At nine, from the harbour.');
    process.env.ANSWER_THRESHOLD = '0.6';
    try {
      const restored = await loadCatalog(dir, [], [], [], { snapshot });
      expect(restored.snapshot!.read).toBe('restored');
      expect(restored.index.answer(asked).answer).toBeNull();
      expect((await loadCatalog(dir)).index.answer(asked).answer).toBeNull();
      expect(withLearnedIndex(restored.index, []).answer(asked).answer).toBeNull();
    } finally {
      delete process.env.ANSWER_THRESHOLD;
    }
    // A snapshot written under 0.6 answers at the default once the setting is unset.
    const strictSnapshot = tempDir('faq-catalog-snapshot-');
    process.env.ANSWER_THRESHOLD = '0.6';
    try {
      const strict = await loadCatalog(dir, [], [], [], { snapshot: strictSnapshot });
      await strict.snapshot!.written;
      expect(strict.index.answer(asked).answer).toBeNull();
    } finally {
      delete process.env.ANSWER_THRESHOLD;
    }
    const again = await loadCatalog(dir, [], [], [], { snapshot: strictSnapshot });
    expect(again.snapshot!.read).toBe('restored');
    expect(again.index.answer(asked).answer).toBe('At nine, from the harbour.');
  });

  it('keeps the last good version of a broken file, but not of a deleted one', async () => {
    const dir = tempDir('faq-catalog-');
    copyFileSync(SEED, path.join(dir, 'seed.txt'));
    writeFileSync(path.join(dir, 'other.md'), '# Other\n\nThe ferry leaves at nine.\n');
    const first = await loadCatalog(dir);
    expect(first.index.articles.map((a) => a.id).sort()).toEqual(['anthropic-nsa-offensive-ai-global-pause', 'other']);
    writeFileSync(path.join(dir, 'seed.txt'), 'Broken\n\nFAQ\n\nAn unanswered question?\n');
    unlinkSync(path.join(dir, 'other.md'));
    const next = await loadCatalog(dir, first.index.articles);
    expect(next.kept.map((a) => a.id)).toEqual(['anthropic-nsa-offensive-ai-global-pause']);
    expect(next.index.articles.map((a) => a.id)).toEqual(['anthropic-nsa-offensive-ai-global-pause']);
  });

  it('on a reload, leaves an id with the file that served it when a new file names it too', async () => {
    const dir = tempDir('faq-catalog-');
    const ferry = path.join(dir, 'harbour-ferry.md');
    writeFileSync(ferry, '---\nid: harbour-ferry-2026\n---\n# Harbour ferry\n\nThe ferry leaves at nine.\n');
    const first = await loadCatalog(dir);
    // Older by modification time and first by name: only having served the id keeps it with harbour-ferry.md.
    const dup = path.join(dir, 'dup.md');
    writeFileSync(dup, '---\ntitle: Dup\nid: harbour-ferry-2026\n---\nOther text.\n');
    utimesSync(dup, new Date(2000, 0, 1), new Date(2000, 0, 1));
    const next = await loadCatalog(dir, first.index.articles);
    expect(next.index.articles.map((a) => a.file)).toEqual([ferry]);
    expect(next.issues).toEqual([{ severity: 'error', file: dup, line: 3, message: expect.stringContaining(`${ferry} keeps it (it served this id before)`) }]);
  });
});
