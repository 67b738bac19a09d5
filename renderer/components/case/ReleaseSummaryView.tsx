import type { CaseDetail } from '../../../shared/case-record';
import { releaseSummary } from '../../lib/cases/release-summary';

/**
 * What the decision releases and what it refuses, from the service's judgement of the saved
 * review. Without that judgement (a copy stored before it was served) nothing is listed, and
 * the reader is told so rather than shown a list worked out here.
 */
export function ReleaseSummaryView({ detail, pending }: { detail: CaseDetail; pending: boolean }) {
  if (!detail.judgement || pending) {
    return (
      <p className="notice notice-warning" role="note">
        The case service has not yet judged the latest version of this review, so what it releases
        cannot be listed here. Check the decisions on the case before you confirm.
      </p>
    );
  }
  const { released, refused } = releaseSummary(detail.judgement.items, detail.review.decisions);
  return (
    <div className="release-summary">
      <h3>Released after approval</h3>
      {released.length === 0 ? (
        <p>Nothing: this is a refusal.</p>
      ) : (
        <ul aria-label="Released after approval">
          {released.map((r) => (
            <li key={`${r.target}|${r.category}`}>
              <strong>{r.category}</strong> of <span className="identifier">{r.target}</span>
              {r.window && <>, {r.window}</>}
            </li>
          ))}
        </ul>
      )}
      <h3>Refused</h3>
      {refused.length === 0 ? (
        <p>Nothing.</p>
      ) : (
        <ul aria-label="Refused">
          {refused.map((r) => (
            <li key={`${r.target}|${r.category}`}>
              <strong>{r.category}</strong> of <span className="identifier">{r.target}</span>:{' '}
              {r.why}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
