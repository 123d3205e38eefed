import { computeScore } from '../analyzers/score';
import { CHECKLIST_IDS, SCHEMA_VERSION, type ChecklistId, type Report, type Status } from '../analyzers/types';

const ARTICLES: Record<ChecklistId, string> = {
  controller_identity: '13(1)(a)', controller_contact: '13(1)(a)', dpo_contact: '13(1)(b)', purposes: '13(1)(c)',
  legal_basis: '13(1)(c)', legitimate_interests: '13(1)(d)', recipients: '13(1)(e)', transfers: '13(1)(f)',
  retention: '13(2)(a)', rights: '13(2)(b)', withdraw_consent: '13(2)(c)', complaint: '13(2)(d)',
  statutory_requirement: '13(2)(e)', automated_decisions: '13(2)(f)',
};

/**
 * A synthetic, self-consistent report for tests, benchmarks and demos (never a
 * real policy): every item `met` unless `statuses` says otherwise.
 */
export function sampleReport(opts: {
  url?: string;
  hash?: string;
  name?: string | null;
  analyzedAt?: string;
  statuses?: Partial<Record<ChecklistId, Status>>;
  text?: string;
} = {}): Report {
  const quote = opts.text ?? 'We keep invoices for ten years.';
  const checklist = CHECKLIST_IDS.map((id) => {
    const status = opts.statuses?.[id] ?? 'met';
    return {
      id,
      article: ARTICLES[id],
      status,
      evidence: status === 'met' || status === 'partial' ? [{ quote, start: 0, end: quote.length }] : [],
      note: status === 'missing' ? `looked for ${id.replace(/_/g, ' ')}` : 'found',
    };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      url: opts.url ?? 'https://vendor.example/privacy',
      title: 'Privacy policy',
      analyzedAt: opts.analyzedAt ?? '2026-11-01T10:00:00.000Z',
      contentHash: opts.hash ?? 'a'.repeat(64),
    },
    language: 'en',
    isPrivacyPolicy: true,
    controller: {
      name: opts.name === undefined ? 'Example Vendor Ltd' : opts.name,
      address: null,
      emails: ['privacy@vendor.example'],
      phones: [],
      registrationNumber: null,
      evidence: [{ quote, start: 0, end: quote.length }],
    },
    dpo: { mentioned: true, emails: ['dpo@vendor.example'], evidence: [] },
    legalBases: [{ basis: 'consent', evidence: [] }, { basis: 'contract', evidence: [] }],
    rights: [{ right: 'access', evidence: [] }],
    retention: [{ duration: 'P10Y', text: 'ten years', evidence: [{ quote, start: 0, end: quote.length }] }],
    transfers: { outsideEEA: true, countries: ['US'], safeguards: [{ mechanism: 'standard_contractual_clauses', evidence: [] }], evidence: [] },
    recipients: [],
    checklist,
    score: computeScore(checklist),
  };
}
