import {
  CHECK_KEYS,
  CHECK_LABELS,
  CHECK_RESULTS,
  type CheckKey,
  type CheckRecord,
  type Checks,
} from '../../../shared/review';
import { CHECK_RESULT_LABELS } from '../../lib/labels';

interface ChecksEditorProps {
  checks: Checks;
  disabled: boolean;
  onChange: (key: CheckKey, patch: Partial<CheckRecord>) => void;
}

export function ChecksEditor({ checks, disabled, onChange }: ChecksEditorProps) {
  return (
    <section aria-labelledby="checks-heading" className="panel">
      <h2 id="checks-heading">Checks</h2>
      <div className="checks">
        {CHECK_KEYS.map((key) => {
          const check = checks[key];
          const noteId = `check-note-${key}`;
          return (
            <fieldset key={key} className="check" disabled={disabled}>
              <legend>{CHECK_LABELS[key].title}</legend>
              <p className="question">{CHECK_LABELS[key].question}</p>
              <div className="choice-line">
                {CHECK_RESULTS.map((result) => (
                  <label key={result} className={`choice choice-${result}`}>
                    <input
                      type="radio"
                      name={`check-${key}`}
                      value={result}
                      checked={check.result === result}
                      onChange={() => onChange(key, { result })}
                    />{' '}
                    {CHECK_RESULT_LABELS[result]}
                  </label>
                ))}
              </div>
              <label htmlFor={noteId} className="note-label">
                Note on {CHECK_LABELS[key].title.toLowerCase()}
                {check.result === 'fail' && ' (required for a failed check)'}
              </label>
              <textarea
                id={noteId}
                rows={2}
                value={check.note}
                onChange={(e) => onChange(key, { note: e.target.value })}
              />
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}
