import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { ContentLimits } from './content/limits.js';
import { isArticleFile } from './content/load.js';
import type { Article, ContentIssue, Passage } from './content/types.js';
import { listArticleFiles } from './content/walk.js';
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
  const hashes = await mapLimited(listing.files, READ_CONCURRENCY, (file) => fileHash(file, limits.maxFileBytes));
  const key = createHash('sha256');
  key.update(JSON.stringify({ format: SNAPSHOT_FORMAT, code: await codeFingerprint(), node: process.version, ranking: DEFAULT_RANKING, limits, issues: listing.issues, learned, extra }));
  listing.files.forEach((file, i) => key.update(`\n${file}\0${hashes[i]}`));
  return key.digest('hex');
}

/** Files read at once while computing a key: enough to keep a disk busy, few enough to hold little memory. */
const READ_CONCURRENCY = 16;

async function fileHash(file: string, maxBytes: number): Promise<string> {
  try {
    const { size } = await stat(file);
    if (size > maxBytes) return `size ${size}`;
    return createHash('sha256').update(await readFile(file)).digest('hex');
  } catch (err) {
    // Gone or unreadable: the loader reports it; what it says depends on the error, not on the bytes.
    return `unreadable ${(err as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

async function mapLimited<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await map(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

let fingerprint: Promise<string> | null = null;

/**
 * sha256 of the code that parses and indexes (every file of the folder this module runs from, `src/` or
 * `dist/`) and of `package.json` and `package-lock.json` (the version and the dependencies: parsers,
 * stemmers): a snapshot written by other code is never served, even when no one bumped a version.
 * Computed once per process (~180 files, a few milliseconds).
 */
function codeFingerprint(): Promise<string> {
  return (fingerprint ??= (async () => {
    const root = path.dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
    for (const file of [...files.sort(), ...['package.json', 'package-lock.json'].map((f) => path.join(root, '..', f))]) {
      hash.update(`\n${path.relative(root, file)}\0`);
      hash.update(await readFile(file).catch(() => ''));
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

/** Work done between two yields to the event loop while a snapshot is encoded, in ms. */
const SLICE_MS = 5;

/**
 * Writes `content` to `folder` (created if needed) as the snapshot for `key`, replacing the previous one
 * atomically (a temporary file renamed over it, so a reader or a crash never sees half a file). Encodes the
 * articles a few at a time, yielding to the event loop every few milliseconds, so a serving process keeps
 * answering; the index state (typed arrays) is serialized in one go. Rejects with the file system's error.
 */
export async function writeSnapshot(folder: string, key: string, content: SnapshotContent): Promise<void> {
  const hash = createHash('sha256');
  const parts: Buffer[] = [];
  const add = (part: Buffer) => (parts.push(part), hash.update(part));
  let since = performance.now();
  for (const [i, article] of content.index.articles.entries()) {
    add(Buffer.from(`${i ? ',' : '['}${JSON.stringify(article, withoutPlainText)}`));
    if (performance.now() - since < SLICE_MS) continue;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  }
  add(Buffer.from(parts.length ? ']' : '[]'));
  const articles = Buffer.concat(parts);
  const rest = v8.serialize({ issues: content.issues, files: content.files, state: content.index.state() } satisfies Rest);
  hash.update(rest);
  const header: Header = { format: SNAPSHOT_FORMAT, key, articles: articles.length, state: rest.length, sha256: hash.digest('hex') };
  await mkdir(folder, { recursive: true });
  await removeAbandoned(folder);
  const temp = path.join(folder, `${FILE}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP}`);
  const file = await open(temp, 'w');
  try {
    await file.writev([Buffer.from(`${JSON.stringify(header)}\n`), articles, rest]);
    await file.sync();
    await file.close();
    await rename(temp, path.join(folder, FILE));
  } catch (err) {
    await file.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

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
