import type { Extractor } from '../analyzer';
import { findCountries, isEea } from '../countries';
import { sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
import { compile } from '../lexicon';
import type { TransfersLexicon } from '../lexicon/types';
import { lexiconOf, patternsOf } from '../match';
import { MECHANISMS, type Evidence, type Mechanism, type SafeguardFinding, type Transfers } from '../types';

const MAX_EVIDENCE = 3;
/** How close before a country a "residents of" / "laws of" cue must be to rule it out as a destination. */
const NOT_DESTINATION_WINDOW = 40;

interface Compiled {
  outside: RegExp;
  inside: RegExp;
  context: RegExp;
  storage: RegExp;
  europe: RegExp;
  notBefore: RegExp;
  notAfter: RegExp;
  anyMechanism: RegExp;
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
    context: compile(pick('destinationContext')),
    storage: compile(pick('storage')),
    europe: compile(pick('europe', true)),
    notBefore: new RegExp(`${bound(pick('notDestination'))}[^.;:]*$`, 'iu'),
    notAfter: new RegExp(`^[\\s\\p{P}]*${bound(pick('notDestinationAfter'))}`, 'iu'),
    anyMechanism: compile(MECHANISMS.flatMap(mech)),
    mechanisms: MECHANISMS.map((m) => [m, compile(mech(m))] as [Mechanism, RegExp]),
  };
  cache.set(key, c);
  return c;
}

/** Countries named in a sentence as places data goes to or is kept in (EEA ones included). */
function destinationsIn(s: Sentence, lex: TransfersLexicon, c: Compiled): string[] {
  const out: string[] = [];
  for (const m of findCountries(s.text, lex)) {
    const before = s.text.slice(Math.max(0, m.start - NOT_DESTINATION_WINDOW), m.start);
    if (c.notBefore.test(before)) continue;
    if (c.notAfter.test(s.text.slice(m.end, m.end + 30))) continue;
    out.push(m.code);
  }
  return out;
}

/** Finds transfers outside the EEA, destination countries and safeguards (Art. 13(1)(f), Chapter V). */
export function findTransfers(doc: PolicyDocument): Transfers {
  const lex = lexiconOf(doc).transfers;
  const c = compiledFor(doc);
  const outsideEv: Evidence[] = [];
  const insideEv: Evidence[] = [];
  const countries: string[] = [];
  const safeguards = new Map<Mechanism, SafeguardFinding>();

  for (const s of doc.sentences) {
    const text = s.text;
    const inside = c.inside.test(text);
    let outside = !inside && c.outside.test(text);

    if (c.anyMechanism.test(text)) {
      for (const [mechanism, re] of c.mechanisms) {
        if (!re.test(text)) continue;
        const f = safeguards.get(mechanism) ?? { mechanism, evidence: [] };
        if (f.evidence.length < MAX_EVIDENCE) f.evidence.push(sentenceEvidence(s, `transfers.${mechanism}`));
        safeguards.set(mechanism, f);
        // A transfer tool is only named for data that leaves the EEA.
        if (!inside) outside = true;
      }
    }

    if (c.context.test(text)) {
      const named = destinationsIn(s, lex, c);
      const foreign = named.filter((code) => !isEea(code));
      for (const code of foreign) if (!countries.includes(code)) countries.push(code);
      if (foreign.length > 0 && !inside) outside = true;
      // "Hosted in France", "servers in the EU": only EEA places named for storage.
      else if (!outside && foreign.length === 0 && c.storage.test(text) && (named.length > 0 || c.europe.test(text)) && !inside) {
        if (named.length > 0 && insideEv.length < MAX_EVIDENCE) insideEv.push(sentenceEvidence(s, 'transfers.inside'));
      }
    }

    if (inside && insideEv.length < MAX_EVIDENCE) insideEv.push(sentenceEvidence(s, 'transfers.inside'));
    if (outside && outsideEv.length < MAX_EVIDENCE) outsideEv.push(sentenceEvidence(s, 'transfers.outside'));
  }

  const outsideEEA = outsideEv.length > 0 ? true : insideEv.length > 0 ? false : null;
  return {
    outsideEEA,
    countries,
    safeguards: [...safeguards.values()],
    evidence: outsideEEA === true ? outsideEv : outsideEEA === false ? insideEv : [],
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
