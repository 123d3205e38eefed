import { uniqueEvidence } from './facts';
import { applyOverrides } from './overrides';
import type { ExportEntry } from './export-entry';

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-looking text is prefixed with a quote, then RFC 4180 quoting where needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const HEADER = [
  'vendor', 'origin', 'tags', 'url', 'analyzed_at', 'language', 'is_privacy_policy', 'score', 'computed_score',
  'item', 'article', 'status', 'computed_status', 'overridden', 'override_comment', 'note', 'evidence',
];

/** CSV with one row per vendor report × checklist item, CRLF line ends (RFC 4180). */
export function buildCsv(entries: readonly ExportEntry[]): string {
  const rows: string[][] = [HEADER];
  for (const e of entries) {
    const eff = applyOverrides(e.report, e.overrides);
    for (const item of eff.checklist) {
      rows.push([
        e.label, e.vendor?.origin ?? '', (e.vendor?.tags ?? []).join('; '), e.report.source.url, e.report.source.analyzedAt,
        e.report.language, String(e.report.isPrivacyPolicy), String(eff.score), String(eff.computedScore),
        item.id, item.article, item.status, item.computedStatus, item.override ? 'yes' : 'no', item.override?.comment ?? '',
        item.note, uniqueEvidence(item.evidence).map((ev) => ev.quote).join(' | '),
      ]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
