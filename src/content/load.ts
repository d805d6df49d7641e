import { existsSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { alternateIssues } from './alternates.js';
import { identityIssues } from './article.js';
import { languageIssues } from './language.js';
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

/** A file's parse, with the file's modification time (ms since the epoch) when it was read. */
export type ReadResult = ParseResult & { modified?: number };

/** Parse results by file path (as the loader names it). */
export type ParseResultMap = ReadonlyMap<string, ReadResult>;

/** One article file and what parsing it gave. */
export interface FileResult {
  file: string;
  result: ReadResult;
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
  /**
   * The files that served each article id before this load (a reload's current content), id to path.
   * When two files name the same id, the one that served it keeps it (see `claimOrder`). Default: none.
   */
  served?: ReadonlyMap<string, string>;
}

/** The content directory is missing or is not a directory: nothing can be served. */
export class ContentDirError extends Error {}

/**
 * What is wrong with a content folder `ContentDirError` was thrown for, to end a sentence that names it
 * ("The content directory X …", "CONTENT_DIR points to X, which …"): "is a file, not a folder" when the
 * path is a file, else "does not exist".
 */
export const contentDirProblem = (dir: string): string =>
  existsSync(dir) && !statSync(dir).isDirectory() ? 'is a file, not a folder' : 'does not exist';

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

/**
 * A stable id from the file name: `My Article.md` becomes `my-article`, `Café Menü.md` `cafe-menu`, and a
 * name in another script keeps its letters (`公会战.md` is `公会战`, `규칙.md` `규칙`): read as Latin letters
 * only, every such file was `article`, and a second one was skipped as a duplicate id (a review).
 */
export const idFromFile = (file: string): string =>
  path
    .basename(file, path.extname(file))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
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
async function readArticle(file: string, limits: ContentLimits): Promise<ReadResult | null> {
  const gone = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';
  let bytes: Buffer;
  let modified: number;
  try {
    const { size, mtimeMs } = await stat(file);
    modified = mtimeMs;
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
  return { ...(await parseArticle(decoded.text, file)), modified };
}

/** A parsed article with what decides which file keeps an id two files name. */
interface Claim {
  article: Article;
  /** Line of its front-matter `id:`, absent when the id comes from the file name. */
  idLine?: number;
  modified: number;
  /** Position of the file in the sorted listing. */
  order: number;
}

/**
 * Which of two files naming the same article id keeps it (negative: `a`), the rule an admin expects: the
 * file that served the id before this load (`served`, on a reload), else the older file by modification
 * time (the established article, not the newcomer), else the first by path. The same order decides which
 * of two FAQ entries sharing an alternate phrasing is warned about (the later one).
 */
function claimOrder(served: ReadonlyMap<string, string>): (a: Claim, b: Claim) => number {
  const before = (c: Claim) => (served.get(c.article.id) === c.article.file ? 0 : 1);
  return (a, b) => before(a) - before(b) || a.modified - b.modified || a.order - b.order;
}

/** Why `winner` keeps the id `loser` also names, in the words of `claimOrder`'s rule. */
function keptBecause(winner: Claim, loser: Claim, served: ReadonlyMap<string, string>): string {
  if (served.get(winner.article.id) === winner.article.file) return 'it served this id before';
  if (winner.modified < loser.modified) return 'it is the older file';
  return 'it comes first by path';
}

/**
 * The articles that keep their ids (in listing order), and an error on each other file at its `id:` line
 * (line 1 when its id comes from its file name), naming the file that keeps the id and why.
 */
function resolveIds(claims: Claim[], served: ReadonlyMap<string, string>): { kept: Claim[]; issues: ContentIssue[] } {
  const owners = new Map<string, Claim>();
  const issues: ContentIssue[] = [];
  for (const claim of [...claims].sort(claimOrder(served))) {
    const { id, file } = claim.article;
    const owner = owners.get(id);
    if (!owner) {
      owners.set(id, claim);
      continue;
    }
    const fix = claim.idLine === undefined ? `its file name gives it this id: set a unique "id:" in front matter` : 'set a unique "id:" here';
    issues.push({
      severity: 'error',
      file,
      line: claim.idLine ?? 1,
      message: `duplicate article id "${id}": ${owner.article.file} keeps it (${keptBecause(owner, claim, served)}), so this file is skipped; ${fix}`,
    });
  }
  const kept = new Set(owners.values());
  return { kept: claims.filter((c) => kept.has(c)), issues };
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
  { limits = DEFAULT_LIMITS, onProgress, onFile, skip }: Omit<LoadOptions, 'reuse' | 'served'> & { skip?: ReadonlySet<string> } = {},
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
 * `reuse`); of two files naming one id, `claimOrder` decides which keeps it (`served`: see
 * `LoadOptions.served`); alternates checked across all articles; issues sorted (`sortIssues`).
 */
export function assembleContent({ reads, listingIssues, files }: FilesRead, reuse: ParseResultMap = new Map(), served: ReadonlyMap<string, string> = new Map()): Content {
  const issues: ContentIssue[] = [...listingIssues];
  const claims: Claim[] = [];
  const refused: Article[] = [];
  const parsed: FileResult[] = [];
  for (const [i, read] of reads.entries()) {
    const result = 'reused' in read ? reuse.get(read.file) : read.result;
    if (!result) throw new Error(`no result to reuse for ${read.file}`);
    parsed.push({ file: read.file, result });
    issues.push(...result.issues);
    if (result.article) claims.push({ article: result.article, idLine: result.idLine, modified: result.modified ?? 0, order: i });
    if (result.refused) refused.push(result.refused);
  }
  const ids = resolveIds(claims, served);
  issues.push(...ids.issues);
  // Alternates in the same order as ids: of two entries sharing a phrasing, the later one is warned about.
  // The refused files' articles come last: their other problems are reported in the same run as their error.
  issues.push(...alternateIssues([...[...ids.kept].sort(claimOrder(served)).map((c) => c.article), ...refused]));
  return { articles: ids.kept.map((c) => c.article), issues: sortIssues(issues), files, parsed, parsedNow: reads.filter((r) => !('reused' in r)).length, loadedAt: new Date() };
}

/**
 * Every problem to report of loaded content, sorted: the files' own (`content.issues`), and for each
 * article served or refused for an error, what identifies it when no `id:` pins it (`identityIssues`) and
 * an unsure language (`languageIssues`). What check-content prints, the bot logs and the playground's
 * panel lists: one list, so none of them misses a warning the others show.
 */
export function allIssues(content: Pick<Content, 'articles' | 'issues' | 'parsed'>): ContentIssue[] {
  const checked = [...content.articles, ...content.parsed.flatMap((p) => (p.result.refused ? [p.result.refused] : []))];
  return sortIssues([...content.issues, ...identityIssues(checked), ...languageIssues(checked)]);
}

/**
 * Reads every `.md`, `.txt`, `.html` and `.htm` article below `dir`, in path order. A file with an error is
 * reported and skipped; the others are served. Of two files naming one id, `claimOrder` decides which
 * keeps it. Alternates are checked across all articles. Issues come sorted (`sortIssues`). A file in
 * `reuse` is not read again (see `LoadOptions.reuse`). Throws `ContentDirError` when `dir` is not a folder.
 */
export async function loadContent(dir: string, { reuse, served, ...options }: LoadOptions = {}): Promise<Content> {
  return assembleContent(await readArticleFiles(dir, { ...options, skip: reuse && new Set(reuse.keys()) }), reuse, served);
}

/**
 * Issues by file path (in the listing's order: by UTF-16 code units, as `listArticleFiles` sorts) and by
 * line within each file; the order of issues on one line is kept.
 */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/**
 * The sentence a tool stops with (exit 2) when `dir` holds no valid article: nothing could be answered.
 * `check-content` and `ask` say the same, so a folder the check passes is one the bot can serve. Where
 * `issues` hold errors, its article files all failed: "add articles there" sent a Chinese trial's admin,
 * whose one file lacked an answer, looking for a missing file.
 */
export const noArticleMessage = (dir: string, issues: readonly ContentIssue[]): string =>
  issues.some((issue) => issue.severity === 'error')
    ? `No valid article in ${dir}: each article file there has an error, listed above; fix them (see docs/content-format.md).`
    : `No valid article in ${dir}: add .md, .txt, .html or .htm articles there (see docs/content-format.md).`;

/** `path:line: severity: message` (then `; detail`), the format editors' tools and CI logs understand. */
export const formatIssue = (issue: ContentIssue): string => `${issue.file}:${issue.line}: ${issue.severity}: ${issue.message}${issue.detail ? `; ${issue.detail}` : ''}`;

/**
 * The lines that report `issues`, in order, each as `formatIssue` gives it, but a detail shared by several
 * issues of a kind is left off their lines and given once after them. Notices (advice) of one kind sharing a
 * detail take one line between them, naming their files with what mends each (see `ContentIssue.fix`), paths
 * from their common folder: `notice: 12 files: no "id:", so the title keeps the article one (My FAQ.md: "id: my-faq", accounts.md, …
 * and 2 more); detail`, as ten lines of advice read as ten faults to mend.
 */
export function formatIssues(issues: readonly ContentIssue[]): string[] {
  const { kinds, shared, grouped } = kindsOf(issues);
  const lines = issues.filter((issue) => !grouped(issue)).map((issue) => formatIssue(shared(issue) ? { ...issue, detail: undefined } : issue));
  const label = (issue: ContentIssue) => `${issue.severity}s above (${what(issue)})`;
  const counts = new Map<string, number>();
  for (const issue of issues) if (!grouped(issue)) counts.set(label(issue), (counts.get(label(issue)) ?? 0) + 1);
  for (const group of kinds.values()) {
    const [first, ...rest] = group;
    if (!rest.length) continue;
    if (grouped(first!)) {
      const folder = commonFolder(group.map((issue) => issue.file));
      const named = group.map((issue) => `${path.relative(folder, issue.file)}${issue.fix ? `: ${issue.fix}` : ''}`);
      // "and 1 more" would take the place of the one name.
      const listed = named.length > GROUPED_FILES_LISTED + 1 ? `${named.slice(0, GROUPED_FILES_LISTED).join(', ')} and ${named.length - GROUPED_FILES_LISTED} more` : named.join(', ');
      lines.push(`notice: ${group.length} files: ${what(first!)} (${listed}); ${first!.detail}`);
      continue;
    }
    // Of a kind some of whose lines give another reason (a page known by its url), the count is of the others.
    const ofKind = counts.get(label(first!))!;
    const which = ofKind > rest.length + 1 ? `${rest.length + 1} of the ${ofKind} ${label(first!)}, those giving no reason on their line` : `the ${rest.length + 1} ${label(first!)}`;
    lines.push(`note, for ${which}: ${first!.detail}`);
  }
  return lines;
}

/**
 * How many notice lines `formatIssues` gives for `issues`: one per group of notices sharing a detail, one per
 * other notice. Summaries count these: four new-user trials' admins read "7 notice(s)" over one line of them
 * as six notices missing.
 */
export function noticeLines(issues: readonly ContentIssue[]): number {
  const { kinds, grouped } = kindsOf(issues);
  const single = issues.filter((issue) => issue.severity === 'notice' && !grouped(issue)).length;
  return single + [...kinds.values()].filter((group) => grouped(group[0]!)).length;
}

/** What the message says before its colon, or all of it (`no "id:", so the title keeps the article one`). */
const what = (issue: ContentIssue): string => {
  const colon = issue.message.indexOf(': ');
  return colon < 0 ? issue.message : issue.message.slice(0, colon);
};

/**
 * `issues` with a detail, by severity, kind (see `what`) and detail; whether an issue shares its detail with
 * others of its kind, and whether it is a notice so shared, which `formatIssues` gives one line per group.
 */
function kindsOf(issues: readonly ContentIssue[]): { kinds: Map<string, ContentIssue[]>; shared: (issue: ContentIssue) => boolean; grouped: (issue: ContentIssue) => boolean } {
  const kindOf = (issue: ContentIssue) => `${issue.severity}\0${what(issue)}\0${issue.detail}`;
  const kinds = new Map<string, ContentIssue[]>();
  for (const issue of issues) if (issue.detail) kinds.set(kindOf(issue), [...(kinds.get(kindOf(issue)) ?? []), issue]);
  const shared = (issue: ContentIssue) => issue.detail !== undefined && kinds.get(kindOf(issue))!.length > 1;
  return { kinds, shared, grouped: (issue) => issue.severity === 'notice' && shared(issue) };
}

/** The deepest folder holding every one of `files`. */
function commonFolder(files: readonly string[]): string {
  let folder = path.dirname(files[0]!);
  while (!files.every((file) => file.startsWith(`${folder}${path.sep}`)) && folder !== path.dirname(folder)) folder = path.dirname(folder);
  return folder;
}

/**
 * How many of a group of notices' files `formatIssues` names before "and N more" (where two or more are
 * left): a new-user trial's admin, told of five files without "id:" as three "and 2 more", could not tell
 * which two they were without opening every file.
 */
const GROUPED_FILES_LISTED = 10;
