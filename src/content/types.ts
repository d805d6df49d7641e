/** One block of an article's text, kept exactly as written so quotes can be checked against the file. */
export interface Passage {
  /** Exact text of the block in the source file (Markdown syntax included for `.md`). */
  raw: string;
  /** Plain text used for matching (Markdown syntax removed). */
  text: string;
  /**
   * Where `raw` holds what a reader never sees (a Markdown link's or image's address and title, an HTML
   * tag, a character reference, a code fence's info string, a soft line break): offsets into `raw`, a start and an end per
   * part, ascending. Absent when nothing is hidden. Sentences are split and matched with these parts
   * blanked, and quoted from `raw` as written.
   */
  hidden?: number[];
  /** Heading of the section the block sits in, or null before any heading. */
  section: string | null;
  /** 1-based position among the article's blocks after the title, in reading order. */
  paragraph: number;
  /** 1-based line of the block's first character in the source file. */
  line: number;
}

export interface FaqEntry {
  question: Passage;
  /** The answer's blocks, in order; never empty for a valid article. */
  answer: Passage[];
  /**
   * Other ways people ask this question, from an `Also asked as:` list under it (one `- question` per line).
   * Matched like the question, never shown as the answer; empty when the file lists none.
   */
  alternates: Passage[];
  /** The label of the `Also asked as:` list its last alternate is in, as the file writes it, colon included ("Aussi demandé :"); absent without alternates. */
  alsoAsked?: string;
  /** Whether that list's phrasings are the `<li>` items of an HTML list, where another is added as `<li>…</li>`. */
  alsoAskedItems?: boolean;
}

/** How a file's text is written: `text` is shown exactly as written (`*` and `#` are literal characters);
 * `markdown` carries formatting meant to be rendered. */
export type ArticleFormat = 'text' | 'markdown';

/** Where an article's language comes from: its source's declaration, or detection from its text. */
export type LangSource = 'declared' | 'detected';

export interface Article {
  /** Front-matter `id`, else derived from the file name; addresses the article in commands and answers. */
  id: string;
  /**
   * The article's identity across renames of its file: `id:<id>` when front matter pins one, else
   * `url:<url>`, else `title:<hash of the title>`. Absent on articles built in code (benchmarks, tests).
   */
  key?: string;
  /** `text` for a `.txt` file (escape it where Markdown is rendered), `markdown` for `.md`; absent means `markdown`. */
  format?: ArticleFormat;
  title: string;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null when the file gives none. */
  date: string | null;
  /** Front-matter summary, else the dek, else null (see `summarize`). */
  summary: string | null;
  /** Site name from a scraped article, when present. */
  site: string | null;
  /**
   * The article's language as a canonical BCP 47 tag (`en`, `de-CH`, `zh-Hans`): as declared (front matter
   * `lang:`, `<html lang>`, a feed's language) when the tag is valid, else detected from the article's text
   * (an ISO 639-1 code such as `de`), `und` when the text does not tell.
   */
  lang: string;
  /** Whether `lang` was declared by the source or detected from the text. */
  langSource: LangSource;
  /** False when `lang` was detected and the detector was unsure (`check-content` warns); true when declared. */
  langReliable: boolean;
  tags: string[];
  /** Path of the source file, as given to the loader. */
  file: string;
  /**
   * 1-based line of `file` that writes the title: front matter's `title:`, else a Markdown file's `#`
   * headline or a text file's first line; a saved page's `<h1>` that writes it, else the `<meta>` or
   * `<title>` it was read from (a feed item's: of the page fetched). Absent on articles built in code.
   */
  titleLine?: number;
  /** Body paragraphs (not FAQ), including the dek. */
  paragraphs: Passage[];
  faq: FaqEntry[];
}

/**
 * `error`: the file is skipped (the rest is served); `warning`: the file is served, but not all of it as
 * written, or something in it is likely a mistake; `notice`: advice, the file served exactly as written (an
 * article that pins no identity: see `identityIssues`). check-content lists notices; `ask` leaves them out
 * and the bot's log counts them in one line, as a folder written without front matter on purpose would
 * otherwise repeat them on every question asked and every start.
 */
export type Severity = 'error' | 'warning' | 'notice';

/** A problem found in a content file; `error` means the file was skipped. */
export interface ContentIssue {
  severity: Severity;
  file: string;
  line: number;
  message: string;
  /** Why it matters, the same for every issue of its kind: printed once under a list of several (see `formatIssues`). */
  detail?: string;
  /** What mends this file's issue where the shared detail does not say it (`"id: my-faq"` of `My FAQ.md`), named beside the file where several are listed on one line (see `formatIssues`). */
  fix?: string;
  /**
   * Whether what the file writes as FAQ entries is served as article text (a question heading with no
   * question mark, a section of questions under a name the bot does not know): a warning `npm run ask`
   * prints in full, as it explains an answer served as a paragraph, where it counts the others.
   */
  servedAsText?: true;
}

export interface ParseResult {
  article: Article | null;
  issues: ContentIssue[];
  /**
   * The article of a file refused only for an error in its FAQ (a question without an answer), built as
   * far as it could be: never served, but checked across articles (its phrasings) so that one run reports
   * every problem of the file, not only its error.
   */
  refused?: Article;
  /** 1-based line of the front-matter `id:` that named the article; absent when its id comes from the file name. */
  idLine?: number;
}
