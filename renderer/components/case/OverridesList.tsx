import type { Verdict } from '../../../shared/policy';
import { CHECK_KEYS, CHECK_LABELS, isOverride, type Review } from '../../../shared/review';
import { CHECK_RESULT_LABELS } from '../../lib/labels';

/** Every check where the reviewer chose against the policy engine, for the supervisor. */
export function OverridesList({ review, verdict }: { review: Review; verdict: Verdict }) {
  const overridden = CHECK_KEYS.filter((key) => isOverride(review, verdict, key));
  return (
    <section
      className={overridden.length > 0 ? 'panel overrides' : 'panel'}
      aria-label="Overrides of the policy engine"
    >
      <h2>Overrides of the policy engine</h2>
      {overridden.length === 0 ? (
        <p>The reviewer confirmed the policy engine on every check.</p>
      ) : (
        <ul>
          {overridden.map((key) => {
            const engine = verdict.checks[key];
            const own = review.checks[key];
            return (
              <li key={key}>
                <strong>{CHECK_LABELS[key].title}</strong>: the engine said{' '}
                <span className={`result result-${engine.result}`}>
                  {CHECK_RESULT_LABELS[engine.result]}
                </span>{' '}
                ({engine.reason} Rule {engine.rule}, policy {engine.policyVersion}); the reviewer
                chose{' '}
                <span className={`result result-${own.result ?? 'needs_review'}`}>
                  {own.result ? CHECK_RESULT_LABELS[own.result] : 'nothing'}
                </span>
                . Justification: <q>{own.note}</q>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
