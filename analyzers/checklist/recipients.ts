import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(1)(e): Recipients or categories of recipients. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'recipients',
    article: '13(1)(e)',
    weight: 8,
    description: 'Recipients or categories of recipients.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
