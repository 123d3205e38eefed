import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Evidence, Report } from '../../analyzers/types';
import { getDb, normalizeUrl } from '../../storage/db';
import { applyOverrides } from '../../workspace/overrides';
import { t } from '../i18n';
import { ReportView } from '../ReportView';
import { relativePosition, showOnPage } from './show-on-page';
import './workspace.css';

/** "Show on page" for one quote in the popup, with what happened next to it. */
export function ShowOnPageButton({ tabId, report, evidence }: { tabId: number; report: Report; evidence: Evidence }) {
  const [state, setState] = useState('');
  const click = async () => {
    setState('…');
    try {
      const r = await showOnPage(tabId, evidence.quote, relativePosition(report, evidence), report.source.url);
      setState(r.error ?? (r.found ? t('show_highlighted') : t('show_not_found')));
    } catch (e) {
      setState(t('show_failed', e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <>
      {' '}
      <button type="button" className="ws-link" onClick={() => void click()} data-testid="popup-show-on-page">
        {t('show_on_page')}
      </button>
      {state && (
        <span className="ws-hint" role="status">
          {' '}
          {state}
        </span>
      )}
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
