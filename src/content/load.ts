import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { alternateIssues } from './alternates.js';
import { decodeText } from './decode.js';
import { DEFAULT_LIMITS, formatBytes, type ContentLimits } from './limits.js';
import type { Article, ContentIssue, ParseResult } from './types.js';
import { listArticleFiles } from './walk.js';

export interface Content {
  articles: Article[];
  /** Every problem found, errors (file skipped) and warnings (file served). */
  issues: ContentIssue[];
  /** Number of article files read, valid or not. */
  files: number;
  loadedAt: Date;
}

export interface LoadOptions {
  /** Default: `DEFAULT_LIMITS` (see `contentLimits()` for the environment's). */
  limits?: ContentLimits;
  /** Called once the files are listed (`done` 0) and after each file is read. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each file's path before it is read (so a crash while parsing can name the file). */
  onFile?: (file: string) => void;
}

/** The content directory is missing or is not a directory: nothing can be served. */
export class ContentDirError extends Error {}

type Parser = (source: string, file: string, id: string) => ParseResult;

/**
 * Each format's parser, imported at the first file of its format (issue 15): a folder of .txt pages never
 * loads marked, nor one without pages Readability (about 30 ms of imports at start together).
 */
const html = async (): Promise<Parser> => (await import('./html.js')).parseHtml;
const PARSERS: Record<string, () => Promise<Parser>> = {
  '.htm': html,
  '.html': html,
  '.md': async () => (await import('./markdown.js')).parseMarkdown,
  '.txt': async () => (await import('./txt.js')).parseTxt,
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

const fileError = (file: string, message: string, line = 1): ParseResult => ({ article: null, issues: [{ severity: 'error', file, line, message }] });

/**
 * Parses one file's text; the parser is chosen by extension. Never throws: whatever a parser throws on a
 * hostile file (a stack overflow, say) is reported against that file.
 */
export async function parseArticle(source: string, file: string): Promise<ParseResult> {
  const parser = PARSERS[path.extname(file).toLowerCase()];
  if (!parser) return fileError(file, 'not an article file (.md, .txt, .html or .htm)');
  const text = source.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fileError(file, 'the file is empty');
  const parse = await parser();
  try {
    return parse(text, file, idFromFile(file));
  } catch (err) {
    const { name, message } = err instanceof Error ? err : { name: 'Error', message: String(err) };
    return fileError(file, `the file could not be parsed (${name}: ${message.split('\n')[0]}); it is skipped`);
  }
}

/**
 * Reads and parses one file, or null when it no longer exists (deleted while the folder was read: it is
 * gone, not broken). A file over the size limit is refused before it is read.
 */
async function readArticle(file: string, limits: ContentLimits): Promise<ParseResult | null> {
  const gone = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';
  let bytes: Buffer;
  try {
    const { size } = await stat(file);
    const tooBig = (n: number) => fileError(file, `the file is ${formatBytes(n)}, over the ${formatBytes(limits.maxFileBytes)} limit (CONTENT_MAX_FILE_MB); it is skipped`);
    if (size > limits.maxFileBytes) return tooBig(size);
    bytes = await readFile(file);
    // It may have grown between the two calls.
    if (bytes.length > limits.maxFileBytes) return tooBig(bytes.length);
  } catch (err) {
    return gone(err) ? null : fileError(file, `cannot read the file: ${(err as Error).message}`);
  }
  const decoded = decodeText(bytes);
  if ('reason' in decoded) return fileError(file, decoded.reason, decoded.line);
  return parseArticle(decoded.text, file);
}

/**
 * Reads every `.md`, `.txt`, `.html` and `.htm` article below `dir` (sorted, so ids resolve the same way each time).
 * A file with an error is reported and skipped; the others are served. Alternates are checked across
 * all articles. Throws `ContentDirError` when `dir` is not a folder.
 */
export async function loadContent(dir: string, { limits = DEFAULT_LIMITS, onProgress, onFile }: LoadOptions = {}): Promise<Content> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new ContentDirError(`content directory not found: ${dir}`);
  const listing = await listArticleFiles(dir, limits, isArticleFile);
  const articles: Article[] = [];
  const issues: ContentIssue[] = [...listing.issues];
  const owners = new Map<string, string>();
  onProgress?.(0, listing.files.length);
  for (const [i, file] of listing.files.entries()) {
    onFile?.(file);
    const result = await readArticle(file, limits);
    onProgress?.(i + 1, listing.files.length);
    if (!result) continue;
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
  issues.push(...alternateIssues(articles));
  return { articles, issues, files: listing.files.length, loadedAt: new Date() };
}

/** `path:line: severity: message`, the format editors' tools and CI logs understand. */
export const formatIssue = (issue: ContentIssue): string => `${issue.file}:${issue.line}: ${issue.severity}: ${issue.message}`;
