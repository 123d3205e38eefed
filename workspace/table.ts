import type { Report } from '../analyzers/types';
import { applyOverrides } from './overrides';
import type { ItemOverride, VendorInfo } from './types';
import { originOf, vendorLabel } from './vendor-name';

/** One line of the dashboard's vendor table: the newest version of one page. */
export interface TableRow {
  reportId: number;
  url: string;
  origin: string;
  label: string;
  tags: string[];
  score: number;
  computedScore: number;
  overridden: boolean;
  missing: number;
  language: string;
  isPrivacyPolicy: boolean;
  analyzedAt: string;
  versions: number;
}

/** Columns the table sorts by. */
export type SortKey = 'label' | 'score' | 'missing' | 'analyzedAt' | 'versions' | 'language';

/** Builds table rows from the newest reports, vendors and overrides. */
export function buildRows(
  latest: ReadonlyArray<{ id: number; url: string; report: Report; versions: number }>,
  vendors: readonly VendorInfo[],
  overrides: readonly ItemOverride[],
): TableRow[] {
  const byOrigin = new Map(vendors.map((v) => [v.origin, v]));
  const byUrl = new Map<string, ItemOverride[]>();
  for (const o of overrides) byUrl.set(o.url, [...(byUrl.get(o.url) ?? []), o]);
  return latest.map((row) => {
    const origin = originOf(row.url);
    const vendor = byOrigin.get(origin);
    const eff = applyOverrides(row.report, byUrl.get(row.url) ?? []);
    return {
      reportId: row.id,
      url: row.url,
      origin,
      label: vendorLabel(vendor ?? { origin, name: '' }, row.report),
      tags: vendor?.tags ?? [],
      score: eff.score,
      computedScore: eff.computedScore,
      overridden: eff.overridden,
      missing: eff.checklist.filter((i) => i.status === 'missing').length,
      language: row.report.language,
      isPrivacyPolicy: row.report.isPrivacyPolicy,
      analyzedAt: row.report.source.analyzedAt,
      versions: row.versions,
    };
  });
}

/**
 * Filters rows on a free-text query (name, URL, tags; all words must match)
 * and an optional tag, then sorts them; stable for equal keys.
 */
export function filterAndSort(rows: readonly TableRow[], query: string, tag: string, key: SortKey, descending: boolean): TableRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const kept = rows.filter((r) => {
    if (tag && !r.tags.includes(tag)) return false;
    const hay = `${r.label} ${r.url} ${r.tags.join(' ')}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  const dir = descending ? -1 : 1;
  const cmp = (a: TableRow, b: TableRow): number => {
    const x = a[key];
    const y = b[key];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { sensitivity: 'base' });
    return c * dir || a.url.localeCompare(b.url);
  };
  return [...kept].sort(cmp);
}

/** Every tag used, sorted, for the filter menu. */
export function allTags(rows: readonly TableRow[]): string[] {
  return [...new Set(rows.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b));
}
