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
  if (!withEnglish || doc.lexiconLanguage === 'en') return [...own];
  return [...new Set([...own, ...pick(getLexicon('en'))])];
}

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
