/**
 * Compiling a regex to machine code at once, skipping V8's bytecode tier.
 *
 * Why: V8 runs a regex's first match in its interpreter, compiling it to bytecode first, and
 * only compiles it to machine code on its next run. The bytecode of a Unicode regex run on a
 * two-byte string is large: each `\p{L}`-style class is a decision tree of hundreds of ranges
 * (about 10 KB for the word-edge lookarounds of one lexicon union, up to 200 KB for a whole
 * union). V8 stops optimising the regexes it compiles once an isolate has generated about 1 MB
 * of regex code, bytecode included (`TooMuchRegExpCode` in V8's regexp.cc), and the bytecode
 * of the lexicon's hundreds of regexes is tens of MB: nearly every regex then ran as
 * unoptimised machine code, 3-4 times slower than optimised code (measured on the lexicon
 * unions over the corpus sentences). V8 skips the bytecode tier when a regex is first run on a
 * string of 1000 characters or more (`kTierUpForSubjectLengthValue`), so one run on such a
 * string right after construction keeps the bytecode out of the count and the regexes
 * optimised. Measured over the corpus: the rules take about half the time.
 *
 * The run is on a sentence-like string, because V8 also samples the first subject's character
 * frequencies to choose which characters to look for first. It never changes what a regex
 * matches. Browsers without this heuristic (or without V8) just pay one short run per regex.
 */

/** A text of ordinary prose, at least 1000 characters (V8's `kTierUpForSubjectLengthValue`). */
const LONG_SUBJECT =
  'We collect and use the personal information you give us, keep it for as long as needed, and share it with service providers; you may ask to access, correct or delete it. '.repeat(
    6,
  );

/** Runs a new regex once on a long text so that V8 compiles it straight to machine code; returns it (lastIndex 0). */
export function compileNow<R extends RegExp>(re: R): R {
  RegExp.prototype.exec.call(re, LONG_SUBJECT);
  re.lastIndex = 0;
  return re;
}

/** A character outside Latin-1. */
const WIDE = /[^\u0000-\u00ff]/; // eslint-disable-line no-control-regex -- the whole Latin-1 range

/**
 * The same string, stored one byte per character when all its characters fit. A slice of a text
 * that holds any character past U+00FF ("’", "“", "–") is stored two bytes per character even when
 * it holds none itself, and V8 compiles and runs each regex for the two storages separately: the
 * two-byte code of the Unicode letter classes around every lexicon phrase is much larger and
 * slower. Most sentences are Latin-1 (accented Western European letters included), so copying
 * them into one-byte strings once per document makes the regexes run on them faster.
 */
export function oneByte(s: string): string {
  // JSON.parse builds a one-byte string when it can; the round trip returns the same characters.
  return WIDE.test(s) ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * `list.map(oneByte)` in one JSON round trip: the same strings, each stored one byte per character
 * when it can be (a string with a character past U+00FF comes back equal, as `oneByte` returns it).
 * One call for a document's sentences or lines instead of one per string.
 */
export function oneByteAll(list: readonly string[]): string[] {
  return JSON.parse(JSON.stringify(list)) as string[];
}
