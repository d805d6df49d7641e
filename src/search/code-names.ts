/**
 * Names written as code: an identifier with an underscore ("RH_CACHE_DIR", "client_max_body_size"), or a
 * dotted name ("server.public_url", "`transcode.hwaccel`", "config.yml": see `dottedName`), not in an email
 * address.
 * The tokenizer cuts them into their parts, which other names share ("server.base_url" holds "server" and
 * "url"), so a question about a key no article writes was answered from the article on another key (a
 * self-hosted software site's trial: "what is `server.public_url` for" from the `server.base_url` paragraph
 * at 0.52). A version ("2.4.0") is a number (see numbers.ts).
 */
const CODE_NAME = /(?<![\p{L}\p{N}_.])[\p{L}\p{N}]+(?:[._][\p{L}\p{N}]+)+(?![\p{L}\p{N}_]|\.[\p{L}\p{N}])/gu;
/** A cheap test before the scan: most texts write none. */
const MAYBE = /[\p{L}\p{N}][._][\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** A character of a code name's part, or an underscore. */
const PART = /[\p{L}\p{N}_]/u;
const SENTENCE_START = /^\p{Lu}\p{Ll}/u;

/** The code names `text` writes, lower-cased, in order. */
export function writtenCodeNames(text: string): string[] {
  if (!MAYBE.test(text)) return [];
  const names: string[] = [];
  for (const { 0: name, index } of text.matchAll(CODE_NAME)) {
    if (!LETTER.test(name) || text[index - 1] === '@' || text[index + name.length] === '@') continue;
    const parts = name.split('.');
    if (name.includes('_') || (parts.length > 1 && dottedName(parts, text[index - 1] === '`'))) names.push(name.toLowerCase());
  }
  return names;
}

/**
 * Whether lower-cased `text` writes code name `name` (as `writtenCodeNames` gives it) whole, quoted or not:
 * "backup.keep" in "as set by backup.keep: 14", not in "backup.keeper". An article's text has lost its
 * backticks, which a member's question keeps.
 */
export function writesCodeName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!PART.test(text[at - 1] ?? ' ') && text[at - 1] !== '.' && !PART.test(text[end] ?? ' ') && !(text[end] === '.' && PART.test(text[end + 1] ?? ' '))) return true;
  }
  return false;
}

/**
 * Whether dotted `parts` name code rather than abbreviations ("e.g.", "U.S.": one-letter parts), an email
 * address, or two sentences run together (real queries of HINT3's: "back pain.currently using", "Want
 * to.take", "Rs.100", "match.and"): written in backticks (`quoted`), or else a file name with a
 * configuration, data or script extension ("config.yml", "docker-compose.yaml"), or of three parts or more
 * ("www.example.com"), none opening a sentence.
 */
function dottedName(parts: string[], quoted: boolean): boolean {
  if (parts.some((part) => part.length < 2)) return false;
  if (quoted) return true;
  if (parts.slice(1).some((part) => SENTENCE_START.test(part))) return false;
  return parts.length > 2 || FILE_EXTENSIONS.has(parts.at(-1)!.toLowerCase());
}

/** Extensions of the files a member asks about by name: configuration, data, logs, scripts. */
const FILE_EXTENSIONS = new Set(['yml', 'yaml', 'json', 'toml', 'ini', 'conf', 'cfg', 'env', 'xml', 'properties', 'log', 'txt', 'csv', 'db', 'sqlite', 'sql', 'js', 'mjs', 'ts', 'py', 'sh', 'ps1', 'bat', 'exe', 'jar', 'zip', 'apk', 'dll', 'so']);
