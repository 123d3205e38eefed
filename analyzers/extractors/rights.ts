import type { Extractor } from '../analyzer';
import { lineBreakBetween, sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
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
    notSubjectTo: compile(own((l) => l.rights.notSubjectTo)),
    // Authorities keep their English names too: a German policy of an Irish company cites the "Data Protection Commission".
    authorities: compile(patternsOf(doc, (l) => l.obligations.authorities, true)),
  };
}

/** True when a sentence or its section heading is about data-subject rights. */
function inRightsContext(sentence: Sentence, m: Matchers, doc: PolicyDocument): boolean {
  if (m.context.test(sentence.text)) return true;
  // A list item under a lead-in about rights ("Sie können von uns verlangen:" / "- Berichtigung ...").
  const lead = leadIn(sentence, doc);
  if (lead !== undefined && m.context.test(lead.text)) return true;
  if (sentence.section === null || !m.context.test(sentence.section)) return false;
  return !startsNewSection(sentence, doc, m);
}

type Matchers = ReturnType<typeof matchers>;

/** True when a sentence states a right by its full name or names a supervisory authority. */
function namesRight(sentence: Sentence | undefined, m: Matchers): boolean {
  return sentence !== undefined && !sentence.heading && (m.anyStrong.test(sentence.text) || m.authorities.test(sentence.text));
}

/**
 * True when a heading opens a section of its own rather than a sub-heading of the rights section:
 * a heading after body text, whose own body does not speak of rights and after which the rights
 * section does not go on ("7. Automated decisions" / "We take no automated decisions." / "8. Shop terms").
 * Sub-headings that list rights one by one ("Restriction" / "You have the right to ask us to ...",
 * or one followed by another such sub-heading) keep the context. Outline numbers do not tell them
 * apart, since policies number their rights too ("7. Right to complain", "8. Automated decision-making").
 */
function startsNewSection(sentence: Sentence, doc: PolicyDocument, m: Matchers): boolean {
  if (!sentence.heading) return false;
  const prev = doc.sentences[sentence.index - 1];
  if (prev === undefined || prev.heading) return false;
  const body = doc.sentences[sentence.index + 1];
  if (body !== undefined && !body.heading && m.context.test(body.text)) return false;
  const following = doc.sentences.slice(sentence.index + 1).find((s) => s.heading);
  if (following === undefined) return true;
  // "Complaints" / "You may complain to the CNIL": the rights section goes on past this heading.
  return !m.context.test(following.text) && !namesRight(doc.sentences[following.index + 1], m);
}

/** The rights one sentence states. */
function rightsIn(sentence: Sentence, m: Matchers, doc: PolicyDocument): Right[] {
  const text = sentence.text;
  const hasStrong = m.anyStrong.test(text);
  const hasTerm = m.anyTerm.test(text);
  const hasAuthority = m.authorities.test(text);
  if (!hasStrong && !hasTerm && !hasAuthority) return [];
  // "The right to portability does not apply to ...": a right named only to deny it is not granted.
  if (m.denials.test(text)) return [];
  const out: Right[] = [];
  const context = (hasTerm || hasAuthority) && inRightsContext(sentence, m, doc);
  // "We take no automated decisions" (even under a rights heading) is a statement, not the Art. 22 right; "you will
  // not be subject to a decision based solely on ..." is the right's own wording addressed to the person.
  const noAutomation = m.automatedNone.test(text) && !m.context.test(text) && !m.notSubjectTo.test(text);
  for (const r of RIGHTS) {
    if (r === 'complaint') continue;
    const strong = hasStrong && m.strong[r].test(text);
    if (r === 'automated_decision' && noAutomation) continue;
    if (strong || (context && m.terms[r].test(text))) out.push(r);
  }
  // Art. 77: a complaint to a supervisory authority; a complaint to the company itself is not it.
  if ((hasStrong && m.strong.complaint.test(text)) || (hasAuthority && (m.terms.complaint.test(text) || context))) {
    out.push('complaint');
  }
  return out;
}

/**
 * Rights stated by an answer to the question before it, in the same paragraph: "Did you give us your
 * consent? You can withdraw it at any time." The question names the object, the answer the right, so
 * neither alone matches; read together they state it. Only full right phrases count, as for any sentence.
 */
function answeredRights(sentence: Sentence, m: Matchers, doc: PolicyDocument): Right[] {
  const prev = doc.sentences[sentence.index - 1];
  if (prev === undefined || prev.heading || !prev.text.trimEnd().endsWith('?') || sentence.heading) return [];
  if (lineBreakBetween(doc.text, prev.end, sentence.start)) return [];
  const joined = `${prev.text} ${sentence.text}`;
  if (!m.anyStrong.test(joined) || m.denials.test(joined)) return [];
  return RIGHTS.filter((r) => m.strong[r].test(joined) && !m.strong[r].test(prev.text) && !m.strong[r].test(sentence.text));
}

/** How many list items a lead-in line ("You can ask us:") may govern. */
const MAX_LIST_ITEMS = 12;
const BULLET = /^[\s\-–•*·▪◦]+|^\(?[a-z0-9]{1,2}[.)]\s+/iu;

/**
 * The lead-in line a list item completes: "You can ask us:" / "- to delete your data;". The item must be
 * on its own line, short, and within a few items of a line ending with a colon, with no heading between.
 */
function leadIn(sentence: Sentence, doc: PolicyDocument): Sentence | undefined {
  if (sentence.heading || sentence.text.length > 200) return undefined;
  const text = doc.text;
  for (let k = sentence.index - 1, n = 0; k >= 0 && n < MAX_LIST_ITEMS; k--, n++) {
    const prev = doc.sentences[k]!;
    if (prev.heading || !lineBreakBetween(text, prev.end, doc.sentences[k + 1]!.start)) return undefined;
    if (prev.text.trimEnd().endsWith(':')) return prev;
    if (prev.text.length > 200) return undefined;
  }
  return undefined;
}

/**
 * Rights stated by a list item read with its lead-in: "You can ask us:" / "- for a copy of your data."
 * Neither line alone states the right; read together they do. Only full right phrases count, as for
 * any sentence (the item's plain terms count through `inRightsContext`).
 */
function listedRights(sentence: Sentence, m: Matchers, doc: PolicyDocument): Right[] {
  const lead = leadIn(sentence, doc);
  if (lead === undefined || !m.context.test(lead.text)) return [];
  const joined = `${lead.text.trimEnd().replace(/:$/u, '')} ${sentence.text.replace(BULLET, '')}`;
  if (!m.anyStrong.test(joined) || m.denials.test(joined)) return [];
  return RIGHTS.filter((r) => m.strong[r].test(joined) && !m.strong[r].test(lead.text) && !m.strong[r].test(sentence.text));
}

/** Finds the data-subject rights the policy states. */
const extractor: Extractor<'rights'> = {
  meta: { id: 'rights', fact: 'rights', description: 'Finds the data-subject rights the policy states.' },
  extract(doc) {
    const m = matchers(doc);
    const found = new Map<Right, Sentence[]>();
    for (const sentence of doc.sentences) {
      for (const r of [...rightsIn(sentence, m, doc), ...answeredRights(sentence, m, doc), ...listedRights(sentence, m, doc)]) {
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
