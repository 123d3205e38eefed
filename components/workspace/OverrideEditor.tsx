import { useState } from 'react';
import { STATUSES, type Status } from '../../analyzers/types';
import type { EffectiveItem } from '../../workspace/types';
import { t } from '../i18n';
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
        {item.override ? t('override_edit') : t('override_set')}
      </button>
    );
  }
  const save = async () => {
    if (comment.trim() === '') {
      setError(t('override_say_why'));
      return;
    }
    await setOverride(url, item.id, status, comment.trim());
    setOpen(false);
  };
  return (
    <div className="ws-override-form" data-testid={`override-form-${item.id}`}>
      <label>
        {t('override_status')}{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value as Status)} aria-label={t('override_status_aria')}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`badge_${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('override_comment')}{' '}
        <input value={comment} onChange={(e) => setComment(e.target.value)} aria-label={t('override_comment_aria')} placeholder={t('override_why')} />
      </label>
      <button type="button" onClick={() => void save()}>
        {t('save')}
      </button>
      {item.override && (
        <button type="button" className="ws-secondary" onClick={() => void clearOverride(url, item.id).then(() => setOpen(false))}>
          {t('override_use_computed')}
        </button>
      )}
      <button type="button" className="ws-secondary" onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
      {error && <span className="ws-error">{error}</span>}
    </div>
  );
}
