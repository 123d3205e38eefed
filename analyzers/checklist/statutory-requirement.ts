import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(2)(e): Whether providing the data is required, and the consequences of not providing it. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'statutory_requirement',
    article: '13(2)(e)',
    weight: 3,
    description: 'Whether providing the data is required, and the consequences of not providing it.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
