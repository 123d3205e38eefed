import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(1)(b): Contact details of the data protection officer. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'dpo_contact',
    article: '13(1)(b)',
    weight: 4,
    description: 'Contact details of the data protection officer.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
