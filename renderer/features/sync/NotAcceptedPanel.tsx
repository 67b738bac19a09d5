import { useQueryClient } from '@tanstack/react-query';
import type { CaseDetail } from '../../../shared/case-record';
import { STATUS_LABELS } from '../../../shared/case-lifecycle';
import { db } from '../../lib/db';
import { hrefFor } from '../../lib/hash-route';
import { MUTATION_LABELS } from '../../lib/mutation-labels';
import { caseKeys } from '../../lib/query-keys';
import { syncCases, syncUser } from '../../lib/sync/case-sync';
import type { RefusedAction } from '../../lib/sync/outbox-records';
import { redoRefusedAction } from '../../lib/sync/redo';
import { useLiveQuery } from '../../lib/use-live-query';

interface NotAcceptedPanelProps {
  refused: readonly RefusedAction[];
  onClose: () => void;
}

/** Actions the case service refused: why, both versions of the case, and what to do next. */
export function NotAcceptedPanel({ refused, onClose }: NotAcceptedPanelProps) {
  return (
    <section className="panel not-accepted" aria-label="Not accepted">
      <h2>Not accepted by the case service</h2>
      <p className="muted">
        These actions were refused and have not taken effect. The rest of your queue was sent.
      </p>
      <ul>
        {refused.map((r) => (
          <RefusedItem key={r.seq} refused={r} />
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}

function RefusedItem({ refused }: { refused: RefusedAction }) {
  const queryClient = useQueryClient();
  const caseId = refused.caseId;
  const current = useLiveQuery(
    async () => (caseId ? ((await db.details.get(caseId))?.detail ?? null) : null),
    refused.serverCase,
    [caseId],
  );
  const reference = current?.reference ?? refused.localCase?.reference ?? 'unknown case';
  const redo = async () => {
    const user = syncUser();
    if (!user) return;
    await redoRefusedAction(db, refused, user);
    if (caseId) await queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    await queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
    void syncCases(queryClient);
  };

  return (
    <li className="refused-action" aria-label={`${MUTATION_LABELS[refused.name]} on ${reference}`}>
      <p>
        <strong>{MUTATION_LABELS[refused.name]}</strong> on case {reference}:{' '}
        <span role="alert">{refused.error.message}</span>
      </p>
      <table className="compare">
        <caption>Both versions</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Yours (not accepted)</th>
            <th scope="col">Current on the server</th>
          </tr>
        </thead>
        <tbody>
          <CompareRow label="Status" mine={refused.localCase} theirs={current} of={statusOf} />
          <CompareRow label="Version" mine={refused.localCase} theirs={current} of={versionOf} />
          <CompareRow label="Assignee" mine={refused.localCase} theirs={current} of={assigneeOf} />
          <CompareRow label="Checks" mine={refused.localCase} theirs={current} of={checksOf} />
          <CompareRow
            label="Decisions"
            mine={refused.localCase}
            theirs={current}
            of={decisionsOf}
          />
        </tbody>
      </table>
      <div className="button-row">
        {caseId && <a href={hrefFor({ screen: 'case', caseId })}>Open the case</a>}
        {caseId && (
          <button type="button" onClick={() => void redo()}>
            Redo on the current version
          </button>
        )}
        <button type="button" onClick={() => void db.refused.delete(refused.seq)}>
          Dismiss
        </button>
      </div>
    </li>
  );
}

function CompareRow({
  label,
  mine,
  theirs,
  of,
}: {
  label: string;
  mine: CaseDetail | null;
  theirs: CaseDetail | null;
  of: (detail: CaseDetail) => string;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{mine ? of(mine) : '—'}</td>
      <td>{theirs ? of(theirs) : '—'}</td>
    </tr>
  );
}

const statusOf = (d: CaseDetail) => STATUS_LABELS[d.status];
const versionOf = (d: CaseDetail) => String(d.version);
const assigneeOf = (d: CaseDetail) => d.assigneeName ?? 'Unassigned';
const checksOf = (d: CaseDetail) =>
  Object.entries(d.review.checks)
    .map(([key, check]) => `${key}: ${check.result ?? 'open'}`)
    .join(', ');
const decisionsOf = (d: CaseDetail) => {
  const counts = { disclose: 0, decline: 0, open: 0 };
  for (const decision of d.review.decisions) counts[decision.verdict ?? 'open'] += 1;
  return `${counts.disclose} disclose, ${counts.decline} decline, ${counts.open} open`;
};
