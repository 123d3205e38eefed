import type { Status } from '../../analyzers/types';
import { t } from '../i18n';

/** A status word on its colour (never colour alone), marked when an auditor set it. */
export function StatusBadge({ status, overridden = false }: { status: Status | null; overridden?: boolean }) {
  if (status === null) return <span className="ws-badge ws-none">—</span>;
  return (
    <span className={`ws-badge ws-${status}`} data-status={status} title={overridden ? t('badge_set_by_auditor') : undefined}>
      {t(`badge_${status}`)}
      {overridden ? ' ✎' : ''}
    </span>
  );
}
