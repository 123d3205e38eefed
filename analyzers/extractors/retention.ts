import type { Extractor } from '../analyzer';
import { sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
import { durationKey, findDurations } from '../duration';
import { compile } from '../lexicon';
import type { RetentionLexicon } from '../lexicon/types';
import { lexiconOf } from '../match';
import type { RetentionFinding } from '../types';

const MAX_EVIDENCE = 3;
const MAX_TEXT = 240;
/** How far before a period a deadline word ("respond within") or a retention verb is looked for. */
const GOVERNING_WINDOW = 120;

interface Guards {
  verbs: RegExp;
  verbsAll: RegExp;
  headings: RegExp;
  deadlinesAll: RegExp;
  notBefore: RegExp;
  notAfter: RegExp;
}

const guardCache = new WeakMap<RetentionLexicon, Guards>();

const alternation = (patterns: readonly string[]): string =>
  patterns.length ? patterns.map((p) => `(?:${p})`).join('|') : '(?!)';

function guardsOf(lex: RetentionLexicon): Guards {
  let g = guardCache.get(lex);
  if (g) return g;
  const bound = (p: readonly string[]) => `(?<![\\p{L}\\p{N}])(?:${alternation(p)})(?![\\p{L}\\p{N}])`;
  g = {
    verbs: compile(lex.verbs),
    verbsAll: new RegExp(bound(lex.verbs), 'giu'),
    headings: compile(lex.headings),
    deadlinesAll: new RegExp(bound(lex.deadlines), 'giu'),
    // Right before the number: "under 16 years", "in the preceding 12 months".
    notBefore: new RegExp(`${bound(lex.notBefore)}[\\s\\p{P}]*$`, 'iu'),
    // Right after the unit: "16 years old", "30 days' notice".
    notAfter: new RegExp(`^[\\s\\p{P}]*${bound(lex.notAfter)}`, 'iu'),
  };
  guardCache.set(lex, g);
  return g;
}

function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

/** The phrase that states a period: the sentence, cut around the period when long. */
function phraseOf(s: Sentence, start: number, end: number): string {
  if (s.text.length <= MAX_TEXT) return s.text;
  const from = Math.max(0, start - 120);
  return s.text.slice(from, Math.min(s.text.length, Math.max(end + 80, from + MAX_TEXT))).trim();
}

/**
 * Is the period at [start, end) of the sentence a retention period? It must sit in a
 * sentence about keeping or deleting data (or under a retention heading, for tables),
 * and not be an age, a look-back window, a notice or a reply deadline ("we answer
 * within one month": Art. 12(3) deadlines are not Art. 13(2)(a) periods).
 */
function isRetention(s: Sentence, start: number, end: number, g: Guards, underHeading: boolean): boolean {
  const before = s.text.slice(0, start);
  if (g.notBefore.test(before.slice(-40))) return false;
  if (g.notAfter.test(s.text.slice(end, end + 30))) return false;
  const window = before.slice(-GOVERNING_WINDOW);
  const deadline = lastIndex(g.deadlinesAll, window);
  const verb = lastIndex(g.verbsAll, window);
  if (deadline >= 0 && deadline > verb) return false;
  return verb >= 0 || g.verbs.test(s.text) || underHeading;
}

/** Finds explicit retention periods as ISO 8601 durations. */
export function findRetention(doc: PolicyDocument): RetentionFinding[] {
  const lex = lexiconOf(doc).retention;
  const g = guardsOf(lex);
  const byKey = new Map<string, RetentionFinding>();
  for (const s of doc.sentences) {
    const periods = findDurations(s.text, lex);
    if (periods.length === 0) continue;
    const underHeading = (s.section !== null && g.headings.test(s.section)) || (s.heading && g.headings.test(s.text));
    for (const p of periods) {
      if (!isRetention(s, p.start, p.end, g, underHeading)) continue;
      const key = durationKey(p.amount, p.unit);
      const found = byKey.get(key);
      if (!found) {
        byKey.set(key, { duration: p.duration, text: phraseOf(s, p.start, p.end), evidence: [sentenceEvidence(s, 'retention.period')] });
      } else if (found.evidence.length < MAX_EVIDENCE && !found.evidence.some((e) => e.start === s.start)) {
        found.evidence.push(sentenceEvidence(s, 'retention.period'));
      }
    }
  }
  return [...byKey.values()];
}

/** Finds explicit retention periods as ISO 8601 durations. */
const extractor: Extractor<'retention'> = {
  meta: { id: 'retention', fact: 'retention', description: 'Finds explicit retention periods as ISO 8601 durations.' },
  extract(doc) {
    return findRetention(doc);
  },
};

export default extractor;
