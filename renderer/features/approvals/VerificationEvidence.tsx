import type { CaseDetail } from '../../../shared/case-record';
import { CALL_BACK_SOURCE_LABELS } from '../../../shared/policy/numbers-of-record';
import { callBackNotCounted } from '../../../shared/verification';
import { formatDateTime } from '../../lib/format';
import type { CaseJudgement } from '../../lib/policy/case-judgement';
import { useCurrentPolicy } from '../../lib/policy/current-policy-query';

const CHANNEL_LABELS = { phone: 'Phone', email: 'Email' } as const;

/**
 * The out-of-band verification the supervisor weighs before approving: who called, which
 * number, where that number came from, what the authority said and when.
 */
export function VerificationEvidence({
  detail,
  judgement,
}: {
  detail: CaseDetail;
  judgement: CaseJudgement | undefined;
}) {
  const directory = useCurrentPolicy().data?.authorityDirectory;
  const reasons = judgement?.verification.secondPersonReasons ?? [];
  return (
    <section className="panel" aria-labelledby="verification-evidence-heading">
      <h2 id="verification-evidence-heading">Verification of the requester</h2>
      {reasons.length > 0 && (
        <p className="notice notice-warning">
          This order needed a call-back by someone other than its reviewer, because{' '}
          {reasons.join(' and ')}.
        </p>
      )}
      {detail.verifications.length === 0 ? (
        <p>No call-back was recorded for this case.</p>
      ) : (
        <table aria-label="Recorded call-backs">
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Called by</th>
              <th scope="col">Number or address</th>
              <th scope="col">Where the number comes from</th>
              <th scope="col">When</th>
              <th scope="col">Recorded by</th>
              <th scope="col">Counts</th>
            </tr>
          </thead>
          <tbody>
            {detail.verifications.map((v) => {
              const notCounted = directory
                ? callBackNotCounted(detail.order, directory, v)
                : undefined;
              return (
                <tr key={v.id}>
                  <td>
                    {v.outcome === 'confirmed'
                      ? 'Confirmed: the authority issued this order'
                      : 'Denied: the authority did not issue this order'}
                  </td>
                  <td>
                    {v.calledBy}, who reached {v.contactName}
                  </td>
                  <td>
                    {CHANNEL_LABELS[v.channel]}: {v.contactUsed}
                  </td>
                  <td>
                    {CALL_BACK_SOURCE_LABELS[v.source]}
                    {v.sourceReference && <>: {v.sourceReference}</>}
                  </td>
                  <td>{formatDateTime(v.verifiedAt)}</td>
                  <td>
                    {v.recordedByName} at {formatDateTime(v.recordedAt)}
                  </td>
                  <td>{notCounted ? `No: ${notCounted}` : directory ? 'Yes' : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
