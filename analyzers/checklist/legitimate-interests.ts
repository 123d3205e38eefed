import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(1)(d): Legitimate interests pursued. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'legitimate_interests',
    article: '13(1)(d)',
    weight: 5,
    description: 'Legitimate interests pursued.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
