import { collapse } from './blocks.js';

/** Elements whose content a reader never sees as text. */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'canvas', 'iframe', 'object', 'embed']);

/** Elements that start a new line of visible text (CSS display: block, list-item, table-row...). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

/** Blocks read as one passage even when they hold other blocks (a table's rows, a list's items). */
const WHOLE = new Set(['table', 'pre']);
const LIST = new Set(['ul', 'ol']);
/** Inside a list, these make an item a container of its own paragraphs rather than one line. */
const LIST_CONTAINERS = 'p, div, h1, h2, h3, h4, h5, h6, table, pre, blockquote, section, article, figure, details';

const HEADING = /^h([1-6])$/;

export const isElement = (node: Node): node is Element => node.nodeType === 1;
const isText = (node: Node): node is Text => node.nodeType === 3;

/** Whether an element is never shown: unrendered content or the `hidden` attribute. */
const isUnseen = (el: Element): boolean => UNSEEN.has(el.localName) || el.hasAttribute('hidden');

export interface VisibleText {
  /** What a reader sees: entities decoded, tags dropped, spaces collapsed, one line per block or `<br>`. */
  raw: string;
  /** Non-space characters of `raw` that sit inside links. */
  linkChars: number;
  /** The text nodes behind `raw`, for tracing it back to the source. */
  texts: Text[];
}

/** The visible text of nodes, laid out the way a browser breaks it into lines. */
export function visibleText(nodes: readonly Node[]): VisibleText {
  let out = '';
  let linkChars = 0;
  const texts: Text[] = [];
  const visit = (node: Node, inLink: boolean, inPre: boolean): void => {
    if (isText(node)) {
      const value = node.data;
      out += inPre ? value : value.replace(/\s+/g, ' ');
      if (value.trim()) texts.push(node);
      if (inLink) linkChars += value.replace(/\s+/g, '').length;
      return;
    }
    if (!isElement(node) || isUnseen(node)) return;
    const tag = node.localName;
    if (tag === 'br') {
      out += '\n';
      return;
    }
    // Table cells sit side by side on a row; other blocks start a line.
    const edge = tag === 'td' || tag === 'th' ? ' ' : BLOCK.has(tag) ? '\n' : '';
    out += edge;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child, inLink || tag === 'a', inPre || tag === 'pre');
    out += edge;
  };
  for (const node of nodes) visit(node, false, false);
  const raw = out
    .split('\n')
    .map(collapse)
    .filter(Boolean)
    .join('\n');
  return { raw, linkChars, texts };
}

/** A run of a page's text in reading order: a heading, or a paragraph-like block. */
export interface TextBlock {
  kind: 'heading' | 'text';
  /** Heading level (1–6); 0 for text. */
  level: number;
  /** Visible text (see `visibleText`). */
  raw: string;
  /** Share of the text that is link text, 0–1: navigation is mostly links. */
  linkDensity: number;
  /** The nodes the block is made of: one element, or the text and inline elements of a loose run. */
  nodes: Node[];
  texts: Text[];
}

/**
 * Splits an element's content into blocks in reading order: each heading, each innermost block element
 * (`p`, `li` of a list of paragraphs, `blockquote`, `dd`, a `div` holding only inline content...), each
 * table, `pre` and simple list as a whole, and each run of loose inline text between blocks.
 */
export function textBlocks(root: Element): TextBlock[] {
  const out: TextBlock[] = [];
  const add = (nodes: Node[], level: number): void => {
    const text = visibleText(nodes);
    if (!text.raw) return;
    const chars = text.raw.replace(/\s+/g, '').length;
    out.push({ kind: level ? 'heading' : 'text', level, raw: text.raw, linkDensity: chars ? text.linkChars / chars : 0, nodes, texts: text.texts });
  };
  const visit = (el: Element): void => {
    let run: Node[] = [];
    const flush = () => {
      if (run.length) add(run, 0);
      run = [];
    };
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (!isElement(child) || !BLOCK.has(child.localName)) {
        run.push(child);
        continue;
      }
      flush();
      if (isUnseen(child)) continue;
      const heading = HEADING.exec(child.localName);
      if (heading) add([child], Number(heading[1]));
      else if (isWhole(child)) add([child], 0);
      else visit(child);
    }
    flush();
  };
  if (isWhole(root)) add([root], 0);
  else visit(root);
  return out;
}

/** Where a block starts: its element's tag, or for a loose run its first visible text. */
export const startNode = (block: TextBlock): Node =>
  block.nodes.length === 1 && isElement(block.nodes[0]!) ? block.nodes[0]! : (block.texts[0] ?? block.nodes[0]!);

/** An element read as a single passage: no block inside it, or a table, `pre` or list of one-line items. */
function isWhole(el: Element): boolean {
  const tag = el.localName;
  if (WHOLE.has(tag)) return true;
  if (LIST.has(tag)) return !el.querySelector(LIST_CONTAINERS);
  return !hasBlockBelow(el);
}

function hasBlockBelow(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (isElement(child) && (BLOCK.has(child.localName) || hasBlockBelow(child))) return true;
  }
  return false;
}
