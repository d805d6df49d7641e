import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseHtml } from './html.js';
import { parseMarkdown } from './markdown.js';
import { parseTxt } from './txt.js';
import type { Article, ContentIssue, ParseResult } from './types.js';

export interface Content {
  articles: Article[];
  /** Every problem found, errors (file skipped) and warnings (file served). */
  issues: ContentIssue[];
  /** Number of article files read, valid or not. */
  files: number;
  loadedAt: Date;
}

/** The content directory is missing or is not a directory: nothing can be served. */
export class ContentDirError extends Error {}

const PARSERS: Record<string, (source: string, file: string, id: string) => ParseResult> = {
  '.htm': parseHtml,
  '.html': parseHtml,
  '.md': parseMarkdown,
  '.txt': parseTxt,
};

/** Whether a file name is an article the loader reads. */
export const isArticleFile = (name: string): boolean => path.extname(name).toLowerCase() in PARSERS;

/** A stable id from the file name: `My Article.md` becomes `my-article`. */
export const idFromFile = (file: string): string =>
  path
    .basename(file, path.extname(file))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'article';

/** Parses one file's text; the parser is chosen by extension. */
export function parseArticle(source: string, file: string): ParseResult {
  const parse = PARSERS[path.extname(file).toLowerCase()];
  if (!parse) return { article: null, issues: [{ severity: 'error', file, line: 1, message: 'not an article file (.md, .txt, .html or .htm)' }] };
  const text = source.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { article: null, issues: [{ severity: 'error', file, line: 1, message: 'the file is empty' }] };
  return parse(text, file, idFromFile(file));
}

/**
 * Reads every `.md` and `.txt` article below `dir` (sorted, so ids resolve the same way each time).
 * A file with an error is reported and skipped; the others are served.
 */
export async function loadContent(dir: string): Promise<Content> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new ContentDirError(`content directory not found: ${dir}`);
  const names = (await readdir(dir, { recursive: true })).filter(isArticleFile).sort();
  const articles: Article[] = [];
  const issues: ContentIssue[] = [];
  const owners = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EISDIR') continue;
      issues.push({ severity: 'error', file, line: 1, message: `cannot read the file: ${(err as Error).message}` });
      continue;
    }
    const result = parseArticle(source, file);
    issues.push(...result.issues);
    const article = result.article;
    if (!article) continue;
    const owner = owners.get(article.id);
    if (owner) {
      issues.push({ severity: 'error', file, line: 1, message: `duplicate article id "${article.id}" (already used by ${owner}); set a unique "id:" in front matter` });
      continue;
    }
    owners.set(article.id, file);
    articles.push(article);
  }
  return { articles, issues, files: names.length, loadedAt: new Date() };
}

/** `path:line: severity: message`, the format editors' tools and CI logs understand. */
export const formatIssue = (issue: ContentIssue): string => `${issue.file}:${issue.line}: ${issue.severity}: ${issue.message}`;
