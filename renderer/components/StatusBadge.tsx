import { STATUS_LABELS, type CaseStatus } from '../../shared/case-lifecycle';

export function StatusBadge({ status }: { status: CaseStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
