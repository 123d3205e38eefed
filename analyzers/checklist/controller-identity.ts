import type { ChecklistAnalyzer } from '../analyzer';
import { RULE_BRAND } from '../extractors/controller';

/** Art. 13(1)(a): Identity of the controller. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'controller_identity',
    article: '13(1)(a)',
    weight: 10,
    description: 'Identity of the controller.',
    messages: {
      met: 'The controller is named: {name}.',
      partial: 'Only a brand, site or product name is given ({name}), not the legal entity responsible for the data.',
      missing:
        'No sentence names the controller (looked for: a company name with a legal form such as Ltd, GmbH, SAS, B.V., S.p.A., S.L.; a name tied to "data controller" / "responsable du traitement" / "Verantwortlicher" / "titolare del trattamento"; "operated by" / "édité par" phrases).',
    },
  },
  analyze(_doc, facts) {
    const c = facts.controller;
    if (!c.name) return { status: 'missing', evidence: [], messageId: 'missing' };
    const evidence = c.evidence.slice(0, 1);
    // Art. 13(1)(a) asks for the identity of the controller: a brand alone does not identify the legal person.
    const brandOnly = c.evidence[0]?.rule === RULE_BRAND;
    return { status: brandOnly ? 'partial' : 'met', evidence, messageId: brandOnly ? 'partial' : 'met', data: { name: c.name } };
  },
};

export default analyzer;
