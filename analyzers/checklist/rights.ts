import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(2)(b): Rights of access, rectification, erasure, restriction, portability, objection. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'rights',
    article: '13(2)(b)',
    weight: 10,
    description: 'Rights of access, rectification, erasure, restriction, portability, objection.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
