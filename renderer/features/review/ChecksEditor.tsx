import type { Verdict } from '../../../shared/policy';
import {
  CHECK_KEYS,
  CHECK_LABELS,
  CHECK_RESULTS,
  isOverride,
  type CheckKey,
  type CheckRecord,
  type Review,
} from '../../../shared/review';
import { CheckVerdictView } from '../../components/case/CheckVerdictView';
import { CHECK_RESULT_LABELS } from '../../lib/labels';
import { RefusalMessages } from './RefusalMessages';
import { controlId } from './refusal-targets';

interface ChecksEditorProps {
  review: Review;
  /** The engine's verdict; absent while the policy is not loaded. */
  verdict: Verdict | undefined;
  disabled: boolean;
  /** The service's refusals, by the id of the control they concern. */
  refusals: ReadonlyMap<string, readonly string[]>;
  onChange: (key: CheckKey, patch: Partial<CheckRecord>) => void;
}

/**
 * The six checks as one compact list. Each has one control: choosing the engine's result
 * (marked) confirms it; choosing another overrides it, and the justification is written on
 * the same row.
 */
export function ChecksEditor({ review, verdict, disabled, refusals, onChange }: ChecksEditorProps) {
  return (
    <section aria-labelledby="checks-heading" className="panel">
      <h2 id="checks-heading">Checks</h2>
      <div className="checks">
        {CHECK_KEYS.map((key) => {
          const check = review.checks[key];
          const engine = verdict?.checks[key];
          const overriding = verdict !== undefined && isOverride(review, verdict, key);
          // The policy forbids disclosure outright here (protected speech, a jurisdiction not
          // answered): the reviewer may only confirm the failure.
          const final = engine?.overridable === false && engine.result === 'fail';
          const noteId = `check-note-${key}`;
          const title = CHECK_LABELS[key].title;
          const id = controlId({ kind: 'check', key });
          const refused = refusals.get(id) ?? [];
          const state =
            check.result === null
              ? 'open'
              : overriding
                ? 'overridden'
                : engine && check.result === engine.result
                  ? 'confirmed'
                  : 'recorded';
          return (
            <fieldset
              key={key}
              id={id}
              tabIndex={-1}
              className={`check check-${state}`}
              disabled={disabled}
              aria-describedby={refused.length > 0 ? `${id}-refusal` : undefined}
            >
              <legend>{title}</legend>
              <RefusalMessages id={`${id}-refusal`} messages={refused} />
              <div className="check-row">
                <div className="check-engine">
                  {engine ? (
                    <CheckVerdictView verdict={engine} />
                  ) : (
                    <p className="question">{CHECK_LABELS[key].question}</p>
                  )}
                  {final && (
                    <p className="override-flag">
                      The policy forbids any disclosure here; this failure cannot be overridden.
                    </p>
                  )}
                </div>
                <div className="check-control">
                  <div className="choice-line">
                    {CHECK_RESULTS.map((result) => (
                      <label
                        key={result}
                        className={`choice choice-${result}${engine?.result === result ? ' choice-engine' : ''}`}
                      >
                        <input
                          type="radio"
                          name={`check-${key}`}
                          value={result}
                          checked={check.result === result}
                          disabled={final && result !== 'fail'}
                          onChange={() => onChange(key, { result })}
                        />{' '}
                        {CHECK_RESULT_LABELS[result]}
                        {engine?.result === result && <span className="engine-tag"> (engine)</span>}
                      </label>
                    ))}
                  </div>
                  {overriding && (
                    <p className="override-flag">
                      You differ from the policy engine: write why, for the supervisor.
                    </p>
                  )}
                  <label htmlFor={noteId} className="note-label">
                    Note on {title.toLowerCase()}
                    {overriding && ' (justification required for an override)'}
                  </label>
                  <textarea
                    id={noteId}
                    rows={overriding || check.note !== '' ? 2 : 1}
                    value={check.note}
                    aria-required={overriding}
                    onChange={(e) => onChange(key, { note: e.target.value })}
                  />
                </div>
              </div>
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}
