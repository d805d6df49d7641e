import { contentLimits } from './content/limits.js';
import { loadContentOffThread } from './content/load-thread.js';
import type { Article, ContentIssue } from './content/types.js';
import { withLearned, type LearnedPhrasing } from './learn/phrasings.js';
import { SearchIndex } from './search/engine.js';

export interface Catalog {
  index: SearchIndex;
  issues: ContentIssue[];
  /** Article files found, valid or not. */
  files: number;
}

/**
 * Loads and indexes every article in `dir`, within the limits set in the environment (`CONTENT_MAX_FILE_MB`);
 * throws `ContentDirError` when the directory is missing, `ContentSettingError` when a limit is malformed and
 * `ContentWorkerError` (naming the file) when the parsing thread dies. The files are parsed on a worker
 * thread and the index is built in slices (`SearchIndex.build`, warmed), so the calling thread keeps
 * answering meanwhile.
 * On a reload, pass the articles served so far: one whose file has just become invalid keeps being
 * served as it last was (listed in `kept`), so a half-saved edit never takes an article offline.
 * `extra` articles (read from feeds) are indexed beside the files' ones, and `learned` (approved phrasings
 * from the store) join their FAQ entries' alternates in both; see `withLearned`.
 */
export async function loadCatalog(
  dir: string,
  previous: readonly Article[] = [],
  learned: readonly LearnedPhrasing[] = [],
  extra: readonly Article[] = [],
): Promise<Catalog & { kept: Article[] }> {
  const content = await loadContentOffThread(dir, { limits: contentLimits() });
  const broken = new Set(content.issues.filter((i) => i.severity === 'error').map((i) => i.file));
  const loaded = new Set(content.articles.map((a) => a.id));
  const kept = previous.filter((a) => broken.has(a.file) && !loaded.has(a.id));
  const articles = withLearned([...content.articles, ...kept, ...extra], learned);
  return { index: await SearchIndex.build(articles, {}, content.loadedAt), issues: content.issues, files: content.files, kept };
}

/** `index`'s articles indexed again with `learned` merged in, without reading the files again (for start-up, once the store is open). */
export const withLearnedIndex = (index: SearchIndex, learned: readonly LearnedPhrasing[]): SearchIndex =>
  new SearchIndex(withLearned(index.articles, learned), {}, index.loadedAt);
