import matter from 'gray-matter';
import type { ContentIssue } from './types.js';

/** Metadata an article file may declare in YAML front matter; every field is optional. */
export interface FrontMatter {
  id?: string;
  title?: string;
  url?: string;
  date?: string;
  summary?: string;
  tags?: string[];
}

export interface FrontMatterResult {
  data: FrontMatter;
  /** The file's text after the front-matter block. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /** Character offset of `body` in the file. */
  bodyOffset: number;
  issues: ContentIssue[];
}

const lineCount = (text: string): number => text.split('\n').length - 1;

/**
 * Splits and validates the optional front matter at the top of an article file.
 * A block that is not valid YAML is an error (the file cannot be trusted); a field of the wrong type is a
 * warning and the field is ignored, so one typo does not take an article offline.
 */
export function readFrontMatter(source: string, file: string): FrontMatterResult {
  const none: FrontMatterResult = { data: {}, body: source, bodyLine: 1, bodyOffset: 0, issues: [] };
  if (!/^---[ \t]*\r?\n/.test(source)) return none;
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options are passed so gray-matter does not serve a cached (and shared, mutable) result.
    parsed = matter(source, {});
  } catch (err) {
    const mark = (err as { mark?: { line?: number } }).mark;
    const reason = (err as { reason?: string }).reason ?? (err as Error).message.split('\n')[0];
    return {
      ...none,
      issues: [{ severity: 'error', file, line: (mark?.line ?? 0) + 2, message: `front matter is not valid YAML: ${reason}` }],
    };
  }
  const bodyOffset = source.length - parsed.content.length;
  const result: FrontMatterResult = {
    data: {},
    body: parsed.content,
    bodyOffset,
    bodyLine: lineCount(source.slice(0, bodyOffset)) + 1,
    issues: [],
  };
  const raw: unknown = parsed.data;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw != null && Object.keys(raw).length > 0) {
      result.issues.push({ severity: 'error', file, line: 2, message: 'front matter must be a YAML mapping of fields' });
    }
    return result;
  }
  const fields = raw as Record<string, unknown>;
  const warn = (key: string, expected: string) =>
    result.issues.push({ severity: 'warning', file, line: fieldLine(source, key), message: `front matter "${key}" should be ${expected}; ignored` });

  for (const key of ['title', 'summary'] as const) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value.trim()) result.data[key] = value.trim();
    else warn(key, 'a non-empty string');
  }
  if (fields.id !== undefined && fields.id !== null) {
    const id = fields.id;
    if ((typeof id === 'string' && id.trim()) || typeof id === 'number') result.data.id = String(id).trim();
    else warn('id', 'a string');
  }
  if (fields.url !== undefined && fields.url !== null) {
    // Stored normalised (spaces and non-ASCII escaped): Discord rejects a message whose embed URL is not.
    if (typeof fields.url === 'string' && /^https?:\/\//i.test(fields.url) && URL.canParse(fields.url)) result.data.url = new URL(fields.url).href;
    else warn('url', 'an http(s) URL');
  }
  if (fields.date !== undefined && fields.date !== null) {
    const date = toIsoDate(fields.date);
    if (date) result.data.date = date;
    else warn('date', 'a date such as 2026-06-05');
  }
  if (fields.tags !== undefined && fields.tags !== null) {
    const tags = typeof fields.tags === 'string' ? fields.tags.split(',') : fields.tags;
    if (Array.isArray(tags) && tags.every((t) => typeof t === 'string' || typeof t === 'number')) {
      result.data.tags = tags.map((t) => String(t).trim()).filter(Boolean);
    } else warn('tags', 'a list of strings');
  }
  return result;
}

/** YAML turns `2026-06-05` into a Date at midnight UTC; a quoted or timestamped string is accepted too. */
function toIsoDate(value: unknown): string | null {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  return date.toISOString().slice(0, 10);
}

/** Line of `key:` inside the front-matter block, for pointing a warning at the right place. */
function fieldLine(source: string, key: string): number {
  const lines = source.split('\n');
  const at = lines.findIndex((line, i) => i > 0 && line.startsWith(`${key}:`));
  return at < 0 ? 1 : at + 1;
}
