import { memo, useCallback, useMemo, useState } from 'react';
import { allTags, filterAndSort, type SortKey, type TableRow } from '../../workspace/table';

const COLUMNS: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'label', label: 'Vendor' },
  { key: 'score', label: 'Score', numeric: true },
  { key: 'missing', label: 'Gaps', numeric: true },
  { key: 'language', label: 'Lang.' },
  { key: 'analyzedAt', label: 'Analysed (UTC)' },
  { key: 'versions', label: 'Versions', numeric: true },
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
          <input type="checkbox" aria-label={`Select ${r.label}`} checked={picked} onChange={() => onToggle(r.reportId)} />
        </td>
      )}
      <td>
        <a href={`#/report/${r.reportId}`}>{r.label}</a>
        <div className="ws-muted ws-url">{r.url}</div>
        {!r.isPrivacyPolicy && <div className="ws-warn-text">not a privacy policy</div>}
      </td>
      <td>
        <strong>{r.score}</strong>
        {r.overridden && <small title="with auditor overrides"> ✎ (computed {r.computedScore})</small>}
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
    <section aria-label="Vendors">
      <div className="ws-toolbar">
        <input type="search" placeholder="Filter by name, URL or tag" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Filter" data-testid="filter" />
        <select value={tag} onChange={(e) => setTag(e.target.value)} aria-label="Tag">
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <span className="ws-muted" data-testid="row-count">
          {shown.length} of {rows.length} page(s)
          {shown.length > limit ? ` · first ${limit} shown` : ''}
        </span>
        {onCompare && (
          <button type="button" disabled={picked.length < 2} onClick={() => onCompare(picked)} data-testid="compare-selected">
            Compare selected ({picked.length})
          </button>
        )}
      </div>
      <div className="ws-scroll">
        <table className="ws-table ws-vendors">
          <thead>
            <tr>
              {onCompare && <th aria-label="Select" />}
              {COLUMNS.map((c) => (
                <th key={c.key} aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="ws-sort" onClick={() => sortBy(c.key, c.numeric)}>
                    {c.label}
                    {sort.key === c.key ? (sort.desc ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
              <th>Tags</th>
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
            Show {Math.min(PAGE, shown.length - limit)} more of {shown.length - limit}
          </button>
        </p>
      )}
    </section>
  );
}
