import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(1)(c): Legal basis of the processing. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'legal_basis',
    article: '13(1)(c)',
    weight: 10,
    description: 'Legal basis of the processing.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
