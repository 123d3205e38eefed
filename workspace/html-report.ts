import { FACT_KINDS, FACT_LABELS, keyFacts } from './facts';
import { ITEM_TITLES, STATUS_LABELS } from './labels';
import { applyOverrides } from './overrides';
import { uniqueEvidence } from './facts';
import type { ExportEntry } from './export-entry';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1d2330}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccd;page-break-before:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccd;padding:.3rem .4rem;vertical-align:top;text-align:left}
.met{color:#17612b}.partial{color:#8a5a00}.missing{color:#a3121f}.not_applicable{color:#666}
blockquote{margin:.2rem 0;padding-left:.5rem;border-left:3px solid #99a;color:#333}.meta{color:#555}td:nth-child(2){white-space:nowrap}
@media print{body{margin:0}h2{page-break-before:always}h2:first-of-type{page-break-before:avoid}}`;

/**
 * A printable, self-contained HTML report. Every piece of text is escaped: no
 * page HTML is ever copied in, only the analysed text's quotes as plain text.
 */
export function buildHtmlReport(entries: readonly ExportEntry[], now: Date = new Date()): string {
  const h: string[] = [];
  h.push('<!doctype html><html lang="en"><head><meta charset="utf-8">');
  h.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  h.push(`<title>Lacuna report</title><style>${STYLE}</style></head><body>`);
  h.push(`<h1>Lacuna GDPR Article 13 report</h1><p class="meta">Exported ${escapeHtml(now.toISOString())} · ${entries.length} report(s)</p>`);
  for (const e of entries) {
    const eff = applyOverrides(e.report, e.overrides);
    h.push(`<section><h2>${escapeHtml(e.label)} — score ${eff.score}</h2>`);
    h.push(`<p class="meta">${escapeHtml(e.report.source.url)}<br>Analysed ${escapeHtml(e.report.source.analyzedAt)} · language ${escapeHtml(e.report.language)}`);
    if (eff.overridden) h.push(`<br>Score with auditor overrides; computed score ${eff.computedScore}`);
    if (e.vendor?.tags.length) h.push(`<br>Tags: ${escapeHtml(e.vendor.tags.join(', '))}`);
    h.push('</p>');
    if (!e.report.isPrivacyPolicy) h.push('<p><strong>Not recognised as a privacy policy.</strong></p>');
    if (e.report.error) h.push(`<p><strong>Analysis error:</strong> ${escapeHtml(e.report.error)}</p>`);
    if (e.vendor?.notes.trim()) h.push(`<p>Notes: ${escapeHtml(e.vendor.notes)}</p>`);
    h.push('<table><thead><tr><th>Item</th><th>Art.</th><th>Status</th><th>Note and evidence</th></tr></thead><tbody>');
    for (const item of eff.checklist) {
      const status = item.override
        ? `${STATUS_LABELS[item.status]} <em>(auditor; computed ${STATUS_LABELS[item.computedStatus]})</em><br>${escapeHtml(item.override.comment)}`
        : STATUS_LABELS[item.status];
      const ev = uniqueEvidence(item.evidence).map((x) => `<blockquote>${escapeHtml(x.quote)} <small>[${x.start}–${x.end}]</small></blockquote>`).join('');
      h.push(`<tr><td>${ITEM_TITLES[item.id]}</td><td>${escapeHtml(item.article)}</td><td class="${item.status}">${status}</td><td>${escapeHtml(item.note)}${ev}</td></tr>`);
    }
    h.push('</tbody></table><h3>Key facts</h3><table><tbody>');
    const facts = keyFacts(e.report);
    for (const kind of FACT_KINDS) {
      h.push(`<tr><th>${FACT_LABELS[kind]}</th><td>${facts[kind].length ? facts[kind].map(escapeHtml).join('<br>') : '—'}</td></tr>`);
    }
    h.push('</tbody></table></section>');
  }
  h.push('</body></html>');
  return h.join('\n');
}
