import { sentenceEvidence, type PolicyDocument, type Sentence } from './document';
import { compile, getLexicon } from './lexicon';
import type { Lexicon, Pattern } from './lexicon/types';
import type { Evidence } from './types';

/** The lexicon for a document's language. */
export function lexiconOf(doc: PolicyDocument): Lexicon {
  return getLexicon(doc.lexiconLanguage);
}

/**
 * Patterns of one lexicon section for the document's language, plus English
 * ones when `withEnglish` is set: non-English policies often keep English
 * terms of art ("Privacy Shield", "Data Protection Officer").
 */
export function patternsOf(doc: PolicyDocument, pick: (lex: Lexicon) => readonly Pattern[], withEnglish = false): Pattern[] {
  const own = pick(lexiconOf(doc));
  if (!withEnglish || doc.lexiconLanguage === 'en') return own as Pattern[];
  const en = pick(getLexicon('en'));
  // Lexicon arrays are constant: the same two lists give the same (frozen) array, which `compile` finds by identity.
  let byEn = mixed.get(own);
  if (!byEn) mixed.set(own, (byEn = new WeakMap()));
  let both = byEn.get(en);
  if (!both) byEn.set(en, (both = Object.freeze([...new Set([...own, ...en])]) as Pattern[]));
  return both;
}
const mixed = new WeakMap<readonly Pattern[], WeakMap<readonly Pattern[], Pattern[]>>();

/** A sentence and the first match of a pattern in it. */
export interface SentenceMatch {
  sentence: Sentence;
  match: RegExpExecArray;
}

/** Every sentence that matches any of the patterns, in document order, with its first match. */
export function findSentences(doc: PolicyDocument, patterns: readonly Pattern[]): SentenceMatch[] {
  if (patterns.length === 0) return [];
  const re = compile(patterns);
  const out: SentenceMatch[] = [];
  for (const sentence of doc.sentences) {
    const match = re.exec(sentence.text);
    if (match) out.push({ sentence, match });
  }
  return out;
}

/** Evidence for the first `limit` matching sentences. */
export function evidenceOf(matches: readonly SentenceMatch[], rule: string, limit = 3): Evidence[] {
  return matches.slice(0, limit).map((m) => sentenceEvidence(m.sentence, rule));
}

const isLead = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The code point that ends right before offset `i` (a surrogate pair read whole), or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const c = text.charCodeAt(i - 1);
  if (isTrail(c) && i >= 2 && isLead(text.charCodeAt(i - 2))) return text.codePointAt(i - 2)!;
  return c;
}

/** The code point that starts at offset `i`, or -1 at the end. */
export function codePointAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

/** A test of one code point against a one-character class (`/^[...]$/u`); false at a text edge (-1). */
export function codePointClass(re: RegExp): (cp: number) => boolean {
  const ascii = new Uint8Array(128).map((_, c) => (re.test(String.fromCharCode(c)) ? 1 : 0));
  return (cp) => (cp < 0 ? false : cp < 128 ? ascii[cp] === 1 : re.test(String.fromCodePoint(cp)));
}

/**
 * Whether `needle` occurs in `text` (case-sensitively) at a place where `around(start, end)` holds:
 * the answer of `new RegExp(lookbehind + escaped needle + lookahead, 'u').test(text)` when `around`
 * checks the same lookarounds, found with indexOf instead of compiling one regex per word and running
 * its lookbehind at every position of the whole text (tested against the regex form).
 */
export function occursWhere(text: string, needle: string, around: (start: number, end: number) => boolean): boolean {
  if (needle.length === 0) return false;
  const first = needle.charCodeAt(0);
  const last = needle.charCodeAt(needle.length - 1);
  for (let p = text.indexOf(needle); p !== -1; p = text.indexOf(needle, p + 1)) {
    const e = p + needle.length;
    // In Unicode mode a match neither starts nor ends inside a surrogate pair.
    if (isTrail(first) && p > 0 && isLead(text.charCodeAt(p - 1))) continue;
    if (isLead(last) && e < text.length && isTrail(text.charCodeAt(e))) continue;
    if (around(p, e)) return true;
  }
  return false;
}
