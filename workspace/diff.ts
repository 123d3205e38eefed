import type { ChecklistId, Report, Status } from '../analyzers/types';
import { FACT_KINDS, keyFacts, type FactKind } from './facts';

/** One checklist item whose status differs between two versions. */
export interface StatusChange {
  id: ChecklistId;
  from: Status | null;
  to: Status | null;
}

/** A key fact present in one version and not the other. */
export interface FactChange {
  kind: FactKind;
  value: string;
}

/** What changed between an older and a newer analysis of the same URL. */
export interface ReportDiff {
  statusChanges: StatusChange[];
  added: FactChange[];
  removed: FactChange[];
  scoreFrom: number;
  scoreTo: number;
  textChanged: boolean;
}

/** Compares two versions: items whose status changed, key facts added and removed. */
export function diffReports(older: Report, newer: Report): ReportDiff {
  const before = new Map(older.checklist.map((i) => [i.id, i.status]));
  const after = new Map(newer.checklist.map((i) => [i.id, i.status]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  const statusChanges: StatusChange[] = ids
    .filter((id) => before.get(id) !== after.get(id))
    .map((id) => ({ id, from: before.get(id) ?? null, to: after.get(id) ?? null }));

  const fa = keyFacts(older);
  const fb = keyFacts(newer);
  const added: FactChange[] = [];
  const removed: FactChange[] = [];
  for (const kind of FACT_KINDS) {
    const a = new Set(fa[kind]);
    const b = new Set(fb[kind]);
    for (const v of b) if (!a.has(v)) added.push({ kind, value: v });
    for (const v of a) if (!b.has(v)) removed.push({ kind, value: v });
  }
  return {
    statusChanges,
    added,
    removed,
    scoreFrom: older.score,
    scoreTo: newer.score,
    textChanged: older.source.contentHash !== newer.source.contentHash,
  };
}
