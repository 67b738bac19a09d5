interface ChoiceListProps<V extends string> {
  label: string;
  /** What "none chosen" means, e.g. "All statuses". */
  noneLabel: string;
  options: readonly { value: V; label: string }[];
  chosen: readonly V[];
  onChange: (chosen: V[]) => void;
}

/** Several values of one filter, as checkboxes folded under a summary of what is chosen. */
export function ChoiceList<V extends string>({
  label,
  noneLabel,
  options,
  chosen,
  onChange,
}: ChoiceListProps<V>) {
  const summary =
    chosen.length === 0
      ? noneLabel
      : options
          .filter((o) => chosen.includes(o.value))
          .map((o) => o.label)
          .join(', ');
  return (
    <details className="field choice-list">
      <summary>
        {label}: <span className="choice-summary">{summary}</span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        <div className="choices">
          {options.map((o) => (
            <label key={o.value}>
              <input
                type="checkbox"
                checked={chosen.includes(o.value)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? [...chosen, o.value]
                      : chosen.filter((value) => value !== o.value),
                  )
                }
              />{' '}
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
