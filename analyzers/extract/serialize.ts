/**
 * DOM -> analysed text. One block per line: the document model splits
 * sentences at line breaks and reads short unpunctuated lines as headings, so
 * two paragraphs must never share a line. Walks nodes itself (no innerText) so
 * Chromium and linkedom give the same text for the same DOM.
 */

/** Elements that end a line before and after them. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'search',
]);

/** Elements whose content is never page text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'meta', 'link', 'iframe', 'object', 'canvas', 'audio', 'video', 'img', 'input', 'textarea', 'select']);

const CELL = new Set(['td', 'th']);

// Non-breaking and typographic spaces become a plain space; zero-width characters and soft hyphens vanish.
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/g;

/** Normalises odd spaces and invisible characters of a raw string (no collapsing). */
export function normalizeChars(s: string): string {
  return s.replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
}

/** What a caller can ask the serialiser to leave out. */
export interface SerializeOptions {
  /** Returns true for an element whose subtree must be left out (e.g. boilerplate in the fallback). */
  skip?: (el: Element) => boolean;
}

class LineWriter {
  readonly lines: string[] = [];
  private cur = '';
  private space = false;

  text(s: string): void {
    const t = normalizeChars(s);
    if (/^[ \t\n\r\f\v]/.test(t)) this.space = true;
    const words = t.split(/[ \t\n\r\f\v]+/).filter((w) => w.length > 0);
    if (words.length === 0) return;
    const body = words.join(' ');
    if (this.cur.length > 0 && this.space && !this.cur.endsWith(' ')) this.cur += ' ';
    this.cur += body;
    this.space = /[ \t\n\r\f\v]$/.test(t);
  }

  /** Inserts a separator inside the current line (table cells), not at its start. */
  separator(sep: string): void {
    if (this.cur.length > 0 && !this.cur.endsWith(sep)) {
      this.cur += sep;
      this.space = false;
    }
  }

  /** Ends the current line if it holds text. */
  newline(): void {
    const line = this.cur.replace(/\s*\|\s*$/, '').trim();
    if (line.length > 0) this.lines.push(line);
    this.cur = '';
    this.space = false;
  }
}

type Step = { node: Node; pre: boolean } | { close: true };

// Iterative walk: a deeply nested page must not overflow the call stack.
function walk(root: Node, w: LineWriter, opts: SerializeOptions): void {
  const stack: Step[] = [];
  const pushChildren = (node: Node, pre: boolean): void => {
    const kids: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, pre });
  };
  pushChildren(root, false);
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) {
      w.newline();
      continue;
    }
    const { node, pre } = step;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (pre) {
        value.split(/\r\n|\r|\n/).forEach((part, i) => {
          if (i > 0) w.newline();
          w.text(part);
        });
      } else {
        w.text(value);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag)) continue;
    if (opts.skip?.(el)) continue;
    if (tag === 'br') {
      w.newline();
      continue;
    }
    if (CELL.has(tag)) {
      w.separator(' | ');
      pushChildren(el, pre);
      continue;
    }
    if (BLOCK.has(tag)) {
      w.newline();
      stack.push({ close: true });
    }
    pushChildren(el, pre || tag === 'pre');
  }
}

/** Tag sets of the serialiser, for code that must treat elements the same way without a DOM (the CLI's depth cap). */
export { BLOCK as BLOCK_TAGS, CELL as CELL_TAGS, SKIP as SKIP_TAGS };

/** Serialises a DOM subtree to text, one block per line. */
export function serializeNode(root: Node, opts: SerializeOptions = {}): string {
  const w = new LineWriter();
  walk(root, w, opts);
  w.newline();
  return w.lines.join('\n');
}
