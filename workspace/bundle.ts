import type { Report } from '../analyzers/types';
import type { ItemOverride, VendorInfo } from './types';

/** Identifies a Lacuna workspace export. */
export const BUNDLE_FORMAT = 'lacuna-workspace';
/** Version of the export format; import accepts this version and older ones it knows. */
export const BUNDLE_VERSION = 1;

/** One saved report version as exported. */
export interface BundleReport {
  url: string;
  origin: string;
  report: Report;
}

/** The JSON export of everything: vendors, every report version, overrides. Re-importable. */
export interface WorkspaceBundle {
  format: typeof BUNDLE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  vendors: VendorInfo[];
  reports: BundleReport[];
  overrides: ItemOverride[];
}

/** Builds the export object (pure: the caller reads the database). */
export function buildBundle(
  data: { vendors: VendorInfo[]; reports: BundleReport[]; overrides: ItemOverride[] },
  now: Date = new Date(),
): WorkspaceBundle {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    vendors: data.vendors.map((v) => ({ origin: v.origin, name: v.name, tags: [...v.tags], notes: v.notes })),
    reports: data.reports.map((r) => ({ url: r.url, origin: r.origin, report: r.report })),
    overrides: data.overrides.map((o) => ({ url: o.url, itemId: o.itemId, status: o.status, comment: o.comment, at: o.at })),
  };
}

/** The bundle as pretty JSON text. */
export function bundleToJson(bundle: WorkspaceBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
