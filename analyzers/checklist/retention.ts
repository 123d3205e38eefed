import type { ChecklistAnalyzer } from '../analyzer';
import { evidenceOf, findSentences, patternsOf } from '../match';
import type { Evidence } from '../types';

const MAX_EVIDENCE = 3;

/** Art. 13(2)(a): Retention period or the criteria that set it. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'retention',
    article: '13(2)(a)',
    weight: 10,
    description: 'Retention period or the criteria that set it.',
    messages: {
      periods: 'Retention periods are stated: {periods}.',
      criteriaOnly:
        'Only criteria such as "as long as necessary" or "while your account is active" are given; no period is stated for any data.',
      missing:
        'No sentence names a retention period or the criteria used to set it (looked for: a number with a unit of time next to keep / retain / store / delete / erase / anonymise, and criteria such as "as long as necessary", "until you delete your account", "statutory retention periods").',
    },
  },
  analyze(doc, facts) {
    if (facts.retention.length > 0) {
      const evidence: Evidence[] = [];
      for (const f of facts.retention) {
        const e = f.evidence[0];
        if (e && !evidence.some((x) => x.start === e.start)) evidence.push(e);
        if (evidence.length >= MAX_EVIDENCE) break;
      }
      return {
        status: 'met',
        evidence,
        messageId: 'periods',
        data: { periods: facts.retention.map((f) => f.duration).join(', ') },
      };
    }
    const criteria = findSentences(doc, patternsOf(doc, (lex) => lex.retention.criteria)).filter((m) => !m.sentence.heading);
    if (criteria.length > 0) {
      return { status: 'partial', evidence: evidenceOf(criteria, 'retention.criteria', MAX_EVIDENCE), messageId: 'criteriaOnly' };
    }
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
