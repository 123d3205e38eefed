import type { ChecklistAnalyzer } from '../analyzer';
import { sentenceEvidence } from '../document';
import { compile } from '../lexicon';
import { patternsOf } from '../match';
import type { Evidence } from '../types';

/** Art. 13(1)(e): Recipients or categories of recipients. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'recipients',
    article: '13(1)(e)',
    weight: 8,
    description: 'Recipients or categories of recipients.',
    messages: {
      met: 'Recipients or their categories are named: {what}.',
      partial: 'Recipients are only described as "third parties" or "partners", with no category or name.',
      missing:
        'No recipient of the data was found (looked for: sharing or disclosure sentences naming service providers, processors, hosting, payment providers, group companies, authorities, or third parties / partners).',
    },
  },
  analyze(doc, facts) {
    const sharing = compile(patternsOf(doc, (l) => l.recipients.sharing, true));
    const categories = compile(patternsOf(doc, (l) => l.recipients.categories));
    const vague = compile(patternsOf(doc, (l) => l.recipients.vague));
    const met: Evidence[] = [];
    const found = new Set<string>();
    let partial: Evidence | undefined;
    // A sentence about sharing, or any sentence under a sharing heading ("Who we share data with").
    const sectionShares = new Map<string, boolean>();
    for (const s of doc.sentences) {
      if (s.heading) continue;
      let inSharing = sharing.test(s.text);
      if (!inSharing && s.section) {
        let v = sectionShares.get(s.section);
        if (v === undefined) sectionShares.set(s.section, (v = sharing.test(s.section)));
        inSharing = v;
      }
      if (!inSharing) continue;
      const c = categories.exec(s.text);
      if (c) {
        found.add(c[0].toLowerCase());
        if (met.length < 3) met.push(sentenceEvidence(s, 'recipients-category'));
        // Three pieces of evidence and five categories are all the result shows: later sentences change nothing.
        if (met.length >= 3 && found.size >= 5) break;
        continue;
      }
      if (!partial && vague.test(s.text)) partial = sentenceEvidence(s, 'recipients-vague');
    }
    if (met.length) return { status: 'met', evidence: met, messageId: 'met', data: { what: [...found].slice(0, 5).join(', ') } };
    if (facts.recipients.length) {
      return {
        status: 'met',
        evidence: facts.recipients.slice(0, 3).map((r) => r.evidence[0]!),
        messageId: 'met',
        data: { what: facts.recipients.slice(0, 5).map((r) => r.name).join(', ') },
      };
    }
    if (partial) return { status: 'partial', evidence: [partial], messageId: 'partial' };
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
