import type { PolicyDocument } from './document';
import type { ChecklistId, Evidence, Report, Status } from './types';

/** Everything the extractors find, read by the checklist analyzers: the Report's finding fields. */
export type Facts = Pick<Report, 'isPrivacyPolicy' | 'controller' | 'dpo' | 'legalBases' | 'rights' | 'retention' | 'transfers' | 'recipients'>;

/** Describes an extractor: which fact it fills and from what. */
export interface ExtractorMeta<K extends keyof Facts = keyof Facts> {
  id: string;
  fact: K;
  description: string;
}

/** A pure function from a parsed policy to one fact of the report. */
export interface Extractor<K extends keyof Facts = keyof Facts> {
  meta: ExtractorMeta<K>;
  extract(doc: PolicyDocument): Facts[K];
}

/** Describes a checklist analyzer: the Article 13 item, its weight and its messages. */
export interface ChecklistMeta {
  id: ChecklistId;
  /** GDPR article, e.g. "13(1)(a)". */
  article: string;
  /** Weight in the score (REPORT.md). */
  weight: number;
  description: string;
  /** Notes by message id; `{name}` placeholders are filled from the result's data. */
  messages: Record<string, string>;
}

/** What a checklist analyzer returns; the pipeline adds id, article and the note text. */
export interface ChecklistResult {
  status: Status;
  evidence: Evidence[];
  messageId: string;
  data?: Record<string, string | number>;
}

/** A pure function from a parsed policy and its facts to one checklist item's status. */
export interface ChecklistAnalyzer {
  meta: ChecklistMeta;
  analyze(doc: PolicyDocument, facts: Facts): ChecklistResult;
}

/** Fills `{key}` placeholders of a message. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
