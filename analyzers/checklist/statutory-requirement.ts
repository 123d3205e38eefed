import type { ChecklistAnalyzer } from '../analyzer';
import { evidenceOf, findSentences, patternsOf } from '../match';

/** Sentences before or after a requirement statement in which its consequence may be stated. */
const NEAR = 3;

/** Indexes from `i` to `i + d` (inclusive, either direction). */
function range(i: number, d: number): number[] {
  const out: number[] = [];
  for (let k = Math.min(i, i + d); k <= Math.max(i, i + d); k++) out.push(k);
  return out;
}

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
    const requirement = findSentences(doc, patternsOf(doc, (l) => l.obligations.statutory, true));
    const consequence = findSentences(doc, patternsOf(doc, (l) => l.obligations.consequences, true));
    // The consequence must be about the data said to be required: the same sentence or one close to it
    // (not "some features may not work" about cookies elsewhere in the policy).
    const near = new Set(requirement.flatMap((r) => [-NEAR, 0, NEAR].flatMap((d) => range(r.sentence.index, d))));
    const tied = consequence.filter((c) => near.has(c.sentence.index));
    if (requirement.length && tied.length) {
      const both = requirement.filter((r) => tied.some((c) => c.sentence === r.sentence));
      const evidence = both.length
        ? evidenceOf(both, 'statutory_requirement', 2)
        : [...evidenceOf(requirement.filter((r) => tied.some((c) => Math.abs(c.sentence.index - r.sentence.index) <= NEAR)), 'statutory_requirement', 1), ...evidenceOf(tied, 'statutory_requirement', 1)];
      return { status: 'met', evidence, messageId: 'met' };
    }
    if (requirement.length) return { status: 'partial', evidence: evidenceOf(requirement, 'statutory_requirement'), messageId: 'partialRequirement' };
    if (consequence.length) return { status: 'partial', evidence: evidenceOf(consequence, 'statutory_requirement'), messageId: 'partialConsequence' };
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
