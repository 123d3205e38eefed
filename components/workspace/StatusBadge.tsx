import type { Status } from '../../analyzers/types';
import { STATUS_LABELS } from '../../workspace/labels';

/** A status word on its colour (never colour alone), marked when an auditor set it. */
export function StatusBadge({ status, overridden = false }: { status: Status | null; overridden?: boolean }) {
  if (status === null) return <span className="ws-badge ws-none">—</span>;
  return (
    <span className={`ws-badge ws-${status}`} data-status={status} title={overridden ? 'Set by the auditor' : undefined}>
      {STATUS_LABELS[status]}
      {overridden ? ' ✎' : ''}
    </span>
  );
}
