/** Where a quote sits in a run of text nodes: node indices and offsets into their raw values. */
export interface QuoteRange {
  startNode: number;
  startOffset: number;
  endNode: number;
  /** Exclusive. */
  endOffset: number;
}

// Characters that never count when matching: white space, invisible characters, soft hyphens.
const IGNORED = /[\s\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\u00ad\u180e\ufeff]/u;

interface Flat {
  chars: string;
  lower: string;
  node: number[];
  offset: number[];
}

function flatten(chunks: readonly string[]): Flat {
  let chars = '';
  let lower = '';
  const node: number[] = [];
  const offset: number[] = [];
  chunks.forEach((chunk, n) => {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (IGNORED.test(c)) continue;
      const l = c.toLowerCase();
      chars += c;
      lower += l.length === 1 ? l : c;
      node.push(n);
      offset.push(i);
    }
  });
  return { chars, lower, node, offset };
}

function squeeze(s: string): string {
  let out = '';
  for (const c of s) if (!IGNORED.test(c)) out += c;
  return out;
}

function lowerSameLength(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const l = s[i]!.toLowerCase();
    out += l.length === 1 ? l : s[i];
  }
  return out;
}

/**
 * Finds a quote of the analysed text in a page's text nodes. The analysed text
 * is the visible text one block per line with white space collapsed, so white
 * space is ignored on both sides: the quote matches across element boundaries
 * (inline tags, links) whatever spacing the markup has. Tries an exact match,
 * then a case-insensitive one, then one without the table-cell separators the
 * serialiser inserts. `near` (0..1, the quote's relative position in the
 * analysed text) picks among several occurrences.
 */
export function locateQuote(chunks: readonly string[], quote: string, near?: number): QuoteRange | null {
  const flat = flatten(chunks);
  const q = squeeze(quote);
  if (q.length === 0) return null;
  const attempts: Array<[string, string]> = [
    [flat.chars, q],
    [flat.lower, lowerSameLength(q)],
    [flat.lower, lowerSameLength(q.replace(/\|/g, ''))],
  ];
  for (const [hay, needle] of attempts) {
    if (needle.length === 0) continue;
    const hits: number[] = [];
    for (let at = hay.indexOf(needle); at !== -1 && hits.length < 50; at = hay.indexOf(needle, at + 1)) hits.push(at);
    if (hits.length === 0) continue;
    let pick = hits[0]!;
    if (near !== undefined && hits.length > 1 && hay.length > 0) {
      pick = hits.reduce((b, h) => (Math.abs(h / hay.length - near) < Math.abs(b / hay.length - near) ? h : b), pick);
    }
    const last = pick + needle.length - 1;
    return {
      startNode: flat.node[pick]!,
      startOffset: flat.offset[pick]!,
      endNode: flat.node[last]!,
      endOffset: flat.offset[last]! + 1,
    };
  }
  return null;
}
