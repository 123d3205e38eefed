import { CHECKLIST_IDS, type ChecklistId, type Report, type Status } from '../analyzers/types';
import { FACT_KINDS, FACT_LABELS, keyFacts, type FactKind } from './facts';
import { applyOverrides } from './overrides';
import type { ItemOverride } from './types';

/** One vendor to compare: its label, latest report and the auditor's overrides. */
export interface CompareEntry {
  key: string;
  label: string;
  report: Report;
  overrides: readonly ItemOverride[];
}

/** A column of the comparison. */
export interface CompareColumn {
  key: string;
  label: string;
  url: string;
  score: number;
  computedScore: number;
  isPrivacyPolicy: boolean;
  language: string;
}

/** A cell of the status matrix. */
export interface StatusCell {
  status: Status | null;
  overridden: boolean;
}

/** The side-by-side model: columns, the 14-item status matrix and the key facts. */
export interface Comparison {
  columns: CompareColumn[];
  items: Array<{ id: ChecklistId; cells: StatusCell[] }>;
  facts: Array<{ kind: FactKind; label: string; values: string[][] }>;
}

/** Builds the comparison of 2..N vendors (the UI limits the popup to 4). */
export function buildComparison(entries: readonly CompareEntry[]): Comparison {
  const effective = entries.map((e) => applyOverrides(e.report, e.overrides));
  const columns = entries.map((e, i) => ({
    key: e.key,
    label: e.label,
    url: e.report.source.url,
    score: effective[i]!.score,
    computedScore: effective[i]!.computedScore,
    isPrivacyPolicy: e.report.isPrivacyPolicy,
    language: e.report.language,
  }));
  const items = CHECKLIST_IDS.map((id) => ({
    id,
    cells: effective.map((eff) => {
      const item = eff.checklist.find((i) => i.id === id);
      return { status: item?.status ?? null, overridden: item?.override !== undefined };
    }),
  }));
  const perEntry = entries.map((e) => keyFacts(e.report));
  const facts = FACT_KINDS.map((kind) => ({ kind, label: FACT_LABELS[kind], values: perEntry.map((f) => f[kind]) }));
  return { columns, items, facts };
}
