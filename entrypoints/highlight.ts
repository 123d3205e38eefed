import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { locateQuote } from '../workspace/locate-quote';

/** Name of the highlight in `CSS.highlights`, styled with `::highlight(lacuna)`. */
export const HIGHLIGHT_NAME = 'lacuna';
/** The style of the highlight and of its `<mark>` fallback. */
export const HIGHLIGHT_CSS =
  '::highlight(lacuna){background-color:#ffd43b;color:#000}mark[data-lacuna]{background-color:#ffd43b;color:#000;padding:0}';

/** What the highlighter reports back to the extension page. */
export interface HighlightResult {
  found: boolean;
  method: 'highlight' | 'mark' | 'none';
  /** The page text that was highlighted (for the e2e test and the UI). */
  text: string;
}

// Subtrees whose text is never page text (same set as the extractor's serialiser).
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'TITLE']);

/**
 * The page's text nodes in document order, leaving out script/style and other
 * non-text subtrees. An explicit stack instead of recursion or a TreeWalker:
 * works on very deep pages and on linkedom documents (tests) alike.
 */
export function pageTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out.push(node as Text);
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute('data-lacuna-ui')) continue;
    } else if (node.nodeType !== 9 && node.nodeType !== 11) {
      continue;
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out;
}

/** Opens the collapsed `<details>` around a node so the highlight can be seen. */
function revealAncestors(node: Node): void {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (el.tagName.toUpperCase() === 'DETAILS' && !el.hasAttribute('open')) el.setAttribute('open', '');
  }
}

/** Removes the `<mark>` fallback of an earlier call, restoring the original text nodes. */
function clearMarks(doc: Document): void {
  for (const mark of Array.from(doc.querySelectorAll('mark[data-lacuna]'))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

function injectStyleOnce(doc: Document): void {
  if (doc.getElementById('lacuna-highlight-style')) return;
  const style = doc.createElement('style');
  style.id = 'lacuna-highlight-style';
  style.textContent = HIGHLIGHT_CSS; // text only: never innerHTML
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Wraps the part of each text node inside [start, end] in a `<mark data-lacuna>` (browsers without CSS highlights). */
function wrapInMarks(doc: Document, nodes: Text[], r: { startNode: number; startOffset: number; endNode: number; endOffset: number }): HTMLElement | null {
  let first: HTMLElement | null = null;
  for (let i = r.endNode; i >= r.startNode; i--) {
    let node = nodes[i]!;
    const from = i === r.startNode ? r.startOffset : 0;
    const to = i === r.endNode ? r.endOffset : node.data.length;
    if (to <= from || node.data.slice(from, to).trim() === '') continue;
    if (to < node.data.length) node.splitText(to);
    if (from > 0) node = node.splitText(from);
    const mark = doc.createElement('mark');
    mark.setAttribute('data-lacuna', '');
    node.parentNode!.insertBefore(mark, node);
    mark.appendChild(node);
    first = mark;
  }
  return first;
}

/**
 * Finds a quote of the analysed text in the page, scrolls to it and highlights
 * it: CSS Custom Highlight API when the browser has it, else `<mark>` elements.
 * Matches across elements (inline tags, links) ignoring white space. Reads and
 * writes the DOM only through DOM APIs; runs no page code.
 */
export function highlightQuote(doc: Document, quote: string, near?: number | null): HighlightResult {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const highlights = win?.CSS && 'highlights' in win.CSS ? win.CSS.highlights : undefined;
  highlights?.delete(HIGHLIGHT_NAME);
  clearMarks(doc);
  const nodes = pageTextNodes(doc.body ?? doc.documentElement);
  const hit = locateQuote(nodes.map((n) => n.data), quote, near ?? undefined);
  if (!hit) return { found: false, method: 'none', text: '' };
  injectStyleOnce(doc);
  const range = doc.createRange();
  range.setStart(nodes[hit.startNode]!, hit.startOffset);
  range.setEnd(nodes[hit.endNode]!, hit.endOffset);
  const text = range.toString();
  const target = nodes[hit.startNode]!.parentElement;
  revealAncestors(nodes[hit.startNode]!);
  let method: HighlightResult['method'];
  if (highlights && typeof win?.Highlight === 'function') {
    highlights.set(HIGHLIGHT_NAME, new win.Highlight(range));
    method = 'highlight';
  } else {
    wrapInMarks(doc, nodes, hit);
    method = 'mark';
  }
  target?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return { found: true, method, text };
}

/**
 * Injected on demand (scripting.executeScript, activeTab) into the analysed tab
 * by "Show on page": it installs the highlighter in the extension's isolated
 * world; the caller then invokes it with the quote.
 */
export default defineUnlistedScript(() => {
  (globalThis as unknown as { __lacunaHighlightQuote: typeof highlightQuote }).__lacunaHighlightQuote = highlightQuote;
});
