import type { Extractor } from '../analyzer';
import { sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
import { compile } from '../lexicon';
import type { Lexicon } from '../lexicon/types';
import { patternsOf } from '../match';
import { RIGHTS, type Right, type RightFinding } from '../types';

const MAX_EVIDENCE = 3;

function matchers(doc: PolicyDocument) {
  const own = (f: (l: Lexicon) => string[]) => patternsOf(doc, f);
  const strong = Object.fromEntries(RIGHTS.map((r) => [r, compile(own((l) => l.rights.rights[r]))])) as Record<Right, RegExp>;
  const terms = Object.fromEntries(RIGHTS.map((r) => [r, compile(own((l) => l.rights.terms[r]))])) as Record<Right, RegExp>;
  return {
    // Unions first: most sentences match none, and a sentence with no strong phrase needs no per-right strong test.
    anyStrong: compile(RIGHTS.flatMap((r) => own((l) => l.rights.rights[r]))),
    anyTerm: compile(RIGHTS.flatMap((r) => own((l) => l.rights.terms[r]))),
    strong,
    terms,
    context: compile(own((l) => l.rights.context)),
    denials: compile(own((l) => l.rights.denials)),
    automatedNone: compile(own((l) => l.obligations.automatedNone)),
    // Authorities keep their English names too: a German policy of an Irish company cites the "Data Protection Commission".
    authorities: compile(patternsOf(doc, (l) => l.obligations.authorities, true)),
  };
}

/** True when a sentence or its section heading is about data-subject rights. */
function inRightsContext(sentence: Sentence, context: RegExp): boolean {
  return context.test(sentence.text) || (sentence.section !== null && context.test(sentence.section));
}

/** The rights one sentence states. */
function rightsIn(sentence: Sentence, m: ReturnType<typeof matchers>): Right[] {
  const text = sentence.text;
  const hasStrong = m.anyStrong.test(text);
  const hasTerm = m.anyTerm.test(text);
  const hasAuthority = m.authorities.test(text);
  if (!hasStrong && !hasTerm && !hasAuthority) return [];
  // "The right to portability does not apply to ...": a right named only to deny it is not granted.
  if (m.denials.test(text)) return [];
  const out: Right[] = [];
  const context = (hasTerm || hasAuthority) && inRightsContext(sentence, m.context);
  // "We take no automated decisions" under a rights heading is a statement, not the Art. 22 right.
  const noAutomation = m.automatedNone.test(text) && !m.context.test(text);
  for (const r of RIGHTS) {
    if (r === 'complaint') continue;
    const strong = hasStrong && m.strong[r].test(text);
    if (r === 'automated_decision' && noAutomation && !strong) continue;
    if (strong || (context && m.terms[r].test(text))) out.push(r);
  }
  // Art. 77: a complaint to a supervisory authority; a complaint to the company itself is not it.
  if ((hasStrong && m.strong.complaint.test(text)) || (hasAuthority && (m.terms.complaint.test(text) || context))) {
    out.push('complaint');
  }
  return out;
}

/** Finds the data-subject rights the policy states. */
const extractor: Extractor<'rights'> = {
  meta: { id: 'rights', fact: 'rights', description: 'Finds the data-subject rights the policy states.' },
  extract(doc) {
    const m = matchers(doc);
    const found = new Map<Right, Sentence[]>();
    for (const sentence of doc.sentences) {
      for (const r of rightsIn(sentence, m)) {
        const list = found.get(r) ?? [];
        list.push(sentence);
        found.set(r, list);
      }
    }
    const findings: RightFinding[] = [];
    for (const right of RIGHTS) {
      const sentences = found.get(right);
      if (!sentences) continue;
      const ordered = [...sentences.filter((s) => !s.heading), ...sentences.filter((s) => s.heading)];
      findings.push({ right, evidence: ordered.slice(0, MAX_EVIDENCE).map((s) => sentenceEvidence(s, 'rights')) });
    }
    return findings;
  },
};

export default extractor;
