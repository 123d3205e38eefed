import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(2)(f): Automated decision-making and profiling, with the logic involved. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'automated_decisions',
    article: '13(2)(f)',
    weight: 3,
    description: 'Automated decision-making and profiling, with the logic involved.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
