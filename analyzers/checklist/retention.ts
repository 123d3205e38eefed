import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(2)(a): Retention period or the criteria that set it. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'retention',
    article: '13(2)(a)',
    weight: 10,
    description: 'Retention period or the criteria that set it.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
