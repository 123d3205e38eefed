import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(1)(a): Contact details of the controller. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'controller_contact',
    article: '13(1)(a)',
    weight: 8,
    description: 'Contact details of the controller.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
