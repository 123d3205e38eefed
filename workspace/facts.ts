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

/** One extracted fact with the quotes it rests on. */
export interface FactFinding {
  group: string;
  value: string;
  evidence: Evidence[];
}

/** Every extracted fact of a report with its evidence, for the report page. */
export function factFindings(report: Report): FactFinding[] {
  const out: FactFinding[] = [];
  const push = (group: string, value: string, evidence: readonly Evidence[]) => {
    if (evidence.length > 0) out.push({ group, value, evidence: uniqueEvidence(evidence) });
  };
  const c = report.controller;
  push('Controller', [c.name, c.address, c.registrationNumber, ...c.emails, ...c.phones].filter(Boolean).join(' · ') || 'mentioned', c.evidence);
  push('DPO', report.dpo.emails.join(', ') || 'mentioned', report.dpo.evidence);
  for (const b of report.legalBases) push('Legal bases', humanize(b.basis), b.evidence);
  for (const r of report.rights) push('Rights', humanize(r.right), r.evidence);
  for (const r of report.retention) push('Retention', `${r.duration} (${clip(r.text, 60)})`, r.evidence);
  const t = report.transfers;
  if (t.outsideEEA !== null) {
    push('Transfers', `${t.outsideEEA ? 'outside the EEA' : 'stays in the EEA'}${t.countries.length ? `: ${t.countries.join(', ')}` : ''}`, t.evidence);
  }
  for (const s of t.safeguards) push('Transfer safeguards', humanize(s.mechanism), s.evidence);
  for (const r of report.recipients) push('Recipients', r.name, r.evidence);
  return out;
}
