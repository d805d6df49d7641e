import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { pacer } from './slices.js';

/**
 * Article files' digests: the sha256 of a file's bytes, or what stands for them (a file over the size limit
 * is refused unread: its size; an unreadable one: the error). A file is read again only when it may have
 * changed since it was last read: its size, modification time, change time or inode differ, or it was
 * modified less than `racyMs` before it was read. What was read is kept for the process, and `save` keeps it
 * beside the index snapshot for the next start (`load`): a restart on 10,000 unchanged files stats them
 * instead of reading and hashing them (its snapshot key took 0.50 s, 0.32 s so, taking up the kept
 * digests included; the watcher's check once ready 0.36 s, 0.10 s so).
 *
 * As git, make and rsync's quick check, it relies on a file's change time, which no write can set back: on
 * a file system that has none (FAT and exFAT report the modification time; sshfs and some other FUSE
 * mounts), a file rewritten in place with the same size and its old modification time put back (`cp -p`,
 * `rsync -t --inplace`) is taken as unchanged. INDEX_SNAPSHOT=off reads every file at every start.
 */
export class FileDigests {
  /** What was read, or taken from a saved file, by path. */
  private readonly known = new Map<string, Held>();
  /** The saved files taken up. */
  private readonly loaded = new Set<string>();
  /** How many files were read (hashed, or found over the limit), not taken as known. */
  reads = 0;
  /** Whether a file was read since the last `save`: what a saved file holds may be out of date. */
  private unsaved = false;

  /** `racyMs`: see RACY_MS (default). */
  constructor(private readonly racyMs = RACY_MS) {}

  /** The digest of `file` under the size limit `maxBytes`; never throws (an unreadable file's digest says why). */
  digest(file: string, maxBytes: number): string {
    try {
      const held = this.known.get(file);
      if (held && held.maxBytes === maxBytes && this.unchanged(held, statSync(file))) return held.digest;
      return this.read(file, maxBytes);
    } catch (err) {
      return `unreadable: ${(err as NodeJS.ErrnoException).code ?? 'error'}`;
    }
  }

  /**
   * Takes up the digests `save` kept in file `saved` (JSON), once per file; a file read since is not
   * replaced. A missing, unreadable or malformed file is passed over (the files are read instead).
   */
  async load(saved: string): Promise<void> {
    if (this.loaded.has(saved)) return;
    this.loaded.add(saved);
    let records: unknown;
    try {
      records = JSON.parse(await readFile(saved, 'utf8'));
    } catch {
      return;
    }
    const { format, files } = (records ?? {}) as { format?: unknown; files?: unknown };
    if (format !== FORMAT || !files || typeof files !== 'object') return;
    for (const [file, held] of Object.entries(files)) {
      if (this.known.has(file) || !Array.isArray(held) || held.length !== 7) continue;
      const [maxBytes, size, mtimeMs, ctimeMs, ino, readAt, digest] = held as unknown[];
      if ([maxBytes, size, mtimeMs, ctimeMs, ino, readAt].every((n) => typeof n === 'number') && typeof digest === 'string') {
        this.known.set(file, { maxBytes, size, mtimeMs, ctimeMs, ino, readAt, digest } as Held);
      }
    }
  }

  /**
   * Keeps the digests of `files` in file `saved` for another process (see `load`), replacing it (a
   * temporary file beside it, `.tmp` at its name's end, renamed over it), when a file was read since the
   * last save (`always`: in any case). A digest read within `racyMs` of its file's last change is read
   * again first, and left out if it is still in its interval (a start that reads it then saves it: see
   * `readSnapshot`). Reads a few milliseconds at a time (see `pacer`): a serving process keeps answering.
   * Never rejects: what is not kept is read.
   */
  async save(saved: string, files: Iterable<string>, always = true): Promise<void> {
    if (!always && !this.unsaved) return;
    this.unsaved = false;
    const readsBefore = this.reads;
    let ownReads = 0;
    const list = [...files];
    const out: Record<string, [number, number, number, number, number, number, string]> = {};
    const pause = pacer();
    for (const file of list) {
      await pause();
      let held = this.known.get(file);
      if (held && this.racy(held)) {
        try {
          this.read(file, held.maxBytes);
          ownReads++;
        } catch {
          // Gone or unreadable since: the next start reads it.
        }
        held = this.known.get(file);
      }
      if (held && !this.racy(held)) out[file] = [held.maxBytes, held.size, held.mtimeMs, held.ctimeMs, held.ino, held.readAt, held.digest];
    }
    // Its own reads are saved; another caller's meanwhile are not.
    this.unsaved = this.reads - readsBefore > ownReads;
    const temp = `${saved}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temp, JSON.stringify({ format: FORMAT, files: out }));
      await rename(temp, saved);
    } catch {
      await unlink(temp).catch(() => undefined);
    }
  }

  private unchanged(held: Held, now: Stats): boolean {
    return now.size === held.size && now.mtimeMs === held.mtimeMs && now.ctimeMs === held.ctimeMs && now.ino === held.ino && !this.racy(held);
  }

  private racy(held: Held): boolean {
    return Math.max(held.mtimeMs, held.ctimeMs) >= held.readAt - this.racyMs;
  }

  /** Reads `file` (one descriptor: the state kept is that of the bytes hashed), keeps its digest and returns it. Throws what the file system throws. */
  private read(file: string, maxBytes: number): string {
    const readAt = Date.now();
    const fd = openSync(file, 'r');
    try {
      const { size, mtimeMs, ctimeMs, ino } = fstatSync(fd);
      const digest = size > maxBytes ? `over the limit: ${size} bytes` : createHash('sha256').update(readFileSync(fd)).digest('hex');
      this.known.set(file, { maxBytes, size, mtimeMs, ctimeMs, ino, readAt, digest });
      this.reads++;
      this.unsaved = true;
      return digest;
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * A write less than this many ms after the last may leave a file's times as they were (a coarse clock:
 * FAT's 2 s, 1 s on older file systems; a second more, as the kernel stamps files from a clock that lags
 * `Date.now()` by up to a tick), so a digest read within it of the file's last change is not trusted later:
 * git's "racily clean" entries (Documentation/technical/racy-git.txt).
 */
export const RACY_MS = 3_000;

/** The saved file's layout and what its digests mean: a file of another format is passed over. */
const FORMAT = 1;

/** A file's digest, the size limit it was read under, and the file's state then: size, times (ms), inode, and when it was read. */
interface Held {
  maxBytes: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  readAt: number;
  digest: string;
}
