import type { ChecklistAnalyzer } from '../analyzer';

/** Art. 13(2)(d): right to lodge a complaint with a supervisory authority (Art. 77). */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'complaint',
    article: '13(2)(d)',
    weight: 6,
    description: 'Right to lodge a complaint with a supervisory authority.',
    messages: {
      met: 'The right to complain to a supervisory authority is stated.',
      missing:
        'No sentence gives a right to complain to a supervisory authority (looked for: a complaint to a supervisory / data protection authority, or named authorities such as the CNIL, ICO, DPC, Garante, AEPD, Autoriteit Persoonsgegevens, BfDI).',
    },
  },
  analyze(_doc, facts) {
    const right = facts.rights.find((r) => r.right === 'complaint');
    if (right) return { status: 'met', evidence: right.evidence.slice(0, 3), messageId: 'met' };
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
