import type { ChecklistAnalyzer, ChecklistResult } from '../analyzer';
import { evidenceOf, findSentences, patternsOf } from '../match';
import type { Evidence } from '../types';

const MAX_EVIDENCE = 3;

/** Art. 13(1)(f): Transfers to third countries and their safeguards. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'transfers',
    article: '13(1)(f)',
    weight: 8,
    description: 'Transfers to third countries and their safeguards.',
    messages: {
      staysInside: 'The policy says personal data stays in the EEA.',
      safeguarded: 'Transfers outside the EEA are stated with their safeguard: {mechanisms}.',
      genericOnly:
        'Transfers outside the EEA are mentioned with "appropriate safeguards" only; no Chapter V mechanism is named (adequacy decision, Data Privacy Framework, standard contractual clauses, binding corporate rules, certification, code of conduct, Art. 49 derogation).',
      noSafeguard:
        'Transfers outside the EEA are mentioned, but no safeguard is named (looked for: adequacy decision, Data Privacy Framework, standard contractual clauses, binding corporate rules, approved certification or code of conduct, Art. 49 derogations).',
      missing:
        'Nothing says whether personal data leaves the EEA (looked for: transfers outside the EEA/EU or to third countries, data kept in the EEA, destination countries, and transfer safeguards such as adequacy decisions or standard contractual clauses).',
    },
  },
  analyze(doc, facts): ChecklistResult {
    const t = facts.transfers;
    if (t.outsideEEA === false) {
      return { status: 'met', evidence: t.evidence.slice(0, MAX_EVIDENCE), messageId: 'staysInside' };
    }
    if (t.outsideEEA === true) {
      if (t.safeguards.length > 0) {
        const evidence: Evidence[] = [];
        for (const s of t.safeguards) {
          const e = s.evidence[0];
          if (e && !evidence.some((x) => x.start === e.start)) evidence.push(e);
        }
        return {
          status: 'met',
          evidence: evidence.slice(0, MAX_EVIDENCE),
          messageId: 'safeguarded',
          data: { mechanisms: t.safeguards.map((s) => s.mechanism.replace(/_/g, ' ')).join(', ') },
        };
      }
      // WP260: the safeguard itself must be named; "appropriate safeguards" alone is not enough.
      const generic = findSentences(doc, patternsOf(doc, (lex) => lex.transfers.genericSafeguards)).filter((m) => !m.sentence.heading);
      if (generic.length > 0) {
        const evidence = [...t.evidence.slice(0, 1), ...evidenceOf(generic, 'transfers.generic', MAX_EVIDENCE - 1)];
        return { status: 'partial', evidence, messageId: 'genericOnly' };
      }
      return { status: 'partial', evidence: t.evidence.slice(0, MAX_EVIDENCE), messageId: 'noSafeguard' };
    }
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
