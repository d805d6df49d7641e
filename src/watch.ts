import { watch } from 'chokidar';
import { realpathSync, type Stats } from 'node:fs';
import { DEFAULT_LIMITS } from './content/limits.js';
import { isArticleFile } from './content/load.js';
import type { Logger } from './log.js';

/**
 * Calls `onChange` once things settle after articles in `dir` are added, changed or removed: editors
 * save in bursts (temp file, rename, several writes), and one reload per burst is enough. Resolves once
 * the watcher has scanned `dir`. Content loaded before that may have changed unseen: pass `changedSince`
 * (true when the files differ from those loaded, see `filesChanged`), asked once the watcher is ready, and
 * `onChange` follows when it says so; without it, load the content once this resolves.
 */
export async function watchContent(
  dir: string,
  log: Logger,
  onChange: () => void,
  { debounceMs = 1000, changedSince }: { debounceMs?: number; changedSince?: () => Promise<boolean> } = {},
): Promise<{ close(): Promise<void> }> {
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const watcher = watch(dir, {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 200, pollInterval: 50 },
    ignored: secondPathsToFolders(),
    depth: DEFAULT_LIMITS.maxFolderDepth,
  });
  // A watch error (permissions, the system's watch limit) must not take the bot down: it keeps serving.
  watcher.on('error', (err) => log.warn({ err: (err as Error).message, dir }, 'content watcher error: new files may not be noticed until a restart'));
  const changed = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, debounceMs);
  };
  watcher.on('all', (_event, file) => {
    if (isArticleFile(file)) changed();
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  if (await changedSince?.()) changed();
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}

/**
 * chokidar's `ignored` test that watches each real folder once, under the first path that reaches it: a
 * link back to a folder already watched (`ln -s . content/a`) would otherwise be followed forever.
 */
function secondPathsToFolders(): (file: string, stats?: Stats) => boolean {
  const firstPath = new Map<string, string>();
  return (file, stats) => {
    if (!stats?.isDirectory()) return false;
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      return true;
    }
    const first = firstPath.get(real);
    if (first === undefined) firstPath.set(real, file);
    return first !== undefined && first !== file;
  };
}
