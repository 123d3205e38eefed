import type { ChecklistAnalyzer } from '../analyzer';
import { sentenceEvidence } from '../document';
import { findDevicePermissionConsents, findGatedConsents } from '../extractors/legal-bases';
import { compile } from '../lexicon';
import { patternsOf } from '../match';

/** Art. 13(2)(c): where processing rests on consent, the right to withdraw it at any time (Art. 7(3)). */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'withdraw_consent',
    article: '13(2)(c)',
    weight: 5,
    description: 'Right to withdraw consent at any time.',
    messages: {
      met: 'The right to withdraw consent is stated.',
      missing:
        'Consent is relied on, but no sentence says it can be withdrawn (looked for: "withdraw/revoke your consent", "consent can be withdrawn at any time", Art. 7(3)).',
      gated:
        'Consent is relied on in substance (the quoted sentence makes a processing depend on it), but no sentence says it can be withdrawn (looked for: "withdraw/revoke your consent", "consent can be withdrawn at any time", Art. 7(3)).',
      not_applicable: 'Consent is not stated as a legal basis.',
      noBasis:
        'No legal basis is stated for the processing described, so consent cannot be ruled out, and no sentence says consent can be withdrawn (looked for: "withdraw/revoke your consent", "consent can be withdrawn at any time", Art. 7(3)).',
      devicePermission:
        "Consent appears only as the phone's permission prompt (location, camera, contacts...), given and withdrawn in the device settings, not as a legal basis for the controller's processing.",
    },
  },
  analyze(doc, facts) {
    const right = facts.rights.find((r) => r.right === 'withdraw_consent');
    if (right) return { status: 'met', evidence: right.evidence.slice(0, 3), messageId: 'met' };
    if (facts.legalBases.some((b) => b.basis === 'consent')) return { status: 'missing', evidence: [], messageId: 'missing' };
    // Consent relied on without the words "legal basis" ("we never share it without your permission") still needs Art. 7(3).
    const gated = findGatedConsents(doc);
    if (gated.length > 0) {
      return { status: 'missing', evidence: gated.slice(0, 3).map((s) => sentenceEvidence(s, 'withdraw_consent')), messageId: 'gated' };
    }
    const prompts = findDevicePermissionConsents(doc);
    if (prompts.length > 0) {
      return { status: 'not_applicable', evidence: prompts.slice(0, 3).map((s) => sentenceEvidence(s, 'withdraw_consent')), messageId: 'devicePermission' };
    }
    if (facts.legalBases.length === 0) {
      // Processing is described when some sentence states a purpose (the first one is enough).
      const purpose = compile(patternsOf(doc, (l) => l.purposes.statements));
      if (doc.sentences.some((s) => purpose.test(s.text))) return { status: 'missing', evidence: [], messageId: 'noBasis' };
    }
    return { status: 'not_applicable', evidence: [], messageId: 'not_applicable' };
  },
};

export default analyzer;
