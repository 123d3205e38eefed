import { useState } from 'react';
import { STATUSES, type Status } from '../../analyzers/types';
import { STATUS_LABELS } from '../../workspace/labels';
import type { EffectiveItem } from '../../workspace/types';
import { clearOverride, setOverride } from './store';

/** Lets the auditor set an item's status by hand, with a comment; or go back to the computed status. */
export function OverrideEditor({ url, item }: { url: string; item: EffectiveItem }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(item.override?.status ?? item.computedStatus);
  const [comment, setComment] = useState(item.override?.comment ?? '');
  const [error, setError] = useState('');

  if (!open) {
    return (
      <button type="button" className="ws-link" onClick={() => setOpen(true)} data-testid={`override-${item.id}`}>
        {item.override ? 'Edit auditor status' : 'Set status by hand'}
      </button>
    );
  }
  const save = async () => {
    if (comment.trim() === '') {
      setError('Say why (the comment goes into the exports).');
      return;
    }
    await setOverride(url, item.id, status, comment.trim());
    setOpen(false);
  };
  return (
    <div className="ws-override-form" data-testid={`override-form-${item.id}`}>
      <label>
        Status{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value as Status)} aria-label="Auditor status">
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Comment{' '}
        <input value={comment} onChange={(e) => setComment(e.target.value)} aria-label="Auditor comment" placeholder="why" />
      </label>
      <button type="button" onClick={() => void save()}>
        Save
      </button>
      {item.override && (
        <button type="button" className="ws-secondary" onClick={() => void clearOverride(url, item.id).then(() => setOpen(false))}>
          Use computed status
        </button>
      )}
      <button type="button" className="ws-secondary" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {error && <span className="ws-error">{error}</span>}
    </div>
  );
}
