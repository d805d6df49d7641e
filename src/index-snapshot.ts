import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { ContentLimits } from './content/limits.js';
import { isArticleFile, type FileResult, type ParseResultMap } from './content/load.js';
import type { Article, ContentIssue, ParseResult, Passage } from './content/types.js';
import { listArticleFiles } from './content/walk.js';
import { FileDigests } from './file-digests.js';
import { pacer } from './slices.js';
import type { LearnedPhrasing } from './learn/phrasings.js';
import { DEFAULT_RANKING, SearchIndex, type IndexState, type RankingOptions } from './search/engine.js';

/**
 * The index snapshot: a built index and the content it was built from, kept in one file so that a restart
 * on unchanged content serves at once, without parsing a file or analysing a word.
 *
 * When only some files changed, the articles of the others are taken from it and only the changed ones
 * are parsed (see `readSnapshot`).
 *
 * File layout: one JSON header line (`{"format","key","base","articles","state","sha1"}`), then the
 * articles as UTF-8 JSON (`articles` bytes; a passage's `text` left out when it equals its `raw`), then the
 * rest (`state` bytes: content issues, file count, each file's digest and parse result, and the index's
 * `IndexState`) as `node:v8` serialize. The articles are JSON because `JSON.parse` rebuilds 100k paragraphs
 * in about half the time `v8.deserialize` takes; the typed arrays go through v8 as a copy. `sha1` covers
 * both sections: a check against a damaged file, not against a forger (who could write the file anyway),
 * so the fastest hash Node has here: SHA-1 read the 100k-paragraph snapshot (122 MB) in 70 ms, SHA-256 in
 * 235 ms, at every restart.
 */

/** The file layout's version: a file of another one is ignored (and replaced). */
export const SNAPSHOT_FORMAT = 3;

/** Work done between two yields to the event loop while a key is computed or a snapshot encoded, in ms. */
const SLICE_MS = 5;

/** The snapshot's name in its folder. */
const FILE = 'index.snapshot';

/** What `loadCatalog` serves, as it was when the snapshot was written. */
export interface SnapshotContent {
  index: SearchIndex;
  issues: ContentIssue[];
  files: number;
}

/**
 * What a load parsed, under its key's base: each article file's digest and parse result, by path. A later
 * load of the same base reuses the results of the files whose digest is unchanged (`reusable`).
 */
export interface ParsedFiles {
  base: string;
  files: ReadonlyMap<string, { digest: string; result: ParseResult }>;
}

/** The parse results in `parsed` still good for the content of `key`: of the same base, each file's digest unchanged. */
export function reusable(parsed: ParsedFiles | null | undefined, { base, digests }: SnapshotKey): ParseResultMap | undefined {
  if (parsed?.base !== base) return undefined;
  const reuse = new Map<string, ParseResult>();
  for (const [file, { digest, result }] of parsed.files) if (digests.get(file) === digest) reuse.set(file, result);
  return reuse;
}

/** What each file gave (`Content.parsed`) with its digest in `key`; a file read after the key was computed has none and is left out. */
export function parsedFiles(parsed: readonly FileResult[], { base, digests }: SnapshotKey): ParsedFiles {
  const files = new Map<string, { digest: string; result: ParseResult }>();
  for (const { file, result } of parsed) {
    const digest = digests.get(file);
    if (digest !== undefined) files.set(file, { digest, result });
  }
  return { base, files };
}

/** What a snapshot is written from: the content served, and what each file gave (`Content.parsed`). */
export interface SnapshotSource extends SnapshotContent {
  parsed: readonly FileResult[];
}

/** The key of some content (see `snapshotKey`). */
export interface SnapshotKey {
  /** Equal for the same files' bytes, with everything in `base`. */
  key: string;
  /**
   * Equal for the same code, Node, ranking, limits, learned phrasings and extra articles, whatever the
   * files: a snapshot of another key but the same base holds parse results still good for unchanged files.
   */
  base: string;
  /** Each article file's digest (sha256 of its bytes, or what stands for them), by path. */
  digests: ReadonlyMap<string, string>;
}

/** What the key is computed from, besides the files' contents and the code. */
export interface KeyInputs {
  limits: ContentLimits;
  learned: readonly LearnedPhrasing[];
  extra: readonly Article[];
}

/**
 * The snapshot key of the content in `dir`: its `base`, sha256 over the snapshot format, this code (see
 * `codeFingerprint`), Node's version, the ranking options, the content limits, and the learned phrasings
 * and extra articles indexed with the files; and its `key`, sha256 over the base, what listing the folder
 * reported, and every article file's path (as the loader names it) with its digest (see `FileDigests`).
 * Equal keys mean the loader and the engine would produce the same index. Files are read, not parsed,
 * and only those that changed since the digests kept beside the snapshot in `folder` were read (see
 * `FileDigests.save`). Throws what listing the folder throws (a missing `dir`).
 */
export async function snapshotKey(dir: string, { limits, learned, extra }: KeyInputs, folder?: string): Promise<SnapshotKey> {
  if (folder) await fileDigests.load(path.join(folder, DIGESTS));
  const { digests, issues } = await articleDigests(dir, limits);
  const base = sha256(JSON.stringify({ format: SNAPSHOT_FORMAT, code: codeFingerprint(), node: process.version, ranking: DEFAULT_RANKING, limits, learned, extra }));
  const key = createHash('sha256').update(`${base}\n${JSON.stringify(issues)}`);
  for (const [file, digest] of digests) key.update(`\n${file}\0${digest}`);
  return { key: key.digest('hex'), base, digests };
}

/**
 * Every article file in `dir` (as the loader lists and names them, in its order) with its digest, and what
 * listing the folder reported. Files are read, not parsed, and only those that may have changed since this
 * process read them, or the one whose saved digests it took up (see `FileDigests`). Throws what listing the
 * folder throws (a missing `dir`).
 */
export async function articleDigests(dir: string, limits: ContentLimits): Promise<{ digests: Map<string, string>; issues: ContentIssue[] }> {
  const listing = await listArticleFiles(dir, limits, isArticleFile);
  const digests = new Map<string, string>();
  // Read synchronously a few milliseconds' worth at a time: at 10k files, four times faster than a
  // promise per file, and a serving thread still answers between slices.
  const pause = pacer(SLICE_MS);
  for (const file of listing.files) {
    digests.set(file, fileDigests.digest(file, limits.maxFileBytes));
    await pause();
  }
  return { digests, issues: listing.issues };
}

/** Whether two sets of digests (`SnapshotKey.digests`) name the same files with the same bytes. */
export function sameDigests(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [file, digest] of a) if (b.get(file) !== digest) return false;
  return true;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

let fingerprint: string | null = null;

/**
 * Files of the code's folder that never run: compiled source maps and declarations (`dist/`; half its bytes,
 * and 11 of the 22 ms the fingerprint took at each `node dist/cli.js`), and tests (`src/`).
 */
const NOT_CODE = /\.(?:js\.map|d\.ts|test\.ts)$/;

/**
 * sha256 of the code that parses and indexes (every file of the folder this module runs from, `src/` or
 * `dist/`) and of `package.json` and `package-lock.json` (the version and the dependencies: parsers,
 * stemmers): a snapshot written by other code is never served, even when no one bumped a version.
 * Computed once per process (about 200 files: milliseconds). Not of what never runs (see NOT_CODE).
 */
function codeFingerprint(): string {
  return (fingerprint ??= (() => {
    const root = path.dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    const code = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((name) => !NOT_CODE.test(name))
      .sort()
      .map((name) => path.join(root, name));
    for (const file of [...code, ...['package.json', 'package-lock.json'].map((f) => path.join(root, '..', f))]) {
      if (!statSync(file, { throwIfNoEntry: false })?.isFile()) continue;
      hash.update(`\n${path.relative(root, file)}\0`);
      hash.update(readFileSync(file));
    }
    return hash.digest('hex');
  })());
}

/**
 * Why a snapshot is not served: none yet, the content (or code) changed since, an older version wrote it
 * (`outdated`), or the file is unusable.
 * When only files changed (the same `base`), `sources` holds what the snapshot's files gave (see `reusable`).
 */
export type SnapshotMiss = { reason: 'missing' } | { reason: 'changed'; sources?: ParsedFiles } | { reason: 'outdated'; format: number } | { reason: 'unusable'; problem: string };

interface Header {
  format: number;
  key: string;
  base: string;
  articles: number;
  state: number;
  sha1: string;
}

/**
 * One article file as it was parsed: its digest, its problems, and its article, as a position in the
 * snapshot's articles (null when it gave none). A file whose article was refused as a duplicate id has
 * no record: it is parsed again.
 */
interface SourceRecord {
  file: string;
  digest: string;
  issues: ContentIssue[];
  article: number | null;
}

/** The rest of a snapshot after its articles (see the file layout above). */
interface Rest {
  issues: ContentIssue[];
  files: number;
  sources: SourceRecord[];
  /**
   * Articles as their file gave them, by position, where the one served differs (learned phrasings merged
   * in): a reused file gives its own, and the phrasings are merged again as they are then.
   */
  asParsed: [number, Article][];
  state: IndexState;
}

/** Longest header line read: a key and a few numbers. */
const MAX_HEADER = 1024;

/**
 * The content snapshotted in `folder` under `key`, with what its files gave (`sources`, for a later reload
 * to reuse), or why not: a missing file is `missing`, another key `changed` (with `sources` when the base
 * is the same), an older version's `outdated` (with its format); a file that is truncated, corrupt or of a
 * newer version's format is `unusable`, with the reason.
 * Never throws. Reads the header alone unless the key or the base matches. The index restored ranks with
 * `ranking` over the options it was built with (`ANSWER_THRESHOLD` may have changed since; see `SearchIndex.restore`).
 */
export async function readSnapshot(folder: string, { key, base, digests }: SnapshotKey, ranking: Partial<RankingOptions> = {}): Promise<(SnapshotContent & { sources: ParsedFiles }) | SnapshotMiss> {
  let file;
  try {
    file = await open(path.join(folder, FILE));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { reason: 'missing' };
    return { reason: 'unusable', problem: `cannot open it (${(err as Error).message})` };
  }
  try {
    const start = Buffer.alloc(MAX_HEADER);
    const { bytesRead } = await file.read(start, 0, MAX_HEADER, 0);
    const end = start.subarray(0, bytesRead).indexOf('\n');
    if (end < 0) return { reason: 'unusable', problem: 'it has no header' };
    const header = JSON.parse(start.subarray(0, end).toString('utf8')) as Partial<Header>;
    const { format } = header;
    if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) return { reason: 'unusable', problem: 'its header names no format (not an index snapshot?)' };
    // An upgrade's routine: its snapshot was written by an older version, whose layout this one no longer reads.
    if (format < SNAPSHOT_FORMAT) return { reason: 'outdated', format };
    if (format !== SNAPSHOT_FORMAT) return { reason: 'unusable', problem: `it is of format ${format}, written by a newer version; this version reads format ${SNAPSHOT_FORMAT}` };
    if (header.key !== key && header.base !== base) return { reason: 'changed' };
    const { articles: articleBytes = 0, state: stateBytes = 0 } = header;
    const { size } = await file.stat();
    if (size !== end + 1 + articleBytes + stateBytes) return { reason: 'unusable', problem: `it is ${size} bytes where its header says ${end + 1 + articleBytes + stateBytes} (truncated?)` };
    const body = Buffer.allocUnsafe(articleBytes + stateBytes);
    await file.read(body, 0, body.length, end + 1);
    if (createHash('sha1').update(body).digest('hex') !== header.sha1) return { reason: 'unusable', problem: 'its checksum does not match (corrupt)' };
    const articles = JSON.parse(body.toString('utf8', 0, articleBytes)) as Article[];
    for (const passage of passages(articles)) (passage as { text?: string }).text ??= passage.raw;
    const rest = v8.deserialize(body.subarray(articleBytes)) as Rest;
    const asParsed = new Map(rest.asParsed);
    const files = new Map<string, { digest: string; result: ParseResult }>();
    for (const { file, digest, issues, article } of rest.sources) {
      files.set(file, { digest, result: { article: article === null ? null : (asParsed.get(article) ?? articles[article]!), issues } });
    }
    const sources = { base, files };
    if (header.key === key) {
      // Files read for the key (racy when last saved, changed in place, or the digests file lost): kept for the next start.
      await fileDigests.save(path.join(folder, DIGESTS), digests.keys(), false);
      return { index: SearchIndex.restore(articles, rest.state, ranking), issues: rest.issues, files: rest.files, sources };
    }
    return { reason: 'changed', sources };
  } catch (err) {
    return { reason: 'unusable', problem: `it cannot be read (${(err as Error).message})` };
  } finally {
    await file.close();
  }
}

function* passages(articles: readonly Article[]): Generator<Passage> {
  for (const article of articles) {
    yield* article.paragraphs;
    for (const entry of article.faq) yield* [entry.question, ...entry.answer, ...entry.alternates];
  }
}

/** JSON replacer: a passage's `text` is left out when it is its `raw` (`readSnapshot` puts it back). */
function withoutPlainText(this: unknown, name: string, value: unknown): unknown {
  return name === 'text' && value === (this as Partial<Passage>).raw ? undefined : value;
}

/**
 * Writes `content` to `folder` (created if needed) as the snapshot for `key`, replacing the previous one
 * atomically (a temporary file renamed over it, so a reader or a crash never sees half a file). Encodes the
 * articles a few at a time and hashes and writes in 1 MiB steps, yielding to the event loop every few
 * milliseconds, so a serving process keeps answering; the index state (typed arrays) is serialized in one
 * go (tens of milliseconds at 100k paragraphs). Then keeps the key's file digests beside it for the next
 * start (see `FileDigests.save`). Rejects with the file system's error.
 */
export async function writeSnapshot(folder: string, { key, base, digests }: SnapshotKey, content: SnapshotSource): Promise<void> {
  const hash = createHash('sha1');
  const pause = pacer(SLICE_MS);
  const articles: Buffer[] = [];
  for (const [i, article] of content.index.articles.entries()) {
    articles.push(Buffer.from(`${i ? ',' : '['}${JSON.stringify(article, withoutPlainText)}`));
    hash.update(articles.at(-1)!);
    await pause();
  }
  articles.push(Buffer.from(articles.length ? ']' : '[]'));
  hash.update(articles.at(-1)!);
  const rest = v8.serialize({ issues: content.issues, files: content.files, ...sourceRecords(content, digests), state: content.index.state() } satisfies Rest);
  for (const chunk of chunksOf(rest)) {
    hash.update(chunk);
    await pause();
  }
  const header: Header = { format: SNAPSHOT_FORMAT, key, base, articles: articles.reduce((n, b) => n + b.length, 0), state: rest.length, sha1: hash.digest('hex') };
  await mkdir(folder, { recursive: true });
  await removeAbandoned(folder);
  const temp = path.join(folder, `${FILE}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP}`);
  const file = await open(temp, 'w');
  try {
    // In chunks of about WRITE_CHUNK bytes: no copy of the whole, and no more buffers per call than an iovec holds.
    let chunk: Buffer[] = [Buffer.from(`${JSON.stringify(header)}\n`)];
    let bytes = 0;
    for (const part of [...articles, ...chunksOf(rest)]) {
      chunk.push(part);
      bytes += part.length;
      if (bytes < WRITE_CHUNK && chunk.length < MAX_BUFFERS) continue;
      await file.writev(chunk);
      [chunk, bytes] = [[], 0];
    }
    await file.writev(chunk);
    await file.sync();
    await file.close();
    await rename(temp, path.join(folder, FILE));
    await fileDigests.save(path.join(folder, DIGESTS), digests.keys());
  } catch (err) {
    await file.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/**
 * Each file's record for `Rest.sources`, and the articles to keep as parsed: a file's article is found among
 * those served as itself, or as the copy `withLearned` made of it (same id and file); one refused as a
 * duplicate id is not found, and a file read after the key was computed has no digest: neither is recorded.
 * Nor is a file refused for an FAQ error (`ParseResult.refused`): parsed again at the next load, its
 * article is checked across articles again, which a record of its issues alone could not do.
 */
function sourceRecords({ index, parsed }: SnapshotSource, digests: SnapshotKey['digests']): Pick<Rest, 'sources' | 'asParsed'> {
  const position = new Map<Article | string, number>();
  for (const [i, article] of index.articles.entries()) position.set(article, i).set(`${article.id}\0${article.file}`, i);
  const sources: SourceRecord[] = [];
  const asParsed: [number, Article][] = [];
  for (const { file, result } of parsed) {
    const digest = digests.get(file);
    const article = result.article ? position.get(result.article) ?? position.get(`${result.article.id}\0${result.article.file}`) : null;
    if (digest === undefined || article === undefined || result.refused) continue;
    if (result.article && article !== null && index.articles[article] !== result.article) asParsed.push([article, result.article]);
    sources.push({ file, digest, issues: result.issues, article });
  }
  return { sources, asParsed };
}

/** Bytes hashed or written per step (1 MiB). */
const WRITE_CHUNK = 1 << 20;
/** Buffers per write: under IOV_MAX (1,024 on Linux). */
const MAX_BUFFERS = 512;

const chunksOf = (buffer: Buffer): Buffer[] => Array.from({ length: Math.ceil(buffer.length / WRITE_CHUNK) }, (_, i) => buffer.subarray(i * WRITE_CHUNK, (i + 1) * WRITE_CHUNK));

const TEMP = '.tmp';
/** Beside the snapshot, the files' digests and the state they were read in (see `FileDigests.save`). */
const DIGESTS = `${FILE}.digests`;

/** The article files' digests this process read or took up. */
const fileDigests = new FileDigests();
/** A temporary file older than this (ms) was left by a process that died while writing: a write takes seconds. */
const ABANDONED_MS = 60 * 60 * 1000;

/** Removes the temporary files of writes that never finished (the process was killed while writing). */
async function removeAbandoned(folder: string): Promise<void> {
  for (const name of await readdir(folder)) {
    if (!name.startsWith(FILE) || !name.endsWith(TEMP)) continue;
    const file = path.join(folder, name);
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > ABANDONED_MS) await unlink(file).catch(() => undefined);
  }
}
