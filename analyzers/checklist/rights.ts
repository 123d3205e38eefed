import type { ChecklistAnalyzer } from '../analyzer';
import type { Right } from '../types';

/** The six Art. 15-18, 20, 21 rights Art. 13(2)(b) asks for. */
const SIX: Right[] = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'object'];

/** Art. 13(2)(b): rights of access, rectification, erasure, restriction, portability, objection. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'rights',
    article: '13(2)(b)',
    weight: 10,
    description: 'Rights of access, rectification, erasure, restriction, portability, objection.',
    messages: {
      met: 'All six rights are stated: access, rectification, erasure, restriction, portability, objection.',
      partial: 'Some rights are stated ({found}); not found: {absent}.',
      missing:
        'None of the six rights is stated (looked for: access, rectification, erasure, restriction of processing, data portability, objection, and Art. 15-21 references).',
    },
  },
  analyze(_doc, facts) {
    const found = SIX.filter((r) => facts.rights.some((f) => f.right === r));
    if (found.length === 0) return { status: 'missing', evidence: [], messageId: 'missing' };
    // One quote per right, without repeating a sentence that states several.
    const seen = new Set<number>();
    const evidence = found
      .map((r) => facts.rights.find((f) => f.right === r)!.evidence[0]!)
      .filter((e) => (seen.has(e.start) ? false : (seen.add(e.start), true)))
      .slice(0, 3);
    if (found.length === SIX.length) return { status: 'met', evidence, messageId: 'met' };
    return {
      status: 'partial',
      evidence,
      messageId: 'partial',
      data: { found: found.join(', '), absent: SIX.filter((r) => !found.includes(r)).join(', ') },
    };
  },
};

export default analyzer;
