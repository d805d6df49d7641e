import { SettingError, settingSentence } from '../env.js';

/**
 * Bounds on what one content folder may ask of the bot. A file over a limit is reported with its path and
 * skipped whole (never half-served); the rest of the folder is served.
 */
export interface ContentLimits {
  /** Largest article file read, in bytes (`CONTENT_MAX_FILE_MB`, default 20 MB). */
  maxFileBytes: number;
  /** Most article files read from one folder; the rest are reported and left unread. */
  maxFiles: number;
  /** Deepest sub-folder read below the content folder (the folder itself is level 0). */
  maxFolderDepth: number;
}

/** Default `CONTENT_MAX_FILE_MB`: a long article is well under 1 MB, a scraped page with inline data a few. */
export const DEFAULT_MAX_FILE_MB = 20;

export const DEFAULT_LIMITS: ContentLimits = {
  maxFileBytes: DEFAULT_MAX_FILE_MB * 1024 * 1024,
  maxFiles: 10_000,
  maxFolderDepth: 16,
};

/**
 * Deepest nesting of Markdown quotes and lists in a `.md` file, counted per line as its `>` markers and list
 * markers plus one level per two spaces of indentation before a marker. Real articles nest a few levels;
 * the Markdown lexer recurses once per level (2,000 `>` overflow the stack) and its time grows with depth.
 */
export const MAX_NESTING_DEPTH = 32;

/** The limits, with `CONTENT_MAX_FILE_MB` read from `env` (a positive number of megabytes; fractions allowed); else a `SettingError`. */
export function contentLimits(env: NodeJS.ProcessEnv = process.env): ContentLimits {
  const raw = env.CONTENT_MAX_FILE_MB?.trim();
  if (!raw) return DEFAULT_LIMITS;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new SettingError(settingSentence('CONTENT_MAX_FILE_MB', 'CONTENT_MAX_FILE_MB must be a positive number of megabytes', raw, String(DEFAULT_MAX_FILE_MB)));
  }
  return { ...DEFAULT_LIMITS, maxFileBytes: Math.round(mb * 1024 * 1024) };
}

/** A size for people: "2.03 KB", "20 MB". */
export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(2)} MB` : `${+(bytes / 1024).toFixed(2)} KB`;

/** "20 MB per file, 10000 files, 16 folder levels, Markdown nesting depth 32": what check-content announces. */
export const describeLimits = (limits: ContentLimits): string =>
  `${formatBytes(limits.maxFileBytes)} per file, ${limits.maxFiles} files, ${limits.maxFolderDepth} folder levels, Markdown nesting depth ${MAX_NESTING_DEPTH}`;
