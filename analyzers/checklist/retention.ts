import type { ChecklistAnalyzer, ChecklistResult } from '../analyzer';
import { sentenceEvidence } from '../document';
import { compile } from '../lexicon';
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
      onePeriod:
        'Only one period is stated ({period}); other data is kept "as long as necessary", with no period or criteria that fix it.',
      sectionOnly: 'A retention section ("{title}") is present, but no period or criterion was recognised in it.',
      criteriaOnly:
        'Only criteria such as "as long as necessary" or "while your account is active" are given; no period is stated for any data.',
      missing:
        'No sentence names a retention period or the criteria used to set it (looked for: a number with a unit of time next to keep / retain / store / delete / erase / anonymise, and criteria such as "as long as necessary", "until you delete your account", "statutory retention periods").',
    },
  },
  analyze(doc, facts): ChecklistResult {
    // Sentences that also keep or delete come first: "no longer necessary" also opens the erasure right (Art. 17(1)(a)).
    const verbs = compile(patternsOf(doc, (lex) => lex.retention.verbs));
    const vagueAll = findSentences(doc, patternsOf(doc, (lex) => lex.retention.vague)).filter((m) => !m.sentence.heading);
    const vague = [...vagueAll.filter((m) => verbs.test(m.sentence.text)), ...vagueAll.filter((m) => !verbs.test(m.sentence.text))];
    // One lone period beside a general "as long as necessary" leaves most data without a period (WP260 rev.01, Annex on Art. 13(2)(a): "as long as necessary" is not enough).
    // "No purpose in this notice will require us keeping your data longer than 18 months after ...": one period bounds all data.
    const ceiling = compile(patternsOf(doc, (lex) => lex.retention.ceiling));
    const bounded = facts.retention.length === 1 && facts.retention[0]!.evidence.some((e) => ceiling.test(e.quote));
    const enough = facts.retention.length >= 2 || (facts.retention.length === 1 && (vague.length === 0 || bounded));
    if (enough) {
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
    if (facts.retention.length === 1) {
      const evidence = [...(facts.retention[0]?.evidence.slice(0, 1) ?? []), ...evidenceOf(vague, 'retention.vague', MAX_EVIDENCE - 1)];
      return { status: 'partial', evidence, messageId: 'onePeriod', data: { period: facts.retention[0]!.duration } };
    }
    const criteriaAll = findSentences(doc, patternsOf(doc, (lex) => [...lex.retention.criteria, ...lex.retention.vague])).filter(
      (m) => !m.sentence.heading,
    );
    const criteria = [...criteriaAll.filter((m) => verbs.test(m.sentence.text)), ...criteriaAll.filter((m) => !verbs.test(m.sentence.text))];
    if (criteria.length > 0) {
      return { status: 'partial', evidence: evidenceOf(criteria, 'retention.criteria', MAX_EVIDENCE), messageId: 'criteriaOnly' };
    }
    // A retention section whose wording the lists above do not know still addresses the item.
    const titles = findSentences(doc, patternsOf(doc, (lex) => lex.retention.headings)).filter((m) => m.sentence.heading);
    for (const title of titles) {
      const body = doc.sentences[title.sentence.index + 1];
      if (body && !body.heading) {
        return { status: 'partial', evidence: [sentenceEvidence(body, 'retention.section')], messageId: 'sectionOnly', data: { title: title.sentence.text } };
      }
    }
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
