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
  /**
   * What each article file gave, in order: its parse result, before duplicate ids are refused (an article
   * refused as a duplicate is here, not in `articles`). A file deleted while the folder was read is not.
   */
  parsed: FileResult[];
  /** How many of `parsed` were parsed now; the others were taken from `LoadOptions.reuse`. */
  parsedNow: number;
  loadedAt: Date;
}

/** Parse results by file path (as the loader names it). */
export type ParseResultMap = ReadonlyMap<string, ParseResult>;

/** One article file and what parsing it gave. */
export interface FileResult {
  file: string;
  result: ParseResult;
}

export interface LoadOptions {
  /** Default: `DEFAULT_LIMITS` (see `contentLimits()` for the environment's). */
  limits?: ContentLimits;
  /** Called once the files are listed (`done` 0) and after each file is read. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each file's path before it is read (so a crash while parsing can name the file). */
  onFile?: (file: string) => void;
  /**
   * Parse results known to be current, by file path (as the loader names it): such a file is neither read
   * nor parsed, and its result is taken as it is (a changed folder parses only what changed). Default none.
   */
  reuse?: ParseResultMap;
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

/** A file as `readArticleFiles` gives it: parsed, or left to a result the caller holds (`skip`). */
export type FileRead = FileResult | { file: string; reused: true };

/** What `readArticleFiles` found: each file read or skipped, in order, and the problems of the listing itself. */
export interface FilesRead {
  reads: FileRead[];
  /** Problems of the folder (too many files, too deep), not of any one file. */
  listingIssues: ContentIssue[];
  /** Article files listed. */
  files: number;
}

/**
 * Reads and parses every `.md`, `.txt`, `.html` and `.htm` article below `dir` (sorted, so ids resolve the
 * same way each time), except the files in `skip`, which are listed as reused. Throws `ContentDirError`
 * when `dir` is not a folder. The first half of `loadContent`; `assembleContent` is the second.
 */
export async function readArticleFiles(
  dir: string,
  { limits = DEFAULT_LIMITS, onProgress, onFile, skip }: Omit<LoadOptions, 'reuse'> & { skip?: ReadonlySet<string> } = {},
): Promise<FilesRead> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new ContentDirError(`content directory not found: ${dir}`);
  const listing = await listArticleFiles(dir, limits, isArticleFile);
  const reads: FileRead[] = [];
  onProgress?.(0, listing.files.length);
  for (const [i, file] of listing.files.entries()) {
    if (skip?.has(file)) {
      reads.push({ file, reused: true });
    } else {
      onFile?.(file);
      const result = await readArticle(file, limits);
      if (result) reads.push({ file, result });
    }
    onProgress?.(i + 1, listing.files.length);
  }
  return { reads, listingIssues: listing.issues, files: listing.files.length };
}

/**
 * The content of the files read: each file's article and problems in order (a reused file's from
 * `reuse`), the second file claiming an id refused, and alternates checked across all articles.
 */
export function assembleContent({ reads, listingIssues, files }: FilesRead, reuse: ParseResultMap = new Map()): Content {
  const articles: Article[] = [];
  const issues: ContentIssue[] = [...listingIssues];
  const owners = new Map<string, string>();
  const parsed: FileResult[] = [];
  for (const read of reads) {
    const result = 'reused' in read ? reuse.get(read.file) : read.result;
    if (!result) throw new Error(`no result to reuse for ${read.file}`);
    parsed.push({ file: read.file, result });
    issues.push(...result.issues);
    const article = result.article;
    if (!article) continue;
    const owner = owners.get(article.id);
    if (owner) {
      issues.push({ severity: 'error', file: read.file, line: 1, message: `duplicate article id "${article.id}" (already used by ${owner}); set a unique "id:" in front matter` });
      continue;
    }
    owners.set(article.id, read.file);
    articles.push(article);
  }
  issues.push(...alternateIssues(articles));
  return { articles, issues, files, parsed, parsedNow: reads.filter((r) => !('reused' in r)).length, loadedAt: new Date() };
}

/**
 * Reads every `.md`, `.txt`, `.html` and `.htm` article below `dir` (sorted, so ids resolve the same way each time).
 * A file with an error is reported and skipped; the others are served. Alternates are checked across
 * all articles. A file in `reuse` is not read again (see `LoadOptions.reuse`). Throws `ContentDirError`
 * when `dir` is not a folder.
 */
export async function loadContent(dir: string, { reuse, ...options }: LoadOptions = {}): Promise<Content> {
  return assembleContent(await readArticleFiles(dir, { ...options, skip: reuse && new Set(reuse.keys()) }), reuse);
}

/** `path:line: severity: message`, the format editors' tools and CI logs understand. */
export const formatIssue = (issue: ContentIssue): string => `${issue.file}:${issue.line}: ${issue.severity}: ${issue.message}`;
