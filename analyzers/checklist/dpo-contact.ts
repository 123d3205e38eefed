import type { ChecklistAnalyzer } from '../analyzer';
import { sentenceEvidence } from '../document';
import { hasEntity, hasHiddenEmail, looksLikeAddress } from '../controller-address';
import { dpoSentences } from '../extractors/dpo';
import { compile } from '../lexicon';
import { patternsOf } from '../match';

/** Art. 13(1)(b): Contact details of the data protection officer. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'dpo_contact',
    article: '13(1)(b)',
    weight: 4,
    description: 'Contact details of the data protection officer, where applicable.',
    messages: {
      met: 'The data protection officer can be reached: {how}.',
      partial: 'A data protection officer is mentioned, but no e-mail, address, form or other channel to reach them is given.',
      missing:
        'No data protection officer is mentioned (looked for: "Data Protection Officer", "DPO", "délégué à la protection des données", "Datenschutzbeauftragter", "functionaris voor gegevensbescherming", "responsabile della protezione dei dati", "delegado de protección de datos").',
    },
  },
  analyze(doc, facts) {
    const dpo = facts.dpo;
    if (!dpo.mentioned) return { status: 'missing', evidence: [], messageId: 'missing' };
    if (dpo.emails.length) return { status: 'met', evidence: dpo.evidence.slice(0, 2), messageId: 'met', data: { how: dpo.emails.join(', ') } };
    // A postal address, a web form or a link in the officer's sentence or contact block.
    const forms = compile(patternsOf(doc, (l) => l.controller.contactForms, true));
    const { mentions, block } = dpoSentences(doc);
    const inBlock = new Set(block.map((s) => s.index));
    const mentionAt = new Map(mentions.map((m) => [m.index, m] as const));
    for (const s of [...mentions, ...block]) {
      const link = hasEntity(doc, s.start, s.end, ['URL']);
      // The officer's title line this block line follows, if any.
      let title: (typeof mentions)[number] | undefined;
      for (let k = 1; k <= 6 && !title; k++) title = mentionAt.get(s.index - k);
      if (looksLikeAddress(doc, s.text, inBlock.has(s.index) ? s : undefined, title) || forms.test(s.text) || link || hasHiddenEmail(s.text)) {
        return { status: 'met', evidence: [sentenceEvidence(s, 'dpo-contact')], messageId: 'met', data: { how: 'a postal address, form, link or e-mail address is given' } };
      }
    }
    // "Our officer can be reached at the same address": the controller's contact details, given in the policy, reach the officer too.
    const c = facts.controller;
    if (c.address || c.emails.length) {
      const same = compile(patternsOf(doc, (l) => l.dpo.sameContact, true));
      const s = mentions.find((m) => same.test(m.text));
      if (s) return { status: 'met', evidence: [sentenceEvidence(s, 'dpo-contact')], messageId: 'met', data: { how: "the controller's contact details, which the officer's sentence refers to" } };
    }
    return { status: 'partial', evidence: dpo.evidence.slice(0, 1), messageId: 'partial' };
  },
};

export default analyzer;
