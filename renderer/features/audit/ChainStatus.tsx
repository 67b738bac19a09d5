import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { useAuditVerification } from './use-audit-verification';

/** Whether the trail is intact, and which signed checkpoint vouches for it. */
export function ChainStatus() {
  const verification = useAuditVerification();
  const result = verification.data;
  return (
    <section className="panel" aria-labelledby="chain-heading">
      <h2 id="chain-heading">Integrity of the audit trail</h2>
      <ErrorNotice error={verification.error} />
      {verification.isFetching && <p>Checking every event…</p>}
      {result && !verification.isFetching && (
        <div className={result.ok ? 'notice notice-success' : 'notice notice-error'} role="status">
          {result.ok ? (
            <p>
              <strong>Verified.</strong> All {result.events.toLocaleString('en-GB')} events are
              intact, and {result.evidenceRecords.toLocaleString('en-GB')} disclosure, call-back and
              closed-quarter records match the events that wrote them.
            </p>
          ) : (
            <p>
              <strong>Not verified.</strong>{' '}
              {result.firstBadEventId ? `First bad event: ${result.firstBadEventId}. ` : ''}
              {result.problem}
            </p>
          )}
          <p>Checked {formatDateTime(result.checkedAt)}.</p>
        </div>
      )}
      {result && (
        <dl className="facts">
          <dt>Latest signed checkpoint</dt>
          <dd>
            {!result.anchoring.configured
              ? 'No checkpoint folder is configured for this service.'
              : result.anchoring.latest
                ? `${formatDateTime(result.anchoring.latest.writtenAt)}, up to event ${result.anchoring.latest.lastEventId}`
                : 'None signed yet.'}
          </dd>
          <dt>Events since, not yet signed</dt>
          <dd>{result.anchoring.unsignedEvents.toLocaleString('en-GB')}</dd>
          <dt>Events just recorded, not yet sealed into the trail</dt>
          <dd>
            {result.unsealedEvents.toLocaleString('en-GB')}
            {result.unsealedEvents > 0 && ' (sealed within seconds; verify again to include them)'}
          </dd>
        </dl>
      )}
      <button
        type="button"
        disabled={verification.isFetching}
        onClick={() => void verification.refetch()}
      >
        Verify again
      </button>
    </section>
  );
}
