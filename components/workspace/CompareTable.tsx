import type { Comparison } from '../../workspace/compare';
import { ITEM_TITLES } from '../../workspace/labels';
import { StatusBadge } from './StatusBadge';

/** Side by side: score, the 14-item status matrix, key facts. Scrolls sideways in a narrow popup. */
export function CompareTable({ comparison }: { comparison: Comparison }) {
  const { columns, items, facts } = comparison;
  return (
    <div className="ws-scroll" data-testid="compare-table">
      <table className="ws-table ws-compare">
        <thead>
          <tr>
            <th scope="col">Item</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" title={c.url}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="ws-score-row">
            <th scope="row">Score</th>
            {columns.map((c) => (
              <td key={c.key} data-testid="compare-score">
                <strong>{c.score}</strong>
                {c.score !== c.computedScore && <small> (computed {c.computedScore})</small>}
                {!c.isPrivacyPolicy && <div className="ws-warn-text">not a privacy policy</div>}
              </td>
            ))}
          </tr>
          {items.map((row) => (
            <tr key={row.id}>
              <th scope="row">{ITEM_TITLES[row.id]}</th>
              {row.cells.map((cell, i) => (
                <td key={columns[i]!.key}>
                  <StatusBadge status={cell.status} overridden={cell.overridden} />
                </td>
              ))}
            </tr>
          ))}
          {facts.map((f) => (
            <tr key={f.kind} className="ws-fact-row">
              <th scope="row">{f.label}</th>
              {f.values.map((vals, i) => (
                <td key={columns[i]!.key}>{vals.length ? vals.map((v) => <div key={v}>{v}</div>) : <span className="ws-muted">—</span>}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
