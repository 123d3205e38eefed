import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { reportHistory } from '../../storage/db';
import { diffReports } from '../../workspace/diff';
import { t } from '../i18n';
import { StatusBadge } from './StatusBadge';

/** The versions of one page and what changed between two of them. */
export function HistoryView({ url }: { url: string }) {
  const versions = useLiveQuery(() => reportHistory(url), [url]);
  const [pair, setPair] = useState<[number, number] | null>(null);
  if (!versions) return <p className="ws-muted">{t('dash_loading')}</p>;
  if (versions.length === 0) return <p>{t('history_none', url)}</p>;
  const [from, to] = pair ?? [Math.max(0, versions.length - 2), versions.length - 1];
  const a = versions[from]!;
  const b = versions[to]!;
  const diff = diffReports(a.report, b.report);
  const pick = (label: string, value: number, set: (v: number) => void) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => set(Number(e.target.value))}>
        {versions.map((v, i) => (
          <option key={v.id} value={i}>
            {t('history_option', v.version, v.analyzedAt.slice(0, 16).replace('T', ' '), v.score)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="ws-history" aria-label={t('history_aria')}>
      <h2>{t('history_title', url)}</h2>
      <ol className="ws-versions">
        {versions.map((v) => (
          <li key={v.id}>
            <a href={`#/report/${v.id}`}>{t('history_version', v.version)}</a> · {v.analyzedAt.slice(0, 16).replace('T', ' ')} · {t('history_score', v.score)} ·{' '}
            <code>{v.contentHash.slice(0, 12)}</code>
          </li>
        ))}
      </ol>
      {versions.length > 1 && (
        <>
          <div className="ws-toolbar">
            {pick(t('history_from'), from, (v) => setPair([v, to]))}
            {pick(t('history_to'), to, (v) => setPair([from, v]))}
          </div>
          <div data-testid="diff">
            <p>
              {t('history_score_change', diff.scoreFrom, diff.scoreTo)}
              {diff.textChanged ? '' : ` · ${t('history_same_text')}`}
            </p>
            <h3>{t('history_changed', diff.statusChanges.length)}</h3>
            {diff.statusChanges.length === 0 ? (
              <p className="ws-muted">{t('history_none_changed')}</p>
            ) : (
              <ul>
                {diff.statusChanges.map((c) => (
                  <li key={c.id}>
                    {t(`item_short_${c.id}`)}: <StatusBadge status={c.from} /> → <StatusBadge status={c.to} />
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('history_facts', diff.added.length, diff.removed.length)}</h3>
            <ul>
              {diff.added.map((f) => (
                <li key={`+${f.kind}${f.value}`} className="ws-added">
                  + {t(`fact_${f.kind}`)}: {f.value}
                </li>
              ))}
              {diff.removed.map((f) => (
                <li key={`-${f.kind}${f.value}`} className="ws-removed">
                  − {t(`fact_${f.kind}`)}: {f.value}
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}
