import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { Report } from '../../analyzers/types';
import { t } from '../i18n';
import { ComparePicker } from './ComparePicker';
import { LinkedPolicy } from './LinkedPolicy';
import './workspace.css';

/** Opens the full-page dashboard in a new tab, on a report when given, remembering the analysed tab for "Show on page". */
export async function openDashboard(opts: { reportId?: number; tabId?: number } = {}): Promise<void> {
  const query = opts.tabId !== undefined ? `?tabId=${opts.tabId}` : '';
  const hash = opts.reportId !== undefined ? `#/report/${opts.reportId}` : '#/';
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${query}${hash}` as '/dashboard.html') });
}

/**
 * The workspace part of the popup: the linked privacy policy when this page is not one, "Compare vendors" (2 to 4
 * saved vendors side by side) and "Open dashboard".
 */
export function PopupWorkspace({ tabId, url, reportId, report, problem, onAnalyse }: {
  tabId?: number;
  url?: string;
  reportId?: number;
  report?: Report;
  /** The popup's error state, if any: an empty page (an app shell) may still link to its policy. */
  problem?: string;
  onAnalyse?: () => Promise<void>;
}) {
  const [comparing, setComparing] = useState(false);
  return (
    <section className="ws-popup" aria-label={t('workspace_aria')}>
      {((report && !report.isPrivacyPolicy) || problem === 'empty-page') && url && tabId !== undefined && (
        <LinkedPolicy tabId={tabId} pageUrl={url} onAnalyse={onAnalyse} />
      )}
      <div className="ws-toolbar">
        <button type="button" className="ws-secondary" onClick={() => setComparing((c) => !c)} data-testid="open-compare" aria-expanded={comparing}>
          {comparing ? t('compare_hide') : t('compare_vendors')}
        </button>
        <button type="button" className="ws-secondary" onClick={() => void openDashboard({ reportId, tabId })} data-testid="open-dashboard">
          {t('open_dashboard')}
        </button>
      </div>
      {comparing && <ComparePicker max={4} />}
    </section>
  );
}
