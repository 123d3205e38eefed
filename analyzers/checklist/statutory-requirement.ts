import type { ChecklistAnalyzer } from '../analyzer';
import { sentenceEvidence } from '../document';
import { compile } from '../lexicon';
import { findRestatedBases } from '../extractors/legal-bases';
import { evidenceOf, findSentences, patternsOf } from '../match';

/** Sentences before or after a requirement statement in which its consequence may be stated. */
const NEAR = 3;

/**
 * Art. 13(2)(e): whether giving the data is a statutory or contractual
 * requirement (or obligatory / voluntary), and the possible consequences of not
 * giving it. Met with both, partial with one.
 */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'statutory_requirement',
    article: '13(2)(e)',
    weight: 3,
    description: 'Whether providing the data is required, and the consequences of not providing it.',
    messages: {
      met: 'Says whether providing the data is required and what happens if it is not provided.',
      partialRequirement:
        'Says whether providing the data is required, but not what happens if it is not provided (looked for: "if you do not provide", "we will not be able to ...").',
      partialConsequence:
        'Says what happens if data is not provided, but not whether providing it is required (looked for: mandatory / optional / voluntary, statutory or contractual requirement).',
      missing:
        'No sentence says whether providing the data is required or what happens if it is not (looked for: mandatory / optional / voluntary fields, statutory or contractual requirement, "if you do not provide ...").',
    },
  },
  analyze(doc) {
    // "Performance of a contract: provision of Data is necessary for ..." in a restatement of Art. 6(1) defines a basis;
    // it says nothing about whether this policy's data must be given.
    const restated = new Set(findRestatedBases(doc).map((h) => h.sentence.start));
    const requirement = findSentences(doc, patternsOf(doc, (l) => l.obligations.statutory)).filter((m) => !restated.has(m.sentence.start));
    const consequencePatterns = patternsOf(doc, (l) => l.obligations.consequences);
    if (requirement.length === 0) {
      const consequence = findSentences(doc, consequencePatterns);
      if (consequence.length) return { status: 'partial', evidence: evidenceOf(consequence, 'statutory_requirement'), messageId: 'partialConsequence' };
      return { status: 'missing', evidence: [], messageId: 'missing' };
    }
    // The consequence must be about the data said to be required: the same sentence or one close to it
    // (not "some features may not work" about cookies elsewhere in the policy). Only those sentences are read.
    const consequence = compile(consequencePatterns);
    for (const r of requirement) {
      const from = Math.max(0, r.sentence.index - NEAR);
      const to = Math.min(doc.sentences.length - 1, r.sentence.index + NEAR);
      if (consequence.test(r.sentence.text)) return { status: 'met', evidence: [sentenceEvidence(r.sentence, 'statutory_requirement')], messageId: 'met' };
      for (let i = from; i <= to; i++) {
        const s = doc.sentences[i]!;
        if (consequence.test(s.text)) {
          const evidence = [r.sentence, s].sort((a, b) => a.index - b.index).map((x) => sentenceEvidence(x, 'statutory_requirement'));
          return { status: 'met', evidence, messageId: 'met' };
        }
      }
    }
    return { status: 'partial', evidence: evidenceOf(requirement, 'statutory_requirement'), messageId: 'partialRequirement' };
  },
};

export default analyzer;
