import type { Comparison } from '../../workspace/compare';
import { t } from '../i18n';
import { StatusBadge } from './StatusBadge';

/** Side by side: score, the 14-item status matrix, key facts. Scrolls sideways in a narrow popup. */
export function CompareTable({ comparison }: { comparison: Comparison }) {
  const { columns, items, facts } = comparison;
  return (
    <div className="ws-scroll" data-testid="compare-table">
      <table className="ws-table ws-compare">
        <thead>
          <tr>
            <th scope="col">{t('compare_item')}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" title={c.url}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="ws-score-row">
            <th scope="row">{t('compare_score')}</th>
            {columns.map((c) => (
              <td key={c.key} data-testid="compare-score">
                <strong>{c.score}</strong>
                {c.score !== c.computedScore && <small> {t('compare_computed', c.computedScore)}</small>}
                {!c.isPrivacyPolicy && <div className="ws-warn-text">{t('not_a_policy')}</div>}
              </td>
            ))}
          </tr>
          {items.map((row) => (
            <tr key={row.id}>
              <th scope="row">{t(`item_short_${row.id}`)}</th>
              {row.cells.map((cell, i) => (
                <td key={columns[i]!.key}>
                  <StatusBadge status={cell.status} overridden={cell.overridden} />
                </td>
              ))}
            </tr>
          ))}
          {facts.map((f) => (
            <tr key={f.kind} className="ws-fact-row">
              <th scope="row">{t(`fact_${f.kind}`)}</th>
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
