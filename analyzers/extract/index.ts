/**
 * Page text extraction: Readability when it keeps the policy, a
 * boilerplate-pruned full text when it does not. Takes the Document as a
 * parameter (never the global), so it runs in an injected script and on a
 * linkedom document in Node alike.
 */
import { Readability } from '@mozilla/readability';
import { isBoilerplate } from './prune';
import { normalizeChars, serializeNode } from './serialize';

export { serializeNode, normalizeChars } from './serialize';
export { isBoilerplate, isConsentBanner, isHidden } from './prune';
export { normalizePlainText, stripFrontMatter } from './text';

/** How the text was obtained. */
export type ExtractionMethod = 'readability' | 'fallback';

/** The result of reading a page. */
export interface ExtractedText {
  text: string;
  title: string;
  method: ExtractionMethod;
  stats: { readabilityChars: number; prunedChars: number; ms: number };
}

/** Tuning knobs of `extractPolicyText`. */
export interface ExtractOptions {
  /** Element budget: above it Readability is skipped (a 5 MB or deeply nested page must not hang). */
  maxElems?: number;
  /** Nesting budget: deeper pages skip Readability. */
  maxDepth?: number;
  /**
   * Readability's text is kept only when it holds at least this share of the
   * pruned full text. Policies are long single articles, so on a page where
   * Readability works its text is most of the pruned text (0.89 to 1.00 on the
   * 21 corpus HTML pages), while on the pages where it latches on a tab bar or
   * one section of an accordion it keeps under a third (0.00, 0.21, 0.29);
   * 0.5 sits in the middle of that gap.
   */
  minShare?: number;
  /** Clock for the stats (ms), injectable. */
  now?: () => number;
}

// Corpus pages have up to ~5,000 elements and Readability takes ~0.3 s on them; it grows
// superlinearly with depth (20,000 nested divs: 13 s), so both size and depth are bounded.
const DEFAULT_MAX_ELEMS = 15_000;
const MAX_DEPTH = 120;
// Below this many characters of page text there is little chrome to cut and Readability
// (whose own threshold is 500 characters of article) is unreliable: keep the pruned text.
const SMALL_PAGE_CHARS = 1_000;
const DEFAULT_MIN_SHARE = 0.5;

/** The page title: `<title>`, else the first h1/h2, else empty. */
export function pageTitle(doc: Document): string {
  const t = normalizeChars(doc.title ?? '').replace(/\s+/g, ' ').trim();
  if (t) return t;
  const h = doc.querySelector('h1, h2');
  return h ? normalizeChars(h.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
}

/** The body minus navigation, chrome, hidden elements and consent banners, one block per line. */
export function prunedText(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  return root ? serializeNode(root, { skip: isBoilerplate }) : '';
}

/** True when the element tree is larger than `maxElems` or deeper than `maxDepth` (iterative, stops early). */
export function overBudget(doc: Document, maxElems: number, maxDepth: number): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const stack: Array<[Element, number]> = [[root, 1]];
  let count = 0;
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (++count > maxElems || depth > maxDepth) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return false;
}

/** Readability's article, serialised; null when it fails, throws or the page is over budget. */
export function readabilityText(
  doc: Document,
  maxElems = DEFAULT_MAX_ELEMS,
  maxDepth = MAX_DEPTH,
): { text: string; title: string } | null {
  // Check before cloning: cloning a huge page is itself the cost we want to avoid.
  if (overBudget(doc, maxElems, maxDepth)) return null;
  try {
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability<Node>(clone, { maxElemsToParse: maxElems, serializer: (el) => el }).parse();
    if (!article?.content) return null;
    return { text: serializeNode(article.content), title: (article.title ?? '').trim() };
  } catch {
    return null;
  }
}

const ANCHOR_MIN = 25;
const HEADING_BACKTRACK = 3;

/**
 * Readability's article re-cut from the pruned text: the pruned lines from the
 * first to the last line Readability kept (long lines only, as anchors). It
 * keeps what Readability's cleaning drops *inside* the article (headings,
 * link-dense paragraphs such as "contact the supervisory authority") while
 * still cutting the page chrome around it. Null when no anchor is found.
 */
export function anchoredText(readability: string, pruned: string, headings: ReadonlySet<string> = new Set()): string | null {
  const lines = pruned.split('\n');
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  lines.forEach((l, i) => {
    if (!first.has(l)) first.set(l, i);
    last.set(l, i);
  });
  const anchors = readability.split('\n').filter((l) => l.length >= ANCHOR_MIN && first.has(l));
  if (anchors.length === 0) return null;
  let from = first.get(anchors[0]!)!;
  let to = last.get(anchors[anchors.length - 1]!)!;
  if (to < from) return null;
  // Short lines Readability kept at either end (table rows, list items) are not anchors: extend over them.
  const kept = new Set(readability.split('\n'));
  while (from > 0 && kept.has(lines[from - 1]!)) from--;
  while (to < lines.length - 1 && kept.has(lines[to + 1]!)) to++;
  // Readability drops the article's own title: take back the h1-h6 lines just above (not menu lines).
  for (let k = 0; k < HEADING_BACKTRACK && from > 0 && headings.has(lines[from - 1]!); k++) from--;
  to = extendOverProse(lines, to);
  return lines.slice(from, to + 1).join('\n');
}

const PROSE_MIN_CHARS = 60;
const PROSE_MIN_WORDS = 8;
const MAX_GAP = 6;

/** A full sentence of running text (menu items, link lists and buttons are not). */
const isProse = (line: string): boolean =>
  line.length >= PROSE_MIN_CHARS && line.split(' ').length >= PROSE_MIN_WORDS && /[.!?:;]["”»’)]?$/.test(line);

/**
 * Readability sometimes leaves out the policy's closing part (a "how to reach
 * us" box styled as a call-to-action, with the DPO's address). After the kept
 * part, take following prose lines as long as no more than a few non-prose
 * lines separate them; page footers are link lists and stop it.
 */
function extendOverProse(lines: string[], to: number): number {
  let end = to;
  let gap = 0;
  for (let i = to + 1; i < lines.length; i++) {
    if (isProse(lines[i]!)) {
      end = i;
      gap = 0;
    } else if (++gap > MAX_GAP) break;
  }
  return end;
}

/** The serialised text of every h1-h6 of the page. */
function headingLines(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    for (const line of serializeNode(h).split('\n')) out.add(line);
  }
  return out;
}

/** Extracts the policy text of a page: Readability's article, or the pruned body when Readability lost most of it. */
export function extractPolicyText(doc: Document, opts: ExtractOptions = {}): ExtractedText {
  const now = opts.now ?? (() => Date.now());
  const t0 = now();
  const read = readabilityText(doc, opts.maxElems ?? DEFAULT_MAX_ELEMS, opts.maxDepth ?? MAX_DEPTH);
  const pruned = prunedText(doc);
  const readabilityChars = read?.text.length ?? 0;
  const prunedChars = pruned.length;
  const useReadability =
    read !== null &&
    readabilityChars > 0 &&
    // A tiny page is read whole, unless Readability finds more than the pruning leaves (a policy in a dialog).
    (prunedChars >= SMALL_PAGE_CHARS || readabilityChars > prunedChars) &&
    readabilityChars >= (opts.minShare ?? DEFAULT_MIN_SHARE) * prunedChars;
  const title = pageTitle(doc) || read?.title || '';
  const text = useReadability ? (anchoredText(read.text, pruned, headingLines(doc)) ?? read.text) : pruned;
  return {
    text,
    title,
    method: useReadability ? 'readability' : 'fallback',
    stats: { readabilityChars, prunedChars, ms: now() - t0 },
  };
}

/** Serialises a whole rendered document (Markdown rendered to HTML): no Readability, the whole file is the policy. */
export function documentText(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  return root ? serializeNode(root) : '';
}
