import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { ComparePicker } from '../../components/workspace/ComparePicker';
import { ExportPanel } from '../../components/workspace/ExportPanel';
import { HistoryView } from '../../components/workspace/HistoryView';
import { ReportDetail } from '../../components/workspace/ReportDetail';
import { useWorkspace } from '../../components/workspace/use-workspace';
import { VendorTable } from '../../components/workspace/VendorTable';
import { t } from '../../components/i18n';
import { getReport } from '../../storage/db';
import { buildRows } from '../../workspace/table';
import { parseRoute, type Route } from './route';

function useRoute(): Route {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}

/** The tab the popup opened the dashboard for (`?tabId=N`): "Show on page" acts on it. */
function tabFromQuery(): number | undefined {
  const v = new URLSearchParams(location.search).get('tabId');
  return v !== null && /^\d+$/.test(v) ? Number(v) : undefined;
}

function ReportPage({ id }: { id: number }) {
  const row = useLiveQuery(async () => (await getReport(id)) ?? null, [id]);
  if (row === undefined) return <p className="ws-muted">{t('dash_loading')}</p>;
  if (row === null) return <p>{t('dash_no_report', id)}</p>;
  return <ReportDetail row={row} tabId={tabFromQuery()} />;
}

function VendorsPage() {
  const data = useWorkspace();
  const rows = useMemo(() => (data ? buildRows(data.latest, data.vendors, data.overrides) : []), [data]);
  if (!data) return <p className="ws-muted">{t('dash_loading_reports')}</p>;
  return (
    <>
      <ExportPanel data={data} />
      {rows.length === 0 ? (
        <p className="ws-empty">{t('dash_empty')}</p>
      ) : (
        <VendorTable rows={rows} onCompare={(ids) => (location.hash = `#/compare/${ids.join(',')}`)} />
      )}
    </>
  );
}

/** The full-page workspace: vendors table, comparison, report pages, version history, exports. */
export function Dashboard() {
  const route = useRoute();
  return (
    <div className="dash">
      <header className="dash-top">
        <h1>Lacuna</h1>
        <nav>
          <a href="#/" aria-current={route.page === 'vendors' ? 'page' : undefined}>
            {t('nav_vendors')}
          </a>
          <a href="#/compare/" aria-current={route.page === 'compare' ? 'page' : undefined}>
            {t('nav_compare')}
          </a>
        </nav>
        <span className="ws-muted">{t('dash_tagline')}</span>
      </header>
      <main>
        {route.page === 'vendors' && <VendorsPage />}
        {route.page === 'compare' && <ComparePicker key={route.ids.join(',')} max={12} initial={route.ids} />}
        {route.page === 'report' && <ReportPage id={route.id} />}
        {route.page === 'history' && <HistoryView url={route.url} />}
      </main>
    </div>
  );
}
