import { alternateLines, emptyAlternates, isAlsoAskedLine, misplacedAlsoAsked, opensAlsoAsked, writtenLabel, type SourceLine } from './alternates.js';
import { collapse } from './blocks.js';
import { isFaqHeading, isQuestion } from './faq-markers.js';
import { MAX_DEPTH, readPage, type Page } from './html-page.js';
import { startNode, textBlocks, visibleText, type TextBlock } from './html-text.js';
import type { ContentIssue } from './types.js';

/** Visible text found for an FAQ question or answer block, and the node it starts at (for its line). */
export interface FoundText {
  raw: string;
  at: Node;
}

export interface FoundFaq {
  question: FoundText;
  answer: FoundText[];
  /** Its `Also asked as:` phrasings: visible text, at the line of its list item or `<br>` line. */
  alternates: SourceLine[];
  /** The label of its `Also asked as:` list as written (see `FaqEntry.alsoAsked`). */
  alsoAsked?: string;
  /** Whether that list's phrasings are the items of an HTML list (see `FaqEntry.alsoAskedItems`). */
  alsoAskedItems?: boolean;
}

export interface FaqResult {
  entries: FoundFaq[];
  /** Nodes the FAQ was read from: they are not body paragraphs. */
  claimed: Set<Node>;
  /** Whether a node is, or is inside, one the FAQ was read from. */
  isClaimed(node: Node): boolean;
  /** FAQ headings ("FAQ", "Questions and answers"...), which name the section of what follows. */
  headings: TextBlock[];
}

/** A parsed `<script type="application/ld+json">` block. */
interface JsonLd {
  value: unknown;
  script: Element;
}

/**
 * Reads a page's FAQ, from the most to the least explicit markup: schema.org `FAQPage` JSON-LD
 * (`mainEntity[].name` / `acceptedAnswer.text`), the same in microdata (`itemtype=".../Question"` with
 * `itemprop="name"` and `acceptedAnswer` / `text`), `<details><summary>` pairs whose summary is a question
 * (or that sit in an element whose id or class names an FAQ), and question headings or paragraphs under
 * an FAQ heading. A question found twice is kept once, from the first source. Entries are in page order.
 *
 * Every question and answer is the page's visible text: JSON-LD only says which visible blocks are the
 * FAQ, so an entry whose text the page does not show is skipped with a warning. An entry without an
 * answer is skipped with a warning (the rest of the page is still served).
 *
 * Page chrome is never FAQ: `blocks` should leave it out, and `inChrome` names it for the markup read
 * from the page itself. An FAQ under a heading stays inside the `<article>` or `<main>` holding that
 * heading: a block outside it (the site's footer, whatever its markup) ends the FAQ.
 */
export function findFaq(page: Page, blocks: TextBlock[], file: string, issues: ContentIssue[], inChrome: (node: Node) => boolean = () => false): FaqResult {
  const claimed = new Set<Node>();
  const seen = new Set<string>();
  const entries: FoundFaq[] = [];
  const isClaimed = (node: Node): boolean => {
    for (let n: Node | null = node; n; n = n.parentNode) if (claimed.has(n)) return true;
    return false;
  };
  const free = (block: TextBlock): boolean => !block.nodes.some(isClaimed);
  const warn = (at: Node, message: string) => issues.push({ severity: 'warning', file, line: page.lineOf(at), message });
  /** Keeps an entry unless its question was already found or has no answer; claims its nodes either way
   * (FAQ markup is never body text). */
  const keep = (entry: FoundFaq, nodes: Node[]): void => {
    for (const node of nodes) claimed.add(node);
    takeAlternates(entry, page, file, issues);
    const key = collapse(entry.question.raw).toLowerCase();
    if (seen.has(key)) return;
    if (entry.answer.length === 0) {
      warn(entry.question.at, `FAQ question has no answer: "${collapse(entry.question.raw)}"; skipped: write its answer right after it (the next paragraph, or the <details> element's text after its <summary>)`);
      return;
    }
    seen.add(key);
    entries.push(entry);
  };

  for (const { value, script } of readJsonLd(page, file, issues)) {
    for (const { question, answer } of jsonLdQuestions(value)) {
      // The question as its own block, else a short block that holds it ("3. When does ...?", "Q: ...").
      let q = blocks.findIndex((b) => free(b) && collapse(b.raw) === question);
      if (q < 0) q = blocks.findIndex((b) => free(b) && collapse(b.raw).includes(question) && b.raw.length <= question.length + MAX_QUESTION_LABEL);
      if (q < 0) {
        warn(script, `FAQ question in JSON-LD is not shown on the page: "${question}"; skipped`);
        continue;
      }
      const run = answerRun(blocks, q + 1, answer, free);
      const container = run ? null : blocks.find((b) => b.kind === 'text' && free(b) && collapse(b.raw).includes(answer));
      if (!run && !container) {
        warn(script, `FAQ answer in JSON-LD is not shown on the page (question "${question}"); skipped`);
        continue;
      }
      const answerText = run ? run.map(found) : [{ raw: answer, at: startNode(container!) }];
      const asked = blocks[q]!;
      keep({ question: { raw: question, at: startNode(asked) }, answer: answerText, alternates: [] }, [...asked.nodes, ...(run ?? []).flatMap((b) => b.nodes)]);
    }
  }

  for (const item of page.document.querySelectorAll('[itemscope][itemtype]')) {
    if (!/schema\.org\/Question$/i.test(item.getAttribute('itemtype') ?? '') || isClaimed(item) || inChrome(item)) continue;
    const name = item.querySelector('[itemprop~="name"]');
    const accepted = item.querySelector('[itemprop~="acceptedAnswer"]');
    const text = accepted?.querySelector('[itemprop~="text"]') ?? accepted;
    if (!name) continue;
    keep({ question: { raw: visibleText([name]).raw, at: name }, answer: text ? answerBlocks(text) : [], alternates: [] }, [item]);
  }

  for (const details of page.document.querySelectorAll('details')) {
    const summary = [...details.children].find((c) => c.localName === 'summary');
    if (!summary || isClaimed(details) || inChrome(details)) continue;
    const question = visibleText([summary]).raw;
    if (!question || (!isQuestion(question) && !inFaqContainer(details))) continue;
    keep({ question: { raw: question, at: summary }, answer: answerBlocks(details, summary), alternates: [] }, [details]);
  }

  const headings: TextBlock[] = [];
  let level = 0;
  let scope: Element | null = null;
  let current: { entry: FoundFaq; nodes: Node[] } | null = null;
  const stray = new StrayAlsoAskedList();
  const close = () => {
    if (current) keep(current.entry, current.nodes);
    current = null;
  };
  for (const block of blocks) {
    const list = block.kind === 'text' ? listOf(startNode(block)) : null;
    const strayItem = stray.holds(list);
    if (!free(block)) continue;
    // Claimed by the entry, as its answer's blocks are, so the page's body does not read them either.
    if (strayItem) {
      current?.nodes.push(...block.nodes);
      continue;
    }
    const text = collapse(block.raw);
    if (block.kind === 'heading' && isFaqHeading(text)) {
      close();
      level = block.level;
      scope = articleOf(block);
      headings.push(block);
      continue;
    }
    if (level && scope && !scope.contains(startNode(block))) {
      close();
      level = 0;
    }
    if (!level) continue;
    // An `Also asked as:` paragraph right under a question, and the list under it (one block, or one per
    // item's paragraph), belong to that question, however they end.
    const answer = current?.entry.answer ?? [];
    const listing = list !== null && answer.length > 0 && isLoneAlsoAsked(answer[0]!) && (answer.length === 1 || listOf(answer[1]!.at)!.contains(startNode(block)));
    const alsoAsked = opensAlsoAsked(block.raw) && (answer.length === 0 || block.kind === 'text');
    if (current && (listing || alsoAsked)) {
      // After an answer: ignored with its list, as Markdown's is (see `misplacedAlsoAsked`).
      if (!listing && answer.length > 0) {
        issues.push(misplacedAlsoAsked(file, page.lineOf(startNode(block)), null, undefined, writtenLabel(collapse(block.raw))));
        current.nodes.push(...block.nodes);
        stray.follows(block);
        continue;
      }
      current.entry.answer.push(found(block));
      current.nodes.push(...block.nodes);
    } else if (isQuestion(text)) {
      close();
      current = { entry: { question: found(block), answer: [], alternates: [] }, nodes: [...block.nodes] };
    } else if (block.kind === 'heading') {
      // A heading that is not a question ends the entry; one at the FAQ heading's level or above ends the FAQ.
      close();
      if (block.level <= level) level = 0;
    } else if (current) {
      current.entry.answer.push(found(block));
      current.nodes.push(...block.nodes);
    }
  }
  close();

  const offset = (e: FoundFaq) => page.offsetOf(e.question.at);
  entries.sort((a, b) => offset(a) - offset(b));
  return { entries, claimed, isClaimed, headings };
}

const found = (block: TextBlock): FoundText => ({ raw: block.raw, at: startNode(block) });

/** The list (`<ul>` or `<ol>`) a node is or stands in, the nearest; null for none. */
export const listOf = (node: Node): Element | null => (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('ul, ol') ?? null;

/** Whether an answer block is an `Also asked as:` line with nothing after it (its list follows). */
const isLoneAlsoAsked = (block: Pick<FoundText, 'raw'>): boolean => !block.raw.includes('\n') && isAlsoAskedLine(block.raw);

/**
 * The list of a misplaced `Also asked as:` line standing alone (see `misplacedAlsoAsked`), ignored with it: the
 * list the very next block of the page stands in, if it stands in one, and every block of that list. Any
 * other block ends the wait, read or not (an FAQ's `<details>`, a block Readability dropped), so a later list
 * of the page is never taken for it.
 */
export class StrayAlsoAskedList {
  private awaited = false;
  private ignored: Element | null = null;

  /** After `block`, a misplaced `Also asked as:`: its list, if it stands alone, is the next block's. */
  follows(block: Pick<FoundText, 'raw'>): void {
    this.awaited = isLoneAlsoAsked(block);
  }

  /** Whether the next block of the page, standing in `list` (see `listOf`; null for none), is an item of such a list. */
  holds(list: Element | null): boolean {
    if (this.awaited && list !== null) this.ignored = list;
    this.awaited = false;
    return list !== null && list === this.ignored;
  }
}

/** A DOM text node's `nodeType`. */
const TEXT_NODE = 3;

/**
 * Moves an entry's `Also asked as:` phrasings from the front of its answer to `entry.alternates`, as the
 * Markdown and text formats read them (see alternates.ts): a paragraph `Also asked as:` followed by a list
 * (`<ul>` or `<ol>`: each item one phrasing, its own text without a nested list's), or one paragraph whose
 * further lines (after `<br>`, or line breaks in the source) are `- question`. Warnings, with their line,
 * as there: a line or item without its "- " or empty, an empty list, phrasings on the "Also asked as:"
 * line itself. Without this, "Also asked as:" was served as the answer, or its phrasings read as the next
 * question.
 */
function takeAlternates(entry: FoundFaq, page: Page, file: string, issues: ContentIssue[]): void {
  const first = entry.answer[0];
  if (!first || !opensAlsoAsked(first.raw)) return;
  const line = page.lineOf(first.at);
  const lines = first.raw.includes('\n') ? breakLines(first, page) : sourceLines(first, page);
  let taken = 1;
  const label = writtenLabel(lines[0]!.text);
  if (!isAlsoAskedLine(lines[0]!.text)) {
    issues.push({ severity: 'warning', file, line, message: `"${label}" is followed on its line by text: put each "- question" on a line of its own under it; this paragraph is ignored` });
  } else if (lines.length > 1) {
    entry.alternates.push(...alternateLines(lines.slice(1), file, issues, false, label));
  } else {
    const list = entry.answer[1] ? listOf(entry.answer[1].at) : null;
    if (list) {
      const items = [...list.children].filter((c) => c.localName === 'li');
      // Each item as a line of the Markdown list it stands for: a bullet typed into it is read as one.
      const itemLines = items.map((item) => ({ text: bulleted(ownText(item)), line: page.lineOf(item) }));
      entry.alternates.push(...alternateLines(itemLines, file, issues, false, label));
      // Text standing in the list outside an item (a "- question" line pasted there) is no phrasing.
      for (const node of list.childNodes) {
        if (node.nodeType !== TEXT_NODE || !node.textContent?.trim()) continue;
        // At the line of its first letter, not of the line break before it.
        const at = page.lineOf(node) + (/^\s*/.exec(node.textContent)![0].match(/\n/g)?.length ?? 0);
        issues.push({ severity: 'warning', file, line: at, message: `"${collapse(node.textContent)}" stands in the "${label}" list outside an item and is ignored: write it as <li>${collapse(node.textContent).replace(/^[-*+]\s+/, '')}</li>` });
      }
      entry.alsoAskedItems = true;
      while (entry.answer[taken] && list.contains(entry.answer[taken]!.at)) taken++;
    }
  }
  if (!entry.alternates.length && isAlsoAskedLine(lines[0]!.text)) issues.push(emptyAlternates(file, line, label));
  if (entry.alternates.length) entry.alsoAsked = label;
  else delete entry.alsoAskedItems;
  entry.answer.splice(0, taken);
}

/** A block's lines as `<br>` breaks them, each at its line: the n-th after the first starts after the n-th `<br>`. */
function breakLines(block: FoundText, page: Page): SourceLine[] {
  const breaks = block.at.nodeType === 1 ? [...(block.at as Element).querySelectorAll('br')] : [];
  return block.raw.split('\n').map((text, n) => {
    const after = n > 0 ? breaks[n - 1]?.nextSibling : null;
    const line = after ? page.lineOf(after) + (/^\s*/.exec(after.textContent ?? '')![0].match(/\n/g)?.length ?? 0) : page.lineOf(block.at);
    return { text, line };
  });
}

/** A block's lines as its source breaks them (a paragraph written over several lines without `<br>`), blank ones left out. */
function sourceLines(block: FoundText, page: Page): SourceLine[] {
  const first = page.lineOf(block.at);
  return (block.at.textContent ?? '')
    .split('\n')
    .map((text, n) => ({ text: collapse(text), line: first + n }))
    .filter((l) => l.text);
}

/** A list item's own text, without the lists nested in it. */
function ownText(item: Element): string {
  return collapse(visibleText([...item.childNodes].filter((n) => !(n.nodeType === 1 && listOf(n) === n))).raw);
}

/** An item's text as a `- question` line, unless it starts with a bullet of its own (then read, and warned about, as typed). */
const bulleted = (text: string): string => (/^[-*+](?:[ \t]|$)/.test(text) ? text : `- ${text}`);

/** The `<article>` or `<main>` a block stands in, the nearest; null when it stands in neither. */
function articleOf(block: TextBlock): Element | null {
  const at = startNode(block);
  return (at.nodeType === 1 ? (at as Element) : at.parentElement)?.closest('article, main') ?? null;
}

/** The paragraphs of an answer element, leaving out `skip` (a details element's summary). */
function answerBlocks(el: Element, skip?: Element): FoundText[] {
  return textBlocks(el)
    .filter((b) => b.kind === 'text' && !(skip && b.nodes.some((n) => skip.contains(n))))
    .map(found);
}

/** The consecutive text blocks from `from` whose visible text, joined, is exactly `answer`. */
function answerRun(blocks: TextBlock[], from: number, answer: string, free: (b: TextBlock) => boolean): TextBlock[] | null {
  const run: TextBlock[] = [];
  let text = '';
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'text' || !free(block)) return null;
    const next = text ? `${text} ${collapse(block.raw)}` : collapse(block.raw);
    if (!answer.startsWith(next)) return null;
    run.push(block);
    text = next;
    if (text === answer) return run;
  }
  return null;
}

/** Room around a JSON-LD question in the block that shows it, for a number or a "Q:" label. */
const MAX_QUESTION_LABEL = 12;

const FAQ_NAME = /(?:^|[\s_-])faqs?(?:$|[\s_-])/i;

function inFaqContainer(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (FAQ_NAME.test(n.id) || FAQ_NAME.test(n.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** Every JSON-LD block of the page; one that is not valid JSON is reported with its line and ignored. */
function readJsonLd(page: Page, file: string, issues: ContentIssue[]): JsonLd[] {
  const out: JsonLd[] = [];
  for (const script of page.document.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    try {
      out.push({ value: JSON.parse(text), script });
    } catch (err) {
      // Point at the fault itself: the script's text starts where its first child does.
      const at = Number(/position (\d+)/.exec((err as Error).message)?.[1] ?? 0);
      const line = (script.firstChild ? page.lineOf(script.firstChild) : page.lineOf(script)) + (text.slice(0, at).match(/\n/g)?.length ?? 0);
      issues.push({ severity: 'warning', file, line, message: `JSON-LD is not valid JSON (${(err as Error).message}); ignored` });
    }
  }
  return out;
}

const isFaqPage = (type: unknown): boolean =>
  (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && /(?:^|[/#:])FAQPage$/.test(t));

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** The question/answer pairs of every `FAQPage` in a JSON-LD value (also inside `@graph` or nested nodes),
 * as plain visible text: JSON-LD answers often hold HTML. */
function jsonLdQuestions(value: unknown, depth = 0): { question: string; answer: string }[] {
  if (depth > 8 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v) => jsonLdQuestions(v, depth + 1));
  const node = value as Record<string, unknown>;
  if (!isFaqPage(node['@type'])) return Object.values(node).flatMap((v) => jsonLdQuestions(v, depth + 1));
  const out: { question: string; answer: string }[] = [];
  for (const item of asList(node.mainEntity)) {
    if (!item || typeof item !== 'object') continue;
    const { name, acceptedAnswer } = item as Record<string, unknown>;
    const answer = asList(acceptedAnswer)[0] as Record<string, unknown> | undefined;
    if (typeof name !== 'string' || typeof answer?.text !== 'string') continue;
    out.push({ question: htmlText(name), answer: htmlText(answer.text) });
  }
  return out;
}

/** The visible text of an HTML snippet, on one line; empty when it nests too deep to read. */
function htmlText(snippet: string): string {
  const page = readPage(snippet);
  return page.depth > MAX_DEPTH ? '' : collapse(visibleText([page.document.body]).raw);
}
