import type { Extractor } from '../analyzer';
import { findCountries, isEea } from '../countries';
import { sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
import { compile } from '../lexicon';
import { mayMatch, PrefilteredRegExp } from '../prefilter';
import type { TransfersLexicon } from '../lexicon/types';
import { lexiconOf, patternsOf } from '../match';
import { MECHANISMS, type Evidence, type Mechanism, type SafeguardFinding, type Transfers } from '../types';
import { compileNow } from '../native-regex';

const MAX_EVIDENCE = 3;
/** How close before a country a "residents of" / "laws of" cue must be to rule it out as a destination. */
const NOT_DESTINATION_WINDOW = 40;

interface Compiled {
  outside: RegExp;
  inside: RegExp;
  residence: RegExp;
  context: RegExp;
  illustration: RegExp;
  storage: RegExp;
  europe: RegExp;
  europeAll: RegExp;
  notBefore: RegExp;
  notAfter: RegExp;
  anyMechanism: RegExp;
  /** Prefilter: every pattern above in one union (a sentence with none of them says nothing about transfers). */
  any: RegExp;
  negations: RegExp;
  /** Determiners that deny the noun phrase they open ("keine Tools von Unternehmen mit Sitz in den USA"). */
  deniedBy: RegExp;
  /** A gap between two place names that only lists them: punctuation and list words. */
  listGap: RegExp;
  /** Right before a place: where data comes from ("from", "out of"). */
  origin: RegExp;
  mechanisms: Array<[Mechanism, RegExp]>;
}

const cache = new Map<string, Compiled>();

const alternation = (patterns: readonly string[]): string =>
  patterns.length ? patterns.map((p) => `(?:${p})`).join('|') : '(?!)';

function compiledFor(doc: PolicyDocument): Compiled {
  const key = doc.lexiconLanguage;
  let c = cache.get(key);
  if (c) return c;
  // English terms of art ("standard contractual clauses", "Data Privacy Framework") are
  // common in other languages' policies, so mechanisms and EEA phrases include English ones.
  const pick = <T extends keyof TransfersLexicon>(k: T, withEnglish = false) =>
    patternsOf(doc, (lex) => lex.transfers[k] as unknown as string[], withEnglish);
  const mech = (m: Mechanism) => patternsOf(doc, (lex) => lex.transfers.mechanisms[m], true);
  const bound = (p: readonly string[]) => `(?<![\\p{L}\\p{N}])(?:${alternation(p)})(?![\\p{L}\\p{N}])`;
  c = {
    outside: compile(pick('outside', true)),
    inside: compile(pick('inside', true)),
    residence: compileNow(new RegExp(`${bound(pick('residence', true))}(?:\\s+\\S+)?\\s*$`, 'iu')),
    context: compile(pick('destinationContext')),
    illustration: compile(patternsOf(doc, (lex) => lex.transfers.illustrations)),
    storage: compile(pick('storage')),
    europe: compile(pick('europe', true)),
    europeAll: compile(pick('europe', true), 'giu'),
    // The cue must be close: "residents of the UK", not "users' data from the EU to the US".
    notBefore: compileNow(new RegExp(`${bound(pick('notDestination'))}(?:[\\s\\p{P}]+[^\\s.;:]+){0,3}[\\s\\p{P}]*$`, 'iu')),
    notAfter: compileNow(new RegExp(`^[\\s\\p{P}]*${bound(pick('notDestinationAfter'))}`, 'iu')),
    anyMechanism: compile(MECHANISMS.flatMap(mech)),
    any: compile([...pick('outside', true), ...pick('inside', true), ...pick('destinationContext'), ...MECHANISMS.flatMap(mech)]),
    negations: compile(pick('negations')),
    deniedBy: compile(patternsOf(doc, (lex) => lex.transfers.deniedBy)),
    origin: compileNow(new RegExp(`${bound(pick('origin'))}(?:\\s+${bound(pick('listWords'))})?[\\s\\p{P}]*$`, 'iu')),
    listGap: compileNow(new RegExp(`^(?:[\\s\\p{P}]|${bound(pick('listWords'))})*$`, 'iu')),
    mechanisms: MECHANISMS.map((m) => [m, compile(mech(m))] as [Mechanism, RegExp]),
  };
  cache.set(key, c);
  return c;
}

const QUESTION = /[?¿]\s*$/u;
/** How far before a mechanism a negation ("no adequacy decision", "without") is looked for. */
const NEGATION_WINDOW = 25;
/** How far before "outside the EEA" a residence word ("live", "residents") is looked for. */
const RESIDENCE_WINDOW = 20;

/** An `outside` phrase that is about data, not about where people live ("if you live outside the EEA"). */
function isTransferStatement(text: string, c: Compiled): boolean {
  const m = c.outside.exec(text);
  if (!m) return false;
  return !c.residence.test(text.slice(Math.max(0, m.index - RESIDENCE_WINDOW), m.index)) && !negatedClause(text, m.index, c);
}

/** "Keine Tools von Unternehmen mit Sitz in den USA sind eingebunden": a denying determiner earlier in the clause of `at` (since the last , ; : or bracket). */
function negatedClause(text: string, at: number, c: Compiled): boolean {
  // Walk back to the clause start (a regex search for the last boundary would be quadratic on a long sentence).
  let from = at;
  while (from > 0 && !',;:('.includes(text[from - 1]!)) from--;
  return c.deniedBy.test(text.slice(from, at));
}

/**
 * A mechanism match that is asserted: not negated ("countries without an adequacy
 * decision", "not recognised as adequate") and not part of a URL.
 */
function isAffirmed(text: string, m: RegExpExecArray, c: Compiled): boolean {
  const tokenStart = text.lastIndexOf(' ', m.index) + 1;
  const tokenEnd = text.indexOf(' ', m.index + m[0].length);
  const token = text.slice(tokenStart, tokenEnd < 0 ? text.length : tokenEnd);
  if (/\/|www\./u.test(token)) return false;
  const span = text.slice(Math.max(0, m.index - NEGATION_WINDOW), m.index + m[0].length);
  return !c.negations.test(span);
}

/** Longest gap between two names of one list: "EEA, the United Kingdom and Switzerland". */
const MAX_LIST_GAP = 12;

/**
 * Countries named in a sentence as places data goes to or is kept in (EEA ones included).
 * Not destinations: countries listed together with the EEA/EU as the origin region
 * ("from the EEA, the UK and Switzerland"), and countries after "residents of", before
 * "users" or "law", and the like.
 */
function destinationsIn(s: Sentence, lex: TransfersLexicon, c: Compiled): string[] {
  const places: Array<{ start: number; end: number; code: string | null }> = findCountries(s.text, lex).map((m) => ({ ...m }));
  c.europeAll.lastIndex = 0;
  for (let m = c.europeAll.exec(s.text); m; m = c.europeAll.exec(s.text)) {
    places.push({ start: m.index, end: m.index + m[0].length, code: null });
  }
  places.sort((a, b) => a.start - b.start);
  // Places that follow each other form one list ("the EEA, the UK and Switzerland"); the
  // list is judged as a whole: with the EEA in it, it is a region; after "from" or
  // "residents of", or before "law" or "users", it is not where data goes.
  const out: string[] = [];
  let group: Array<(typeof places)[number]> = [];
  const close = () => {
    const first = group[0];
    const last = group[group.length - 1];
    if (first && last && !group.some((p) => p.code === null)) {
      const before = s.text.slice(Math.max(0, first.start - NOT_DESTINATION_WINDOW), first.start);
      const after = s.text.slice(last.end, last.end + NOT_DESTINATION_WINDOW);
      // "no tools of companies based in the US are used": a negation earlier in the country's clause denies the transfer.
      if (!c.notBefore.test(before) && !c.origin.test(before) && !c.notAfter.test(after) && !negatedClause(s.text, first.start, c)) {
        for (const p of group) if (p.code) out.push(p.code);
      }
    }
    group = [];
  };
  for (const p of places) {
    const prev = group[group.length - 1];
    if (prev) {
      const gap = s.text.slice(prev.end, p.start);
      if (gap.length > MAX_LIST_GAP || !c.listGap.test(gap)) close();
    }
    group.push(p);
  }
  close();
  return out;
}

/** A table row separator: pipes of a Markdown table, or tabs of a pasted one. */
const CELL = /\||\t/u;

/**
 * A row of a table whose first row names where data is processed or stored ("Sub-processor | Service |
 * Location of processing"): a country in the row is where that recipient processes the data.
 */
function inLocationColumn(doc: PolicyDocument, s: Sentence, c: Compiled): boolean {
  let firstRow = tableStarts.get(doc);
  if (!firstRow) tableStarts.set(doc, (firstRow = new Map()));
  const rowStart = doc.text.lastIndexOf('\n', s.start - 1) + 1;
  let lineStart: number = firstRow.get(rowStart) ?? -1;
  if (lineStart < 0) {
    // Walk up the table's rows to its first one (a row above whose first row is known answers for this one).
    lineStart = rowStart;
    while (lineStart > 0) {
      const prevStart: number = doc.text.lastIndexOf('\n', lineStart - 2) + 1;
      if (!CELL.test(doc.text.slice(prevStart, lineStart - 1))) break;
      const known = firstRow.get(prevStart);
      lineStart = known ?? prevStart;
      if (known !== undefined) break;
    }
    firstRow.set(rowStart, lineStart);
  }
  // The first row is the header, not a row of data.
  if (lineStart === rowStart) return false;
  const header = doc.text.slice(lineStart, (doc.text.indexOf('\n', lineStart) + 1 || doc.text.length + 1) - 1);
  return c.context.test(header) || c.storage.test(header);
}
/** Per document: the start of each table row's line -> the start of its table's first row. */
const tableStarts = new WeakMap<PolicyDocument, Map<number, number>>();

/** Evidence from statements first: a table-of-contents title ("International transfers") only when nothing else says it. */
function bestEvidence(sentences: readonly Sentence[], rule: string): Evidence[] {
  const statements = sentences.filter((s) => !s.heading);
  return (statements.length > 0 ? statements : sentences).slice(0, MAX_EVIDENCE).map((s) => sentenceEvidence(s, rule));
}

/** Finds transfers outside the EEA, destination countries and safeguards (Art. 13(1)(f), Chapter V). */
export function findTransfers(doc: PolicyDocument): Transfers {
  const lex = lexiconOf(doc).transfers;
  const c = compiledFor(doc);
  const outsideEv: Sentence[] = [];
  const outsideWeak: Sentence[] = [];
  const insideWeak: Sentence[] = [];
  const insideEv: Sentence[] = [];
  const countries: string[] = [];
  const safeguards = new Map<Mechanism, Sentence[]>();
  // "We do not transfer your information outside the UK and the EEA": the policy counts the UK (or Switzerland)
  // with the EEA as where data stays, so storage there is not a transfer abroad.
  // Whether a sentence holds the words of some transfer phrase (its filter only, when it has one: every
  // test below is one of the phrases, so a sentence with the words but none of the phrases finds nothing,
  // except in the storage branch, which asks for a phrase itself).
  const mayBeAboutTransfers = (text: string) => (c.any instanceof PrefilteredRegExp ? mayMatch(c.any.filter, text) : c.any.test(text));
  const staysIn = new Set<string>();
  // Countries named in a statement, not only in a title ("Hinweis zur Datenweitergabe in die USA").
  const stated = new Set<string>();
  for (const s of doc.sentences) {
    if (!mayBeAboutTransfers(s.text)) continue;
    const phrase = QUESTION.test(s.text) ? null : c.inside.exec(s.text);
    // Only a country inside the phrase itself ("outside the UK and the EEA"), not one named beside it ("stored in the EU and in the US").
    if (phrase) for (const m of findCountries(phrase[0], lex)) if (m.code && !isEea(m.code)) staysIn.add(m.code);
  }

  for (const s of doc.sentences) {
    const text = s.text;
    // A row of a sub-processor table with a location column names where its recipient processes the data.
    const locationRow = CELL.test(text) && inLocationColumn(doc, s, c);
    // One cheap check first: most sentences hold none of the words of the transfer phrases.
    if (!locationRow && !mayBeAboutTransfers(text)) continue;
    // "For example, if you were in Canada and a gateway in the United States processed ...": an illustration names no destination.
    const named = (locationRow || c.context.test(text)) && !c.illustration.test(text) ? destinationsIn(s, lex, c) : [];
    const foreign = named.filter((code) => !isEea(code) && !staysIn.has(code));
    for (const code of foreign) if (!countries.includes(code)) countries.push(code);
    if (!s.heading) for (const code of foreign) stated.add(code);
    // "Stored in the EU and the US" names a third country: not a stays-inside statement.
    const inside = foreign.length === 0 && c.inside.test(text);
    // A question ("Is data transferred outside the EU?") is a heading, not a statement.
    const statement = !inside && !QUESTION.test(text) && isTransferStatement(text, c);
    let outside = foreign.length > 0 || statement;

    if (c.anyMechanism.test(text)) {
      for (const [mechanism, re] of c.mechanisms) {
        const m = re.exec(text);
        if (!m || !isAffirmed(text, m, c)) continue;
        const found = safeguards.get(mechanism) ?? [];
        found.push(s);
        safeguards.set(mechanism, found);
        // A transfer tool is only named for data that leaves the EEA.
        if (!inside) outside = true;
      }
    }

    if (inside) insideEv.push(s);
    else if (!outside && !QUESTION.test(text) && c.storage.test(text) && (named.length > 0 || c.europe.test(text)) && c.any.test(text)) {
      // "Hosted in France", "servers in the EU": only EEA places named for storage.
      insideWeak.push(s);
    }
    // Explicit statements ("outside the EEA", "third countries") make the best evidence.
    if (statement) outsideEv.push(s);
    else if (outside) outsideWeak.push(s);
  }


  outsideEv.push(...outsideWeak);
  insideEv.push(...insideWeak);
  // A title ("International transfers") over a section that says data stays in the EEA is not a transfer.
  const outsideSaid = outsideEv.some((s) => !s.heading) || (outsideEv.length > 0 && !insideEv.some((s) => !s.heading));
  const outsideEEA = outsideSaid ? true : insideEv.length > 0 ? false : null;
  return {
    outsideEEA,
    // A title naming a country over a section that says no data goes abroad names no destination.
    countries: outsideEEA === false ? countries.filter((code) => stated.has(code)) : countries,
    safeguards: [...safeguards].map(([mechanism, ss]): SafeguardFinding => ({ mechanism, evidence: bestEvidence(ss, `transfers.${mechanism}`) })),
    evidence: outsideEEA === true ? bestEvidence(outsideEv, 'transfers.outside') : outsideEEA === false ? bestEvidence(insideEv, 'transfers.inside') : [],
  };
}

/** Finds transfers outside the EEA, destination countries and safeguards. */
const extractor: Extractor<'transfers'> = {
  meta: { id: 'transfers', fact: 'transfers', description: 'Finds transfers outside the EEA, destination countries and safeguards.' },
  extract(doc) {
    return findTransfers(doc);
  },
};

export default extractor;
