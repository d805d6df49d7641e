import { existsSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A file the report was asked to write cannot or must not be written; `message` is the one sentence for the editor. */
export class OutputPathError extends Error {}

/** `p` with every symlink and `..` resolved, as far as it exists: the missing tail is joined as written. */
function realPath(p: string): string {
  const absolute = path.resolve(p);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
}

/**
 * Checks, before any work, that `file` (given with `flag`, as `--stub`) can be written: its folder exists,
 * it is no folder itself, and it lies outside the content folder `contentDir`, where check-content and the
 * bot would read it as an article (compared as real paths: symlinks, `..` and trailing slashes resolved).
 * Throws an `OutputPathError` naming the path and the fix.
 */
export function checkOutputPath(flag: string, file: string, contentDir: string): void {
  const folder = path.dirname(path.resolve(file));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new OutputPathError(`Cannot write ${flag} ${file}: the folder ${folder} does not exist; create it first or name a file in an existing folder.`);
  }
  const inside = path.relative(realPath(contentDir), realPath(file));
  if (inside !== '..' && !inside.startsWith(`..${path.sep}`) && !path.isAbsolute(inside)) {
    throw new OutputPathError(`Refusing to write ${flag} ${file}: it is inside the content folder ${contentDir} (CONTENT_DIR), where the bot would read it as an article; write it outside and copy in what you have filled in.`);
  }
  if (existsSync(file) && statSync(file).isDirectory()) throw new OutputPathError(`Cannot write ${flag} ${file}: it is a folder; name a file.`);
}

/** Writes `text` to `file` (checked with `checkOutputPath`); a write that still fails (permissions, disk full) is an `OutputPathError`. */
export function writeOutput(flag: string, file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (err) {
    throw new OutputPathError(`Cannot write ${flag} ${file}: ${(err as Error).message}.`);
  }
}
