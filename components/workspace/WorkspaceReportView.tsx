import { useLiveQuery } from 'dexie-react-hooks';
import type { Evidence, Report } from '../../analyzers/types';
import { getDb, normalizeUrl } from '../../storage/db';
import { applyOverrides } from '../../workspace/overrides';
import { t } from '../i18n';
import { ReportView } from '../ReportView';
import { ShowStatus, useShowOnPage } from './EvidenceQuote';
import { relativePosition, showOnPage } from './show-on-page';
import './workspace.css';

/** "Show on page" for one quote in the popup, with what happened next to it. */
export function ShowOnPageButton({ tabId, report, evidence }: { tabId: number; report: Report; evidence: Evidence }) {
  const [state, click] = useShowOnPage(
    () => showOnPage(tabId, evidence.quote, relativePosition(report, evidence), report.source.url),
    t('show_not_found'),
    (detail) => t('show_failed', detail),
  );
  return (
    <>
      {' '}
      <button type="button" className="ws-link" onClick={() => void click()} data-testid="popup-show-on-page">
        {t('show_on_page')}
      </button>
      <ShowStatus state={state} />
    </>
  );
}

/**
 * The popup's report with the workspace on top: the auditor's overrides
 * applied (marked, computed status and score still shown) and "Show on page"
 * on every quote when the analysed tab is known.
 */
export function WorkspaceReportView({ report, version, tabId }: { report: Report; version?: number; tabId?: number }) {
  const url = normalizeUrl(report.source.url);
  const overrides = useLiveQuery(() => getDb().overrides.where('url').equals(url).toArray(), [url]) ?? [];
  const eff = applyOverrides(report, overrides);
  const shown: Report = eff.overridden ? { ...report, checklist: eff.checklist, score: eff.score } : report;
  const byId = new Map(eff.checklist.map((i) => [i.id, i]));
  return (
    <>
      {eff.overridden && (
        <p className="ws-hint" data-testid="computed-score">
          {t('computed_score_hint', eff.computedScore)}
        </p>
      )}
      <ReportView
        report={shown}
        version={version}
        extras={{
          quoteAction: tabId === undefined ? undefined : (ev) => <ShowOnPageButton tabId={tabId} report={report} evidence={ev} />,
          itemExtra: (item) => {
            const o = byId.get(item.id)?.override;
            return o ? (
              <p className="ws-override-note" data-testid="item-override">
                ✎ {t('auditor')} {o.comment} <span className="ws-muted">{t('computed_status', t(`badge_${byId.get(item.id)!.computedStatus}`))}</span>
              </p>
            ) : null;
          },
        }}
      />
    </>
  );
}
