import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentLimits } from './limits.js';
import type { ContentIssue } from './types.js';

export interface Listing {
  /** Paths of the article files, sorted; each real file once, however many links lead to it. */
  files: string[];
  /** Folders left unread (too deep, unreadable) and files over the count limit. */
  issues: ContentIssue[];
}

interface Folder {
  path: string;
  /** The folder's real path (links resolved). */
  real: string;
  depth: number;
}

/**
 * Lists the article files below `dir`. Links are followed, but each real folder is read once (a link to
 * a folder already read, such as `ln -s . content/a`, is a loop and is skipped) and each real file is
 * listed once, under the first path that reaches it in sorted order. At most `maxFolderDepth` levels and
 * `maxFiles` files; what lies beyond is reported, not read.
 */
export async function listArticleFiles(dir: string, limits: ContentLimits, isArticle: (name: string) => boolean): Promise<Listing> {
  const issues: ContentIssue[] = [];
  const root = await realpath(dir);
  const folders = new Set([root]);
  // Each article file with its real path: a plain entry's is its folder's real path and its name, so only
  // links cost a realpath call (at 10k files, a call each was most of the listing's time).
  const found: { file: string; real: string }[] = [];
  const queue: Folder[] = [{ path: dir, real: root, depth: 0 }];
  // A folder of more files than allowed is not listed to its end: one more than the limit tells enough.
  for (let next = queue.shift(); next && found.length <= limits.maxFiles; next = queue.shift()) {
    let entries: Dirent[];
    try {
      entries = await readdir(next.path, { withFileTypes: true });
    } catch (err) {
      issues.push({ severity: 'error', file: next.path, line: 1, message: `cannot read the folder: ${(err as Error).message}` });
      continue;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(next.path, entry.name);
      const kind = entry.isSymbolicLink() ? await linkKind(full) : entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : null;
      if (kind === 'file' && isArticle(entry.name)) found.push({ file: full, real: entry.isSymbolicLink() ? await realpath(full).catch(() => full) : path.join(next.real, entry.name) });
      if (kind !== 'folder') continue;
      const real = entry.isSymbolicLink() ? await realpath(full).catch(() => null) : path.join(next.real, entry.name);
      if (real === null || folders.has(real)) continue;
      folders.add(real);
      if (next.depth + 1 > limits.maxFolderDepth) {
        issues.push({ severity: 'error', file: full, line: 1, message: `folder more than ${limits.maxFolderDepth} levels below the content folder: not read` });
      } else queue.push({ path: full, real, depth: next.depth + 1 });
    }
  }
  const files = oncePerRealFile(found.sort((a, b) => (a.file < b.file ? -1 : 1)));
  if (files.length > limits.maxFiles) {
    issues.push({ severity: 'error', file: dir, line: 1, message: `more than ${limits.maxFiles} article files: only the first ${limits.maxFiles} are read` });
  }
  return { files: files.slice(0, limits.maxFiles), issues };
}

/** What a link leads to; null for a broken link, a socket or the like. */
async function linkKind(full: string): Promise<'file' | 'folder' | null> {
  const target = await stat(full).catch(() => null);
  return target?.isFile() ? 'file' : target?.isDirectory() ? 'folder' : null;
}

/** The files in order, each real file under the first path that reaches it. */
function oncePerRealFile(found: { file: string; real: string }[]): string[] {
  const seen = new Set<string>();
  return found.filter(({ real }) => !seen.has(real) && seen.add(real)).map(({ file }) => file);
}
