import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(1)(c): Purposes of the processing. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'purposes',
    article: '13(1)(c)',
    weight: 10,
    description: 'Purposes of the processing.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
