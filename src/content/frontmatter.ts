import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { normalizeLanguageTag } from '../language/detect.js';
import { calendarDate } from './dates.js';
import type { ContentIssue } from './types.js';

// The YAML library takes 30-40 ms and 8 MB to load (issue 15): it is loaded at the first front-matter
// block, so articles without one (scraped .txt pages) never pay for it.
const load = createRequire(import.meta.url);
let library: typeof Yaml | null = null;
const yamlLibrary = () => (library ??= load('yaml') as typeof Yaml);

/** Metadata an article file may declare in YAML front matter; every field is optional. */
export interface FrontMatter {
  id?: string;
  title?: string;
  url?: string;
  date?: string;
  summary?: string;
  tags?: string[];
  /** The article's language, a BCP 47 tag in canonical form (`de`, `pt-BR`, `zh-Hans`). */
  lang?: string;
}

export interface FrontMatterResult {
  data: FrontMatter;
  /** The file's text after the front-matter block. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /** Character offset of `body` in the file. */
  bodyOffset: number;
  /** 1-based line of the `id:` field, when `data.id` is set. */
  idLine?: number;
  /** 1-based line of the `title:` field, when `data.title` is set. */
  titleLine?: number;
  issues: ContentIssue[];
}

/** The opening `---` line; front matter exists only when the file starts with it. Lines end at `\r\n`, `\r` or `\n`. */
const OPENING = /^---[ \t]*(?:\r\n|\r|\n)/;
/** The closing line, searched for after the opening one: `---` (or YAML's document end `...`) alone on its line. */
const CLOSING = /(?:^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/;
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Splits and validates the optional front matter at the top of an article file.
 * A block that is not valid YAML, or that uses aliases, is an error (the file cannot be trusted); a field of
 * the wrong type is a warning and the field is ignored, so one typo does not take an article offline.
 */
export function readFrontMatter(source: string, file: string): FrontMatterResult {
  const none: FrontMatterResult = { data: {}, body: source, bodyLine: 1, bodyOffset: 0, issues: [] };
  const opening = OPENING.exec(source);
  if (!opening) return none;
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { ...none, issues: [{ severity: 'error', file, line: 1, message: 'front matter opened by "---" on line 1 is never closed by a "---" line' }] };
  const yaml = rest.slice(0, closing.index);
  const bodyOffset = opening[0].length + closing.index + closing[0].length;
  const bodyLine = (source.slice(0, bodyOffset).match(LINE_BREAK)?.length ?? 0) + 1;
  const result: FrontMatterResult = { data: {}, body: source.slice(bodyOffset), bodyOffset, bodyLine, issues: [] };

  const parsed = parseYaml(yaml, file);
  if ('issue' in parsed) return { ...none, issues: [parsed.issue] };
  const { doc, lineOf } = parsed;
  result.issues.push(...parsed.quoted);
  // Node ranges are offsets into the text parsed, repaired or not (see `quotedColons`).
  const text = parsed.yaml;
  const { isMap, isScalar } = yamlLibrary();
  if (doc.contents === null) return result;
  if (!isMap(doc.contents)) {
    result.issues.push({ severity: 'error', file, line: 2, message: 'front matter must be a YAML mapping of fields' });
    return result;
  }
  const fields = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
  const keyLine = (key: string): number => {
    const pair = doc.contents && isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    return isScalar(pair?.key) && pair.key.range ? lineOf(pair.key.range[0]) : 1;
  };
  const { data, wrong } = readFields(fields);
  result.data = data;
  if (data.id !== undefined) result.idLine = keyLine('id');
  if (data.title !== undefined) result.titleLine = keyLine('title');
  for (const [key, expected] of wrong) {
    const instead = key === 'lang' ? 'the language is detected from the text instead' : 'ignored';
    result.issues.push({ severity: 'warning', file, line: keyLine(key), message: `front matter "${key}" should be ${expected}; ${instead}` });
  }
  result.issues.push(...cutByComments(doc.contents, text, file, lineOf));
  return result;
}

/**
 * A warning for each unquoted value of a field this reader takes (or item of its list) that YAML ends at a
 * "#" it reads as a comment, though the "#" is written against the text after it: "title: Wolfsrudel Cup #3
 * – Valorant Community-Turnier" is the title "Wolfsrudel Cup", "#3 – …" a comment (a new-user trial's
 * article lost the words its title had for "wann ist das Turnier"), and "- #general" an empty tag. Only a
 * "#" on the value's own line: a comment line under it is a comment. A comment as people write one, "# "
 * with a space, is left alone ("draft: true # until Friday"), and one after the hashtag stays a comment in
 * the fix (`title: "Cup #3" # until Friday`). YAML's reading is kept: the warning gives the value in quotes.
 */
function cutByComments(fields: Yaml.YAMLMap, yaml: string, file: string, lineOf: (offset: number) => number): ContentIssue[] {
  const { isScalar, isSeq } = yamlLibrary();
  const issues: ContentIssue[] = [];
  for (const { key, value } of fields.items) {
    if (!isScalar(key) || !FIELDS.has(String(key.value))) continue;
    const item = isSeq(value);
    for (const node of item ? value.items : [value]) {
      if (!isScalar(node) || node.type !== 'PLAIN' || !node.comment || !node.range) continue;
      const after = node.range[1];
      const lineEnd = yaml.slice(after).search(/[\r\n]/);
      const rest = yaml.slice(after, lineEnd < 0 ? yaml.length : after + lineEnd);
      const cut = CUT_BY_COMMENT.exec(rest);
      if (!cut) continue;
      const [, hashed, comment] = cut as unknown as [string, string, string | undefined];
      const read = node.value === null || node.value === '' ? '' : String(node.value);
      // The value as meant: YAML's reading (a value over several lines folded into one) and the hashtag.
      const meant = JSON.stringify(read ? `${read} ${hashed}` : hashed) + (comment ? ` ${comment}` : '');
      const field = `front matter "${String(key.value)}"${item ? ' has an item that' : ''}`;
      const fix = item ? `- ${meant}` : `${String(key.value)}: ${meant}`;
      const message = `${field} is read ${read ? `as "${read}"` : 'empty'}: YAML takes "${hashed}" for a comment; put the value in quotes to keep it whole (${fix})`;
      issues.push({ severity: 'warning', file, line: lineOf(after + rest.indexOf('#')), message });
    }
  }
  return issues;
}

/** The front-matter fields `readFrontMatter` takes (each a key of `FrontMatter`, which the type checks). */
const FIELDS: ReadonlySet<string> = new Set<keyof FrontMatter>(['id', 'title', 'url', 'date', 'summary', 'tags', 'lang']);

/**
 * The rest of a value's line when YAML took it for a comment opened by a "#" against a word: that text up
 * to a comment as people write one ("# " with a space, or a lone "#"), and that comment.
 */
const CUT_BY_COMMENT = /^[ \t]*(#\S.*?)(?:[ \t]+(#(?:[ \t].*)?))?[ \t]*$/;

/**
 * A parsed block, with a warning for each value it read in quotes that were not written (see `quotedColons`),
 * or why it is refused; `told`, parsed again with its colons quoted: whether the error is of a kind the
 * block held before, as `errorKind` names them (`others`).
 */
type Parsed = { doc: Yaml.Document; lineOf: (offset: number) => number; quoted: ContentIssue[]; yaml: string; told?: undefined } | { issue: ContentIssue; told: boolean };

/** A YAML error's code and first line, without its position: the same error in the block before and after a repair. */
const errorKind = (error: Yaml.YAMLError): string => `${error.code} ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;

/**
 * Parses the block with YAML's core schema, so `2026-06-05T21:30:00-07:00` stays the text it is (no
 * timestamps turned into instants). Aliases are refused before anything is built from them: a "billion
 * laughs" block of a few lines would otherwise expand into gigabytes.
 */
function parseYaml(yaml: string, file: string, others?: readonly string[]): Parsed {
  const { LineCounter, parseDocument, visit } = yamlLibrary();
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { schema: 'core', lineCounter: counter, prettyErrors: false });
  // The block starts on the file's line 2, under the opening `---`.
  const lineOf = (offset: number) => counter.linePos(offset).line + 1;
  if (doc.errors.length) {
    const quoted = others ? null : quotedColons(yaml, doc.errors, file, lineOf);
    const again = quoted && parseYaml(quoted.yaml, file, [...doc.errors.filter((e) => e.code !== 'BLOCK_AS_IMPLICIT_KEY'), ...quoted.unquoted].map(errorKind));
    if (again && !('issue' in again)) return { ...again, quoted: quoted.issues };
    // Beside an error of another kind, that one is what to mend, as the block with its colons quoted tells
    // it (a title "Scratch: sync issues" beside "tags: [sync, #garmin]" was blamed, and the tag's "#" told
    // only once the title was quoted: a fitness app's trial); an error the quoting made is not (a value
    // running on to the next line, "title: Ferry: new\n  times", is then misindented: a review).
    if (again?.told) return again;
    // Told again: the first error of a kind the block held before its colons were quoted.
    const error = (others && doc.errors.find((e) => others.includes(errorKind(e)))) || doc.errors[0]!;
    const start = problemStart(doc, error.pos[0]);
    const message = `front matter is not valid YAML: ${error.message.split('\n')[0]}; ${flowCutByComment(yaml, start) ?? yamlFix(error)}`;
    return { issue: { severity: 'error', file, line: lineOf(start), message }, told: others?.includes(errorKind(error)) ?? false };
  }
  let alias: { source: string; at: number } | null = null;
  visit(doc, {
    Alias(_key, node) {
      alias = { source: node.source, at: node.range?.[0] ?? 0 };
      return visit.BREAK;
    },
    // A number is text as written: `title: 1984` is the title "1984", `id: 007` the id "007" (not 7).
    Scalar(_key, node) {
      if (typeof node.value === 'number' && typeof node.source === 'string') node.value = node.source;
    },
  });
  if (alias) {
    const { source, at } = alias;
    return { issue: { severity: 'error', file, line: lineOf(at), message: `front matter uses the YAML alias "*${source}": aliases are not allowed (write the value out)` }, told: false };
  }
  return { doc, lineOf, quoted: [], yaml };
}

/**
 * The block with each field whose unquoted value holds ": " put in quotes, where those values are all YAML
 * stopped at ("Nested mappings are not allowed in compact mappings"), and a warning for each field this
 * reader takes: "title: Come entrare nel coro: audizioni e prove" is a title, as its writer meant, not a
 * broken file (an Italian choir's trial skipped the article). A comment stays one where YAML reads one (a
 * "#" after a space and before a space or the line's end: "# draft"); a "#" against text is the value's
 * ("Cup: #3 – finals", as `cutByComments` reads it). Not a `url`, where ": " is no text a link holds. Errors
 * of another kind, and those on a line that is no such field (a value run on to its next line), are left
 * to the block parsed again (`unquoted`: the latter). Null where no such field was quoted.
 */
function quotedColons(yaml: string, errors: readonly Yaml.YAMLError[], file: string, lineOf: (offset: number) => number): { yaml: string; issues: ContentIssue[]; unquoted: Yaml.YAMLError[] } | null {
  const colons = errors.filter((e) => e.code === 'BLOCK_AS_IMPLICIT_KEY');
  const lines = yaml.split('\n');
  const issues: ContentIssue[] = [];
  const unquoted: Yaml.YAMLError[] = [];
  const fixed = new Set<number>();
  for (const error of colons) {
    const index = lineOf(error.pos[0]) - 2;
    // "a: b: c" is one error per colon.
    if (fixed.has(index)) continue;
    fixed.add(index);
    const field = COLON_FIELD.exec(lines[index] ?? '');
    const [, key, rest] = (field ?? []) as unknown as [string, string, string];
    const comment = rest === undefined ? null : COMMENT.exec(rest);
    const value = rest === undefined ? '' : (comment ? rest.slice(0, comment.index) : rest).trimEnd();
    if (!field || key === 'url' || !value.includes(': ') || QUOTE_OR_RESERVED.test(value)) {
      unquoted.push(error);
      continue;
    }
    const meant = `${key}: ${JSON.stringify(value)}${comment ? rest.slice(comment.index) : ''}`;
    lines[index] = meant;
    if (FIELDS.has(key)) issues.push({ severity: 'warning', file, line: index + 2, message: `front matter "${key}" holds ": ", which YAML refuses as a field inside a field: read as "${value}"; put the value in quotes to say so (${meant.trim()})` });
  }
  return unquoted.length === colons.length ? null : { yaml: lines.join('\n'), issues, unquoted };
}

/** A field on one line, its key a plain word, and the rest of its line (line break aside). */
const COLON_FIELD = /^([A-Za-z_][\w-]*):[ \t]+(.*?)\r?$/;
/** A comment as YAML reads one after a value: a "#" after a space, and before a space or the line's end. */
const COMMENT = /[ \t]#(?=[ \t]|$)/;
/** A value YAML reads otherwise than as plain text: quoted, a flow collection, a block scalar, an alias, a tag… */
const QUOTE_OR_RESERVED = /^['"[{|>&*!%@`#]/;

/**
 * Where a YAML error starts: the library reports an unclosed quote or bracket where it gave up (often the
 * end of the block); the quoted value or flow collection (`[...]`, `{...}`) that holds that position
 * starts where the writer has to look. Any other error is where the library reports it.
 */
function problemStart(doc: Yaml.Document, at: number): number {
  const { isScalar, isCollection, visit } = yamlLibrary();
  let start = at;
  visit(doc, (_key, node) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    const holds = range && range[0] < at && at <= range[1];
    if (holds && ((isScalar(node) && node.type !== 'PLAIN') || (isCollection(node) && node.flow)) && range[0] < start) start = range[0];
  });
  return start;
}

/**
 * The fix where the line at `at` opens a "[" or "{" that a comment cut short: a "#" after a space starts
 * one, so `tags: [tournament, #carcassonne]` loses its "]" with the hashtag (a Moscow café's trial was told
 * to close the "[" it had closed). Null on other lines.
 */
function flowCutByComment(yaml: string, at: number): string | null {
  const lineStart = yaml.lastIndexOf('\n', at - 1) + 1;
  const end = yaml.indexOf('\n', at);
  // Quoted text is no comment: blanked out, its length kept (a quote opening an item: "it's" quotes nothing).
  const line = yaml.slice(lineStart, end < 0 ? yaml.length : end).replace(/(?<=[[{,:]\s*)(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/g, (quoted) => ' '.repeat(quoted.length));
  // A hashtag: a "#" after a space and against a word, up to a comma, bracket, colon or space.
  const hashed = /[[{][^\]}]*?\s(#[^\s,\]}:]+)/.exec(line);
  if (!hashed) return null;
  return `a "#" after a space starts a YAML comment, so "${hashed[1]}" and the rest of the line (its closing bracket too) were cut off: put the item in quotes ("${hashed[1]}") or drop the "#"`;
}

/** One sentence on how to fix a YAML error, by the library's error code (`YAMLError.code`). */
function yamlFix(error: Yaml.YAMLError): string {
  switch (error.code) {
    case 'MISSING_CHAR':
      return 'close the quote or bracket opened on this line, or remove it';
    case 'BAD_INDENT':
      return /flow (sequence|mapping)/i.test(error.message)
        ? 'close the "[" or "{" on this line (tags: [a, b]), or write the list one "- item" per line, indented under its field'
        : 'indent the lines of one field alike, and start each field at the beginning of its line';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'DUPLICATE_KEY':
      return 'each field may be given once: remove the repeated one';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'put a value that holds ": " in quotes (title: "Ferry: new times"), and write each field on one line';
    default:
      return 'put the value in quotes when it holds ": " or " #" or starts with a character YAML reserves ([ { * & ! | > % @ `), or remove the front matter';
  }
}

/** The fields of the right type, and for each other field the type it should have had. */
function readFields(fields: Record<string, unknown>): { data: FrontMatter; wrong: [string, string][] } {
  const data: FrontMatter = {};
  const wrong: [string, string][] = [];
  const given = (key: string) => fields[key] !== undefined && fields[key] !== null;
  for (const key of ['title', 'summary'] as const) {
    if (!given(key)) continue;
    const value = fields[key];
    if (typeof value === 'string' && value.trim()) data[key] = value.trim();
    else wrong.push([key, 'a non-empty string']);
  }
  if (given('id')) {
    const id = fields.id;
    if ((typeof id === 'string' && id.trim()) || typeof id === 'number') data.id = String(id).trim();
    else wrong.push(['id', 'a string']);
  }
  if (given('url')) {
    const url = fields.url;
    // Stored normalised (spaces and non-ASCII escaped): Discord rejects a message whose embed URL is not.
    if (typeof url === 'string' && /^https?:\/\//i.test(url) && URL.canParse(url)) data.url = new URL(url).href;
    else wrong.push(['url', 'an http(s) URL']);
  }
  if (given('date')) {
    const date = calendarDate(fields.date);
    if (date) data.date = date;
    else wrong.push(['date', 'a date such as 2026-06-05']);
  }
  if (given('tags')) {
    const tags = typeof fields.tags === 'string' ? fields.tags.split(',') : fields.tags;
    // An empty item ("- ", or "- #general": see `cutByComments`) is no tag; the others are kept.
    if (Array.isArray(tags) && tags.every((t) => t === null || typeof t === 'string' || typeof t === 'number')) {
      data.tags = tags.flatMap((t) => (t === null ? [] : [String(t).trim()])).filter(Boolean);
    } else wrong.push(['tags', 'a list of strings']);
  }
  if (given('lang')) {
    const lang = typeof fields.lang === 'string' ? normalizeLanguageTag(fields.lang) : null;
    if (lang) data.lang = lang;
    else wrong.push(['lang', 'a BCP 47 language tag such as de, pt-BR or zh']);
  }
  return { data, wrong };
}
