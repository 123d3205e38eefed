import type { Evidence, Report } from '../analyzers/types';

/** Evidence with each span once (two rules can cite the same sentence). */
export function uniqueEvidence(list: readonly Evidence[]): Evidence[] {
  return list.filter((e, i) => list.findIndex((o) => o.start === e.start && o.end === e.end) === i);
}

/** Kinds of key facts an auditor compares across vendors and versions. */
export const FACT_KINDS = [
  'controller',
  'controllerContact',
  'dpo',
  'transfers',
  'countries',
  'safeguards',
  'retention',
  'legalBases',
  'rights',
  'recipients',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Human labels of the fact kinds. */
export const FACT_LABELS: Record<FactKind, string> = {
  controller: 'Controller',
  controllerContact: 'Controller contact',
  dpo: 'DPO contact',
  transfers: 'Transfers outside the EEA',
  countries: 'Destination countries',
  safeguards: 'Transfer safeguards',
  retention: 'Retention periods',
  legalBases: 'Legal bases',
  rights: 'Rights stated',
  recipients: 'Named recipients',
};

/** Human labels of the enumerations the report uses. */
const HUMAN: Record<string, string> = {
  legal_obligation: 'legal obligation',
  vital_interests: 'vital interests',
  public_task: 'public task',
  legitimate_interests: 'legitimate interests',
  withdraw_consent: 'withdraw consent',
  automated_decision: 'not subject to automated decisions',
  adequacy_decision: 'adequacy decision',
  data_privacy_framework: 'Data Privacy Framework',
  standard_contractual_clauses: 'standard contractual clauses',
  binding_corporate_rules: 'binding corporate rules',
  code_of_conduct: 'code of conduct',
  derogation: 'Art. 49 derogation',
};

/** Turns an enumeration value into words ("legal_obligation" -> "legal obligation"). */
export function humanize(value: string): string {
  return HUMAN[value] ?? value.replace(/_/g, ' ');
}

/** Shortens a phrase to at most `max` characters at a word boundary. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}

/** The key facts of a report as sets of short strings per kind, for side-by-side display and diffs. */
export function keyFacts(report: Report): Record<FactKind, string[]> {
  const c = report.controller;
  const t = report.transfers;
  const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x.length > 0))];
  return {
    controller: uniq([c.name ?? '', c.address ?? '', c.registrationNumber ?? '']),
    controllerContact: uniq([...c.emails, ...c.phones]),
    dpo: report.dpo.mentioned ? uniq(report.dpo.emails.length > 0 ? report.dpo.emails : ['mentioned, no contact']) : [],
    transfers: t.outsideEEA === null ? [] : [t.outsideEEA ? 'yes' : 'no (stays in the EEA)'],
    countries: uniq(t.countries),
    safeguards: uniq(t.safeguards.map((s) => humanize(s.mechanism))),
    retention: uniq(report.retention.map((r) => `${r.duration} (${clip(r.text, 60)})`)),
    legalBases: uniq(report.legalBases.map((b) => humanize(b.basis))),
    rights: uniq(report.rights.map((r) => humanize(r.right))),
    recipients: uniq(report.recipients.map((r) => r.name)),
  };
}
