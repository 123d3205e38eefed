import type { Report } from '../analyzers/types';
import type { ItemOverride, VendorInfo } from './types';

/** One report to export, with its vendor and the auditor's overrides. */
export interface ExportEntry {
  label: string;
  vendor?: VendorInfo;
  report: Report;
  overrides: readonly ItemOverride[];
}
