import { FACT_KINDS, FACT_LABELS, keyFacts, uniqueEvidence } from './facts';
import { ITEM_TITLES, STATUS_LABELS } from './labels';
import { applyOverrides } from './overrides';
import type { ExportEntry } from './export-entry';

/** Escapes text for a Markdown table cell or line: no markup, no pipes, no line breaks. */
export function mdText(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');
}

/** A Markdown report: per vendor, the score, the 14 items with notes, evidence and overrides, the key facts. */
export function buildMarkdown(entries: readonly ExportEntry[], now: Date = new Date()): string {
  const out: string[] = [`# Lacuna GDPR Article 13 report`, '', `Exported ${now.toISOString()} · ${entries.length} report(s)`, ''];
  for (const e of entries) {
    const eff = applyOverrides(e.report, e.overrides);
    out.push(`## ${mdText(e.label)}`, '');
    out.push(`- URL: ${mdText(e.report.source.url)}`);
    out.push(`- Analysed: ${mdText(e.report.source.analyzedAt)} · language ${mdText(e.report.language)}`);
    if (e.vendor?.tags.length) out.push(`- Tags: ${e.vendor.tags.map(mdText).join(', ')}`);
    out.push(
      eff.overridden
        ? `- Score: **${eff.score}** (with auditor overrides; computed ${eff.computedScore})`
        : `- Score: **${eff.score}**`,
    );
    if (!e.report.isPrivacyPolicy) out.push('- Not recognised as a privacy policy');
    if (e.report.error) out.push(`- Analysis error: ${mdText(e.report.error)}`);
    if (e.vendor?.notes.trim()) out.push('', `Notes: ${mdText(e.vendor.notes)}`);
    out.push('', '| Item | Article | Status | Note | Evidence |', '|---|---|---|---|---|');
    for (const item of eff.checklist) {
      const status = item.override
        ? `${STATUS_LABELS[item.status]} (auditor; computed ${STATUS_LABELS[item.computedStatus]}): ${mdText(item.override.comment)}`
        : STATUS_LABELS[item.status];
      const ev = uniqueEvidence(item.evidence).map((x) => `“${mdText(x.quote)}” [${x.start}–${x.end}]`).join('<br>');
      out.push(`| ${ITEM_TITLES[item.id]} | ${item.article} | ${status} | ${mdText(item.note)} | ${ev} |`);
    }
    const facts = keyFacts(e.report);
    out.push('', '### Key facts', '');
    for (const kind of FACT_KINDS) {
      out.push(`- ${FACT_LABELS[kind]}: ${facts[kind].length ? facts[kind].map(mdText).join('; ') : '—'}`);
    }
    out.push('');
  }
  return out.join('\n');
}
