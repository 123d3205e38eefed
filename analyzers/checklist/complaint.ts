import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(2)(d): Right to lodge a complaint with a supervisory authority. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'complaint',
    article: '13(2)(d)',
    weight: 6,
    description: 'Right to lodge a complaint with a supervisory authority.',
    messages: {
      missing: 'Not found (stub analyzer).',
    },
  },
  analyze() {
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
