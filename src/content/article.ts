import path from 'node:path';
import { createHash } from 'node:crypto';
import { DEFAULT_LABEL, ownFaqHeading, unknownLabels } from './alternates.js';
import { collapse } from './blocks.js';
import type { FrontMatter } from './frontmatter.js';
import { articleLanguage } from './language.js';
import type { Article, ArticleFormat, ContentIssue, FaqEntry, Passage, ParseResult } from './types.js';

/** What a parser found in a file, before the checks every article passes. */
export interface Draft {
  meta: FrontMatter;
  /** The id derived from the file name, used when front matter pins none. */
  id: string;
  /** Line of the front-matter `id:`, when it pins one. */
  idLine?: number;
  title: string;
  /** See `Article.titleLine`. */
  titleLine?: number;
  summary: string | null;
  site: string | null;
  file: string;
  format: ArticleFormat;
  paragraphs: Passage[];
  faq: FaqEntry[];
  /** Sections whose headings are mostly questions, under a name that opens no FAQ (Markdown's: see markdown.ts). */
  unnamedFaq?: UnnamedFaqSection[];
  /**
   * Per FAQ entry, the line right under its `Also asked as:` list that Markdown read as part of the list (see
   * `readAlternates`): where the entry has no answer, its error names that line, the answer written with no
   * blank line before it (a sailing club's and a CLI tool's admins each lost a whole article so, and the
   * error, "write its answer as the text under its heading", named an answer they had written).
   */
  listedAnswers?: ReadonlyMap<FaqEntry, number>;
}

/** A section that looks like an FAQ under a heading the bot does not read as one: its heading, line, and how many of its headings are questions and how many are not. */
export interface UnnamedFaqSection {
  text: string;
  line: number;
  questions: number;
  others: number;
  /** How many `Also asked as:` lists stand under its questions (absent: none), ignored with them, and their label as written (the English one where they differ). */
  lists?: number;
  label?: string;
}

/**
 * The warning for an `UnnamedFaqSection`, with the name to give it in the article's language `lang` (see
 * `ownFaqHeading`), beside "FAQ": a Russian admin was told to write "## FAQ" in Russian articles.
 */
function unnamedFaqWarning(section: UnnamedFaqSection, file: string, lang: string): ContentIssue {
  const own = ownFaqHeading(lang);
  const names = own && own !== 'FAQ' ? `"## ${own}" or "## FAQ"` : '"## FAQ"';
  const others = section.others ? ` (and ${section.others} heading${section.others > 1 ? 's' : ''} that ${section.others > 1 ? 'are' : 'is'} not)` : '';
  return {
    severity: 'warning',
    file,
    line: section.line,
    // With headings that are no question beside them, the section may be a how-to's ("### What is it?",
    // "### Why use it?", "### Setup"): the fix is offered, not ordered.
    message: `section "${section.text}" holds ${section.questions} questions as headings${others}, but its heading is not a name the bot knows for an FAQ section, so they are no FAQ entries (their answers are served as paragraphs${section.lists ? ` and their ${section.lists} "${section.label}" list${section.lists > 1 ? 's are' : ' is'} ignored` : ''}): ${section.others ? 'if they are an FAQ, ' : ''}rename it ${names} (or a name listed in docs/faq-labels.md)`,
    servedAsText: true,
  };
}

export const hasError = (issues: readonly ContentIssue[]): boolean => issues.some((i) => i.severity === 'error');

/**
 * An article's identity across renames (see `Article.key`): a pinned id, else its url, else a hash of its
 * title, case and spacing ignored. sha-256 cut to 16 hex digits: 64 bits, no collision in any real catalogue.
 */
export function articleKey(pinnedId: string | undefined, url: string | null, title: string): string {
  if (pinnedId) return `id:${pinnedId}`;
  if (url) return `url:${url}`;
  return `title:${createHash('sha256').update(collapse(title).toLowerCase()).digest('hex').slice(0, 16)}`;
}

/**
 * The article, or null with an error for each FAQ question left without an answer, and for an article with
 * a title and nothing else (the file is skipped: it would be served with nothing to answer from, and posted
 * as an empty summary).
 */
export function finishArticle(draft: Draft, issues: ContentIssue[]): ParseResult {
  if (draft.paragraphs.length === 0 && draft.faq.length === 0) {
    const message = 'the article has a title but no text and no FAQ question: write its paragraphs or its FAQ, or remove the file';
    return { article: null, issues: [...issues, { severity: 'error', file: draft.file, line: 1, message }] };
  }
  const { meta } = draft;
  const language = articleLanguage(meta.lang, draft.title, draft.paragraphs, draft.faq);
  issues.push(...unknownLabels(draft.faq, draft.file, language.lang), ...(draft.unnamedFaq ?? []).map((section) => unnamedFaqWarning(section, draft.file, language.lang)));
  for (const entry of draft.faq) {
    if (entry.answer.length === 0) {
      const listed = draft.listedAnswers?.get(entry);
      const where = draft.format === 'markdown' ? 'the text under its heading' : 'the paragraph after it, separated by a blank line';
      const fix = listed === undefined
        ? `write its answer as ${where}, or remove the question`
        : `line ${listed}, right under its "${entry.alsoAsked ?? DEFAULT_LABEL}" list, is read as part of the list: if it is the answer, leave a blank line before it`;
      issues.push({ severity: 'error', file: draft.file, line: entry.question.line, message: `FAQ question has no answer: "${entry.question.text}": ${fix}` });
    }
  }
  // Earlier errors (front matter, no title) return before here; these leave an article to check.
  const refused = hasError(issues);
  const url = meta.url ?? null;
  const article: Article = {
    id: meta.id ?? draft.id,
    key: articleKey(meta.id, url, draft.title),
    format: draft.format,
    title: draft.title,
    url,
    date: meta.date ?? null,
    summary: draft.summary,
    site: draft.site,
    ...language,
    tags: meta.tags ?? [],
    file: draft.file,
    ...(draft.titleLine === undefined ? {} : { titleLine: draft.titleLine }),
    paragraphs: draft.paragraphs,
    faq: draft.faq,
  };
  if (refused) return { article: null, issues, refused: article };
  return draft.idLine === undefined ? { article, issues } : { article, issues, idLine: draft.idLine };
}

/**
 * For each article whose front matter pins no `id:`, a notice saying what identifies it and how to pin it:
 * renaming its file keeps it the same article, but changing its url (or, without one, its title) makes it
 * a new one, posted again. A page (`.html`) has no front matter: it is pinned by its canonical url. It
 * says what the missing line costs and when to add it, not "nothing to fix", nor "front matter" to a file
 * that has none: every admin of four new-user trials read an earlier wording as a fault to mend, and all
 * four of the next round as a contradiction ("nothing to fix", then what to do) or noise on every run. The
 * line to add is named beside a file (`fix`) only where its id is not its file's name: two admins of round
 * AD read a folder's notice listing `account-safety.md: "id: account-safety"` for each of five files as
 * "very long" and pushing front matter onto files that need none (and one of round AE "unless given beside
 * it", of a first wording, as unclear: files so named get a notice line of their own).
 */
export function identityIssues(articles: readonly Article[]): ContentIssue[] {
  return articles
    .filter((a) => a.key !== undefined && !a.key.startsWith('id:'))
    .flatMap((a) => {
      const by = a.key!.startsWith('url:') ? 'url' : 'title';
      const page = /\.html?$/i.test(a.file);
      if (page && by === 'url') return [];
      const line = `"id: ${a.id}"`;
      const named = path.basename(a.file, path.extname(a.file)) === a.id;
      return {
        severity: 'notice' as const,
        file: a.file,
        line: 1,
        message: page ? 'no canonical url, so the title keeps the page one article' : `no "id:", so the ${by} keeps the article one${named ? '' : `: its line is ${line}`}`,
        detail: page
          ? 'to change a title later without posting its summary again, first give the page <link rel="canonical" href="…"> or <meta property="og:url" content="…">'
          : `to change a ${by} later without posting its summary again, first add ${named ? `"id: " and the file's name without its extension` : 'the "id:" line named here'} between two "---" lines at its top (see docs/content-format.md#article-identity)`,
        ...(page || named ? {} : { fix: line }),
      };
    });
}
