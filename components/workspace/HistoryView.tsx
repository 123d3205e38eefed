import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { reportHistory } from '../../storage/db';
import { diffReports } from '../../workspace/diff';
import { FACT_LABELS } from '../../workspace/facts';
import { ITEM_TITLES } from '../../workspace/labels';
import { StatusBadge } from './StatusBadge';

/** The versions of one page and what changed between two of them. */
export function HistoryView({ url }: { url: string }) {
  const versions = useLiveQuery(() => reportHistory(url), [url]);
  const [pair, setPair] = useState<[number, number] | null>(null);
  if (!versions) return <p className="ws-muted">Loading…</p>;
  if (versions.length === 0) return <p>No saved version of {url}.</p>;
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
            v{v.version} · {v.analyzedAt.slice(0, 16).replace('T', ' ')} · score {v.score}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="ws-history" aria-label="Version history">
      <h2>History of {url}</h2>
      <ol className="ws-versions">
        {versions.map((v) => (
          <li key={v.id}>
            <a href={`#/report/${v.id}`}>version {v.version}</a> · {v.analyzedAt.slice(0, 16).replace('T', ' ')} · score {v.score} ·{' '}
            <code>{v.contentHash.slice(0, 12)}</code>
          </li>
        ))}
      </ol>
      {versions.length > 1 && (
        <>
          <div className="ws-toolbar">
            {pick('From', from, (v) => setPair([v, to]))}
            {pick('to', to, (v) => setPair([from, v]))}
          </div>
          <div data-testid="diff">
            <p>
              Score {diff.scoreFrom} → {diff.scoreTo}
              {diff.textChanged ? '' : ' · same text'}
            </p>
            <h3>Items whose status changed ({diff.statusChanges.length})</h3>
            {diff.statusChanges.length === 0 ? (
              <p className="ws-muted">None.</p>
            ) : (
              <ul>
                {diff.statusChanges.map((c) => (
                  <li key={c.id}>
                    {ITEM_TITLES[c.id]}: <StatusBadge status={c.from} /> → <StatusBadge status={c.to} />
                  </li>
                ))}
              </ul>
            )}
            <h3>Facts added ({diff.added.length}) and removed ({diff.removed.length})</h3>
            <ul>
              {diff.added.map((f) => (
                <li key={`+${f.kind}${f.value}`} className="ws-added">
                  + {FACT_LABELS[f.kind]}: {f.value}
                </li>
              ))}
              {diff.removed.map((f) => (
                <li key={`-${f.kind}${f.value}`} className="ws-removed">
                  − {FACT_LABELS[f.kind]}: {f.value}
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}
