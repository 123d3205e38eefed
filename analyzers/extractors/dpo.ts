import type { Extractor } from '../analyzer';
import { findEmails, sentenceAt, sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
import { compile } from '../lexicon';
import { patternsOf } from '../match';
import type { TextEntity } from '../nlp';
import type { Dpo, Evidence } from '../types';
import { findController } from './controller';

/** Evidence rule ids: the DPO sentence, and a line of its contact block. */
export const RULE_DPO = 'dpo-mention';
export const RULE_DPO_CONTACT = 'dpo-contact';

// "dpo[at]example[dot]com", "dpo (at) example (dot) com": obfuscated addresses.
const OBFUSCATED =
  /[\p{L}\p{N}._%+-]+\s*(?:\[at\]|\(at\)|\{at\}| at )\s*[\p{L}\p{N}-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}| dot |\.)\s*[\p{L}\p{N}-]+)+/giu;
/** Lines after a DPO heading that still belong to its contact block. */
const BLOCK = 4;
/** How far (in characters) from the officer term an e-mail in the same sentence may be. */
const NEAR = 100;

function deobfuscate(s: string): string {
  return s
    .replace(/\s*(?:\[at\]|\(at\)|\{at\}| at )\s*/iu, '@')
    .replace(/\s*(?:\[dot\]|\(dot\)|\{dot\}| dot )\s*/giu, '.')
    .replace(/\s*\.\s*/gu, '.')
    .toLowerCase();
}

/** The text with each of its e-mail addresses (as found by `findEmails`) replaced by `fill(address)`. */
function maskEmails(text: string, found: readonly TextEntity[], fill: (address: string) => string): string {
  let out = '';
  let at = 0;
  for (const e of found) {
    out += text.slice(at, e.start) + fill(e.text);
    at = e.end;
  }
  return out + text.slice(at);
}

/** E-mails written in a sentence, plain or obfuscated. */
export function emailsOf(text: string): string[] {
  const out = findEmails(text).map((e) => e.text.toLowerCase());
  for (const m of text.matchAll(OBFUSCATED)) if (!m[0].includes('@')) out.push(deobfuscate(m[0]));
  return out.filter((e) => /@[^@\s]+\.[\p{L}]{2,}$/u.test(e));
}

/** E-mails within reach of an officer term in a sentence. */
function emailsNearTerm(text: string, termsAll: RegExp): string[] {
  const found = findEmails(text);
  // Officer terms inside an address ("dpo@...") do not count as mentions: mask the addresses.
  const masked = maskEmails(text, found, (e) => ' '.repeat(e.length));
  termsAll.lastIndex = 0;
  const spans = [...masked.matchAll(termsAll)].map((m) => [m.index, m.index + m[0].length] as const);
  const out: string[] = [];
  for (const e of found) {
    const near = spans.some(([a, b]) => (e.start >= b ? e.start - b : a - e.end) <= NEAR);
    if (near) out.push(e.text.toLowerCase());
  }
  for (const e of emailsOf(text)) if (!text.toLowerCase().includes(e)) out.push(e);
  return out;
}

/** The DPO sentences and their contact block (the heading's following lines). */
export function dpoSentences(doc: PolicyDocument): { mentions: Sentence[]; block: Sentence[] } {
  const terms = compile(patternsOf(doc, (l) => l.dpo.terms, true));
  const absent = compile(patternsOf(doc, (l) => l.dpo.absent, true));
  const role = compile(patternsOf(doc, (l) => l.controller.controllerPhrases, true));
  const contact = compile(patternsOf(doc, (l) => l.controller.contactPhrases, true));
  const termsAll = compile(patternsOf(doc, (l) => l.dpo.terms, true), 'giu');
  const mentions: Sentence[] = [];
  const block: Sentence[] = [];
  // One pass over the whole text, then the sentences the terms fall in.
  const hit: Sentence[] = [];
  let last = -1;
  for (const m of doc.text.matchAll(termsAll)) {
    const s = sentenceAt(doc, m.index);
    if (!s || s.index === last) continue;
    // "dpo@vendor.example" alone is not a mention of our officer.
    if (s.text.includes('@') && !terms.test(maskEmails(s.text, findEmails(s.text), () => ' '))) continue;
    hit.push(s);
    last = s.index;
  }
  for (const s of hit) {
    // "We have not appointed a Data Protection Officer" is not a DPO.
    if (absent.test(s.text)) continue;
    // A "Data protection officer" title whose first line says none is appointed is no DPO either.
    const next = doc.sentences[s.index + 1];
    if ((s.heading || s.text.length < 60) && next && absent.test(next.text) && terms.test(next.text)) continue;
    mentions.push(s);
    // A heading or "... reach our DPO at:" line: the contact details follow on the next lines.
    // Only when the mention itself gives no address: the lines after it may be someone else's.
    if ((s.heading || /[:：]\s*$/u.test(s.text) || s.text.length < 60) && emailsOf(s.text).length === 0) {
      for (let k = 1; k <= BLOCK + 1; k++) {
        const n = doc.sentences[s.index + k];
        if (!n || n.text.length > 400) break;
        // A new title, or a sentence about the controller, ends the officer's block.
        if (n.heading && n.text.length > 40 && !/\d|@/u.test(n.text)) break;
        if (role.test(n.text) && !terms.test(n.text)) break;
        // "Or send a letter to ...": a new contact instruction, not the officer's details.
        // ("Kontakt: datenschutz@example.de" right under the title is still the officer's.)
        if (contact.test(n.text) && !terms.test(n.text) && emailsOf(n.text).length === 0) break;
        block.push(n);
        if (emailsOf(n.text).length) break;
      }
    }
  }
  return { mentions, block };
}

/** Finds whether a data protection officer is named, and their e-mails. */
export function findDpo(doc: PolicyDocument): Dpo {
  const { mentions, block } = dpoSentences(doc);
  if (mentions.length === 0) return { mentioned: false, emails: [], evidence: [] };
  const mailbox = compile(patternsOf(doc, (l) => l.dpo.mailboxes, true).map((p) => `^${p}`));
  const emails = new Set<string>();
  const evidence: Evidence[] = [];
  // In a mention, the officer's addresses are those written near the term (a sentence may also
  // give the general support address).
  const termsAll = compile(patternsOf(doc, (l) => l.dpo.terms, true), 'giu');
  for (const s of mentions) for (const e of emailsNearTerm(s.text, termsAll)) emails.add(e);
  for (const s of block) {
    const found = emailsOf(s.text);
    for (const e of found) emails.add(e);
    if (found.length && evidence.length < 2) evidence.push(sentenceEvidence(s, RULE_DPO_CONTACT));
  }
  // An address whose mailbox is the officer's ("dpo@", "rpd@") on the controller's own domain
  // belongs to them wherever it is written; on other domains it is a vendor's officer.
  const own = new Set(findController(doc).emails.map((e) => e.split('@')[1]?.toLowerCase() ?? ''));
  for (const e of doc.entities) {
    if (e.type !== 'EMAIL') continue;
    const [local = '', domain = ''] = e.text.toLowerCase().split('@');
    if (own.has(domain) && mailbox.test(local)) emails.add(`${local}@${domain}`);
  }
  // The best evidence: a mention that carries contact details, else the first mention.
  const withContact = mentions.find((s) => emailsOf(s.text).length > 0);
  evidence.unshift(sentenceEvidence(withContact ?? mentions[0]!, RULE_DPO));
  // (the same sentence is cited once)
  const first = withContact ?? mentions[0]!;
  for (const s of mentions.slice(0, 4)) if (s.index !== first.index && evidence.length < 3) evidence.push(sentenceEvidence(s, RULE_DPO));
  return { mentioned: true, emails: [...emails], evidence: evidence.slice(0, 3) };
}

/** Finds whether a data protection officer is named, and their e-mails. */
const extractor: Extractor<'dpo'> = {
  meta: { id: 'dpo', fact: 'dpo', description: 'Finds whether a data protection officer is named, and their e-mails.' },
  extract(doc) {
    return findDpo(doc);
  },
};

export default extractor;
