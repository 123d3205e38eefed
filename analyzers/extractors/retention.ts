import type { Extractor } from '../analyzer';
import { sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
import { durationKey, findDurations } from '../duration';
import { compile } from '../lexicon';
import type { RetentionLexicon } from '../lexicon/types';
import { lexiconOf } from '../match';
import type { RetentionFinding } from '../types';
import { compileNow } from '../native-regex';

const MAX_EVIDENCE = 3;
const MAX_TEXT = 240;
/** How far before a period a deadline word ("respond within") or a retention verb is looked for. */
const GOVERNING_WINDOW = 120;
/** How far after a period a deadline word ("45 days to respond") is looked for. */
const DEADLINE_AFTER_WINDOW = 25;

interface Guards {
  anyUnit: RegExp;
  verbs: RegExp;
  verbsAll: RegExp;
  headings: RegExp;
  otherSections: RegExp;
  examples: RegExp;
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
    anyUnit: compile(Object.values(lex.units).flat()),
    verbs: compile(lex.verbs),
    verbsAll: new RegExp(bound(lex.verbs), 'giu'),
    headings: compile(lex.headings),
    otherSections: compile(lex.otherSections),
    examples: compile(lex.examples),
    deadlinesAll: new RegExp(bound(lex.deadlines), 'giu'),
    // Right before the number: "under 16 years", "in the preceding 12 months".
    notBefore: new RegExp(`${bound(lex.notBefore)}[\\s\\p{P}]*$`, 'iu'),
    // Right after the unit: "16 years old", "30 days' notice".
    notAfter: new RegExp(`^[\\s\\p{P}]*${bound(lex.notAfter)}`, 'iu'),
  };
  // Machine code at once for the regexes built here (see ../native-regex.ts).
  for (const re of [g.verbsAll, g.deadlinesAll, g.notBefore, g.notAfter]) compileNow(re);
  guardCache.set(lex, g);
  return g;
}

function firstIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? m.index : -1;
}

function lastEnd(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index + m[0].length;
  return last;
}

function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

/** How many sentences a retention section may run for when no heading ends it. */
const REGION_MAX_SENTENCES = 40;
/** Longest line taken as a title (as in document.ts). */
const HEADING_MAX = 90;

/** Outline level of a numbered heading ("8." -> 1, "8.2" -> 2, "II." -> 1); null when unnumbered. */
function headingLevel(text: string): number | null {
  const md = /^(#{1,6})\s/u.exec(text);
  if (md) return md[1]!.length;
  const num = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{Lu}/u.exec(text);
  if (num) return num[1]!.split('.').length;
  if (/^[IVX]{1,4}\.\s+\p{Lu}/u.test(text)) return 1;
  return null;
}

/**
 * The whole line of a heading sentence, number included: the sentence splitter may cut
 * "8. How long we keep data" after "8.", leaving a title that does not start its line.
 */
function headingLine(doc: PolicyDocument, s: Sentence): string | null {
  if (s.heading) return s.text;
  const lineStart = doc.text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = doc.text.indexOf('\n', s.end);
  if (lineEnd !== -1 && doc.text.slice(s.end, lineEnd).trim() !== '') return null;
  const prefix = doc.text.slice(lineStart, s.start);
  const numbered = /^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.?\s*$/u.test(prefix);
  if (prefix.trim() !== '' && !numbered) return null;
  const line = doc.text.slice(lineStart, s.end).trim();
  if (line.length > HEADING_MAX) return null;
  // A question on a line of its own is a title too: "5. How long do we keep your data?"
  if (/[?？]$/u.test(line)) return line;
  return numbered && !/[.;:,!]$/u.test(line) ? line : null;
}

/** The phrase that states a period: the sentence, cut around the period when long. */
function phraseOf(s: Sentence, start: number, end: number): string {
  if (s.text.length <= MAX_TEXT) return s.text;
  let from = Math.max(0, start - 120);
  let to = Math.min(s.text.length, Math.max(end + 80, from + MAX_TEXT));
  // Cut at spaces, not inside words.
  if (from > 0) from = s.text.indexOf(' ', from) + 1 || from;
  if (to < s.text.length) to = Math.max(end, s.text.lastIndexOf(' ', to));
  return s.text.slice(from, to).trim();
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
  // A deadline phrase governs the period when it ends after the last keep/delete verb
  // ("we process deletion requests within 30 days").
  const deadline = lastEnd(g.deadlinesAll, window);
  const verb = lastIndex(g.verbsAll, window);
  // "We respond within one month" is a deadline; "if you do not respond for 3 years, your data is deleted" is not.
  const after = s.text.slice(end, end + GOVERNING_WINDOW / 2);
  const verbAfterAt = firstIndex(g.verbsAll, after);
  const verbAfter = verbAfterAt >= 0;
  if (deadline >= 0 && deadline > verb && !verbAfter) return false;
  // "We have 45 days to respond": a deadline word right after the period, before any verb.
  const deadlineAfterAt = firstIndex(g.deadlinesAll, after.slice(0, DEADLINE_AFTER_WINDOW));
  if (deadlineAfterAt >= 0 && (verbAfterAt < 0 || deadlineAfterAt < verbAfterAt) && verb < 0) return false;
  return verb >= 0 || verbAfter || g.verbs.test(s.text) || underHeading;
}

/** An unnumbered short line inside a table: it lists things, or the next line is short too. */
function isCell(doc: PolicyDocument, s: Sentence, heading: string): boolean {
  if (headingLevel(heading) !== null) return false;
  if (heading.includes(',')) return true;
  const next = doc.sentences[s.index + 1];
  return next !== undefined && headingLine(doc, next) !== null && headingLevel(headingLine(doc, next)!) === null;
}

/** Finds explicit retention periods as ISO 8601 durations. */
export function findRetention(doc: PolicyDocument): RetentionFinding[] {
  const lex = lexiconOf(doc).retention;
  const g = guardsOf(lex);
  const byKey = new Map<string, RetentionFinding>();
  // The retention section: from a retention heading to the next heading of the same or a
  // higher level (table cells below it are short lines that look like headings too).
  let region: { level: number; from: number } | null = null;
  for (const s of doc.sentences) {
    const heading = headingLine(doc, s);
    if (heading !== null) {
      const level = headingLevel(heading);
      if (g.headings.test(heading)) region = { level: level ?? Number.POSITIVE_INFINITY, from: s.index };
      // A short line that states a period ("72 Stunden", "3 ans") is a table cell, not a numbered title.
      // A short line that lists things ("Billing contact, company address, VAT ID") or is followed by another short line
      // ("Security logging" then "IP address, request logs") is a table cell: a section title has body text under it.
      else if (region && ((level !== null && level <= region.level) || (g.otherSections.test(heading) && !isCell(doc, s, heading))) && findDurations(heading, lex).length === 0) region = null;
    }
    if (region && s.index - region.from > REGION_MAX_SENTENCES) region = null;
    // Cheap pass first: most sentences name no unit of time.
    if (!g.anyUnit.test(s.text)) continue;
    // "Example: moved to the archive after 30 days, deleted after 60 days" illustrates, it sets no period.
    if (g.examples.test(s.text)) continue;
    const periods = findDurations(s.text, lex);
    if (periods.length === 0) continue;
    const underHeading = region !== null || (s.section !== null && g.headings.test(s.section));
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
