import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(1)(a): Identity of the controller. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'controller_identity',
    article: '13(1)(a)',
    weight: 10,
    description: 'Identity of the controller.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
