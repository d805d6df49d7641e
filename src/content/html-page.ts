import { createRequire } from 'node:module';
import type * as HtmlParser2 from 'htmlparser2';
import type * as Linkedom from 'linkedom';

// linkedom and its parser take a few hundred ms to load (most of a bot's start-up): they are loaded on
// the first page read, so a content folder without pages never pays for them.
const load = createRequire(import.meta.url);
let libraries: { linkedom: typeof Linkedom; htmlparser2: typeof HtmlParser2 } | null = null;
const dom = () => (libraries ??= { linkedom: load('linkedom'), htmlparser2: load('htmlparser2') });

/**
 * Deepest element nesting read. Readability's work grows with about the cube of the depth over
 * linkedom (a node's children are found by walking its whole subtree): measured with one paragraph
 * under N nested divs on a loaded 2-core machine, 128 levels take 0.75 s, 250 take 2.4 s and 500 take
 * 9 s. Real pages stay far below 128: Lighthouse already flags a DOM deeper than 32 as excessive.
 */
export const MAX_DEPTH = 128;

/** A parsed HTML page whose nodes know where they start in the source file. */
export interface Page {
  document: Document;
  /** Deepest element nesting in the source; above `MAX_DEPTH` no node has an offset and the page should
   * not be read further. */
  depth: number;
  /** Character offset in the source where `node` (or, for an element the parser made up, its first
   * located descendant) starts; -1 when nothing under it came from the source. */
  offsetOf(node: Node): number;
  /** 1-based source line of `offsetOf(node)`; 1 when unknown. */
  lineOf(node: Node): number;
  /** The node that starts at `offset` in this page (the same offset names the same node in every parse). */
  nodeAt(offset: number): Node | undefined;
}

// The options linkedom gives htmlparser2, so both parsers see the same tokens.
const PARSER_OPTIONS: HtmlParser2.ParserOptions = { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false };

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;
const DOCTYPE = 10;

/**
 * Parses an HTML page with linkedom and records where each node starts in the source.
 *
 * linkedom builds its tree straight from htmlparser2's events, appending each node where the event
 * arrives, so its nodes in document order are exactly the parser's open-tag, text and comment events in
 * order. A second htmlparser2 pass over the same text gives each event's offset; zipping the two sequences
 * gives every node its line. A page without a `<body>` tag gets one first (see `missingBody`); the added
 * tags hold no line break, so lines still count as in the file.
 */
export function readPage(source: string): Page {
  const { at, tag } = missingBody(source);
  const html = `${source.slice(0, at)}${tag}${source.slice(at)}`;
  const { linkedom, htmlparser2 } = dom();
  const { document } = linkedom.parseHTML(html) as unknown as { document: Document };

  const events: { type: number; offset: number }[] = [];
  let open = 0;
  let depth = 0;
  const parser: HtmlParser2.Parser = new htmlparser2.Parser(
    {
      onopentag: () => {
        events.push({ type: ELEMENT, offset: parser.startIndex });
        depth = Math.max(depth, ++open);
      },
      onclosetag: () => open--,
      ontext: () => events.push({ type: TEXT, offset: parser.startIndex }),
      oncomment: () => events.push({ type: COMMENT, offset: parser.startIndex }),
    },
    PARSER_OPTIONS,
  );
  parser.write(html);
  parser.end();

  const offsets = new Map<Node, number>();
  const nodes = new Map<number, Node>();
  let i = 0;
  let inSync = depth <= MAX_DEPTH;
  const visit = (node: Node): void => {
    if (!inSync) return;
    if (node.nodeType !== DOCTYPE) {
      const event = events[i++];
      // A node the events do not explain means the two parsers disagree: stop rather than mislabel lines.
      if (!event || event.type !== node.nodeType) {
        inSync = false;
        return;
      }
      // The added tags have no place in the file; what follows them moves back by their length.
      if (event.offset < at || event.offset >= at + tag.length) {
        const offset = event.offset < at ? event.offset : event.offset - tag.length;
        offsets.set(node, offset);
        nodes.set(offset, node);
      }
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  for (const child of document.childNodes) visit(child);

  const offsetOf = (node: Node): number => {
    const own = offsets.get(node);
    if (own !== undefined) return own;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const found = offsetOf(child);
      if (found >= 0) return found;
    }
    return -1;
  };
  const lines = new LineIndex(source);
  return {
    document,
    depth,
    offsetOf,
    lineOf: (node) => lines.at(offsetOf(node)),
    nodeAt: (offset) => nodes.get(offset),
  };
}

/**
 * Where a page that leaves out its `<body>` tag needs one, and the tags to add there: linkedom, unlike a
 * browser, does not imply it, and gives such a page an empty body. After `</head>`, else after `<html>`,
 * else the page is a fragment and gets `<html><body>` in front. Nothing when the page has its body tag.
 */
function missingBody(source: string): { at: number; tag: string } {
  if (/<body[\s>]/i.test(source)) return { at: 0, tag: '' };
  const html = /<html(?:\s[^>]*)?>/i.exec(source);
  if (!html) return { at: 0, tag: '<html><body>' };
  const head = /<\/head\s*>/i.exec(source);
  const after = head ?? html;
  return { at: after.index + after[0].length, tag: '<body>' };
}

/** Offset-to-line lookups in O(log lines). */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(source: string) {
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }
  at(offset: number): number {
    if (offset < 0) return 1;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
