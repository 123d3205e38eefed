import type { Extractor } from '../analyzer';
import { sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
import { compile } from '../lexicon';
import { patternsOf } from '../match';
import type { Dpo, Evidence } from '../types';

/** Evidence rule ids: the DPO sentence, and a line of its contact block. */
export const RULE_DPO = 'dpo-mention';
export const RULE_DPO_CONTACT = 'dpo-contact';

// "dpo[at]example[dot]com", "dpo (at) example (dot) com": obfuscated addresses.
const OBFUSCATED =
  /[\p{L}\p{N}._%+-]+\s*(?:\[at\]|\(at\)|\{at\}| at )\s*[\p{L}\p{N}-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}| dot |\.)\s*[\p{L}\p{N}-]+)+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** Lines after a DPO heading that still belong to its contact block. */
const BLOCK = 4;

function deobfuscate(s: string): string {
  return s
    .replace(/\s*(?:\[at\]|\(at\)|\{at\}| at )\s*/iu, '@')
    .replace(/\s*(?:\[dot\]|\(dot\)|\{dot\}| dot )\s*/giu, '.')
    .replace(/\s*\.\s*/gu, '.')
    .toLowerCase();
}

/** E-mails written in a sentence, plain or obfuscated. */
export function emailsOf(text: string): string[] {
  const out = [...text.matchAll(EMAIL)].map((m) => m[0].replace(/\.$/u, '').toLowerCase());
  for (const m of text.matchAll(OBFUSCATED)) if (!m[0].includes('@')) out.push(deobfuscate(m[0]));
  return out.filter((e) => /@[^@\s]+\.[\p{L}]{2,}$/u.test(e));
}

/** The DPO sentences and their contact block (the heading's following lines). */
export function dpoSentences(doc: PolicyDocument): { mentions: Sentence[]; block: Sentence[] } {
  const terms = compile(patternsOf(doc, (l) => l.dpo.terms, true));
  const absent = compile(patternsOf(doc, (l) => l.dpo.absent, true));
  const role = compile(patternsOf(doc, (l) => l.controller.controllerPhrases, true));
  const mentions: Sentence[] = [];
  const block: Sentence[] = [];
  for (const s of doc.sentences) {
    if (!terms.test(s.text)) continue;
    // "We have not appointed a Data Protection Officer" is not a DPO.
    if (absent.test(s.text)) continue;
    mentions.push(s);
    // A heading or "... reach our DPO at:" line: the contact details follow on the next lines.
    // Only when the mention itself gives no address: the lines after it may be someone else's.
    if ((s.heading || /[:：]\s*$/u.test(s.text) || s.text.length < 120) && emailsOf(s.text).length === 0) {
      for (let k = 1; k <= BLOCK + 1; k++) {
        const n = doc.sentences[s.index + k];
        if (!n || n.text.length > 400) break;
        // A new title, or a sentence about the controller, ends the officer's block.
        if (n.heading && n.text.length > 40 && !/\d|@/u.test(n.text)) break;
        if (role.test(n.text) && !terms.test(n.text)) break;
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
  for (const s of mentions) for (const e of emailsOf(s.text)) emails.add(e);
  for (const s of block) {
    const found = emailsOf(s.text);
    for (const e of found) emails.add(e);
    if (found.length && evidence.length < 2) evidence.push(sentenceEvidence(s, RULE_DPO_CONTACT));
  }
  // An address whose mailbox is the officer's ("dpo@", "rpd@") on the policy's own domain (the one
  // most of its addresses use) belongs to them wherever it is written; other domains' are vendors'.
  const all = doc.entities.filter((e) => e.type === 'EMAIL').map((e) => e.text.replace(/\.$/u, '').toLowerCase());
  const domains = new Map<string, number>();
  for (const e of all) domains.set(e.split('@')[1] ?? '', (domains.get(e.split('@')[1] ?? '') ?? 0) + 1);
  let own = '';
  for (const [d, n] of domains) if (n > (domains.get(own) ?? 0)) own = d;
  for (const e of all) {
    const [local = '', domain = ''] = e.split('@');
    if (domain === own && mailbox.test(local)) emails.add(e);
  }
  // The best evidence: a mention that carries contact details, else the first mention.
  const withContact = mentions.find((s) => emailsOf(s.text).length > 0);
  evidence.unshift(sentenceEvidence(withContact ?? mentions[0]!, RULE_DPO));
  for (const s of mentions.slice(0, 3)) if (s !== withContact && evidence.length < 3) evidence.push(sentenceEvidence(s, RULE_DPO));
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
