import { useLiveQuery } from 'dexie-react-hooks';
import type { Evidence } from '../../analyzers/types';
import { getDb, type ReportRow } from '../../storage/db';
import { FACT_KINDS, factFindings, keyFacts, uniqueEvidence } from '../../workspace/facts';
import { applyOverrides } from '../../workspace/overrides';
import { originOf, vendorLabel } from '../../workspace/vendor-name';
import { t, type MessageId } from '../i18n';
import { EvidenceQuote, type ShowResult } from './EvidenceQuote';
import { LinkedPolicy } from './LinkedPolicy';
import { OverrideEditor } from './OverrideEditor';
import { relativePosition, showOnPage } from './show-on-page';
import { StatusBadge } from './StatusBadge';
import { VendorEditor } from './VendorEditor';

/** Message ids of the groups `factFindings` names (in English). */
const FINDING_GROUPS: Record<string, MessageId> = {
  Controller: 'finding_controller',
  DPO: 'finding_dpo',
  'Legal bases': 'finding_legal_bases',
  Rights: 'finding_rights',
  Retention: 'finding_retention',
  Transfers: 'finding_transfers',
  'Transfer safeguards': 'finding_safeguards',
  Recipients: 'finding_recipients',
};

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
  if (!data) return <p className="ws-muted">{t('dash_loading')}</p>;
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
          {eff.overridden && <span className="ws-muted"> {t('detail_with_overrides', eff.computedScore)}</span>}
        </div>
        <p className="ws-muted ws-url">
          <a href={row.url} target="_blank" rel="noopener noreferrer">
            {row.url}
          </a>{' '}
          · {t('detail_meta', row.version, data.versions, report.source.analyzedAt.slice(0, 16).replace('T', ' '), report.language)}
          {data.versions > 1 && (
            <>
              {' '}
              · <a href={`#/history/${encodeURIComponent(row.url)}`}>{t('detail_what_changed')}</a>
            </>
          )}
        </p>
      </header>
      {tabId === undefined && report.checklist.some((i) => i.evidence.length > 0) && (
        <p className="ws-hint">{t('detail_show_hint')}</p>
      )}
      {!report.isPrivacyPolicy && (
        <div className="ws-banner ws-warn" data-state="not-a-policy">
          {t('report_not_policy_title')}
          <LinkedPolicy tabId={tabId} pageUrl={row.url} />
        </div>
      )}
      <details className="ws-vendor" open={!data.vendor?.name}>
        <summary>{t('detail_vendor_summary')}</summary>
        <VendorEditor key={origin + (data.vendor?.updatedAt ?? '')} origin={origin} vendor={data.vendor} placeholder={report.controller.name ?? new URL(origin).host} />
      </details>
      <ol className="ws-items">
        {eff.checklist.map((item) => (
          <li key={item.id} className="ws-item" data-item={item.id} data-status={item.status}>
            <div className="ws-item-head">
              <StatusBadge status={item.status} overridden={item.override !== undefined} />
              <strong>{t(`item_short_${item.id}`)}</strong>
              <span className="ws-muted">{t('report_article', item.article)}</span>
            </div>
            {item.override && (
              <p className="ws-override-note" data-testid="override-note">
                {t('auditor')} {item.override.comment} <span className="ws-muted">{t('computed_status', t(`badge_${item.computedStatus}`))}</span>
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
          <h3>{t('detail_findings', findings.length)}</h3>
        </summary>
        {findings.length === 0 && <p className="ws-muted">{t('detail_no_fact')}</p>}
        {findings.map((f, k) => (
          <div key={k} className="ws-finding">
            <strong>{FINDING_GROUPS[f.group] ? t(FINDING_GROUPS[f.group]!) : f.group}:</strong> {f.value}
            {f.evidence.map((ev, i) => (
              <EvidenceQuote key={i} evidence={ev} onShow={show} />
            ))}
          </div>
        ))}
      </details>
      <h3>{t('detail_key_facts')}</h3>
      <dl className="ws-facts">
        {FACT_KINDS.map((k) => (
          <div key={k}>
            <dt>{t(`fact_${k}`)}</dt>
            <dd>{facts[k].length ? facts[k].join(' · ') : '—'}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
