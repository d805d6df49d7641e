import { config as loadDotenv } from 'dotenv';
import { loadContent } from './content/load.js';
import type { ContentIssue } from './content/types.js';
import { SearchIndex } from './search/engine.js';

export interface Catalog {
  index: SearchIndex;
  issues: ContentIssue[];
  /** Article files found, valid or not. */
  files: number;
}

/** The content directory from `CONTENT_DIR` (in the environment or `.env`), else `./content`. */
export function contentDirFromEnv(): string {
  // quiet: dotenv otherwise prints a banner on stdout, which would corrupt `--json` output.
  loadDotenv({ quiet: true });
  return process.env.CONTENT_DIR?.trim() || './content';
}

/** Loads and indexes every article in `dir`; throws `ContentDirError` when the directory is missing. */
export async function loadCatalog(dir: string): Promise<Catalog> {
  const content = await loadContent(dir);
  return { index: new SearchIndex(content.articles, {}, content.loadedAt), issues: content.issues, files: content.files };
}
