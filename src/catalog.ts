import { contentLimits } from './content/limits.js';
import { loadContentOffThread } from './content/load-thread.js';
import { allIssues } from './content/load.js';
import type { Article, ContentIssue } from './content/types.js';
import { articleDigests, parsedFiles, readSnapshot, reusable, sameDigests, snapshotKey, writeSnapshot, type ParsedFiles, type SnapshotKey, type SnapshotMiss } from './index-snapshot.js';
import { withLearned, type LearnedPhrasing } from './learn/phrasings.js';
import { rankingSettings } from './env.js';
import { SearchIndex } from './search/engine.js';

export interface Catalog {
  index: SearchIndex;
  issues: ContentIssue[];
  /** Article files found, valid or not. */
  files: number;
}

/** What became of the index snapshot (see `CatalogOptions.snapshot`). */
export interface SnapshotOutcome {
  /** The index was restored from the snapshot (nothing was parsed or built), or why not; null on a reload, which never reads it. */
  read: 'restored' | SnapshotMiss | null;
  /** Article files parsed for this index: none when restored, only the changed ones when the others were reused. */
  parsed: number;
  /** Article files whose parse result was taken from the snapshot, unchanged since it was written (see `readSnapshot`). */
  reused: number;
  /**
   * Settles once the snapshot of the index just built is written; rejects with why it could not be. Null
   * when none is written: restored, or an article kept from `previous` (a fresh start would not serve it).
   */
  written: Promise<void> | null;
}

export interface CatalogOptions {
  /**
   * A folder for the index snapshot (the bot's `DATA_DIR/index-snapshot`); default none: always parse and
   * build. With one, a start (no `previous` articles) on content whose key (`snapshotKey`: the files'
   * bytes, the learned phrasings, the extra articles, the code) matches the snapshot's is served from it;
   * any other content is built and snapshotted in the background, parsing only the files changed since the
   * snapshot when nothing else did (the same learned phrasings, extra articles and code). A reload never reads the
   * snapshot: restoring holds the thread (about a second at 100k paragraphs), and a reload's thread serves.
   */
  snapshot?: string;
  /**
   * What the load before this one parsed (its `sources`): on a reload, the files unchanged since are not
   * parsed again. Only with `snapshot` (the files' digests are the snapshot key's).
   */
  sources?: ParsedFiles | null;
}

/**
 * Loads and indexes every article in `dir`, within the limits set in the environment (`CONTENT_MAX_FILE_MB`);
 * throws `ContentDirError` when the directory is missing, `SettingError` when a limit is malformed and
 * `ContentWorkerError` (naming the file) when the parsing thread dies. The files are parsed on a worker
 * thread and the index is built in slices (`SearchIndex.build`, warmed), so the calling thread keeps
 * answering meanwhile.
 * On a reload, pass the articles served so far: one whose file has just become invalid keeps being
 * served as it last was (listed in `kept`), so a half-saved edit never takes an article offline, and a file
 * that served an id keeps it when a new file names the same id (see `claimOrder`).
 * `extra` articles (read from feeds) are indexed beside the files' ones, and `learned` (approved phrasings
 * from the store) join their FAQ entries' alternates in both; see `withLearned`.
 * With `options.snapshot`, unchanged content is restored from the index snapshot instead (see `CatalogOptions`).
 * `digests` are the article files' digests, read before anything is parsed (null when the folder cannot be
 * listed): `filesChanged` compares the folder with them later.
 */
export async function loadCatalog(
  dir: string,
  previous: readonly Article[] = [],
  learned: readonly LearnedPhrasing[] = [],
  extra: readonly Article[] = [],
  { snapshot, sources }: CatalogOptions = {},
): Promise<Catalog & { kept: Article[]; snapshot: SnapshotOutcome | null; sources: ParsedFiles | null; digests: SnapshotKey['digests'] | null }> {
  const limits = contentLimits();
  const ranking = rankingSettings();
  // A folder that cannot be listed has no key: loading it says why. Without a snapshot, the digests are
  // read all the same (for `filesChanged`: a fraction of the parsing they precede).
  const key = snapshot ? await snapshotKey(dir, { limits, learned, extra }, snapshot).catch(() => null) : null;
  const digests = key ? key.digests : ((await articleDigests(dir, limits).catch(() => null))?.digests ?? null);
  let read: SnapshotOutcome['read'] = null;
  if (snapshot && key && !previous.length) {
    const found = await readSnapshot(snapshot, key, ranking);
    if (!('reason' in found)) return { ...found, kept: [], snapshot: { read: 'restored', parsed: 0, reused: 0, written: null }, digests };
    read = found;
  }
  const reuse = key ? reusable(read && 'sources' in read ? read.sources : sources, key) : undefined;
  // A file that served an id keeps it when a new file names the same id.
  const content = await loadContentOffThread(dir, { limits, reuse, served: new Map(previous.map((a) => [a.id, a.file])) });
  const broken = new Set(content.issues.filter((i) => i.severity === 'error').map((i) => i.file));
  const loaded = new Set(content.articles.map((a) => a.id));
  const kept = previous.filter((a) => broken.has(a.file) && !loaded.has(a.id));
  const articles = withLearned([...content.articles, ...kept, ...extra], learned);
  const catalog = { index: await SearchIndex.build(articles, ranking, content.loadedAt), issues: allIssues(content), files: content.files };
  if (!snapshot || !key) return { ...catalog, kept, snapshot: null, sources: null, digests };
  // A snapshot with an article kept from an earlier version would serve it to a start, which would not.
  const written = kept.length ? null : (writing = writing.catch(() => undefined).then(() => writeSnapshot(snapshot, key, { ...catalog, parsed: content.parsed })));
  // A disk error is the caller's to report through `written`, never an unhandled rejection that stops the process.
  written?.catch(() => undefined);
  return { ...catalog, kept, snapshot: { read, parsed: content.parsedNow, reused: content.parsed.length - content.parsedNow, written }, sources: parsedFiles(content.parsed, key), digests };
}

/**
 * Whether the article files in `dir` are no longer those a load read (its `digests`; null: none known):
 * one added, removed or edited since. Stats every file and reads those that may have changed (see
 * `FileDigests`), a few milliseconds at a time; never throws (a folder that cannot be listed has changed).
 */
export async function filesChanged(dir: string, digests: SnapshotKey['digests'] | null): Promise<boolean> {
  const now = await articleDigests(dir, contentLimits()).catch(() => null);
  return !digests || !now || !sameDigests(digests, now.digests);
}

/** The last snapshot write started: the next waits for it, so snapshots are written in the order they were built. */
let writing: Promise<void> = Promise.resolve();

/**
 * Settles once every index snapshot write started so far has ended, written or not (never rejects): for a
 * process stopping, so the next start finds the snapshot of what it served rather than rebuilding.
 */
export const snapshotsWritten = (): Promise<void> => writing.catch(() => undefined);

/** `index`'s articles indexed again with `learned` merged in, without reading the files again (for start-up, once the store is open). */
export const withLearnedIndex = (index: SearchIndex, learned: readonly LearnedPhrasing[]): SearchIndex =>
  new SearchIndex(withLearned(index.articles, learned), rankingSettings(), index.loadedAt);
