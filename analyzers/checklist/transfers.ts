import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(1)(f): Transfers to third countries and their safeguards. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'transfers',
    article: '13(1)(f)',
    weight: 8,
    description: 'Transfers to third countries and their safeguards.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
