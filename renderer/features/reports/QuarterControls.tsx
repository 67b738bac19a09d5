import { useState } from 'react';
import type { QuarterState } from '../../../shared/transparency/report';
import { formatDateTime } from '../../lib/format';
import { useQuarterAction } from './use-transparency-report';
import { ErrorNotice } from '../../components/ErrorNotice';

/** Per quarter: open or closed, its hash and amendments; supervisors close and amend. */
export function QuarterControls({
  quarters,
  canClose,
}: {
  quarters: readonly QuarterState[];
  canClose: boolean;
}) {
  const action = useQuarterAction();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  return (
    <section className="panel" aria-label="Quarters">
      <h2>Quarters</h2>
      <ErrorNotice error={action.error} />
      <ul className="plain quarter-list">
        {quarters.map((q) => (
          <li key={q.period}>
            <strong>{q.period}</strong> {q.frozen ? 'closed' : 'open: figures follow the cases'}
            {q.records.map((r) => (
              <div key={r.sha256 + r.at} className="muted">
                {r.kind === 'freeze' ? 'Closed' : 'Amended'} on {formatDateTime(r.at)} by {r.byName}
                {r.reason ? `: ${r.reason}` : ''} — SHA-256 <span className="hash">{r.sha256}</span>
              </div>
            ))}
            {q.differsFromCases && (
              <div className="notice notice-warning" role="note">
                The cases now give other figures for {q.period} than its closed report.
              </div>
            )}
            {canClose && !q.frozen && (
              <button
                type="button"
                disabled={action.isPending}
                onClick={() => action.mutate({ period: q.period })}
              >
                Close {q.period}
              </button>
            )}
            {canClose && q.differsFromCases && (
              <span>
                <input
                  aria-label={`Reason for amending ${q.period}`}
                  value={reasons[q.period] ?? ''}
                  onChange={(e) => setReasons({ ...reasons, [q.period]: e.target.value })}
                />
                <button
                  type="button"
                  disabled={action.isPending || (reasons[q.period] ?? '').trim() === ''}
                  onClick={() =>
                    action.mutate({ period: q.period, reason: (reasons[q.period] ?? '').trim() })
                  }
                >
                  Record amendment
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
