import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(2)(c): Right to withdraw consent at any time. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'withdraw_consent',
    article: '13(2)(c)',
    weight: 5,
    description: 'Right to withdraw consent at any time.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
