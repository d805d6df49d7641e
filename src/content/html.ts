import { Readability } from '@mozilla/readability';
import { misplacedAlsoAsked, opensAlsoAsked, unknownLabels, writtenLabel } from './alternates.js';
import { articleKey } from './article.js';
import { collapse, MAX_DEK_LENGTH } from './blocks.js';
import { findFaq, listOf, StrayAlsoAskedList, type FoundText } from './html-faq.js';
import { calendarDate } from './dates.js';
import { pageLang, pageUrl } from './html-meta.js';
import { MAX_DEPTH, readPage, type Page } from './html-page.js';
import { isElement, startNode, textBlocks, type TextBlock } from './html-text.js';
import { articleLanguage } from './language.js';
import { normalizeLanguageTag } from '../language/detect.js';
import { escapeRegExp } from '../text.js';
import type { Article, ContentIssue, FaqEntry, Passage, ParseResult } from './types.js';

/** Above this share of link text a block is navigation (a menu, a tag list, teaser links), not prose. */
const MAX_LINK_DENSITY = 0.5;
/** A block is article text when Readability kept at least this share of its characters. */
const MIN_KEPT_SHARE = 0.5;

/** Where each element of Readability's copy started in the file. */
const OFFSET_ATTRIBUTE = 'data-faq-bot-offset';

/** Site chrome that is never article text, whatever Readability scores it. */
const CHROME =
  'nav, aside, footer, button, dialog, [role="navigation"], [role="banner"], [role="contentinfo"], ' +
  '[role="complementary"], [role="dialog"], [role="alertdialog"], [role="search"], [aria-modal="true"]';
/** Ids, classes and ARIA labels of cookie banners, share bars, comment threads and other page furniture. */
const CHROME_NAME =
  /cookie|consent|gdpr|(?:^|[\s_-])share|sharing|social|comment|disqus|newsletter|subscribe|related|breadcrumb|paywall|byline|dateline|(?:entry|post|article)-meta|posted-on/i;

/**
 * Parses a saved or scraped article page (`.html`, `.htm`).
 *
 * Mozilla's Readability (the extractor behind Firefox's Reader View) decides which part of the page is the
 * article; the passages are then read from an untouched parse of the same page, so each passage is the
 * page's visible text as written (entities decoded, tags dropped) at the line of its element. `h2`–`h6`
 * headings name the sections. The FAQ comes from the page's markup (see `findFaq`) and its blocks are
 * not body paragraphs. Navigation, cookie banners, share buttons and comments are removed before
 * Readability runs and are never read as FAQ, and a block that is mostly links is dropped.
 *
 * Metadata: url from `<link rel="canonical">` or `og:url`; date from JSON-LD `datePublished` or
 * `article:published_time` (the calendar date as written); summary from `og:description`/`description`
 * (else the first paragraph when it is a short dek); site name from `og:site_name`; language from `<html lang>`
 * (a malformed tag is a warning), else detected from the text (see `articleLanguage`).
 *
 * Errors (the page is skipped): no tags, nesting deeper than `MAX_DEPTH`, no title, or no article text and no FAQ.
 */
export function parseHtml(source: string, file: string, id: string): ParseResult {
  const issues: ContentIssue[] = [];
  const fail = (line: number, message: string): ParseResult => ({ article: null, issues: [...issues, { severity: 'error', file, line, message }] });
  if (!/<[a-z!/]/i.test(source)) return fail(1, 'not an HTML page: it has no tags');

  const page = readPage(source);
  if (page.depth > MAX_DEPTH) return fail(1, `the page nests elements ${page.depth} levels deep, more than the ${MAX_DEPTH} this reader accepts`);
  const { document } = page;
  const blocks = textBlocks(document.body);
  // The FAQ is read from this untouched parse, so the chrome Readability never sees is left out here too.
  const chrome = new Set(chromeOf(document));
  const inChrome = (node: Node): boolean => {
    for (let n: Node | null = node; n; n = n.parentNode) if (chrome.has(n as Element)) return true;
    return false;
  };
  const faq = findFaq(page, blocks.filter((b) => !b.nodes.some(inChrome)), file, issues, inChrome);

  // Readability edits the document it reads, so it gets its own parse; a node's source offset names the
  // same node in both. Readability may also rebuild the tree from its HTML (when a first pass finds too
  // little text), so each element carries its offset in an attribute, which survives that.
  const working = readPage(source);
  for (const node of faq.claimed) (working.nodeAt(page.offsetOf(node)) as ChildNode | undefined)?.remove();
  for (const el of chromeOf(working.document)) el.remove();
  for (const el of working.document.querySelectorAll('*')) el.setAttribute(OFFSET_ATTRIBUTE, String(working.offsetOf(el)));
  let extracted: ReturnType<Readability<Node>['parse']>;
  try {
    extracted = new Readability<Node>(working.document, { serializer: (el) => el }).parse();
  } catch (err) {
    // A library fault on one odd page must not stop the others from loading.
    return fail(page.lineOf(document.body), `Readability could not read the page: ${(err as Error).message}`);
  }
  const kept = keptOffsets(extracted?.content ?? null);

  const isKept = (block: TextBlock): boolean => {
    let all = 0;
    let inside = 0;
    for (const text of block.texts) {
      const length = text.data.trim().length;
      all += length;
      if (text.parentNode && kept.has(page.offsetOf(text.parentNode))) inside += length;
    }
    return all > 0 && inside / all >= MIN_KEPT_SHARE;
  };
  const site = collapse(extracted?.siteName ?? '') || null;
  const title = withoutSiteName(
    collapse(extracted?.title ?? '') || collapse(document.title ?? '') || collapse(document.querySelector('h1')?.textContent ?? ''),
    site,
  );

  const body: FoundText[] = [];
  const sections: { offset: number; name: string }[] = faq.headings.map((h) => ({ offset: page.offsetOf(startNode(h)), name: collapse(h.raw) }));
  const section = (block: TextBlock) => ({ offset: page.offsetOf(startNode(block)), name: collapse(block.raw) });
  // A heading Readability dropped, that opens article text and does not restate the title, still names
  // its section (see `restatesTitle`).
  let dropped: TextBlock | null = null;
  const stray = new StrayAlsoAskedList();
  for (const block of blocks) {
    const claimed = stray.holds(block.kind === 'text' ? listOf(startNode(block)) : null) || block.nodes.some(faq.isClaimed);
    if (!claimed && !isKept(block)) {
      dropped = block.kind === 'heading' && block.level >= 2 && !block.nodes.some(inChrome) && !restatesTitle(collapse(block.raw), title) ? block : null;
      continue;
    }
    if (!claimed && dropped && block.kind === 'text') sections.push(section(dropped));
    dropped = null;
    if (claimed) continue;
    if (block.kind === 'heading') {
      if (block.level >= 2) sections.push(section(block));
    } else if (opensAlsoAsked(block.raw)) {
      issues.push(misplacedAlsoAsked(file, page.lineOf(startNode(block)), null, undefined, writtenLabel(collapse(block.raw))));
      stray.follows(block);
    } else if (block.linkDensity <= MAX_LINK_DENSITY) {
      body.push({ raw: block.raw, at: startNode(block) });
    }
  }

  if (!title) return fail(1, 'the page has no title: add a <title>, an og:title meta tag or an <h1>');
  if (body.length === 0 && faq.entries.length === 0) {
    return fail(
      page.lineOf(document.body),
      'no article found: Readability found no main text and the page has no FAQ (is it an index, a listing or a login page?)',
    );
  }

  const passages = passageMaker(page, sections);
  const paragraphs = body.map(passages.make);
  const entries: FaqEntry[] = faq.entries.map((e) => ({ question: passages.make(e.question), answer: e.answer.map(passages.make), alternates: [], ...(e.alsoAsked ? { alsoAsked: e.alsoAsked } : {}), ...(e.alsoAskedItems ? { alsoAskedItems: true } : {}) }));
  passages.number([...paragraphs, ...entries.flatMap((e) => [e.question, ...e.answer])]);
  // Alternates share their question's section and ¶ number (see alternates.ts).
  faq.entries.forEach(({ alternates }, i) => {
    const { question } = entries[i]!;
    entries[i]!.alternates = alternates.map(({ text, line }) => ({ raw: text, text: collapse(text), section: question.section, paragraph: question.paragraph, line }));
  });

  const declared = pageLang(document);
  const language = articleLanguage(declared?.lang, title, paragraphs, entries);
  issues.push(...unknownLabels(entries, file, language.lang));

  if (declared && !normalizeLanguageTag(declared.lang)) {
    issues.push({
      severity: 'warning',
      file,
      line: page.lineOf(declared.element),
      message: `<html lang="${declared.lang}"> is not a BCP 47 language tag such as de, pt-BR or zh; the language is detected from the text instead`,
    });
  }
  const url = pageUrl(document);
  const article: Article = {
    id,
    key: articleKey(undefined, url, title),
    title,
    url,
    date: calendarDate(extracted?.publishedTime),
    summary: summaryOf(collapse(extracted?.excerpt ?? ''), paragraphs),
    site,
    ...language,
    tags: [],
    file,
    titleLine: titleLineOf(page, title, inChrome),
    paragraphs,
    faq: entries,
  };
  return { article, issues };
}

/**
 * The line of the page that writes `title` where its editor changes it (see `Article.titleLine`): the first
 * `<h1>` that writes it, or its start before a site's name, but one of the page's chrome (a related-posts
 * widget's link to the page), else the `<meta>` it was read from (`og:title`, `twitter:title`), else the
 * `<title>` in its head, else 1. A text writes the title where one starts with the other at a word's end.
 */
function titleLineOf(page: Page, title: string, inChrome: (node: Node) => boolean): number {
  const written = title.toLowerCase();
  const writes = (text: string): boolean => {
    const [shorter, longer] = text.length <= written.length ? [text, written] : [written, text];
    return shorter !== '' && longer.startsWith(shorter) && (longer.length === shorter.length || !/[\p{L}\p{N}]/u.test(longer[shorter.length]!));
  };
  const { document } = page;
  const element =
    [...document.querySelectorAll('h1')].find((h1) => !inChrome(h1) && writes(collapse(h1.textContent ?? '').toLowerCase())) ??
    [...document.querySelectorAll('meta[property="og:title"], meta[name="twitter:title"], meta[property="twitter:title"]')].find((meta) => writes(collapse(meta.getAttribute('content') ?? '').toLowerCase())) ??
    document.querySelector('title');
  return element ? page.lineOf(element) : 1;
}

/** Source offsets of the elements whose own text Readability kept as the article (for text it moved into
 * an element of its own, the nearest original element around it). */
function keptOffsets(content: Node | null): Set<number> {
  const out = new Set<number>();
  const visit = (node: Node, offset: string | null): void => {
    if (node.nodeType === 3 && offset !== null && (node as Text).data.trim()) out.add(Number(offset));
    const own = isElement(node) ? node.getAttribute(OFFSET_ATTRIBUTE) : null;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child, own ?? offset);
  };
  if (content) visit(content, null);
  return out;
}

/**
 * The site chrome of a page (see `CHROME`, `CHROME_NAME`; some may hold others), never an element that holds
 * the article itself: one that is or holds the `main` or the `h1`, or holds half the page's text (a
 * page-wide wrapper whose class happens to say "social" or "comments-enabled"). An `<article>` alone
 * proves nothing: comments and related-story cards are often marked up as articles too.
 */
function chromeOf(document: Document): Element[] {
  const half = (document.body.textContent ?? '').length / 2;
  const holdsArticle = (el: Element): boolean =>
    ['html', 'body', 'main'].includes(el.localName) ||
    el.querySelector('main, h1, [itemprop~="articleBody"]') !== null ||
    (el.textContent ?? '').length > half;
  const chrome = new Set<Element>([
    ...document.querySelectorAll(CHROME),
    ...[...document.querySelectorAll('header')].filter((h) => !h.closest('article, main')),
    ...[...document.querySelectorAll('[id], [class], [aria-label]')].filter((el) =>
      CHROME_NAME.test(`${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`),
    ),
  ]);
  return [...chrome].filter((el) => !holdsArticle(el));
}

/** Builds passages, each named by the last section heading above it; `number` then numbers them. */
function passageMaker(page: Page, sections: { offset: number; name: string }[]) {
  sections.sort((a, b) => a.offset - b.offset);
  const offsets = new Map<Passage, number>();
  const make = (found: FoundText): Passage => {
    const offset = page.offsetOf(found.at);
    const section = sections.filter((s) => s.offset < offset).at(-1)?.name ?? null;
    const passage: Passage = { raw: found.raw, text: collapse(found.raw), section, paragraph: 0, line: page.lineOf(found.at) };
    offsets.set(passage, offset);
    return passage;
  };
  /** Numbers passages 1, 2, ... in the order they stand on the page (body and FAQ interleaved as written). */
  const number = (passages: Passage[]): void => {
    [...passages].sort((a, b) => offsets.get(a)! - offsets.get(b)!).forEach((p, i) => (p.paragraph = i + 1));
  };
  return { make, number };
}

/**
 * Whether `heading` restates the page's `title`: it holds the title's words, as Readability's own test reads
 * a heading that duplicates the title (over 0.75 of the words' letters), the other way round. Readability
 * drops the first `h1` or `h2` whose words the title holds, meant for the title repeated above the article;
 * where a theme's header holding the `h1` went first as page furniture, that is a section heading such as
 * "Prices" under "Room Hire: New Prices and Booking Rules", and its paragraphs were filed under the section
 * before (a library's trial, whose price paragraphs read as "The rooms"). A heading that restates the title
 * names no section.
 */
function restatesTitle(heading: string, title: string): boolean {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const held = new Set(words(heading));
  const all = words(title);
  const length = (list: string[]) => list.join(' ').length;
  return all.length > 0 && length(all.filter((word) => held.has(word))) / length(all) > 0.75;
}

/** `Headline – Site` or `Site | Headline` without the site name (Readability strips only some separators). */
function withoutSiteName(title: string, site: string | null): string {
  if (!site) return title;
  const name = escapeRegExp(site);
  const separator = '\\s+[|\\-–—:·•»]\\s+';
  const stripped = title.replace(new RegExp(`${separator}${name}$|^${name}${separator}`, 'i'), '').trim();
  return stripped || title;
}

/**
 * The page's description; without one Readability offers the first paragraph, which serves as the dek
 * only when it is short enough to be one (as in `.txt` and `.md`), else `summarize` makes one.
 */
function summaryOf(excerpt: string, paragraphs: Passage[]): string | null {
  if (!excerpt) return null;
  const isFirstParagraph = paragraphs[0]?.text === excerpt;
  return isFirstParagraph && excerpt.length > MAX_DEK_LENGTH ? null : excerpt;
}
