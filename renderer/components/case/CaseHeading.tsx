import { useState } from 'react';
import type { CaseDetail } from '../../../shared/case-record';
import { countryName } from '../../../shared/countries';
import { isOverdue } from '../../lib/deadlines';
import { formatDateTime } from '../../lib/format';
import { StatusBadge } from '../StatusBadge';

export function CaseHeading({ detail }: { detail: CaseDetail }) {
  const [now] = useState(() => Date.now());
  const overdue = isOverdue(detail, now);
  return (
    <header className="case-heading">
      <h1>
        Case {detail.reference} <StatusBadge status={detail.status} />
        {detail.emergency && <span className="flag">Emergency</span>}
      </h1>
      <p className="muted">
        {detail.authorityName}, {countryName(detail.country)} · received{' '}
        {formatDateTime(detail.receivedAt)} ·{' '}
        <span className={overdue ? 'overdue' : ''}>due {formatDateTime(detail.dueAt)}</span>
        {detail.assigneeName && <> · assigned to {detail.assigneeName}</>}
      </p>
    </header>
  );
}
