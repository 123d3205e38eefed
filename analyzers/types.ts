/**
 * The Report contract (../shared/spec/REPORT.md). Stored reports, exports, the
 * command line and the evaluation all use these shapes: change them only with a
 * schemaVersion bump and a migration for stored data.
 */

/** Version of the Report JSON shape. */
export const SCHEMA_VERSION = 1;

/** Languages with a lexicon. Other texts are reported with their own tag or `und`. */
export const LANGUAGES = ['en', 'fr', 'de', 'nl', 'it', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** An exact quote of the analysed text with its character offsets: `text.slice(start, end) === quote`. */
export interface Evidence {
  quote: string;
  start: number;
  end: number;
  /** Id of the rule that produced the finding (extra to the spec, ignored by consumers that do not know it). */
  rule?: string;
}

export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'object',
  'withdraw_consent',
  'complaint',
  'automated_decision',
] as const;
export type Right = (typeof RIGHTS)[number];

export const MECHANISMS = [
  'adequacy_decision',
  'data_privacy_framework',
  'standard_contractual_clauses',
  'binding_corporate_rules',
  'certification',
  'code_of_conduct',
  'derogation',
] as const;
export type Mechanism = (typeof MECHANISMS)[number];

export const STATUSES = ['met', 'partial', 'missing', 'not_applicable'] as const;
export type Status = (typeof STATUSES)[number];

export const CHECKLIST_IDS = [
  'controller_identity',
  'controller_contact',
  'dpo_contact',
  'purposes',
  'legal_basis',
  'legitimate_interests',
  'recipients',
  'transfers',
  'retention',
  'rights',
  'withdraw_consent',
  'complaint',
  'statutory_requirement',
  'automated_decisions',
] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

export interface Controller {
  name: string | null;
  address: string | null;
  emails: string[];
  phones: string[];
  registrationNumber: string | null;
  evidence: Evidence[];
}

export interface Dpo {
  mentioned: boolean;
  emails: string[];
  evidence: Evidence[];
}

export interface LegalBasisFinding {
  basis: LegalBasis;
  evidence: Evidence[];
}

export interface RightFinding {
  right: Right;
  evidence: Evidence[];
}

export interface RetentionFinding {
  /** ISO 8601 duration, e.g. P10Y, P13M, P90D. */
  duration: string;
  /** The phrase that states the period. */
  text: string;
  evidence: Evidence[];
}

export interface SafeguardFinding {
  mechanism: Mechanism;
  evidence: Evidence[];
}

export interface Transfers {
  /** true: data leaves the EEA; false: stated to stay inside; null: silent. */
  outsideEEA: boolean | null;
  /** ISO 3166-1 alpha-2 codes of destination countries. */
  countries: string[];
  safeguards: SafeguardFinding[];
  evidence: Evidence[];
}

export interface RecipientFinding {
  name: string;
  evidence: Evidence[];
}

export interface ChecklistItem {
  id: ChecklistId;
  article: string;
  status: Status;
  evidence: Evidence[];
  /** Why this status; for `missing`, what was looked for. */
  note: string;
}

export interface ReportSource {
  url: string;
  title: string;
  analyzedAt: string;
  /** sha256 hex of the analysed text. */
  contentHash: string;
}

export interface Report {
  schemaVersion: number;
  source: ReportSource;
  language: string;
  isPrivacyPolicy: boolean;
  controller: Controller;
  dpo: Dpo;
  legalBases: LegalBasisFinding[];
  rights: RightFinding[];
  retention: RetentionFinding[];
  transfers: Transfers;
  recipients: RecipientFinding[];
  checklist: ChecklistItem[];
  score: number;
  /** Present instead of findings when the input could not be read or analysed. */
  error?: string;
}
