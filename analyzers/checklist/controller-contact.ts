import type { ChecklistAnalyzer } from '../analyzer';
import { sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
import { hasEntity, hasHiddenEmail, looksLikeAddress } from '../controller-address';
import { RULE_ADDRESS } from '../extractors/controller';
import { compile } from '../lexicon';
import { patternsOf } from '../match';
import type { Evidence } from '../types';

const PHONE = /\+?\d[\d\s().-]{7,}\d/u;

/** The first contact sentence that gives a way to reach the controller (e-mail, form, address, phone), or a bare "contact us". */
function findContact(doc: PolicyDocument): { detailed?: Evidence; bare?: Evidence } {
  const contact = compile(patternsOf(doc, (l) => l.controller.contactPhrases, true));
  const forms = compile(patternsOf(doc, (l) => l.controller.contactForms, true));
  const channels = compile(patternsOf(doc, (l) => l.controller.contactChannels, true));
  const hasDetails = (from: number, to: number, text: string, block?: Sentence, title?: Sentence) =>
    hasEntity(doc, from, to, ['EMAIL', 'URL']) ||
    hasHiddenEmail(text) ||
    looksLikeAddress(doc, text, block, title) ||
    (PHONE.test(text) && text.replace(/\D/gu, '').length >= 8) ||
    forms.test(text);
  let bare: Evidence | undefined;
  for (const s of doc.sentences) {
    const invites = contact.test(s.text) || forms.test(s.text);
    // "E-mail: privacy@example.com": a channel word with the address itself.
    if (!invites && channels.test(s.text) && hasDetails(s.start, s.end, s.text)) return { detailed: sentenceEvidence(s, 'controller-contact') };
    if (!invites) continue;
    if (hasDetails(s.start, s.end, s.text)) return { detailed: sentenceEvidence(s, 'controller-contact') };
    // "Contact us:" or a contact heading with the details on the next lines.
    if (s.text.length < 160) {
      for (let k = 1; k <= 4; k++) {
        const next = doc.sentences[s.index + k];
        if (!next || next.text.length > 300) break;
        if (hasDetails(next.start, next.end, next.text, next, s)) return { detailed: sentenceEvidence(next, 'controller-contact') };
        // A long title ends the block; an address line on its own looks like one ("12 Harbour Road, Whitby
        // YO21 3PN, United Kingdom"), so a line is read for details before it can end the search.
        if (k > 1 && next.heading && next.text.length > 40) break;
      }
    }
    bare ??= sentenceEvidence(s, 'controller-contact-bare');
  }
  return { bare };
}

/** Art. 13(1)(a): Contact details of the controller. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'controller_contact',
    article: '13(1)(a)',
    weight: 8,
    description: 'Contact details of the controller.',
    messages: {
      met: 'The controller can be reached: {how}.',
      partial: 'The policy invites contact ("contact us") but gives no e-mail, form, postal address or phone number.',
      missing:
        'No contact details of the controller were found (looked for: a postal address next to the controller\'s name, an e-mail address, a contact form or a phone number in a "contact us" / "nous contacter" / "Kontakt" sentence).',
    },
  },
  analyze(doc, facts) {
    const c = facts.controller;
    if (c.address) {
      const ev = c.evidence.find((e) => e.rule === RULE_ADDRESS) ?? c.evidence[0];
      return { status: 'met', evidence: ev ? [ev] : [], messageId: 'met', data: { how: `postal address ${c.address}` } };
    }
    const found = findContact(doc);
    if (found.detailed) return { status: 'met', evidence: [found.detailed], messageId: 'met', data: { how: 'contact details are given' } };
    if (c.emails.length && c.evidence[0]) return { status: 'met', evidence: [c.evidence[0]], messageId: 'met', data: { how: c.emails.join(', ') } };
    if (found.bare) return { status: 'partial', evidence: [found.bare], messageId: 'partial' };
    return { status: 'missing', evidence: [], messageId: 'missing' };
  },
};

export default analyzer;
