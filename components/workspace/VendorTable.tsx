import { memo, useCallback, useMemo, useState } from 'react';
import { allTags, filterAndSort, type SortKey, type TableRow } from '../../workspace/table';
import { t, type MessageId } from '../i18n';

// Labels are message ids, looked up at render time in the browser's language.
const COLUMNS: Array<{ key: SortKey; label: MessageId; numeric?: boolean }> = [
  { key: 'label', label: 'col_vendor' },
  { key: 'score', label: 'col_score', numeric: true },
  { key: 'missing', label: 'col_gaps', numeric: true },
  { key: 'language', label: 'col_language' },
  { key: 'analyzedAt', label: 'col_analysed' },
  { key: 'versions', label: 'col_versions', numeric: true },
];

/** Rows rendered at once: a page of them keeps sorting and filtering quick with 1,000 saved reports. */
const PAGE = 200;

/** One table row; memoised so a re-sort only moves rows instead of re-rendering them. */
const VendorRowView = memo(function VendorRowView({ row: r, selectable, picked, onToggle }: {
  row: TableRow;
  selectable: boolean;
  picked: boolean;
  onToggle: (id: number) => void;
}) {
  return (
    <tr data-testid="vendor-row">
      {selectable && (
        <td>
          <input type="checkbox" aria-label={t('vendor_select', r.label)} checked={picked} onChange={() => onToggle(r.reportId)} />
        </td>
      )}
      <td>
        <a href={`#/report/${r.reportId}`}>{r.label}</a>
        <div className="ws-muted ws-url">{r.url}</div>
        {!r.isPrivacyPolicy && <div className="ws-warn-text">{t('not_a_policy')}</div>}
      </td>
      <td>
        <strong>{r.score}</strong>
        {r.overridden && <small title={t('with_overrides')}> ✎ {t('compare_computed', r.computedScore)}</small>}
      </td>
      <td>{r.missing}</td>
      <td>{r.language}</td>
      <td>{r.analyzedAt.slice(0, 16).replace('T', ' ')}</td>
      <td>{r.versions > 1 ? <a href={`#/history/${encodeURIComponent(r.url)}`}>{r.versions}</a> : r.versions}</td>
      <td>{r.tags.join(', ')}</td>
    </tr>
  );
});

/** All vendors in a table: filter by words and tag, sort by any column; rows link to the report. */
export function VendorTable({ rows, onCompare }: { rows: TableRow[]; onCompare?: (ids: number[]) => void }) {
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'label', desc: false });
  const [picked, setPicked] = useState<number[]>([]);
  const [limit, setLimit] = useState(PAGE);
  const toggle = useCallback((id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id])), []);
  const tags = useMemo(() => allTags(rows), [rows]);
  const shown = useMemo(() => filterAndSort(rows, query, tag, sort.key, sort.desc), [rows, query, tag, sort]);
  const sortBy = (key: SortKey, numeric?: boolean) =>
    setSort((s) => (s.key === key ? { key, desc: !s.desc } : { key, desc: Boolean(numeric) }));
  return (
    <section aria-label={t('nav_vendors')}>
      <div className="ws-toolbar">
        <input type="search" placeholder={t('filter_placeholder')} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('filter_aria')} data-testid="filter" />
        <select value={tag} onChange={(e) => setTag(e.target.value)} aria-label={t('tag_aria')}>
          <option value="">{t('all_tags')}</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <span className="ws-muted" data-testid="row-count">
          {t('row_count', shown.length, rows.length)}
          {shown.length > limit ? ` · ${t('row_count_first', limit)}` : ''}
        </span>
        {onCompare && (
          <button type="button" disabled={picked.length < 2} onClick={() => onCompare(picked)} data-testid="compare-selected">
            {t('compare_selected', picked.length)}
          </button>
        )}
      </div>
      <div className="ws-scroll">
        <table className="ws-table ws-vendors">
          <thead>
            <tr>
              {onCompare && <th aria-label={t('select')} />}
              {COLUMNS.map((c) => (
                <th key={c.key} aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="ws-sort" onClick={() => sortBy(c.key, c.numeric)}>
                    {t(c.label)}
                    {sort.key === c.key ? (sort.desc ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
              <th>{t('col_tags')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((r) => (
              <VendorRowView key={r.reportId} row={r} selectable={Boolean(onCompare)} picked={picked.includes(r.reportId)} onToggle={toggle} />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > limit && (
        <p>
          <button type="button" className="ws-secondary" onClick={() => setLimit((l) => l + PAGE)} data-testid="show-more">
            {t('show_more', Math.min(PAGE, shown.length - limit), shown.length - limit)}
          </button>
        </p>
      )}
    </section>
  );
}
