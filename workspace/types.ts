/**
 * Shapes of the auditor's workspace, independent of how storage lays out its
 * tables: the export format, the comparison and the diff all speak these.
 */
import type { ChecklistId, ChecklistItem, Report, Status } from '../analyzers/types';

/** An auditor's manual status for one checklist item of one policy URL; kept across re-analyses. */
export interface ItemOverride {
  /** The policy URL the override belongs to (overrides follow the URL, not one version). */
  url: string;
  itemId: ChecklistId;
  status: Status;
  comment: string;
  /** ISO time the override was set. */
  at: string;
}

/** A vendor: every report of one origin belongs to it. */
export interface VendorInfo {
  origin: string;
  /** Name the auditor gave (empty: fall back to the controller name or the host). */
  name: string;
  tags: string[];
  notes: string;
}

/** One saved analysis of one URL (a version). */
export interface SavedReport {
  id?: number;
  url: string;
  origin: string;
  report: Report;
}

/** A checklist item as shown: the auditor's status if set, the computed one kept beside it. */
export interface EffectiveItem extends ChecklistItem {
  computedStatus: Status;
  override?: ItemOverride;
}

/** A report with the auditor's overrides applied. */
export interface EffectiveReport {
  report: Report;
  checklist: EffectiveItem[];
  /** Score with overrides applied (what is shown). */
  score: number;
  /** Score the analysis computed. */
  computedScore: number;
  overridden: boolean;
}
