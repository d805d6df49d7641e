import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { ContentLimits } from './content/limits.js';
import { isArticleFile } from './content/load.js';
import type { Article, ContentIssue, Passage } from './content/types.js';
import { listArticleFiles } from './content/walk.js';
import { pacer } from './slices.js';
import type { LearnedPhrasing } from './learn/phrasings.js';
import { DEFAULT_RANKING, SearchIndex, type IndexState } from './search/engine.js';

/**
 * The index snapshot: a built index and the content it was built from, kept in one file so that a restart
 * on unchanged content serves at once, without parsing a file or analysing a word.
 *
 * File layout: one JSON header line (`{"format","key","articles","state","sha256"}`), then the articles as
 * UTF-8 JSON (`articles` bytes; a passage's `text` left out when it equals its `raw`), then the rest
 * (`state` bytes: content issues, file count and the index's `IndexState`) as `node:v8` serialize. The
 * articles are JSON because `JSON.parse` rebuilds 100k paragraphs in about half the time `v8.deserialize`
 * takes; the typed arrays go through v8 as a copy. `sha256` covers both sections.
 */

/** The file layout's version: a file of another one is ignored (and replaced). */
export const SNAPSHOT_FORMAT = 1;

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

/** What the key is computed from, besides the files' contents and the code. */
export interface KeyInputs {
  limits: ContentLimits;
  learned: readonly LearnedPhrasing[];
  extra: readonly Article[];
}

/**
 * The snapshot key of the content in `dir`: sha256 over the snapshot format, this code (see
 * `codeFingerprint`), Node's version, the ranking options, the content limits, every article file's path
 * (as the loader names it) and the sha256 of its bytes (a file over the size limit by its size: it is
 * refused unread), what listing the folder reported, and the learned phrasings and extra articles
 * indexed with the files. Equal keys mean the loader and the engine would produce the same index. Files
 * are read, not parsed. Throws what listing the folder throws (a missing `dir`).
 */
export async function snapshotKey(dir: string, { limits, learned, extra }: KeyInputs): Promise<string> {
  const listing = await listArticleFiles(dir, limits, isArticleFile);
  const key = createHash('sha256');
  key.update(JSON.stringify({ format: SNAPSHOT_FORMAT, code: codeFingerprint(), node: process.version, ranking: DEFAULT_RANKING, limits, issues: listing.issues, learned, extra }));
  // Read synchronously a few milliseconds' worth at a time: at 10k files, four times faster than a
  // promise per file, and a serving thread still answers between slices.
  const pause = pacer(SLICE_MS);
  for (const file of listing.files) {
    const bytes = fileBytes(file, limits.maxFileBytes);
    key.update(`\n${file}\0${typeof bytes === 'string' ? bytes : bytes.length}\0`);
    if (typeof bytes !== 'string') key.update(bytes);
    await pause();
  }
  return key.digest('hex');
}

/**
 * A file's bytes, or what stands for them: a file over the size limit is refused unread, and an unreadable
 * one (deleted meanwhile, say) is reported by the error, whatever its bytes.
 */
function fileBytes(file: string, maxBytes: number): Buffer | string {
  try {
    const { size } = statSync(file);
    return size > maxBytes ? `over the limit: ${size} bytes` : readFileSync(file);
  } catch (err) {
    return `unreadable: ${(err as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

let fingerprint: string | null = null;

/**
 * sha256 of the code that parses and indexes (every file of the folder this module runs from, `src/` or
 * `dist/`) and of `package.json` and `package-lock.json` (the version and the dependencies: parsers,
 * stemmers): a snapshot written by other code is never served, even when no one bumped a version.
 * Computed once per process (about 200 files: milliseconds).
 */
function codeFingerprint(): string {
  return (fingerprint ??= (() => {
    const root = path.dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    const code = readdirSync(root, { recursive: true, encoding: 'utf8' }).sort().map((name) => path.join(root, name));
    for (const file of [...code, ...['package.json', 'package-lock.json'].map((f) => path.join(root, '..', f))]) {
      if (!statSync(file, { throwIfNoEntry: false })?.isFile()) continue;
      hash.update(`\n${path.relative(root, file)}\0`);
      hash.update(readFileSync(file));
    }
    return hash.digest('hex');
  })());
}

/** Why a snapshot is not served: none yet, the content (or code) changed since, or the file is unusable. */
export type SnapshotMiss = { reason: 'missing' } | { reason: 'changed' } | { reason: 'unusable'; problem: string };

interface Header {
  format: number;
  key: string;
  articles: number;
  state: number;
  sha256: string;
}

/** The rest of a snapshot after its articles (see the file layout above). */
interface Rest {
  issues: ContentIssue[];
  files: number;
  state: IndexState;
}

/** Longest header line read: a key and a few numbers. */
const MAX_HEADER = 1024;

/**
 * The content snapshotted in `folder` under `key`, or why not: a missing file is `missing`, another key
 * `changed`; a file that is truncated, corrupt or of another format is `unusable`, with the reason.
 * Never throws. Reads the header alone unless the key matches.
 */
export async function readSnapshot(folder: string, key: string): Promise<SnapshotContent | SnapshotMiss> {
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
    if (header.format !== SNAPSHOT_FORMAT) return { reason: 'unusable', problem: `it is of format ${String(header.format)}, this version reads format ${SNAPSHOT_FORMAT}` };
    if (header.key !== key) return { reason: 'changed' };
    const { articles: articleBytes = 0, state: stateBytes = 0 } = header;
    const { size } = await file.stat();
    if (size !== end + 1 + articleBytes + stateBytes) return { reason: 'unusable', problem: `it is ${size} bytes where its header says ${end + 1 + articleBytes + stateBytes} (truncated?)` };
    const body = Buffer.allocUnsafe(articleBytes + stateBytes);
    await file.read(body, 0, body.length, end + 1);
    if (createHash('sha256').update(body).digest('hex') !== header.sha256) return { reason: 'unusable', problem: 'its checksum does not match (corrupt)' };
    const articles = JSON.parse(body.toString('utf8', 0, articleBytes)) as Article[];
    for (const passage of passages(articles)) (passage as { text?: string }).text ??= passage.raw;
    const rest = v8.deserialize(body.subarray(articleBytes)) as Rest;
    return { index: SearchIndex.restore(articles, rest.state), issues: rest.issues, files: rest.files };
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
 * go (tens of milliseconds at 100k paragraphs). Rejects with the file system's error.
 */
export async function writeSnapshot(folder: string, key: string, content: SnapshotContent): Promise<void> {
  const hash = createHash('sha256');
  const pause = pacer(SLICE_MS);
  const articles: Buffer[] = [];
  for (const [i, article] of content.index.articles.entries()) {
    articles.push(Buffer.from(`${i ? ',' : '['}${JSON.stringify(article, withoutPlainText)}`));
    hash.update(articles.at(-1)!);
    await pause();
  }
  articles.push(Buffer.from(articles.length ? ']' : '[]'));
  hash.update(articles.at(-1)!);
  const rest = v8.serialize({ issues: content.issues, files: content.files, state: content.index.state() } satisfies Rest);
  for (const chunk of chunksOf(rest)) {
    hash.update(chunk);
    await pause();
  }
  const header: Header = { format: SNAPSHOT_FORMAT, key, articles: articles.reduce((n, b) => n + b.length, 0), state: rest.length, sha256: hash.digest('hex') };
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
  } catch (err) {
    await file.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** Bytes hashed or written per step (1 MiB). */
const WRITE_CHUNK = 1 << 20;
/** Buffers per write: under IOV_MAX (1,024 on Linux). */
const MAX_BUFFERS = 512;

const chunksOf = (buffer: Buffer): Buffer[] => Array.from({ length: Math.ceil(buffer.length / WRITE_CHUNK) }, (_, i) => buffer.subarray(i * WRITE_CHUNK, (i + 1) * WRITE_CHUNK));

const TEMP = '.tmp';
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
