/**
 * A word-key prefilter for the lexicon regexes.
 *
 * Why: every lexicon section is one case-insensitive Unicode regex of many
 * alternatives, run over every sentence. V8 gives up optimising regexes once
 * a process has generated about 1 MB of regex code (`TooMuchRegExpCode` in
 * V8's regexp.cc), which a few hundred lexicon unions exceed, so most of them
 * run unoptimised: each sentence costs the regex a try of every alternative
 * at every position. Most sentences contain none of the words a section looks
 * for, and that is cheap to know first.
 *
 * How: a `compile`d union matches after a non-letter (its `(?<![\p{L}\p{N}])`
 * lookbehind), with letters written in the pattern, and every required
 * non-letter of a pattern ("right to object": the spaces) starts another word.
 * `prefilterOf` reads each pattern's source and derives, for the words at
 * those places, their "keys": the first K letters of the word (or the whole
 * word plus `$` when the pattern ends it sooner), case folded. Each pattern
 * keeps its three most telling key sets ("choose" and "provide" rather than
 * "you"). A text's keys are those of its words; a union can match a text only
 * if some pattern has all its key sets met, otherwise the regex is not run. A
 * pattern whose matches may consist of letters its source does not name
 * (`\p{L}+`, `\S*`, `.`) gives its union no filter: that union always runs.
 *
 * The filter never changes a result, only skips regex runs that would fail:
 * tests/unit/prefilter.test.ts checks it on every lexicon union against
 * generated and hand-written sentences, and the reports of the whole corpus
 * were compared byte for byte with and without it.
 */

import { codePointAt, codePointBefore, codePointClass } from './codepoints';
import { compileNow, oneByteAll } from './native-regex';

/** Letters of a key: long enough to tell words apart, short enough for inflections to share it (5 measured best of 3-6). */
export const KEY_LENGTH = 5;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** A word of a text: a run of letters and digits (what `keysOfText` reads, with a loop). */
export const WORD = /[\p{L}\p{N}]+/gu;

const foldCache = new Map<string, string>();

/**
 * Case fold of one code point, so that two characters a case-insensitive
 * Unicode regex treats as equal fold to the same string: "ſ" and "s", "ς" and
 * "σ", "ẞ" and "ß", "K" (Kelvin) and "k".
 */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (c.length === 1 && code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  let f = foldCache.get(c);
  if (f === undefined) {
    const upper = c.toUpperCase();
    f = upper.length === c.length && [...upper].length === 1 ? upper.toLowerCase() : c.toLowerCase();
    foldCache.set(c, f);
  }
  return f;
}

/** Case fold of a string, code point by code point (no context rules such as Greek final sigma). */
export function foldWord(w: string): string {
  let ascii = true;
  for (let i = 0; i < w.length; i++) {
    if (w.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return w.toLowerCase();
  let out = '';
  for (const c of w) out += foldChar(c);
  return out;
}

/** Whether a code point is a letter or digit (`[\p{L}\p{N}]`). */
const isWordChar = codePointClass(WORD_CHAR);

/**
 * The keys of the words (the matches of `WORD`) of a text, read with a loop: one regex match,
 * one substring and one case fold per word was most of the filter's own time. An ASCII word's
 * key is cut before it is lower-cased (the same letters either way).
 */
function wordKeysOf(text: string): Set<string> {
  const keys = new Set<string>();
  const len = text.length;
  for (let i = 0; i < len; ) {
    let cp = codePointAt(text, i);
    if (!isWordChar(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let ascii = true;
    do {
      if (cp >= 128) ascii = false;
      i += cp > 0xffff ? 2 : 1;
      if (i >= len) break;
      cp = codePointAt(text, i);
    } while (isWordChar(cp));
    if (ascii) keys.add(i - start >= KEY_LENGTH ? text.slice(start, start + KEY_LENGTH).toLowerCase() : text.slice(start, i).toLowerCase() + '$');
    else keys.add(wordKey(foldWord(text.slice(start, i))));
  }
  return keys;
}

/** The key of a folded word. */
function wordKey(folded: string): string {
  return folded.length >= KEY_LENGTH ? folded.slice(0, KEY_LENGTH) : folded + '$';
}

/**
 * Every key a filter holds, numbered: a text's words count only through these, and the filters
 * look numbers up, not strings. Grows as regexes are compiled (the first analyses of a language).
 */
const keyIds = new Map<string, number>();

function idOf(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) keyIds.set(key, (id = keyIds.size));
  return id;
}

interface TextEntry {
  keys: Set<string>;
  /** The numbers of the keys some filter holds, as of `known` keys numbered (a set, and a list to walk). */
  ids: Set<number>;
  list: number[];
  known: number;
  /** Each filter's answer for this text, by filter number (0 not asked, 1 no, 2 yes): several regexes share a filter (a union asked for by two rules, its copies). */
  verdicts: Uint8Array | null;
}

const textKeys = new Map<string, TextEntry>();
/** The cache is emptied past this many texts or characters (it holds the texts it keys on). */
const TEXT_KEYS_LIMIT = 20_000;
const TEXT_CHARS_LIMIT = 4_000_000;
let cachedChars = 0;

function entryOf(text: string): TextEntry {
  let entry = textKeys.get(text);
  if (entry) return entry;
  const keys = wordKeysOf(text);
  if (textKeys.size >= TEXT_KEYS_LIMIT || cachedChars + text.length > TEXT_CHARS_LIMIT) {
    textKeys.clear();
    cachedChars = 0;
  }
  entry = { keys, ids: new Set(), list: [], known: -1, verdicts: null };
  textKeys.set(text, entry);
  cachedChars += text.length;
  return entry;
}

/** The keys of the words of a text (cached: the same sentence strings are tested by many regexes). */
export function keysOfText(text: string): Set<string> {
  return entryOf(text).keys;
}

/** The numbers of the keys of a text's words that some filter holds (renewed when filters have added keys since). */
function idsOfText(text: string): TextEntry {
  const entry = entryOf(text);
  if (entry.known !== keyIds.size) {
    const ids = new Set<number>();
    for (const k of entry.keys) {
      const id = keyIds.get(k);
      if (id !== undefined) ids.add(id);
    }
    entry.ids = ids;
    entry.list = [...ids];
    entry.known = keyIds.size;
  }
  return entry;
}

// ---------------------------------------------------------------------------
// Pattern analysis

/** What one step of a pattern can consume. */
type Node =
  | { t: 'char'; c: string; q: Quant }
  /** A set of characters: the letters it names one by one (null: unbounded), and whether it can match a non-word character. */
  | { t: 'set'; letters: string[] | null; nonword: boolean; q: Quant }
  | { t: 'group'; alts: Node[][]; q: Quant }
  | { t: 'zero' };

interface Quant {
  min: number;
  max: number;
}

const ONE: Quant = { min: 1, max: 1 };
const MIXED = { letters: null, nonword: true } as const;
const NONWORD = { letters: [] as string[], nonword: true } as const;
const WORDONLY = { letters: null, nonword: false } as const;

class Unsupported extends Error {}

/** A small parser of the regex syntax the lexicons use (Unicode mode). */
class Parser {
  i = 0;
  constructor(readonly src: string) {}

  parseAlternation(): Node[][] {
    const alts: Node[][] = [[]];
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      if (c === ')') break;
      if (c === '|') {
        this.i++;
        alts.push([]);
        continue;
      }
      const node = this.parseAtom();
      if (node) alts[alts.length - 1]!.push(node);
    }
    return alts;
  }

  private parseAtom(): Node | null {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'zero' };
    }
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (src.startsWith('?:', this.i)) this.i += 2;
      else if (src.startsWith('?=', this.i) || src.startsWith('?!', this.i)) {
        this.i += 2;
        lookaround = true;
      } else if (src.startsWith('?<=', this.i) || src.startsWith('?<!', this.i)) {
        this.i += 3;
        lookaround = true;
      } else if (src.startsWith('?<', this.i)) {
        const end = src.indexOf('>', this.i);
        if (end < 0) throw new Unsupported('named group');
        this.i = end + 1;
      } else if (src[this.i] === '?') throw new Unsupported('group modifier');
      const alts = this.parseAlternation();
      if (src[this.i] !== ')') throw new Unsupported('unclosed group');
      this.i++;
      if (lookaround) {
        this.parseQuant(); // a quantified lookaround is still zero-width
        return { t: 'zero' };
      }
      return { t: 'group', alts, q: this.parseQuant() };
    }
    if (c === '[') return { t: 'set', ...this.parseClass(), q: this.parseQuant() };
    if (c === '.') {
      this.i++;
      return { t: 'set', ...MIXED, q: this.parseQuant() };
    }
    if (c === '\\') {
      const esc = this.parseEscape(false);
      if (esc === 'zero') return { t: 'zero' };
      if (typeof esc === 'string') return { t: 'char', c: esc, q: this.parseQuant() };
      return { t: 'set', ...esc, q: this.parseQuant() };
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') throw new Unsupported('dangling quantifier');
    const cp = src.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { t: 'char', c: ch, q: this.parseQuant() };
  }

  private parseQuant(): Quant {
    const src = this.src;
    let q: Quant = ONE;
    const c = src[this.i];
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.i));
      if (!m) throw new Unsupported('brace');
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
      q = { min, max };
    } else return ONE;
    this.i++;
    if (src[this.i] === '?') this.i++; // lazy
    return q;
  }

  /** An escape: a literal character, a character set, or 'zero' for an assertion. */
  private parseEscape(inClass: boolean): string | 'zero' | { letters: string[] | null; nonword: boolean } {
    const src = this.src;
    const e = src[this.i + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    this.i += 2;
    switch (e) {
      case 'b':
        if (inClass) return '\b';
        return 'zero';
      case 'B':
        return 'zero';
      case 's':
        return NONWORD;
      case 'd':
        return WORDONLY;
      case 'w': // letters, digits and "_"
      case 'S':
      case 'W':
      case 'D':
        return MIXED;
      case 'p':
      case 'P': {
        const m = /^\{([^}]*)\}/.exec(src.slice(this.i));
        if (!m) throw new Unsupported('property');
        this.i += m[0].length;
        const name = m[1]!;
        if (e === 'p' && /^(?:L|Lu|Ll|Lt|Lm|Lo|N|Nd|Nl|No|Letter|Number)$/.test(name)) return WORDONLY;
        if (e === 'p' && /^(?:P|Z|Zs|S|Pd|Ps|Pe|Pi|Pf|Pc|Po|Punctuation|Separator)$/.test(name)) return NONWORD;
        return MIXED;
      }
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case '0':
        return '\0';
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(src.slice(this.i));
        if (!m) throw new Unsupported('\\x');
        this.i += 2;
        return String.fromCharCode(parseInt(m[0], 16));
      }
      case 'u': {
        let m = /^\{([0-9a-fA-F]+)\}/.exec(src.slice(this.i));
        if (m) {
          this.i += m[0].length;
          return String.fromCodePoint(parseInt(m[1]!, 16));
        }
        m = /^[0-9a-fA-F]{4}/.exec(src.slice(this.i));
        if (!m) throw new Unsupported('\\u');
        this.i += 4;
        return String.fromCharCode(parseInt(m[0], 16));
      }
      case 'c':
      case 'k':
        throw new Unsupported(`\\${e}`);
      default:
        if (/[1-9]/.test(e)) throw new Unsupported('backreference');
        if (/[\p{L}\p{N}]/u.test(e)) throw new Unsupported(`\\${e}`);
        return e; // an escaped syntax character: "\.", "\(", "\-" ...
    }
  }

  private parseClass(): { letters: string[] | null; nonword: boolean } {
    const src = this.src;
    this.i++; // [
    const negated = src[this.i] === '^';
    if (negated) this.i++;
    const letters = new Set<string>();
    let unbounded = false;
    let nonword = false;
    const addChar = (ch: string) => {
      if (WORD_CHAR.test(ch)) letters.add(ch);
      else nonword = true;
    };
    let prev: string | null = null;
    while (this.i < src.length && src[this.i] !== ']') {
      let item: string | { letters: string[] | null; nonword: boolean };
      if (src[this.i] === '\\') {
        const esc = this.parseEscape(true);
        if (esc === 'zero') throw new Unsupported('assertion in class');
        item = esc;
      } else {
        const ch = String.fromCodePoint(src.codePointAt(this.i)!);
        this.i += ch.length;
        item = ch;
      }
      if (typeof item === 'string' && item === '-' && prev !== null && src[this.i] !== ']') {
        // A range prev-next.
        let to: string;
        if (src[this.i] === '\\') {
          const esc = this.parseEscape(true);
          if (typeof esc !== 'string') throw new Unsupported('class range');
          to = esc;
        } else {
          to = String.fromCodePoint(src.codePointAt(this.i)!);
          this.i += to.length;
        }
        const a = prev.codePointAt(0)!;
        const b = to.codePointAt(0)!;
        if (b < a) throw new Unsupported('range order');
        if (b - a <= 32) for (let cp = a; cp <= b; cp++) addChar(String.fromCodePoint(cp));
        else {
          unbounded = true;
          nonword = true;
        }
        prev = null;
        continue;
      }
      if (typeof item === 'string') {
        addChar(item);
        prev = item;
      } else {
        if (item.letters === null) unbounded = true;
        else for (const l of item.letters) letters.add(l);
        nonword ||= item.nonword;
        prev = null;
      }
    }
    if (src[this.i] !== ']') throw new Unsupported('unclosed class');
    this.i++;
    if (negated) return MIXED;
    return { letters: unbounded ? null : [...letters], nonword };
  }
}

class AnyStart extends Error {}

/** The key of a word prefix `p`; `ended` when the pattern ends the word right after it. */
function keyOf(p: string, ended: boolean): string {
  if (p.length >= KEY_LENGTH) return p.slice(0, KEY_LENGTH);
  if (ended && p.length > 0) return p + '$';
  throw new AnyStart();
}

function walkSeq(seq: readonly Node[], from: ReadonlySet<string>, keys: Set<string>): Set<string> {
  let open = new Set(from);
  for (const node of seq) {
    if (open.size === 0) break;
    const next = new Set<string>();
    for (const p of open) {
      if (p.length >= KEY_LENGTH) {
        keys.add(p.slice(0, KEY_LENGTH));
        continue;
      }
      walkNode(node, p, keys, next);
    }
    open = next;
  }
  return open;
}

function walkNode(node: Node, p: string, keys: Set<string>, next: Set<string>): void {
  if (node.t === 'zero') {
    next.add(p);
    return;
  }
  const { min, max } = node.q;
  if (min === 0) next.add(p);
  if (max === 0) return;
  const once = new Set<string>();
  walkOnce(node, p, keys, once);
  if ((min <= 1 && max === 1) || !consumesLetters(node)) {
    // Once, or a repetition of non-word characters only (spaces, punctuation): more of them
    // keep a word ended, or keep the match before its first word.
    for (const q of once) next.add(q);
  } else {
    // It may repeat (or must repeat more than once): the word goes on in ways not followed here.
    for (const q of once) keys.add(keyOf(q, false));
  }
}

/** Whether a node can consume a letter or digit. */
function consumesLetters(node: Node): boolean {
  if (node.t === 'zero') return false;
  if (node.t === 'char') return WORD_CHAR.test(node.c);
  if (node.t === 'set') return node.letters === null || node.letters.length > 0;
  return node.alts.some((alt) => alt.some(consumesLetters));
}

function walkOnce(node: Exclude<Node, { t: 'zero' }>, p: string, keys: Set<string>, out: Set<string>): void {
  if (node.t === 'char') {
    if (WORD_CHAR.test(node.c)) out.add(p + foldChar(node.c));
    else if (p === '') out.add(''); // still before a word
    else keys.add(keyOf(p, true));
    return;
  }
  if (node.t === 'set') {
    if (node.nonword) {
      if (p === '') out.add('');
      else keys.add(keyOf(p, true));
    }
    if (node.letters === null) keys.add(keyOf(p, false));
    else for (const l of node.letters) out.add(p + foldChar(l));
    return;
  }
  for (const alt of node.alts) for (const q of walkSeq(alt, new Set([p]), keys)) out.add(q);
}

/** Keys of a pattern piece matched from a word start up to the end of the pattern, or null. */
function keysFromWordStart(seq: readonly Node[]): Set<string> | null {
  try {
    const keys = new Set<string>();
    const open = walkSeq(seq, new Set(['']), keys);
    for (const p of open) keys.add(keyOf(p, true)); // the pattern ends before a non-letter
    return keys;
  } catch (e) {
    if (e instanceof AnyStart) return null;
    throw e;
  }
}

/** How selective a key set is (lower is better): short words ("we", "to", "de") are everywhere. */
function cost(keys: ReadonlySet<string>): number {
  let c = 0;
  for (const k of keys) c += k.endsWith('$') ? 16 : 1;
  return c;
}

/** A node that always consumes exactly one non-word character (a required space, apostrophe, "("...). */
function endsWord(node: Node): boolean {
  if (node.t === 'zero' || node.t === 'group' || node.q.min < 1) return false;
  return node.t === 'char' ? !WORD_CHAR.test(node.c) : node.nonword && node.letters !== null && node.letters.length === 0;
}

/**
 * Key sets every match of a pattern meets (each one: the match holds a word with one of its
 * keys), cheapest first. A match starts a word at the start of the pattern and after each
 * required non-word character of its top level, so "you can choose not to provide" gives key sets
 * at "you", "can|may", "choose" ... and is best told by "choose" and "provide".
 */
function requirements(seq: readonly Node[]): Array<Set<string>> {
  const found: Array<Set<string>> = [];
  const add = (keys: Set<string> | null) => {
    if (keys && !found.some((f) => sameSet(f, keys))) found.push(keys);
  };
  add(keysFromWordStart(seq));
  for (let i = 1; i < seq.length; i++) if (endsWord(seq[i - 1]!)) add(keysFromWordStart(seq.slice(i)));
  // A pattern that is one group of alternatives: the best key sets of each alternative, together
  // (any match meets its alternative's first set, and its second one).
  const only = seq.length === 1 ? seq[0]! : null;
  if (only && only.t === 'group' && only.q.min === 1 && only.q.max === 1) {
    if (only.alts.length === 1) for (const r of requirements(only.alts[0]!)) add(r);
    else {
      const per = only.alts.map((alt) => requirements(alt));
      if (per.every((r) => r.length > 0)) {
        add(new Set(per.flatMap((r) => [...r[0]!])));
        if (per.every((r) => r.length > 1)) add(new Set(per.flatMap((r) => [...r[1]!])));
      }
    }
  }
  return found.sort((a, b) => cost(a) - cost(b));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const k of a) if (!b.has(k)) return false;
  return true;
}

/** How many key sets of one pattern the filter checks: the first finds candidates, the next confirm them. */
const SETS_PER_PATTERN = 3;

/**
 * The key sets every match of one lexicon pattern meets, cheapest first (at most
 * SETS_PER_PATTERN), or null when a match may consist of letters the source does not name.
 * The pattern is matched as `compile` wraps it: after a non-letter, before a non-letter.
 */
export function requirementsOfPattern(source: string): Array<Set<string>> | null {
  try {
    const parser = new Parser(source);
    const alts = parser.parseAlternation();
    if (parser.i !== source.length) return null; // an unbalanced ")"
    const found = requirements([{ t: 'group', alts, q: ONE }]);
    return found.length ? found.slice(0, SETS_PER_PATTERN) : null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** The keys one of which every match of a pattern holds (its cheapest key set), or null. */
export function keysOfPattern(source: string): Set<string> | null {
  return requirementsOfPattern(source)?.[0] ?? null;
}

/** A union's filter: which patterns a key may start, and what else each pattern needs (keys by number, see `idOf`). */
export interface Prefilter {
  /** Key number -> patterns whose first key set holds it. */
  readonly index: ReadonlyMap<number, readonly number[]>;
  /** Per pattern, its further key sets (each must meet the text). */
  readonly more: ReadonlyArray<ReadonlyArray<ReadonlySet<number>>>;
  /** Whether no pattern can match across a line break (nor use "^" or "$"): each match then lies within one line. */
  readonly withinLines: boolean;
  /** The filter's number, where texts keep its verdict. */
  readonly id: number;
}

let filterCount = 0;

/**
 * Syntax that may match a line break, or anchor at the text's edges: whitespace and negated
 * classes, control-character escapes, properties other than letters, digits, punctuation,
 * symbols and spaces, and "^" / "$". Read conservatively (an escaped backslash before "s" counts).
 */
const MAY_CROSS_LINES = /\\[sWDPnrxuctvf0]|\[\^|[\^$\n\r]|\\p\{(?!(?:L|Lu|Ll|Lt|Lm|Lo|N|Nd|Nl|No|P|Pc|Pd|Ps|Pe|Pi|Pf|Po|S|Sm|Sc|Sk|So|Zs)\})/u;

/** Whether every match of the pattern lies within one line (see `Prefilter.withinLines`). */
export function staysWithinLine(pattern: string): boolean {
  return !MAY_CROSS_LINES.test(pattern);
}

/** The filter of a union of patterns, or null when one of them has no keys (the union then always runs). */
export function prefilterOf(patterns: readonly string[]): Prefilter | null {
  const index = new Map<number, number[]>();
  const more: Array<Array<Set<number>>> = [];
  for (let i = 0; i < patterns.length; i++) {
    const sets = requirementsOfPattern(patterns[i]!);
    if (!sets) return null;
    for (const k of sets[0]!) {
      const id = idOf(k);
      const ids = index.get(id);
      if (ids) ids.push(i);
      else index.set(id, [i]);
    }
    more.push(sets.slice(1).map((set) => new Set([...set].map(idOf))));
  }
  return { index, more, withinLines: patterns.every(staysWithinLine), id: filterCount++ };
}

function meets(keys: ReadonlySet<number>, own: ReadonlySet<number>): boolean {
  if (own.size < keys.size) {
    for (const k of own) if (keys.has(k)) return true;
  } else {
    for (const k of keys) if (own.has(k)) return true;
  }
  return false;
}

/** Whether some pattern of the filter has all its key sets met by the words of the text. */
export function mayMatch(filter: Prefilter, text: string): boolean {
  const entry = idsOfText(text);
  // A filter's keys were all numbered when it was made, so an answer never goes stale.
  let verdicts = entry.verdicts;
  const id = filter.id;
  if (verdicts !== null && id < verdicts.length) {
    const v = verdicts[id]!;
    if (v !== 0) return v === 2;
  } else {
    const grown = new Uint8Array(Math.max(filterCount, id + 1) + 64);
    if (verdicts !== null) grown.set(verdicts);
    entry.verdicts = verdicts = grown;
  }
  const answer = filterMeets(filter, entry);
  verdicts[id] = answer ? 2 : 1;
  return answer;
}

function filterMeets(filter: Prefilter, entry: TextEntry): boolean {
  const list = entry.list;
  for (let i = 0; i < list.length; i++) {
    const ids = filter.index.get(list[i]!);
    if (ids === undefined) continue;
    for (let j = 0; j < ids.length; j++) {
      const more = filter.more[ids[j]!]!;
      let all = true;
      for (let m = 0; m < more.length; m++) {
        if (!meets(more[m]!, entry.ids)) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
  }
  return false;
}

/** Texts from this length on are searched line by line when their union stays within lines. */
const LINES_FROM = 2000;

interface Lines {
  starts: number[];
  texts: string[];
}

/** The lines of the last long text searched (many unions search the same document text in turn). */
let linesCache: { text: string; lines: Lines } | null = null;

/** The lines of a text (split at "\n"), with their offsets; each stored one byte per character when it can be. */
function linesOf(text: string): Lines {
  if (linesCache?.text === text) return linesCache.lines;
  const starts: number[] = [];
  const texts: string[] = [];
  for (let a = 0; a <= text.length; ) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    starts.push(a);
    texts.push(text.slice(a, b));
    a = b + 1;
  }
  const lines = { starts, texts: oneByteAll(texts) };
  linesCache = { text, lines };
  return lines;
}

/** The index of the line that holds offset `i` (the last line starting at or before it). */
function lineAt(starts: readonly number[], i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const filterBySource = new Map<string, Prefilter>();

/** The word-edge lookbehind `compile` puts before every union. */
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_CHAR_CS = codePointClass(/^[\p{L}\p{N}]$/u);
const WORD_CHAR_I = codePointClass(/^[\p{L}\p{N}]$/iu);
const headless = new Map<string, string | null>();
/** Scanners (unions without their lookbehind) by flags and source: a regex and its `matchAll` copies share one. */
const scanners = new Map<string, RegExp>();

/**
 * The source of a Unicode regex without its leading word-edge lookbehind, when it is
 * `(?<![\p{L}\p{N}])` followed by one group and whatever follows it with no alternation at the top
 * level (so the lookbehind applies to every match); null otherwise.
 */
export function headlessSource(source: string, unicode: boolean): string | null {
  if (!unicode || !source.startsWith(WORD_START + '(?:')) return null;
  let rest = headless.get(source);
  if (rest === undefined) {
    rest = source.slice(WORD_START.length);
    try {
      const parser = new Parser(rest);
      if (parser.parseAlternation().length !== 1 || parser.i !== rest.length) rest = null;
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      rest = null;
    }
    headless.set(source, rest);
  }
  return rest;
}

/**
 * A RegExp that first checks whether the string holds the words its patterns need, and
 * reports no match at once when it does not. `exec` is the method `test`, `match`,
 * `matchAll`, `replace` and `split` call, so all of them go through the check; copies made by
 * `matchAll` find their filter by source.
 */
export class PrefilteredRegExp extends RegExp {
  readonly filter: Prefilter;

  constructor(pattern: string | RegExp, flags?: string, filter?: Prefilter) {
    super(pattern, flags);
    const known = filter ?? filterBySource.get(this.source);
    if (!known) throw new Error('PrefilteredRegExp without a filter');
    if (filter) filterBySource.set(this.source, filter);
    this.filter = known;
    // The flags never change: read them once here, not through the prototype's getters on every exec.
    this.resets = this.global || this.sticky;
    this.lineable = known.withinLines && !this.sticky && !this.hasIndices && !this.dotAll && !this.multiline;
    this.headless = this.global && !this.sticky && headlessSource(this.source, this.unicode) !== null;
    this.wordChar = this.ignoreCase ? WORD_CHAR_I : WORD_CHAR_CS;
  }

  /**
   * Compiles, to machine code at once (./native-regex.ts), the regex that will run: the union without
   * its lookbehind when matches are searched that way, else this one. Compiling both would spend
   * V8's regex code budget on code never run.
   */
  compileNow(): this {
    if (this.headless) this.scannerOf();
    else compileNow(this);
    return this;
  }

  /** This union without its leading lookbehind, with the g flag: one per source and flags, shared by this regex's copies. */
  private scannerOf(): RegExp {
    const flags = this.global ? this.flags : this.flags + 'g';
    const key = flags + '/' + this.source;
    let scanner = scanners.get(key);
    if (!scanner) scanners.set(key, (scanner = compileNow(new RegExp(headlessSource(this.source, true)!, flags))));
    return scanner;
  }

  /**
   * Whether matches are searched without the leading word-edge lookbehind, and the lookbehind checked on
   * each found (see `searchFrom`). Only for global regexes, the whole-text and line scans: for the
   * per-sentence tests it made the benchmark slower (median ratio 2.43-2.57x against 2.31-2.35x with
   * global scans only), as the extra regex code spends V8's optimisation budget (./native-regex.ts)
   * sooner, and an unoptimised union without the lookbehind loses its cheap rejection of positions
   * inside words (measured 2x slower than with it).
   */
  private readonly headless: boolean;
  /** The code points the lookbehind rejects before a match (`[\p{L}\p{N}]`, with this regex's case folding). */
  private readonly wordChar: (cp: number) => boolean;
  /** This regex without its leading lookbehind, with the g flag (see `scannerOf`). */
  private scanner: RegExp | null = null;

  /** Whether a failed exec resets lastIndex (global or sticky). */
  private readonly resets: boolean;
  /** Whether long texts may be searched line by line (see `execByLine`). */
  private readonly lineable: boolean;

  /** The last string checked and the answer: `matchAll` and global loops call exec on one string many times. */
  private checked: string | null = null;
  private passed = false;

  override exec(string: string): RegExpExecArray | null {
    const s = String(string);
    if (s !== this.checked) {
      this.checked = s;
      this.passed = mayMatch(this.filter, s);
    }
    if (!this.passed) {
      if (this.resets) this.lastIndex = 0;
      return null;
    }
    if (this.lineable && s.length >= LINES_FROM) {
      return this.execByLine(s);
    }
    if (this.headless) {
      const from = this.global ? this.lastIndex : 0;
      const m = from <= s.length ? this.searchFrom(s, from) : null;
      if (this.global) this.lastIndex = m ? m.index + m[0].length : 0;
      return m;
    }
    return super.exec(s);
  }

  /**
   * The first match at or after `from` in `subject`, what this regex with the g flag and lastIndex
   * `from` finds. A union of `compile` is `(?<![\p{L}\p{N}])(?:...)(?![\p{L}\p{N}])`: V8 tests
   * the lookbehind's Unicode class at every position before it looks at the alternatives, and a
   * regex that starts with a lookbehind gets none of irregexp's skipping ahead to the characters an
   * alternative can start with. So the regex without the lookbehind finds a candidate, and the
   * lookbehind is checked on it here: the lookbehind is zero-width and reads only the code point
   * before the start, so at a position where it holds both regexes find the same match (same
   * alternative, same backtracking), and at one where it fails the next possible start is after
   * the next non-word code point (every position inside a run of letters and digits fails it).
   * The leftmost candidate that passes is the leftmost match. Tested against the regex itself on
   * every lexicon union (tests/unit/prefilter.test.ts).
   */
  private searchFrom(subject: string, from: number): RegExpExecArray | null {
    if (!this.headless) {
      const re = (this.lineRegExp ??= compileNow(new RegExp(this.source, this.global ? this.flags : this.flags + 'g')));
      re.lastIndex = from;
      return re.exec(subject);
    }
    const scanner = (this.scanner ??= this.scannerOf());
    const isWord = this.wordChar;
    scanner.lastIndex = from;
    for (;;) {
      const m = scanner.exec(subject);
      if (m === null) return null;
      if (!isWord(codePointBefore(subject, m.index))) return m;
      let i = m.index;
      let cp = codePointAt(subject, i);
      while (cp >= 0 && isWord(cp)) {
        i += cp > 0xffff ? 2 : 1;
        cp = codePointAt(subject, i);
      }
      if (cp < 0) return null;
      scanner.lastIndex = i + (cp > 0xffff ? 2 : 1);
    }
  }

  /** This regex with the g flag, run on single lines (see `execByLine`). */
  private lineRegExp: RegExp | null = null;

  /**
   * The match in a long text, found line by line: when no pattern can match across a line break,
   * every match lies within one line, and a line without the words a pattern needs holds none, so
   * only the lines that pass the filter are searched. A line is matched alone: the word-edge
   * lookarounds see the line's edges as they see the line breaks around it (neither is a letter),
   * and no pattern of such a union anchors with "^" or "$". The match found is the first at or
   * after lastIndex, with its index and input those of the whole text, as `exec` gives them.
   */
  private execByLine(s: string): RegExpExecArray | null {
    const from = this.global ? this.lastIndex : 0;
    const lines = linesOf(s);
    let best: RegExpExecArray | null = null;
    if (from <= s.length) {
      for (let i = lineAt(lines.starts, from); i < lines.texts.length; i++) {
        const line = lines.texts[i]!;
        if (!mayMatch(this.filter, line)) continue;
        const start = lines.starts[i]!;
        const m = this.searchFrom(line, from > start ? from - start : 0);
        if (m) {
          m.index += start;
          m.input = s;
          best = m;
          break;
        }
      }
    }
    if (this.global) this.lastIndex = best ? best.index + best[0].length : 0;
    return best;
  }

  /** Copies of this regex lent to `matchAll` iterations and given back when they end. */
  private readonly idle: PrefilteredRegExp[] = [];

  /**
   * `RegExp.prototype[Symbol.matchAll]`, step for step, with a kept copy instead of a new one per
   * call: a new copy is a new regex for V8, parsed and compiled again (to bytecode first, see
   * ./native-regex.ts) whenever its compilation cache has been emptied, which each full garbage
   * collection does.
   */
  override [Symbol.matchAll](string: string): RegExpStringIterator<RegExpExecArray> {
    const s = String(string);
    const matcher = this.idle.pop() ?? new PrefilteredRegExp(this, this.flags).compileNow();
    matcher.lastIndex = this.lastIndex;
    const idle = this.idle;
    const global = this.global;
    const unicode = this.unicode || this.unicodeSets;
    function* iterate(): Generator<RegExpExecArray, undefined> {
      try {
        for (;;) {
          const m = matcher.exec(s);
          if (m === null) return;
          if (!global) {
            yield m;
            return;
          }
          if (m[0] === '') matcher.lastIndex = advance(s, matcher.lastIndex, unicode);
          yield m;
        }
      } finally {
        idle.push(matcher);
      }
    }
    return iterate() as unknown as RegExpStringIterator<RegExpExecArray>;
  }
}

/** The spec's AdvanceStringIndex: past one code unit, or past a whole surrogate pair in Unicode mode. */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
