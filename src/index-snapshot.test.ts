import { copyFileSync, cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog as load } from './catalog.js';
import { DEFAULT_LIMITS } from './content/limits.js';
import type { Article } from './content/types.js';
import type { LearnedPhrasing } from './learn/phrasings.js';
import { readSnapshot, SNAPSHOT_FORMAT, snapshotKey, writeSnapshot, type KeyInputs, type SnapshotKey } from './index-snapshot.js';
import { SearchIndex } from './search/engine.js';
import { tempDir } from '../test/temp-dir.js';

/**
 * Snapshots still being written in the background, awaited after each test and before its folders are
 * deleted: a write still under way made the folder again, and the run failed on the leftover (seen under
 * load in a clean-clone CI run).
 */
const writing: Promise<void>[] = [];
afterEach(async () => {
  await Promise.allSettled(writing.splice(0));
});

/** `loadCatalog`, its background snapshot write awaited after the test (see `writing`). */
async function loadCatalog(...args: Parameters<typeof load>): ReturnType<typeof load> {
  const catalog = await load(...args);
  if (catalog.snapshot?.written) writing.push(catalog.snapshot.written);
  return catalog;
}

const SEED = 'content/anthropic-nsa-offensive-ai-global-pause.txt';
const FILE = 'index.snapshot';

/** A folder holding a copy of the seed article and one small Markdown article. */
function seedFolder(): string {
  const dir = tempDir('faq-snapshot-content-');
  copyFileSync(SEED, path.join(dir, 'seed.txt'));
  writeFileSync(path.join(dir, 'ferry.md'), '# Island Ferry Timetable\n\nThe ferry leaves the harbour at nine.\n\n## FAQ\n\n### When does the ferry leave?\n\nAt nine, from the harbour.\n');
  return dir;
}

const inputs = (extra: Partial<KeyInputs> = {}): KeyInputs => ({ limits: DEFAULT_LIMITS, learned: [], extra: [], ...extra });

/** A feed-like article built in code. */
const feedArticle = (title: string): Article => ({
  id: 'feed-1', title, url: null, date: null, summary: null, site: null, lang: 'en', langSource: 'declared', langReliable: true, tags: [], file: 'feeds/feed-1.html',
  paragraphs: [{ raw: 'The tram depot reopens in June.', text: 'The tram depot reopens in June.', section: null, paragraph: 1, line: 3 }],
  faq: [],
});

/** A generated folder of `articles` articles, each with a paragraph in bold and an FAQ entry. */
function generatedFolder(articles: number): string {
  const dir = tempDir('faq-snapshot-generated-');
  const words = ['harbour', 'ferry', 'tram', 'depot', 'library', 'council', 'bridge', 'market', 'museum', 'station', 'garden', 'river', 'school', 'clinic', 'stadium', 'theatre'];
  let seed = 7;
  const pick = () => words[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length]!;
  for (let i = 0; i < articles; i++) {
    const [a, b, c] = [pick(), pick(), pick()];
    writeFileSync(
      path.join(dir, `a${String(i).padStart(5, '0')}.md`),
      `# The ${a} and the ${b} number ${i}\n\nThe ${a} near the ${c} opens at ${i % 12} o'clock, said the ${b} office.\n\n**Bold** ${b} notes for item ${i}.\n\n## FAQ\n\n### When does the ${a} ${i} open?\n\nAt ${i % 12}, beside the ${c}.\n`,
    );
  }
  return dir;
}

/** Every way the index answers, for a set of questions and typed prefixes. */
function behaviour(index: SearchIndex, questions: string[]) {
  return {
    stats: index.stats,
    loadedAt: index.loadedAt.getTime(),
    articles: index.articles,
    answers: questions.map((q) => index.answer(q)),
    explained: questions.map((q) => index.explain(q)),
    scoped: questions.map((q) => index.answer(q, { article: index.articles[1]?.id ?? 'none' })),
    questions: questions.map((q) => index.suggestQuestions(q.slice(0, 9))),
    titles: questions.map((q) => index.suggestArticles(q.split(' ').slice(0, 3).join(' '))),
    empty: [index.suggestQuestions(''), index.suggestArticles('')],
    entries: index.articles.slice(0, 20).flatMap((a) => [index.entryAnswer(`${a.id}#faq-1`), index.entryAnswer(`${a.id}#p1`)]),
  };
}

const SEED_QUESTIONS = ['What is Mythos?', 'When does the ferry leave?', 'when dose the fery leave', 'Why now?', 'Who reported the story?', 'What is the weather in Paris?', 'ferry harbour', ''];

async function writeAndRead(dir: string, snapshot: string, questions: string[]) {
  const built = await loadCatalog(dir, [], [], [], { snapshot });
  expect(built.snapshot?.read).toEqual({ reason: 'missing' });
  await built.snapshot!.written;
  const restored = await loadCatalog(dir, [], [], [], { snapshot });
  expect(restored.snapshot?.read).toBe('restored');
  expect({ issues: restored.issues, files: restored.files }).toEqual({ issues: built.issues, files: built.files });
  expect(behaviour(restored.index, questions)).toEqual(behaviour(built.index, questions));
  return { built, restored };
}

describe('index snapshot: restored = built', () => {
  it('answers, explains, quotes and autocompletes exactly as the index it was taken from, on the seed content', async () => {
    await writeAndRead(seedFolder(), tempDir('faq-snapshot-'), SEED_QUESTIONS);
  });

  it('does so on a generated folder, with Markdown whose text differs from its raw form', async () => {
    const dir = generatedFolder(GENERATED);
    const questions = ['When does the ferry 12 open?', 'When dose the libary 204 open', 'bold tram notes', 'harbour near the museum', 'The clinic and the river number 77', 'stadium'];
    const { restored } = await writeAndRead(dir, tempDir('faq-snapshot-'), questions);
    expect(restored.index.stats).toMatchObject({ articles: GENERATED, faq: GENERATED });
    expect(restored.index.articles[0]!.paragraphs[1]).toMatchObject({ raw: expect.stringContaining('**Bold**'), text: expect.not.stringContaining('**') });
  });
});

/** Articles of the generated folder: more than one slice of each building step (see `SearchIndex.build`). */
const GENERATED = 300;

describe('index snapshot: key', () => {
  it('is the same for the same content, and changes with every input; its base with every input but the files', async () => {
    const dir = seedFolder();
    const first = await snapshotKey(dir, inputs());
    expect(await snapshotKey(dir, inputs())).toEqual(first);
    const keys = new Set([first.key]);
    const bases = new Set([first.base]);
    const differs = async (key: Promise<SnapshotKey>, base: 'same base' | 'other base') => {
      const k = await key;
      expect(keys.has(k.key)).toBe(false);
      keys.add(k.key);
      expect(k.base === first.base).toBe(base === 'same base');
      bases.add(k.base);
    };
    await differs(snapshotKey(dir, inputs({ learned: [{ entry: 'seed#faq-1', question: 'What is that model?' }] })), 'other base');
    await differs(snapshotKey(dir, inputs({ extra: [feedArticle('Depot')] })), 'other base');
    await differs(snapshotKey(dir, inputs({ extra: [feedArticle('Depot reopening')] })), 'other base');
    await differs(snapshotKey(dir, inputs({ limits: { ...DEFAULT_LIMITS, maxFileBytes: 1000 } })), 'other base');
    expect(bases.size).toBe(5);
    writeFileSync(path.join(dir, 'ferry.md'), readFileSync(path.join(dir, 'ferry.md'), 'utf8').replace('nine', 'ten'));
    const edited = await snapshotKey(dir, inputs());
    await differs(Promise.resolve(edited), 'same base');
    // Only the edited file's digest changed.
    expect([...edited.digests.keys()]).toEqual([...first.digests.keys()]);
    expect([...edited.digests].filter(([file, digest]) => first.digests.get(file) !== digest).map(([file]) => path.basename(file))).toEqual(['ferry.md']);
    renameSync(path.join(dir, 'ferry.md'), path.join(dir, 'boat.md'));
    await differs(snapshotKey(dir, inputs()), 'same base');
    writeFileSync(path.join(dir, 'new.md'), '# New\n\nA new article.\n');
    await differs(snapshotKey(dir, inputs()), 'same base');
    // Not an article file: the loader does not read it, so it is no part of the key.
    const last = [...keys].at(-1);
    writeFileSync(path.join(dir, 'notes.json'), '{}');
    expect((await snapshotKey(dir, inputs())).key).toBe(last);
  });
});

/** Everything a catalog serves but the time it was loaded. */
const served = ({ index, issues, files }: Awaited<ReturnType<typeof loadCatalog>>, questions: string[]) => {
  const { loadedAt: _, ...rest } = behaviour(index, questions);
  return { ...rest, issues, files };
};

describe('index snapshot: a changed folder parses only what changed', () => {
  it('parses the changed, added and renamed files alone, reuses the others, and serves what a full build serves', async () => {
    const dir = generatedFolder(40);
    copyFileSync(SEED, path.join(dir, 'seed.txt'));
    const snapshot = tempDir('faq-snapshot-');
    const first = await loadCatalog(dir, [], [], [], { snapshot });
    expect(first.snapshot).toMatchObject({ read: { reason: 'missing' }, parsed: 41, reused: 0 });
    await first.snapshot!.written;
    const ferry = '# Island Ferry Timetable\n\nThe ferry leaves the harbour at ten.\n\n## FAQ\n\n### When does the ferry leave?\n\nAt ten, from the harbour.\n';
    writeFileSync(path.join(dir, 'a00003.md'), ferry);
    const questions = ['When does the ferry leave?', 'When does the tram 3 open?', 'What is Mythos?', 'When does the museum 7 open?'];
    const next = await loadCatalog(dir, [], [], [], { snapshot });
    expect(next.snapshot).toMatchObject({ read: { reason: 'changed' }, parsed: 1, reused: 40 });
    expect(next.index.answer('When does the ferry leave?').answer).toBe('At ten, from the harbour.');
    expect(served(next, questions)).toEqual(served(await loadCatalog(dir), questions));
    await next.snapshot!.written;
    // Written from the reused articles as from parsed ones: the next start restores it, and the next change reuses it.
    expect((await loadCatalog(dir, [], [], [], { snapshot })).snapshot).toMatchObject({ read: 'restored', parsed: 0 });
    renameSync(path.join(dir, 'a00007.md'), path.join(dir, 'z-moved.md'));
    writeFileSync(path.join(dir, 'new.md'), '# Night Buses\n\nNight buses run every hour.\n');
    writeFileSync(path.join(dir, 'a00011.md'), '');
    const moved = await loadCatalog(dir, [], [], [], { snapshot });
    expect(moved.snapshot).toMatchObject({ read: { reason: 'changed' }, parsed: 3, reused: 39 });
    expect(served(moved, questions)).toEqual(served(await loadCatalog(dir), questions));
    expect(moved.issues.map((i) => `${path.basename(i.file)}: ${i.message}`)).toContain('a00011.md: the file is empty');
  }, 60_000);

  it('lets a reload parse only the files changed since the load before it, whether that load parsed or restored them', async () => {
    const dir = generatedFolder(30);
    const snapshot = tempDir('faq-snapshot-');
    const built = await loadCatalog(dir, [], [], [], { snapshot });
    await built.snapshot!.written;
    const restored = await loadCatalog(dir, [], [], [], { snapshot });
    expect(restored.snapshot?.read).toBe('restored');
    const questions = ['When does the ferry leave?', 'When does the tram 3 open?', 'When does the museum 7 open?'];
    for (const earlier of [built, restored]) {
      writeFileSync(path.join(dir, 'a00003.md'), `# Ferry ${earlier === built ? 'one' : 'two'}\n\n## FAQ\n\n### When does the ferry leave?\n\nAt ${earlier === built ? 'nine' : 'ten'}.\n`);
      const reload = await loadCatalog(dir, earlier.index.articles, [], [], { snapshot, sources: earlier.sources });
      expect(reload.snapshot).toMatchObject({ read: null, parsed: 1, reused: 29 });
      expect(served(reload, questions)).toEqual(served(await loadCatalog(dir), questions));
      await reload.snapshot!.written;
    }
    // Without what the load before parsed, a reload parses every file.
    const full = await loadCatalog(dir, built.index.articles, [], [], { snapshot });
    expect(full.snapshot).toMatchObject({ parsed: 30, reused: 0 });
    // Its snapshot is written in the background: done before the folder is deleted, which it would create again.
    await full.snapshot!.written;
  }, 60_000);

  it('reuses an article as its file gave it, and merges the learned phrasings into it again', async () => {
    const dir = seedFolder();
    const snapshot = tempDir('faq-snapshot-');
    const learned: LearnedPhrasing[] = [{ entry: 'ferry#faq-1', question: 'What time is the boat?' }];
    await (await loadCatalog(dir, [], learned, [], { snapshot })).snapshot!.written;
    writeFileSync(path.join(dir, 'seed.txt'), `${readFileSync(path.join(dir, 'seed.txt'), 'utf8')}\n\nOne more paragraph, written after the snapshot.\n`);
    const next = await loadCatalog(dir, [], learned, [], { snapshot });
    expect(next.snapshot).toMatchObject({ read: { reason: 'changed' }, parsed: 1, reused: 1 });
    expect(next.index.article('ferry')?.faq[0]?.alternates.map((a) => a.text)).toEqual(['What time is the boat?']);
    const questions = ['What time is the boat?', 'When does the ferry leave?', 'What is Mythos?'];
    expect(served(next, questions)).toEqual(served(await loadCatalog(dir, [], learned), questions));
  });
});

describe('index snapshot: never stale, never trusted when damaged', () => {
  it('rebuilds when a file changed, and serves what the file now says', async () => {
    const dir = seedFolder();
    const snapshot = tempDir('faq-snapshot-');
    await (await loadCatalog(dir, [], [], [], { snapshot })).snapshot!.written;
    writeFileSync(path.join(dir, 'ferry.md'), '# Island Ferry Timetable\n\nThe ferry leaves the harbour at ten.\n\n## FAQ\n\n### When does the ferry leave?\n\nAt ten, from the harbour.\n');
    const next = await loadCatalog(dir, [], [], [], { snapshot });
    expect(next.snapshot?.read).toMatchObject({ reason: 'changed' });
    expect(next.index.answer('When does the ferry leave?').answer).toBe('At ten, from the harbour.');
    await next.snapshot!.written;
    const again = await loadCatalog(dir, [], [], [], { snapshot });
    expect(again.snapshot?.read).toBe('restored');
    expect(again.index.answer('When does the ferry leave?').answer).toBe('At ten, from the harbour.');
  });

  it('rebuilds when the learned phrasings or the feed articles changed', async () => {
    const dir = seedFolder();
    const snapshot = tempDir('faq-snapshot-');
    await (await loadCatalog(dir, [], [], [], { snapshot })).snapshot!.written;
    const learned: LearnedPhrasing[] = [{ entry: 'ferry#faq-1', question: 'What time is the boat?' }];
    // Every file is parsed again: the snapshot's articles are of other phrasings and feeds.
    const withLearned = await loadCatalog(dir, [], learned, [], { snapshot });
    expect(withLearned.snapshot).toMatchObject({ read: { reason: 'changed' }, parsed: 2, reused: 0 });
    await withLearned.snapshot!.written;
    const withFeed = await loadCatalog(dir, [], learned, [feedArticle('Depot')], { snapshot });
    expect(withFeed.snapshot).toMatchObject({ read: { reason: 'changed' }, parsed: 2, reused: 0 });
    expect(withFeed.index.article('feed-1')?.title).toBe('Depot');
  });

  it('writes no snapshot when an earlier version of a broken file is kept, and a reload reads none', async () => {
    const dir = seedFolder();
    const snapshot = tempDir('faq-snapshot-');
    const first = await loadCatalog(dir, [], [], [], { snapshot });
    await first.snapshot!.written;
    writeFileSync(path.join(dir, 'ferry.md'), '');
    const broken = await loadCatalog(dir, first.index.articles, [], [], { snapshot });
    expect(broken.kept.map((a) => a.id)).toEqual(['ferry']);
    expect(broken.snapshot?.written).toBeNull();
    // A fresh start on the broken folder does not serve the kept article: nor does the snapshot.
    const fresh = await loadCatalog(dir, [], [], [], { snapshot });
    expect(fresh.snapshot?.read).toMatchObject({ reason: 'changed' });
    expect(fresh.index.article('ferry')).toBeUndefined();
    await fresh.snapshot!.written;
    // A reload never reads the snapshot (here, one of the broken folder, without the article a reload keeps).
    const reload = await loadCatalog(dir, first.index.articles, [], [], { snapshot });
    expect(reload.snapshot?.read).toBeNull();
    expect(reload.index.article('ferry')).toBeDefined();
  });

  it('ignores a truncated, corrupt, foreign, format-less or newer-format file with the reason, and replaces it', async () => {
    const dir = seedFolder();
    const snapshot = tempDir('faq-snapshot-');
    const built = await loadCatalog(dir, [], [], [], { snapshot });
    await built.snapshot!.written;
    const key = await snapshotKey(dir, inputs());
    const good = readFileSync(path.join(snapshot, FILE));
    const newline = good.indexOf('\n');
    const header = JSON.parse(good.subarray(0, newline).toString()) as Record<string, unknown>;
    const flipped = Buffer.from(good);
    flipped[good.length - 100]! ^= 0xff;
    const damaged: [Buffer, RegExp][] = [
      [good.subarray(0, good.length - 10), /truncated/],
      [flipped, /checksum/],
      [Buffer.from('not a snapshot at all'), /no header/],
      [Buffer.from('{"format":1\nxx'), /cannot be read/],
      [Buffer.concat([Buffer.from(JSON.stringify({ ...header, format: SNAPSHOT_FORMAT + 1 })), good.subarray(newline)]), new RegExp(`format ${SNAPSHOT_FORMAT + 1}, written by a newer version`)],
      [Buffer.concat([Buffer.from(JSON.stringify({ ...header, format: undefined })), good.subarray(newline)]), /names no format/],
      [Buffer.alloc(0), /no header/],
    ];
    for (const [bytes, problem] of damaged) {
      writeFileSync(path.join(snapshot, FILE), bytes);
      const read = await readSnapshot(snapshot, key);
      expect(read).toMatchObject({ reason: 'unusable', problem: expect.stringMatching(problem) });
      const loaded = await loadCatalog(dir, [], [], [], { snapshot });
      expect(loaded.snapshot?.read).toEqual(read);
      expect(loaded.index.answer('When does the ferry leave?').answer).toBe('At nine, from the harbour.');
      await loaded.snapshot!.written;
      expect('index' in (await readSnapshot(snapshot, key))).toBe(true);
    }
  });

  it('reports a missing snapshot as missing, another key as changed and an older format as outdated, and rejects a write it cannot make', async () => {
    const dir = seedFolder();
    const snapshot = tempDir('faq-snapshot-');
    const key = (name: string): SnapshotKey => ({ key: name, base: name, digests: new Map() });
    expect(await readSnapshot(snapshot, key('k'))).toEqual({ reason: 'missing' });
    const built = await loadCatalog(dir);
    expect(built.snapshot).toBeNull();
    await writeSnapshot(snapshot, key('k'), { ...built, parsed: [] });
    expect(await readSnapshot(snapshot, key('other'))).toEqual({ reason: 'changed' });
    // An older version's snapshot, as an upgrade finds it: outdated, not unusable, and replaced by a build.
    const good = readFileSync(path.join(snapshot, FILE));
    const newline = good.indexOf('\n');
    const header = JSON.parse(good.subarray(0, newline).toString()) as Record<string, unknown>;
    writeFileSync(path.join(snapshot, FILE), Buffer.concat([Buffer.from(JSON.stringify({ ...header, format: SNAPSHOT_FORMAT - 1 })), good.subarray(newline)]));
    expect(await readSnapshot(snapshot, key('k'))).toEqual({ reason: 'outdated', format: SNAPSHOT_FORMAT - 1 });
    const file = path.join(tempDir('faq-snapshot-'), 'a-file');
    writeFileSync(file, '');
    await expect(writeSnapshot(path.join(file, 'inside'), key('k'), { ...built, parsed: [] })).rejects.toThrow(/EEXIST|ENOTDIR/);
    // A failed write is reported through `written`, and one nobody waits for is no unhandled rejection
    // (vitest fails the run on one): writes are chained, so the second settles after the first.
    const ignored = await loadCatalog(dir, [], [], [], { snapshot: path.join(file, 'inside') });
    const awaited = await loadCatalog(dir, [], [], [], { snapshot: path.join(file, 'inside') });
    await expect(awaited.snapshot!.written).rejects.toThrow(/EEXIST|ENOTDIR/);
    expect(ignored.index.stats).toEqual(awaited.index.stats);
  });

  it('leaves loading as it was without a snapshot folder', async () => {
    const dir = tempDir('faq-snapshot-content-');
    cpSync('test/fixtures/articles', dir, { recursive: true });
    const loaded = await loadCatalog(dir);
    expect(loaded.snapshot).toBeNull();
    expect(loaded.index.stats.articles).toBe(2);
  });
});
