import { useMemo, useState } from 'react';
import { buildComparison } from '../../workspace/compare';
import { buildRows } from '../../workspace/table';
import { t } from '../i18n';
import { CompareTable } from './CompareTable';
import { useWorkspace } from './use-workspace';

/** Pick 2..max saved vendors (newest report of each page) and compare them side by side. */
export function ComparePicker({ max = 4, initial = [] }: { max?: number; initial?: number[] }) {
  const data = useWorkspace();
  const [picked, setPicked] = useState<number[]>(initial);
  const [query, setQuery] = useState('');
  const rows = useMemo(() => (data ? buildRows(data.latest, data.vendors, data.overrides) : []), [data]);
  const comparison = useMemo(() => {
    if (!data || picked.length < 2) return null;
    const byId = new Map(data.latest.map((r) => [r.id, r]));
    const labels = new Map(rows.map((r) => [r.reportId, r.label]));
    const entries = picked.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ key: String(id), label: labels.get(id) ?? row.url, report: row.report, overrides: data.overrides.filter((o) => o.url === row.url) }] : [];
    });
    return entries.length >= 2 ? buildComparison(entries) : null;
  }, [data, picked, rows]);

  if (!data) return <p className="ws-muted">{t('dash_loading_reports')}</p>;
  if (rows.length < 2) return <p className="ws-muted">{t('compare_need_two')}</p>;
  const toggle = (id: number) =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : p.length >= max ? p : [...p, id]));
  return (
    <section className="ws-compare-picker" aria-label={t('compare_vendors')}>
      <fieldset className="ws-pick">
        <legend>
          {t('compare_pick_legend', max, picked.length)}
        </legend>
        {rows.length > 8 && (
          <input type="search" className="ws-pick-filter" placeholder={t('compare_filter')} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('compare_filter')} />
        )}
        {rows
          .filter((r) => picked.includes(r.reportId) || `${r.label} ${r.url} ${r.tags.join(' ')}`.toLowerCase().includes(query.trim().toLowerCase()))
          .map((r) => (
          <label key={r.reportId} className="ws-pick-item" title={r.url}>
            <input
              type="checkbox"
              checked={picked.includes(r.reportId)}
              disabled={!picked.includes(r.reportId) && picked.length >= max}
              onChange={() => toggle(r.reportId)}
              data-testid="compare-pick"
            />{' '}
            {r.label} <span className="ws-muted">({r.score})</span>
          </label>
        ))}
      </fieldset>
      {comparison ? <CompareTable comparison={comparison} /> : <p className="ws-muted">{t('compare_pick_two')}</p>}
    </section>
  );
}
