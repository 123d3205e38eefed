import type { Report } from '../analyzers/types';
import type { VendorInfo } from './types';

/** The origin (scheme://host[:port]) of a URL, or the URL itself when it has none (file:, about:). */
export function originOf(url: string): string {
  try {
    const u = new URL(url);
    return u.origin !== 'null' ? u.origin : `${u.protocol}//${u.host}${u.host ? '' : u.pathname}`;
  } catch {
    return url;
  }
}

/** Name to show for a vendor: the auditor's name, else the controller's legal name, else the host. */
export function vendorLabel(vendor: Pick<VendorInfo, 'name' | 'origin'> | undefined, report?: Report): string {
  if (vendor?.name.trim()) return vendor.name.trim();
  if (report?.controller.name) return report.controller.name;
  const origin = vendor?.origin ?? (report ? originOf(report.source.url) : '');
  try {
    return new URL(origin).host || origin;
  } catch {
    return origin;
  }
}

/** Splits a comma-separated tag field into trimmed, unique, non-empty tags. */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(',').map((t) => t.trim()).filter((t) => t.length > 0))];
}
