import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t, type MessageId } from '../../components/i18n';
import { PopupWorkspace } from '../../components/workspace/PopupWorkspace';
import { WorkspaceReportView } from '../../components/workspace/WorkspaceReportView';
import { latestReportByUrl, type ReportRow } from '../../storage/db';
import { parseResponse, type AnalyzeTabResponse, type ErrorCode } from '../background/messages';

/** The tab the popup acts on. */
export interface TargetTab {
  id: number;
  /** Known when the browser lets us see it (activeTab after the toolbar click, or host permission). */
  url?: string;
}

/**
 * The tab to analyse: `?tabId=N` when given (the end-to-end test opens the popup
 * page in a tab of its own; only extension pages can open this page, so a web
 * page cannot use it), else the active tab of the current window.
 */
export async function resolveTab(search: string): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    if (!/^\d+$/.test(param) || !Number.isSafeInteger(id)) return null;
    const tab = await browser.tabs.get(id).catch(() => null);
    return tab ? { id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

/** Message ids of the error titles (looked up at render time, in the browser's language). */
const ERROR_TITLES: Record<ErrorCode, MessageId> = {
  'invalid-message': 'error_invalid_message',
  restricted: 'error_restricted',
  'no-access': 'error_no_access',
  'empty-page': 'error_empty_page',
  'extraction-failed': 'error_extraction_failed',
  'analysis-failed': 'error_analysis_failed',
  'storage-failed': 'error_storage_failed',
};

type Problem = { code: ErrorCode | 'no-tab'; message: string };

/** The popup: analyse the current page, or show what is stored for it. */
export function App({ search = location.search }: { search?: string }) {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fresh, setFresh] = useState<AnalyzeTabResponse | null>(null);

  useEffect(() => {
    resolveTab(search).then(setTab, () => setTab(null));
  }, [search]);

  // Wake the background and let it prepare the analysis while the person reads the popup.
  useEffect(() => {
    try {
      void Promise.resolve(browser.runtime.sendMessage({ type: 'warm-up' })).catch(() => undefined);
    } catch {
      // No background to warm (a test page): the analysis still works without it.
    }
  }, []);

  const url = fresh?.url ?? tab?.url;
  // undefined while loading; null when nothing is stored for this page.
  const stored = useLiveQuery<ReportRow | null>(async () => (url ? ((await latestReportByUrl(url)) ?? null) : null), [url]);

  const analyse = useCallback(async () => {
    if (!tab) return;
    setBusy(true);
    setProblem(null);
    try {
      const answer = parseResponse(await browser.runtime.sendMessage({ type: 'analyze-tab', tabId: tab.id }));
      if (!answer.ok) setProblem({ code: 'analysis-failed', message: answer.error });
      else if (!answer.value.ok) setProblem(answer.value.error);
      else setFresh(answer.value);
    } catch (error) {
      setProblem({ code: 'analysis-failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }, [tab]);

  // The stored row is the source of truth once it is there; the answer bridges the gap until the live query sees it.
  const shown = stored ?? (fresh ? { report: fresh.report, version: fresh.version } : null);

  return (
    <main className="popup">
      <header className="top">
        <h1>Lacuna</h1>
        <span className="tagline">{t('popup_tagline')}</span>
      </header>
      {tab === null && (
        <div className="banner error" role="alert" data-state="no-tab">
          <strong>{t('popup_no_tab_title')}</strong> {t('popup_no_tab_body')}
        </div>
      )}
      {tab && (
        <div className="actions">
          <button type="button" onClick={analyse} disabled={busy} data-testid="analyse">
            {busy ? t('popup_analysing') : shown ? t('popup_reanalyse') : t('popup_analyse')}
          </button>
          {shown && !busy && fresh && !fresh.created && fresh.reportId === stored?.id && (
            <span className="hint" data-testid="unchanged">
              {t('popup_unchanged', fresh.version)}
            </span>
          )}
          {shown && !busy && !fresh && <span className="hint">{t('popup_saved')}</span>}
        </div>
      )}
      {!shown && tab && !busy && !problem && (
        <p className="intro">
          {t('popup_intro')}
        </p>
      )}
      {busy && (
        <p className="progress" role="status">
          {t('popup_progress')}
        </p>
      )}
      {problem && (
        <div className="banner error" role="alert" data-state={problem.code}>
          <strong>{problem.code === 'no-tab' ? t('popup_no_page') : t(ERROR_TITLES[problem.code])}.</strong> {problem.message}
        </div>
      )}
      {shown && <WorkspaceReportView report={shown.report} version={shown.version} tabId={tab?.id} />}
      <PopupWorkspace tabId={tab?.id} url={url} reportId={stored?.id ?? fresh?.reportId} report={shown?.report} problem={problem?.code} onAnalyse={analyse} />
    </main>
  );
}
