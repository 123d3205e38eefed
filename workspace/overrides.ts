import { computeScore } from '../analyzers/score';
import type { Report } from '../analyzers/types';
import type { EffectiveItem, EffectiveReport, ItemOverride } from './types';

/** The page a URL names: without its fragment (#section links are the same page, as in storage). */
export function pageKey(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

/**
 * Applies the auditor's overrides to a report: each overridden item shows the
 * auditor's status, keeps the computed one, and the score is recomputed with
 * the report's own formula. Overrides of other URLs are ignored.
 */
export function applyOverrides(report: Report, overrides: readonly ItemOverride[]): EffectiveReport {
  const url = pageKey(report.source.url);
  const byItem = new Map(overrides.filter((o) => pageKey(o.url) === url).map((o) => [o.itemId, o]));
  const checklist = report.checklist.map((item): EffectiveItem => {
    const override = byItem.get(item.id);
    return override
      ? { ...item, status: override.status, computedStatus: item.status, override }
      : { ...item, computedStatus: item.status };
  });
  const overridden = checklist.some((i) => i.override !== undefined);
  return {
    report,
    checklist,
    score: overridden ? computeScore(checklist) : report.score,
    computedScore: report.score,
    overridden,
  };
}
