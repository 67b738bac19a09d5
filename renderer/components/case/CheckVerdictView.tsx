import type { CheckDetail, CheckVerdict } from '../../../shared/policy';
import { CHECK_LABELS } from '../../../shared/review';
import { CHECK_RESULT_LABELS, DATA_CATEGORY_LABELS, targetLabel } from '../../lib/labels';

function detailSubject(detail: CheckDetail): string {
  switch (detail.kind) {
    case 'target':
      return targetLabel(detail.target);
    case 'offence':
      return `Offence ${detail.number}${detail.category ? ` (${detail.category})` : ''}`;
    case 'category':
      return DATA_CATEGORY_LABELS[detail.category];
    case 'call_back':
      return `Call back ${detail.authorityName}: ${[detail.phone, detail.email].filter(Boolean).join(' or ')}`;
  }
}

/** What the policy engine says about one check, citable: result, reason, rule and version. */
export function CheckVerdictView({ verdict }: { verdict: CheckVerdict }) {
  return (
    <div
      className={`engine-verdict engine-verdict-${verdict.result}`}
      aria-label={`Policy engine on ${verdict.check === 'deadline' ? 'the deadline' : CHECK_LABELS[verdict.check].title.toLowerCase()}`}
      role="group"
    >
      <p>
        <strong>Policy engine:</strong>{' '}
        <span className={`result result-${verdict.result}`}>
          {CHECK_RESULT_LABELS[verdict.result]}
        </span>{' '}
        — {verdict.reason}
      </p>
      <p className="muted">
        Rule <code>{verdict.rule}</code> · policy version {verdict.policyVersion}
      </p>
      {verdict.details.length > 0 && (
        <ul className="engine-details">
          {verdict.details.map((d, i) => (
            <li key={i}>
              {detailSubject(d)}:{' '}
              <span className={`result result-${d.result}`}>{CHECK_RESULT_LABELS[d.result]}</span> —{' '}
              {d.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
