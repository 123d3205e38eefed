import type { Extractor } from '../analyzer';
import { lineBreakBetween, perDocument, sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
import { compile } from '../lexicon';
import type { Lexicon } from '../lexicon/types';
import { patternsOf } from '../match';
import { LEGAL_BASES, type LegalBasis, type LegalBasisFinding } from '../types';

/** Art. 6(1) points a-f, in order. */
const BY_LETTER: Record<string, LegalBasis> = {
  a: 'consent',
  b: 'contract',
  c: 'legal_obligation',
  d: 'vital_interests',
  e: 'public_task',
  f: 'legitimate_interests',
};

const MAX_EVIDENCE = 3;

/**
 * Art. 21(1) gives the objection right against processing based on points (e) and (f): a policy
 * restating it ("where processing is based on Art. 6(1)(e) or (f), you may object") names a public
 * task without relying on one. (f) is kept: "our legal basis is our legitimate interest, you may object".
 */
const RESTATED_IN_RIGHTS: LegalBasis[] = ['public_task', 'vital_interests'];

/** A basis found in one sentence, and whether the sentence is generic "insofar as ..." boilerplate. */
export interface BasisHit {
  basis: LegalBasis;
  sentence: Sentence;
  hypothetical: boolean;
  /** Named through an Art. 6(1) point reference ("Art. 6 Abs. 1 lit. f"). */
  byArticle: boolean;
  /** An item of a restatement of Art. 6(1) ("We may process Personal Data under the following conditions: Consent: ..."). */
  restated?: boolean;
}
type Hit = BasisHit;

/**
 * The point letters of an Art. 6(1) reference ("6(1)(a), (b) and (f)" -> a, b, f).
 * A single letter between two others is a conjunction ("lett. a) e f)" in Italian), not a point.
 */
export function article6Letters(reference: string): LegalBasis[] {
  const tokens = [...reference.matchAll(/(?<![\p{L}])[a-f](?![\p{L}])/gu)];
  const out: LegalBasis[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const gapBefore = prev ? reference.slice(prev.index + 1, t.index) : '';
    const gapAfter = next ? reference.slice(t.index + 1, next.index) : '';
    if (prev && next && /^\)?\s+$/u.test(gapBefore) && /^\s+\(?$/u.test(gapAfter) && !reference.slice(t.index + 1).startsWith(')')) return;
    const basis = BY_LETTER[t[0]];
    if (basis && !out.includes(basis)) out.push(basis);
  });
  return out;
}

/** Compiled patterns of the document's language only: each lexicon carries the GDPR wording of its own language. */
/** The data-subject rights other than withdrawing consent (a sentence stating one restates rights, not a basis). */
export function rightsOtherThanWithdrawal(doc: PolicyDocument): RegExp {
  return compile(patternsOf(doc, (l) => Object.entries(l.rights.rights).flatMap(([r, p]) => (r === 'withdraw_consent' ? [] : p))));
}

function matchers(doc: PolicyDocument) {
  const pick = (f: (l: Lexicon) => string[]) => compile(patternsOf(doc, f));
  const strong = Object.fromEntries(LEGAL_BASES.map((b) => [b, pick((l) => l.bases.bases[b])])) as Record<LegalBasis, RegExp>;
  const weak = Object.fromEntries(LEGAL_BASES.map((b) => [b, pick((l) => l.bases.weak[b])])) as Record<LegalBasis, RegExp>;
  const own = (f: (l: Lexicon) => string[]) => patternsOf(doc, f);
  const any = compile([
    ...LEGAL_BASES.flatMap((b) => own((l) => l.bases.bases[b])),
    ...LEGAL_BASES.flatMap((b) => own((l) => l.bases.weak[b])),
    ...own((l) => l.bases.article6),
  ]);
  const notBasis = Object.fromEntries(LEGAL_BASES.map((b) => [b, pick((l) => l.bases.notBasis[b])])) as Record<LegalBasis, RegExp>;
  // Every right, so that a sentence stating one ("you may object where we rely on a public task") is recognised.
  const rights = compile(own((l) => Object.values(l.rights.rights).flat()));
  const otherRights = rightsOtherThanWithdrawal(doc);
  return {
    otherRights,
    withdrawal: compile(own((l) => l.rights.rights.withdraw_consent), 'giu'),
    consentAll: compile(own((l) => l.bases.bases.consent), 'giu'),
    any,
    strong,
    weak,
    notBasis,
    rights,
    cues: pick((l) => l.bases.cues),
    article6: compile(patternsOf(doc, (l) => l.bases.article6), 'giu'),
    hypothetical: compile(patternsOf(doc, (l) => l.bases.hypothetical)),
    deviceFeatures: pick((l) => l.bases.deviceFeatures),
    devicePermission: pick((l) => l.bases.devicePermission),
    gated: pick((l) => l.bases.consentGated),
    restatedIntro: pick((l) => l.bases.restatedIntro),
  };
}

/** A sentence cut right after "Art." (the English segmenter ends sentences there): its text ends so and the next starts with a digit. */
const CUT_AFTER_ART = /(?<![\p{L}])(?:art|article|artikel|artículo|articolo)\.?$/iu;

/**
 * The document's sentences, with "... Art." + "6(1)(f) GDPR ..." joined back into one
 * sentence so an Art. 6(1) reference is read whole. Other sentences are returned as they are.
 */
const joinArticleSplits = perDocument((doc: PolicyDocument): readonly Sentence[] => {
  const out: Sentence[] = [];
  const all = doc.sentences;
  for (let i = 0; i < all.length; i++) {
    const first = all[i]!;
    let end = first.end;
    let j = i;
    while (j + 1 < all.length && CUT_AFTER_ART.test(doc.text.slice(first.start, end)) && /^\d/.test(all[j + 1]!.text) && !lineBreakBetween(doc.text, end, all[j + 1]!.start)) {
      j++;
      end = all[j]!.end;
    }
    out.push(j === i ? first : { ...first, text: doc.text.slice(first.start, end), end });
    i = j;
  }
  return out;
});

const scanned = perDocument(scanBases);

/**
 * Distinct bases a list must name to read as a restatement of Art. 6(1): a policy relying on two or three
 * bases may introduce them as "the following", the law's list names all six (TermsFeed and iubenda
 * templates name five or six).
 */
const RESTATED_MIN = 4;

/** Items of an Art. 6(1) restatement (see `BasisHit.restated`), in document order. */
export function findRestatedBases(doc: PolicyDocument): Hit[] {
  return scanned(doc).hits.filter((h) => h.restated);
}

/** Every (basis, sentence) the policy states, in document order; cached per document (the checklist reads it too). */
export function findBasisHits(doc: PolicyDocument): Hit[] {
  return scanned(doc).hits;
}

/** True when the sentence is a row of a table with a legal-basis column (see `inBasisColumn`). */
export function inBasisTable(doc: PolicyDocument, sentence: Sentence): boolean {
  return inBasisColumn(doc, sentence, compile(patternsOf(doc, (l) => l.bases.cues)));
}

/** Consent sentences that are only the phone's permission prompt (see `isDevicePermission`), in document order. */
export function findDevicePermissionConsents(doc: PolicyDocument): Sentence[] {
  return scanned(doc).devicePermission;
}

/**
 * Sentences that rely on consent without stating it as a legal basis ("we will not share it without your
 * permission", "you may opt in to ..."), in document order, minus headings, questions, repeats and the phone's
 * permission prompts. They make the withdrawal right due (Art. 13(2)(c), 7(3)) but name no Art. 6(1) basis
 * for the legal_basis item.
 */
export const findGatedConsents = perDocument((doc: PolicyDocument): Sentence[] => {
  const m = matchers(doc);
  const sentences = joinArticleSplits(doc);
  const out: Sentence[] = [];
  const seen = new Set<string>();
  for (const [i, sentence] of sentences.entries()) {
    // A heading or a question ("Shared only with your permission?") announces a section; the sentences under it say what happens.
    if (sentence.heading || sentence.text.trimEnd().endsWith('?') || seen.has(sentence.text)) continue;
    if (m.gated.test(sentence.text) && !isDevicePermission(doc, sentences, i, m)) {
      out.push(sentence);
      seen.add(sentence.text);
    }
  }
  return out;
});

function scanBases(doc: PolicyDocument): { hits: Hit[]; devicePermission: Sentence[] } {
  const m = matchers(doc);
  const hits: Hit[] = [];
  const devicePermission: Sentence[] = [];
  // Inside a list introduced by a right ("Right to erasure ... unless it is needed:"), the items are
  // Art. 17(3)/21 exceptions, not the bases the policy relies on.
  let rightList = false;
  // "We may process Personal Data under the following conditions:" opens a list restating Art. 6(1); it runs
  // while each line names a basis. Its hits are set apart and judged once the list is read whole.
  let listGroup: number | null = null;
  let groups = 0;
  const groupOf = new Map<Hit, number>();
  // Every basis each list names, bare names ("Consent:") included: the restatement is judged on the law's list it gives.
  const named = new Map<number, Set<LegalBasis>>();
  const sentences = joinArticleSplits(doc);
  for (const [i, sentence] of sentences.entries()) {
    const text = sentence.text;
    const startsLine = sentence.start === 0 || doc.text[sentence.start - 1] === '\n';
    if (listGroup !== null && startsLine && !m.any.test(text)) listGroup = null;
    const group = listGroup;
    if (group !== null) for (const b of LEGAL_BASES) if (m.strong[b].test(text) || m.weak[b].test(text)) named.get(group)!.add(b);
    if (text.trimEnd().endsWith(':') && m.restatedIntro.test(text)) named.set((listGroup = ++groups), new Set());
    const inRightList = rightList && startsLine && !sentence.heading;
    if (!inRightList) rightList = false;
    if (!inRightList && text.endsWith(':')) {
      const line = doc.text.slice(doc.text.lastIndexOf('\n', sentence.start) + 1, sentence.end);
      if (m.rights.test(line)) rightList = true;
    }
    if (!m.any.test(text)) continue;
    const statesRight = m.rights.test(text);
    const found = new Set<LegalBasis>();
    const byArticle = new Set<LegalBasis>();
    for (const ref of text.matchAll(m.article6)) for (const b of article6Letters(ref[0])) byArticle.add(b);
    for (const b of byArticle) found.add(b);
    const cuedHere = m.cues.test(text);
    const cued = cuedHere || (sentence.section !== null && m.cues.test(sentence.section));
    // A sentence stating a right repeats Art. 21/22 wording ("object to processing based on a public task",
    // "unless necessary for a contract"): it names bases without relying on them, unless it or its section
    // heading says "legal basis" ("Purposes and legal basis: ... our legitimate interest ..., you may object").
    if (!statesRight || cued) {
      for (const b of LEGAL_BASES) if (m.strong[b].test(text) && !m.notBasis[b].test(text)) found.add(b);
      // Bare names ("Consent", "Contract") only under a legal-basis cue: in the sentence or its section heading.
      if (cued) for (const b of LEGAL_BASES) if (m.weak[b].test(text) && !m.notBasis[b].test(text)) found.add(b);
    }
    // "Only with your consent, which you can withdraw at any time": stating the withdrawal right still relies
    // on consent, when the consent wording stands outside the withdrawal wording ("withdraw your consent" alone does not).
    if (statesRight && !cued && !m.otherRights.test(text) && !m.notBasis.consent.test(text) && reliesOnConsent(text, m)) found.add('consent');
    if (statesRight || inRightList) for (const b of RESTATED_IN_RIGHTS) found.delete(b);
    // "Legal basis: your consent, which you give in the phone's settings" states consent as THE basis:
    // an explicit basis context (the sentence, its heading or its table column) outweighs the device prompt.
    const explicit = cued || inBasisColumn(doc, sentence, m.cues);
    if (found.has('consent') && !byArticle.has('consent') && !explicit && isDevicePermission(doc, sentences, i, m)) {
      found.delete('consent');
      devicePermission.push(sentence);
    }
    if (found.size === 0) continue;
    // "Data protection law sets out six lawful bases: consent, contract, legal obligation, vital interests, public task and
    // legitimate interests": one sentence giving the law's whole list, vital interests and public task among them, restates
    // Art. 6(1) and relies on none of them (a policy relying on several bases ties each to its processing).
    const restatesLaw = byArticle.size === 0 && found.size > RESTATED_MIN && found.has('vital_interests') && found.has('public_task');
    const hypothetical = restatesLaw || m.hypothetical.test(text);
    for (const basis of found) {
      const hit: Hit = { basis, sentence, hypothetical, byArticle: byArticle.has(basis), ...(restatesLaw ? { restated: true } : {}) };
      hits.push(hit);
      if (group !== null) groupOf.set(hit, group);
    }
  }
  for (let g = 1; g <= groups; g++) {
    if (named.get(g)!.size < RESTATED_MIN) continue;
    const items = hits.filter((h) => groupOf.get(h) === g);
    for (const h of items) {
      h.hypothetical = true;
      h.restated = true;
    }
  }
  return { hits, devicePermission };
}

/** True when a consent-basis phrase of the text lies outside every withdrawal-right phrase. */
function reliesOnConsent(text: string, m: ReturnType<typeof matchers>): boolean {
  const spans = [...text.matchAll(m.withdrawal)].map((w) => [w.index, w.index + w[0].length] as const);
  return [...text.matchAll(m.consentAll)].some((c) => !spans.some(([s, e]) => c.index >= s && c.index + c[0].length <= e));
}

/** A table row separator: pipes of a Markdown table, or tabs of a pasted one. */
const CELL = /\||\t/u;

/**
 * True when the sentence is a row of a table whose first row (its header) names the legal basis
 * ("| Data | Why | Legal basis |"): each row's cell in that column states the basis of that row.
 */
function inBasisColumn(doc: PolicyDocument, sentence: Sentence, cues: RegExp): boolean {
  let lineStart = doc.text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEnd = (n: number) => (doc.text.indexOf('\n', n) + 1 || doc.text.length + 1) - 1;
  if (!CELL.test(doc.text.slice(lineStart, lineEnd(lineStart)))) return false;
  // Walk up the table's rows to its first one.
  while (lineStart > 0) {
    const prevStart = doc.text.lastIndexOf('\n', lineStart - 2) + 1;
    if (!CELL.test(doc.text.slice(prevStart, lineStart - 1))) break;
    lineStart = prevStart;
  }
  return cues.test(doc.text.slice(lineStart, lineEnd(lineStart)));
}

/**
 * Consent to the phone's permission prompt ("the location feature needs your consent: allow it in your
 * device settings") is the terminal-access consent of ePrivacy Art. 5(3), given and taken back in the
 * operating system, not the Art. 6(1)(a) basis the policy relies on for its own processing. The sentence
 * names a device capability (location, camera, contacts, notifications) and it, or the next sentence of
 * the same paragraph, names the device's permission or settings. Other consent wording in the policy
 * still makes consent a basis: only this sentence's hit is dropped.
 */
function isDevicePermission(doc: PolicyDocument, sentences: readonly Sentence[], i: number, m: ReturnType<typeof matchers>): boolean {
  const sentence = sentences[i]!;
  if (!m.deviceFeatures.test(sentence.text)) return false;
  if (m.devicePermission.test(sentence.text)) return true;
  const next = sentences[i + 1];
  return next !== undefined && !lineBreakBetween(doc.text, sentence.end, next.start) && m.devicePermission.test(next.text);
}

/** Finds the Art. 6(1) legal bases the policy relies on. */
const extractor: Extractor<'legalBases'> = {
  meta: { id: 'legal-bases', fact: 'legalBases', description: 'Finds the Art. 6(1) legal bases the policy relies on.' },
  extract(doc) {
    const hits = findBasisHits(doc);
    const findings: LegalBasisFinding[] = [];
    for (const basis of LEGAL_BASES) {
      const mine = hits.filter((h) => h.basis === basis);
      // A basis named only in generic "insofar as we ..., Art. 6(1)(x) applies" boilerplate is not relied on.
      const firm = mine.filter((h) => !h.hypothetical);
      if (firm.length === 0) continue;
      // Prefer full sentences over headings and table cells as evidence.
      const ordered = [...firm.filter((h) => !h.sentence.heading), ...firm.filter((h) => h.sentence.heading)];
      findings.push({ basis, evidence: ordered.slice(0, MAX_EVIDENCE).map((h) => sentenceEvidence(h.sentence, 'legal-bases')) });
    }
    return findings;
  },
};

export default extractor;
