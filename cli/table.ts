/** The human-readable `--format table` summary of a Report (fits a 100-column terminal). */
import type { Evidence, Report } from '../analyzers/types';

/** Line width the table is laid out for. */
export const TABLE_WIDTH = 100;

const STATUS_LABEL: Record<string, string> = {
  met: 'met',
  partial: 'partial',
  missing: 'MISSING',
  not_applicable: 'n/a',
};

/** Shortens a single-line string to `max` characters with an ellipsis. */
export function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Word-wraps a string into at most `maxLines` lines of `width`, the last one clipped with an ellipsis. */
export function wrap(s: string, width: number, maxLines: number): string[] {
  const words = s.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = '';
      if (lines.length === maxLines) break;
    }
    cur = cur ? `${cur} ${w}` : w;
  }
  if (lines.length < maxLines && cur) lines.push(cur);
  const used = lines.join(' ').length;
  if (used < s.replace(/\s+/g, ' ').trim().length && lines.length > 0) {
    lines[lines.length - 1] = clip(`${lines[lines.length - 1]} …`, width);
  }
  return lines.map((l) => clip(l, width));
}

function quoteOf(evidence: Evidence[]): string | null {
  const e = evidence[0];
  return e ? `“${e.quote}”${evidence.length > 1 ? ` (+${evidence.length - 1})` : ''}` : null;
}

/** Formats one report as a block of lines. */
export function formatTable(report: Report, width = TABLE_WIDTH): string {
  const out: string[] = [];
  const field = (label: string, value: string): void => {
    out.push(`${label.padEnd(12)}${clip(value, width - 12)}`);
  };
  out.push('='.repeat(width));
  field('Title', report.source.title || '(no title)');
  field('URL', report.source.url);
  if (report.error) {
    field('ERROR', report.error);
    return out.join('\n');
  }
  field(
    'Summary',
    `language ${report.language} · privacy policy: ${report.isPrivacyPolicy ? 'yes' : 'no'} · score ${report.score}/100`,
  );
  const c = report.controller;
  const contact = [...c.emails, ...c.phones, c.address ?? ''].filter(Boolean).join(', ');
  field('Controller', `${c.name ?? '(not stated)'}${contact ? ` · ${contact}` : ''}`);
  field('DPO', report.dpo.mentioned ? `mentioned${report.dpo.emails.length ? ` · ${report.dpo.emails.join(', ')}` : ''}` : 'not mentioned');
  out.push('-'.repeat(width));
  const idW = 23;
  const artW = 10;
  const stW = 8;
  const restW = width - idW - artW - stW;
  out.push(`${'Item'.padEnd(idW)}${'GDPR'.padEnd(artW)}${'Status'.padEnd(stW)}Note / evidence`);
  const indent = ' '.repeat(idW + artW + stW);
  for (const item of report.checklist) {
    const [first = '', ...more] = wrap(item.note, restW, 3);
    out.push(`${item.id.padEnd(idW)}${item.article.padEnd(artW)}${(STATUS_LABEL[item.status] ?? item.status).padEnd(stW)}${first}`);
    for (const line of more) out.push(`${indent}${line}`);
    const q = quoteOf(item.evidence);
    if (q) for (const line of wrap(q, restW, 2)) out.push(`${indent}${line}`);
  }
  return out.join('\n');
}
