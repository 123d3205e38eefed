import { isLead, isTrail } from './codepoints';
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

// The code-point readers live in ./codepoints (language detection and the prefilter use them too).
export { codePointAt, codePointBefore, codePointClass } from './codepoints';

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
