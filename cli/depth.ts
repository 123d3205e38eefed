/**
 * Nesting-depth cap for HTML read in Node, applied before linkedom parses.
 *
 * linkedom builds its tree with htmlparser2's Parser, whose open-element stack
 * grows with `Array#unshift`: parsing is quadratic in the nesting depth
 * (100,000 nested elements: ~10 s). This module walks the same tokens with
 * htmlparser2's Tokenizer (linear) and replays the Parser's tree rules
 * (implied closes, void elements, self-closing tags in SVG/MathML, stray
 * `</p>` and `</br>`) on a push/pop stack, so it measures the depth linkedom
 * would build. A page within the cap is returned unchanged (same string), so
 * ordinary pages parse exactly as before. Deeper elements are flattened into
 * their ancestor at the cap: their tags are removed and their text kept; a
 * block tag becomes `<br>` (the serialiser ends a line at both, so paragraphs
 * stay on their own lines); elements whose content is never page text
 * (script, style, template, svg, ...) are removed with their content, so no
 * script source turns into text.
 *
 * Known approximation: htmlparser2 leaves an SVG/MathML context open when
 * `<svg>` is closed implicitly, so a later `<x/>` counts as self-closing;
 * removing such an unbalanced `<svg>` below the cap removes that effect too.
 *
 * The cap, 512, is the depth at which WebKit and Blink's HTML parsers stop
 * nesting too (deeper elements become siblings at that depth), so the
 * extension in Chromium never sees a deeper tree either; it is far above real
 * pages (the corpus HTML pages reach 29 levels at most).
 */
import { Tokenizer } from 'htmlparser2';
import { BLOCK_TAGS, CELL_TAGS, SKIP_TAGS } from '../analyzers/extract/serialize';

/** Deepest element nesting kept as is; deeper elements are flattened. */
export const MAX_PARSE_DEPTH = 512;

/** The HTML to hand to the parser and what the cap did. */
export interface BoundedHtml {
  /** The input itself when `depth <= cap`, else the flattened markup. */
  html: string;
  /** Deepest element nesting of the input (`<html>` is depth 1), as htmlparser2 builds it. */
  depth: number;
  /** True when elements deeper than the cap were flattened. */
  flattened: boolean;
}

// htmlparser2 10's tree rules (Parser.js): an open tag implicitly closes the current element while it is one of these.
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'], th: ['th'], td: ['thead', 'th', 'td'], body: ['head', 'link', 'script'], li: ['li'],
    p: P, h1: P, h2: P, h3: P, h4: P, h5: P, h6: P,
    select: FORM, input: FORM, output: FORM, button: FORM, datalist: FORM, textarea: FORM,
    option: ['option'], optgroup: ['optgroup', 'option'], dd: ['dd', 'dt'], dt: ['dd', 'dt'],
    address: P, article: P, aside: P, blockquote: P, details: P, div: P, dl: P, fieldset: P, figcaption: P,
    figure: P, footer: P, form: P, header: P, hr: P, main: P, nav: P, ol: P, pre: P, section: P, table: P, ul: P,
    rt: ['rt', 'rp'], rp: ['rt', 'rp'], tbody: ['thead', 'tbody'], tfoot: ['thead', 'tbody'],
  }).map(([k, v]) => [k, new Set(v)]),
);
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const FOREIGN = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
// Removed with their content when too deep: never page text, or raw text the tokenizer reads unparsed.
const DROP_SUBTREE = new Set([...SKIP_TAGS, 'xmp']);

interface Edit {
  start: number;
  end: number;
  by: string;
}

/**
 * Measures the nesting depth of `html` and, when it exceeds `cap`, flattens the
 * elements below the cap (see the module comment). Linear in the input length.
 */
export function boundDepth(html: string, cap: number = MAX_PARSE_DEPTH): BoundedHtml {
  const stack: string[] = [];
  const openCount = new Map<string, number>();
  const foreign: boolean[] = [false];
  const edits: Edit[] = [];
  let maxDepth = 0;
  // Open tag being read: its name, where its `<` is, and whether its token is removed.
  let tagName = '';
  let tagStart = 0;
  let tagDropped = false;
  // Element removed with its content: its depth (it is stack[dropDepth - 1]) and where it starts.
  let dropDepth = 0;
  let dropStart = 0;

  const edit = (start: number, end: number, by: string): void => {
    if (dropDepth === 0) edits.push({ start, end, by });
  };
  const lineBreak = (name: string): string => (name === 'br' || BLOCK_TAGS.has(name) ? '<br>' : CELL_TAGS.has(name) ? ' ' : '');
  const push = (name: string): void => {
    stack.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  // Pops the current element at `at` (where a removed subtree it closes ends). A removed block element
  // closed without its own end tag (`implied`) still ends a line there, as it did in the tree.
  const pop = (at: number, implied = true): void => {
    if (dropDepth === stack.length) {
      dropDepth = 0;
      edit(dropStart, at, '');
    } else if (implied && stack.length > cap && BLOCK_TAGS.has(stack[stack.length - 1]!)) {
      edit(at, at, '<br>');
    }
    const name = stack.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
  };
  const openElement = (name: string, start: number): void => {
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop(start);
    const depth = stack.length + 1;
    if (depth > maxDepth) maxDepth = depth;
    tagName = name;
    tagStart = start;
    tagDropped = depth > cap;
    if (tagDropped && dropDepth === 0 && DROP_SUBTREE.has(name) && !VOID.has(name)) {
      dropDepth = depth;
      dropStart = start;
    }
    if (!VOID.has(name)) {
      push(name);
      if (FOREIGN.has(name)) foreign.push(true);
      else if (HTML_INTEGRATION.has(name)) foreign.push(false);
    }
  };
  const endOpenTag = (end: number): void => {
    if (tagDropped) edit(tagStart, end, DROP_SUBTREE.has(tagName) ? '' : lineBreak(tagName));
    tagName = '';
  };
  const noop = (): void => {};

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        openElement(html.slice(start, end).toLowerCase(), start - 1);
      },
      onopentagend(end) {
        endOpenTag(end + 1);
      },
      onselfclosingtag(end) {
        const name = tagName;
        endOpenTag(end + 1);
        // Only SVG/MathML content honours `/>`; in HTML it is an ordinary open tag.
        if (foreign[foreign.length - 1] && stack[stack.length - 1] === name) pop(end + 1, false);
      },
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        const tokenStart = html.lastIndexOf('<', start);
        const gt = html.indexOf('>', end);
        const tokenEnd = gt < 0 ? html.length : gt + 1;
        if (FOREIGN.has(name) || HTML_INTEGRATION.has(name)) foreign.pop();
        if (VOID.has(name)) {
          if (name === 'br') {
            // `</br>` is a <br>: kept as it is (a void element never deepens the tree).
            maxDepth = Math.max(maxDepth, stack.length + 1);
          }
          return;
        }
        if ((openCount.get(name) ?? 0) > 0) {
          const at = stack.lastIndexOf(name);
          const depth = at + 1;
          // Elements above the closed one end before this token; the closed one ends with it.
          while (stack.length > depth) pop(tokenStart);
          if (depth > cap) edit(tokenStart, tokenEnd, DROP_SUBTREE.has(name) ? '' : lineBreak(name));
          pop(tokenEnd, false);
        } else if (name === 'p') {
          // A stray `</p>` is an empty <p>.
          openElement('p', tokenStart);
          endOpenTag(tokenEnd);
          pop(tokenEnd, false);
        } else if (stack.length > cap) {
          // Any other stray end tag is ignored by the parser; below the cap it is removed with the tags around it.
          edit(tokenStart, tokenEnd, '');
        }
      },
      onend() {
        while (stack.length > 0) pop(html.length);
      },
      ontext: noop,
      ontextentity: noop,
      onattribdata: noop,
      onattribentity: noop,
      onattribend: noop,
      onattribname: noop,
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onprocessinginstruction: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();

  if (maxDepth <= cap) return { html, depth: maxDepth, flattened: false };
  const parts: string[] = [];
  let at = 0;
  // A run of line breaks with nothing but white space between them ends one line: one <br> does it.
  let afterBreak = false;
  for (const e of edits) {
    const kept = html.slice(at, e.start);
    if (/\S/.test(kept)) afterBreak = false;
    parts.push(kept);
    if (e.by === '<br>') {
      if (!afterBreak) parts.push(e.by);
      afterBreak = true;
    } else {
      parts.push(e.by);
    }
    at = e.end;
  }
  parts.push(html.slice(at));
  return { html: parts.join(''), depth: maxDepth, flattened: true };
}
