import { useLiveQuery } from 'dexie-react-hooks';
import type { Evidence } from '../../analyzers/types';
import { getDb, type ReportRow } from '../../storage/db';
import { FACT_KINDS, FACT_LABELS, factFindings, keyFacts, uniqueEvidence } from '../../workspace/facts';
import { ITEM_TITLES } from '../../workspace/labels';
import { applyOverrides } from '../../workspace/overrides';
import { originOf, vendorLabel } from '../../workspace/vendor-name';
import { EvidenceQuote, type ShowResult } from './EvidenceQuote';
import { LinkedPolicy } from './LinkedPolicy';
import { OverrideEditor } from './OverrideEditor';
import { relativePosition, showOnPage } from './show-on-page';
import { StatusBadge } from './StatusBadge';
import { VendorEditor } from './VendorEditor';

/**
 * The full report of one page version: every finding with its evidence ("Show
 * on page" when the analysed tab is known), the auditor's overrides and the
 * vendor's name, tags and notes.
 */
export function ReportDetail({ row, tabId }: { row: ReportRow; tabId?: number }) {
  const report = row.report;
  const origin = originOf(row.url);
  const data = useLiveQuery(async () => {
    const db = getDb();
    const [overrides, vendor, versions] = await Promise.all([
      db.overrides.where('url').equals(row.url).toArray(),
      db.vendors.get(origin),
      db.reports.where('url').equals(row.url).count(),
    ]);
    return { overrides, vendor, versions };
  }, [row.url, origin]);
  if (!data) return <p className="ws-muted">Loading…</p>;
  const eff = applyOverrides(report, data.overrides);
  const facts = keyFacts(report);
  const findings = factFindings(report);
  const show =
    tabId === undefined
      ? undefined
      : async (ev: Evidence): Promise<ShowResult> => showOnPage(tabId, ev.quote, relativePosition(report, ev), row.url);
  return (
    <article className="ws-report" data-testid="report-detail">
      <header className="ws-report-head">
        <h2>{vendorLabel(data.vendor, report)}</h2>
        <div className="ws-score" data-testid="detail-score">
          <span className="ws-score-value">{eff.score}</span>/100
          {eff.overridden && <span className="ws-muted"> with auditor overrides · computed {eff.computedScore}</span>}
        </div>
        <p className="ws-muted ws-url">
          <a href={row.url} target="_blank" rel="noopener noreferrer">
            {row.url}
          </a>{' '}
          · version {row.version} of {data.versions} · analysed {report.source.analyzedAt.slice(0, 16).replace('T', ' ')} UTC · {report.language}
          {data.versions > 1 && (
            <>
              {' '}
              · <a href={`#/history/${encodeURIComponent(row.url)}`}>what changed</a>
            </>
          )}
        </p>
      </header>
      {tabId === undefined && report.checklist.some((i) => i.evidence.length > 0) && (
        <p className="ws-hint">To highlight a quote on the policy itself, open this report with “Open dashboard” from the Lacuna popup on that page.</p>
      )}
      {!report.isPrivacyPolicy && (
        <div className="ws-banner ws-warn" data-state="not-a-policy">
          This page does not look like a privacy policy.
          <LinkedPolicy tabId={tabId} pageUrl={row.url} />
        </div>
      )}
      <details className="ws-vendor" open={!data.vendor?.name}>
        <summary>Vendor: name, tags, notes</summary>
        <VendorEditor key={origin + (data.vendor?.updatedAt ?? '')} origin={origin} vendor={data.vendor} placeholder={report.controller.name ?? new URL(origin).host} />
      </details>
      <ol className="ws-items">
        {eff.checklist.map((item) => (
          <li key={item.id} className="ws-item" data-item={item.id} data-status={item.status}>
            <div className="ws-item-head">
              <StatusBadge status={item.status} overridden={item.override !== undefined} />
              <strong>{ITEM_TITLES[item.id]}</strong>
              <span className="ws-muted">Art. {item.article}</span>
            </div>
            {item.override && (
              <p className="ws-override-note" data-testid="override-note">
                Auditor: {item.override.comment} <span className="ws-muted">(computed: {item.computedStatus})</span>
              </p>
            )}
            <p className="ws-note">{item.note}</p>
            {uniqueEvidence(item.evidence).map((ev, i) => (
              <EvidenceQuote key={i} evidence={ev} onShow={show} />
            ))}
            <OverrideEditor url={row.url} item={item} />
          </li>
        ))}
      </ol>
      <details className="ws-findings" data-testid="fact-findings">
        <summary>
          <h3>Extracted facts with their evidence ({findings.length})</h3>
        </summary>
        {findings.length === 0 && <p className="ws-muted">No fact was extracted.</p>}
        {findings.map((f, k) => (
          <div key={k} className="ws-finding">
            <strong>{f.group}:</strong> {f.value}
            {f.evidence.map((ev, i) => (
              <EvidenceQuote key={i} evidence={ev} onShow={show} />
            ))}
          </div>
        ))}
      </details>
      <h3>Key facts</h3>
      <dl className="ws-facts">
        {FACT_KINDS.map((k) => (
          <div key={k}>
            <dt>{FACT_LABELS[k]}</dt>
            <dd>{facts[k].length ? facts[k].join(' · ') : '—'}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
