/**
 * Reading text by code point: the loops that replace one regex match per word (language scores,
 * prefilter keys, name checks) share these.
 */

/** A UTF-16 lead (high) surrogate. */
export const isLead = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
/** A UTF-16 trail (low) surrogate. */
export const isTrail = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The code point that ends right before offset `i` (a surrogate pair read whole), or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const c = text.charCodeAt(i - 1);
  if (isTrail(c) && i >= 2 && isLead(text.charCodeAt(i - 2))) return text.codePointAt(i - 2)!;
  return c;
}

/** The code point that starts at offset `i` (a surrogate pair read whole, a lone surrogate alone, as a Unicode regex reads them), or -1 at the end. */
export function codePointAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

/**
 * A test of one code point against a one-character class (`/^[...]$/u`); false at a text edge (-1).
 * ASCII is answered from a table, other code points once by the regex and then from a cache.
 */
export function codePointClass(re: RegExp): (cp: number) => boolean {
  const ascii = new Uint8Array(128).map((_, c) => (re.test(String.fromCharCode(c)) ? 1 : 0));
  const seen = new Map<number, boolean>();
  return (cp) => {
    if (cp < 0) return false;
    if (cp < 128) return ascii[cp] === 1;
    let is = seen.get(cp);
    if (is === undefined) seen.set(cp, (is = re.test(String.fromCodePoint(cp))));
    return is;
  };
}
