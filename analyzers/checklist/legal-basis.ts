import type { ChecklistAnalyzer } from '../analyzer';
import { lineBreakBetween, sentenceEvidence } from '../document';
import { findBasisHits, findRestatedBases, inBasisTable, rightsOtherThanWithdrawal } from '../extractors/legal-bases';
import { compile } from '../lexicon';
import { lexiconOf, patternsOf } from '../match';
import { LEGAL_BASES } from '../types';

/** A list item that opens with a short label and a colon: "* Consent: ...". */
const GLOSSARY_LABEL = /^[\s*•·\-–]*([^:]{1,40}):/u;

/** Sentences that name one or two bases next to a purpose before the bases count as mapped to purposes. */
const LINKED_MIN = 3;
/** A sentence naming more bases than this is a list of bases, not a mapping. */
const LIST_SIZE = 2;
/** Table cells (short lines) naming a basis before the policy counts as having a purpose/basis table. */
const TABLE_CELLS_MIN = 3;
/**
 * A single basis covers every purpose, so it is tied to them; with two, one sentence tying a basis to
 * a purpose tells the reader which processing the other covers. "The legal basis is your consent and
 * our legitimate interest" alone ties neither (REPORT.md: listed, not tied).
 */
const FEW_BASES = 2;

/**
 * Art. 13(1)(c): legal basis of the processing. Met when the bases are tied to
 * purposes (a purpose/basis table, Art. 6(1)(x) cited per processing, or several
 * "we process X for Y on the basis of Z" sentences); partial when they are only listed.
 */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'legal_basis',
    article: '13(1)(c)',
    weight: 10,
    description: 'Legal basis of the processing.',
    messages: {
      met: 'Legal bases named and tied to purposes: {bases}.',
      partial: 'Legal bases named ({bases}) but not tied to the purposes they cover.',
      restated:
        'The Art. 6(1) conditions are restated as a list ({bases}) without saying which one applies to which processing: the bases are listed, not tied to purposes.',
      missing:
        'No sentence names an Art. 6(1) legal basis (looked for: consent, performance of a contract, legal obligation, vital interests, public task, legitimate interests, and Art. 6(1)(a)-(f) references).',
    },
  },
  analyze(doc, facts) {
    if (facts.legalBases.length === 0) {
      // "We may process Personal Data under the following conditions: Consent ... Legitimate interests ...":
      // the law's list, relied on as a whole, lists the bases without tying any to a purpose (REPORT.md: partial).
      const restated = findRestatedBases(doc);
      if (restated.length > 0) {
        const sentences = [...new Map(restated.map((h) => [h.sentence.index, h.sentence])).values()];
        return {
          status: 'partial',
          evidence: sentences.slice(0, 3).map((s) => sentenceEvidence(s, 'legal_basis')),
          messageId: 'restated',
          data: { bases: [...new Set(restated.map((h) => h.basis))].join(', ') },
        };
      }
      return { status: 'missing', evidence: [], messageId: 'missing' };
    }
    const lex = lexiconOf(doc);
    const bases = facts.legalBases.map((b) => b.basis);
    const hits = findBasisHits(doc).filter((h) => !h.hypothetical && bases.includes(h.basis));
    const purpose = compile(patternsOf(doc, (l) => l.bases.purposeLinks));
    const sentences = [...new Map(hits.map((h) => [h.sentence.index, h.sentence])).values()];
    const basesIn = new Map<number, number>();
    for (const h of hits) basesIn.set(h.sentence.index, (basesIn.get(h.sentence.index) ?? 0) + 1);
    // Rights restated ("you may object to processing based on legitimate interests") map nothing to a purpose.
    const rights = compile(patternsOf(doc, (l) => Object.values(l.rights.rights).flat()));
    // "With your consent, which you can withdraw at any time, we show personalised ads": consent opening the sentence
    // is the means of its processing, and the withdrawal clause restates no basis, so the sentence still ties consent
    // to its purpose. ("Where we rely on consent, you may withdraw it" does not open with it and ties nothing.)
    const otherRights = rightsOtherThanWithdrawal(doc);
    const consentBasis = compile(patternsOf(doc, (l) => l.bases.bases.consent));
    // "Legal basis: consent for the newsletter, which you may withdraw at any time": a sentence opening with the legal-basis
    // cue states the basis, whatever right it adds.
    const cues = compile(patternsOf(doc, (l) => l.bases.cues));
    const opensWithCue = (text: string) => cues.exec(text)?.index === 0;
    const restatesRights = (text: string) => rights.test(text) && !opensWithCue(text) && (otherRights.test(text) || consentBasis.exec(text)?.index !== 0);
    // "Legitimate interests: we process data for purposes in our legitimate interests" defines a basis, it maps nothing.
    const names = compile(LEGAL_BASES.flatMap((b) => [...lex.bases.bases[b], ...lex.bases.weak[b]]));
    // "Contract: we need your order details to deliver them" (ICO-style rows) ties its label to a purpose: the text
    // after the label states a processing without naming a basis again, or states the interest pursued.
    const described = compile(patternsOf(doc, (l) => l.bases.interestsDescribed));
    const defines = (text: string) => {
      const m = GLOSSARY_LABEL.exec(text);
      if (m?.[1] === undefined || !names.test(m[1])) return false;
      const body = text.slice(m[0].length);
      return !((purpose.test(body) && !names.test(body)) || described.test(body));
    };
    // "We use X to do Y. The lawful basis is Z.": a basis stated right after the purpose, in the same paragraph, is tied to it.
    const purposeBefore = (s: (typeof sentences)[number]) => {
      const prev = doc.sentences[s.index - 1];
      return prev !== undefined && !prev.heading && !lineBreakBetween(doc.text, prev.end, s.start) && purpose.test(prev.text);
    };
    const linked = sentences.filter(
      (s) =>
        !s.heading &&
        // "We have a legitimate interest in assessing a candidate's suitability": the interest described is the purpose.
        (purpose.test(s.text) || purposeBefore(s) || described.test(s.text)) &&
        (basesIn.get(s.index) ?? 0) <= LIST_SIZE &&
        !restatesRights(s.text) &&
        !defines(s.text),
    );
    // Short cells read as heading lines; rows of a table with a legal-basis column tie the basis to the row's purpose.
    const cells = sentences.filter((s) => s.heading || (!s.text.includes('\n') && inBasisTable(doc, s)));
    // A policy pasted twice says each thing twice: count distinct wordings.
    const distinct = (list: typeof sentences) => new Set(list.map((s) => s.text)).size;
    const byArticle = new Set(hits.filter((h) => h.byArticle).map((h) => h.sentence.index));
    // Every basis relied on appears in a sentence that ties it to a purpose: all are tied, however few the sentences
    // ("we process account data under the contract and technical data under our legitimate interest ...").
    const linkedIndexes = new Set(linked.map((s) => s.index));
    const everyBasisLinked = bases.every((b) => hits.some((h) => h.basis === b && linkedIndexes.has(h.sentence.index)));
    const tied =
      bases.length === 1 ||
      everyBasisLinked ||
      // (Only when the other basis is stated too: "Where we rely on consent, you may withdraw it" states none.)
      (bases.length <= FEW_BASES && distinct(linked) >= 1 && bases.every((b) => hits.some((h) => h.basis === b && !restatesRights(h.sentence.text)))) ||
      distinct(linked) >= LINKED_MIN ||
      distinct(cells) >= TABLE_CELLS_MIN ||
      byArticle.size >= 1;
    const best = [...linked, ...sentences.filter((s) => !linked.includes(s))].slice(0, 3);
    const evidence = best.map((s) => sentenceEvidence(s, 'legal_basis'));
    if (evidence.length === 0) evidence.push(...facts.legalBases[0]!.evidence.slice(0, 1));
    return { status: tied ? 'met' : 'partial', evidence, messageId: tied ? 'met' : 'partial', data: { bases: bases.join(', ') } };
  },
};

export default analyzer;
