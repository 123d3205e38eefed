import type { ChecklistAnalyzer } from '../analyzer';
import { findLegalNames, normalizeName } from '../controller-name';
import { sentenceAt, sentenceEvidence, type PolicyDocument } from '../document';
import { RULE_BRAND } from '../extractors/controller';
import { compile } from '../lexicon';
import { patternsOf } from '../match';
import { findDefinedParty, findMakerPerson, findProductName } from '../product-name';
import type { Evidence } from '../types';

/**
 * A legal-form name that is the brand itself ("Example SAS" for "EXAMPLE"), holds it ("Example Apps Ltd"
 * for "Example"), or defines it as an alias right after it ('Example Apps Ltd ("Example")', "Example
 * Apps Ltd, trading as Example"). A company merely named in the same sentence as the brand ("analytics
 * by Vendor Inc. track the use of the Example app") is another party.
 */
function legalNameOfBrand(doc: PolicyDocument, brand: string): Evidence | null {
  const key = normalizeName(doc, brand);
  if (!key) return null;
  // Normalised names are words joined by single spaces: whole-word containment is a padded substring.
  const within = (outer: string, inner: string): boolean => ` ${outer} `.includes(` ${inner} `);
  for (const n of findLegalNames(doc)) {
    const s = sentenceAt(doc, n.start);
    if (!s) continue;
    const legal = normalizeName(doc, n.name);
    const after = doc.text.slice(n.end, Math.min(s.end, n.end + 80));
    const at = after.indexOf(brand);
    const between = at >= 0 ? after.slice(0, at) : '';
    // Inside a bracket opened after the legal name ('Example Apps Ltd, its affiliates ("we", "Example")'), right
    // after a quote, or after "trading as"; not after a closed bracket ("Example AB (publ) licenses X to ...").
    const open = between.lastIndexOf('(');
    const alias =
      at >= 0 && between.length <= 80 && ((open >= 0 && !between.includes(')', open)) || /(?:["“'‘«„]|\b(?:trading as|t\/a|d\/b\/a|doing business as|operating as))\s*$/iu.test(between));
    // The legal-name finder may leave out a lead ("Institute of" in "Institute of Example Studies Limited").
    if (legal === key || within(legal, key) || (legal.includes(' ') && within(key, legal)) || alias) return sentenceEvidence(s, 'controller-legal-name');
  }
  return null;
}

/** A sentence that states what kind of legal person the name is: "Example is a registered charity", "Example, a company limited by guarantee". */
function entityStatementOf(doc: PolicyDocument, name: string): Evidence | null {
  const apposition = compile(patternsOf(doc, (l) => l.controller.entityApposition, true));
  for (const s of doc.sentences) {
    for (let at = s.text.indexOf(name); at !== -1; at = s.text.indexOf(name, at + 1)) {
      const m = apposition.exec(s.text.slice(at + name.length, at + name.length + 80));
      if (m && m.index <= 1) return sentenceEvidence(s, 'controller-entity');
    }
  }
  return null;
}

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
  analyze(doc, facts) {
    const c = facts.controller;
    if (!c.name) {
      // A natural person can be the controller (Art. 4(7)): a name defined as the party running the service identifies it.
      const party = findDefinedParty(doc);
      if (party?.person) return { status: 'met', evidence: [party.evidence], messageId: 'met', data: { name: party.name } };
      if (party) return { status: 'partial', evidence: [party.evidence], messageId: 'partial', data: { name: party.name } };
      // Only the app, site or service is named: that is not the identity of the controller, but more than none.
      const product = findProductName(doc);
      if (product) return { status: 'partial', evidence: [product.evidence], messageId: 'partial', data: { name: product.name } };
      return { status: 'missing', evidence: [], messageId: 'missing' };
    }
    let evidence = c.evidence.slice(0, 1);
    // Art. 13(1)(a) asks for the identity of the controller: a brand alone does not identify the legal person.
    let brandOnly = c.evidence[0]?.rule === RULE_BRAND;
    if (brandOnly) {
      const party = findDefinedParty(doc);
      const defined = party?.person && normalizeName(doc, party.name) === normalizeName(doc, c.name) ? party.evidence : null;
      // "Jane Roe built the Example app as a free app": the person who made and runs the app.
      const maker = findMakerPerson(doc);
      const made = maker && normalizeName(doc, maker.name) === normalizeName(doc, c.name) ? maker.evidence : null;
      const legal = legalNameOfBrand(doc, c.name) ?? entityStatementOf(doc, c.name) ?? defined ?? made;
      if (legal) {
        brandOnly = false;
        evidence = [legal, ...evidence];
      }
    }
    return { status: brandOnly ? 'partial' : 'met', evidence, messageId: brandOnly ? 'partial' : 'met', data: { name: c.name } };
  },
};

export default analyzer;
