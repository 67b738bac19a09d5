import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../lib/field-errors';
import { useCurrentPolicy } from '../../lib/policy/current-policy-query';
import { emptyOffence, type OffenceRow } from './order-form-state';

interface OffenceRowsProps {
  rows: OffenceRow[];
  onChange: (rows: OffenceRow[]) => void;
  errors: FieldErrors;
}

const STATUS_NOTES: Record<string, string> = {
  violation: '',
  protected_speech: ' (protected speech)',
  not_a_violation: ' (not a violation)',
};

/** Each offence: its category from the policy's ToS catalog, and the order's own words. */
export function OffenceRows({ rows, onChange, errors }: OffenceRowsProps) {
  const policy = useCurrentPolicy();
  const options = (policy.data?.policy.tosCatalog.categories ?? []).map((c) => ({
    value: c.code,
    label: `${c.label.charAt(0).toUpperCase()}${c.label.slice(1)}${STATUS_NOTES[c.status] ?? ''}`,
  }));
  const update = (index: number, patch: Partial<OffenceRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <fieldset className="rows">
      <legend>Alleged offences</legend>
      {rows.map((row, i) => (
        <div className="row-line offence-row" key={row.key}>
          <SelectField
            label={`Offence ${i + 1} category (Terms of Service catalog)`}
            value={row.category}
            options={options}
            onChange={(category) => update(i, { category })}
            error={errors[`offences.${i}.category`]}
            placeholder="Not classified: judged from the description"
          />
          <TextField
            label={`Offence ${i + 1} as described in the order`}
            value={row.description}
            onChange={(description) => update(i, { description })}
            error={errors[`offences.${i}.description`]}
            className="wide"
          />
          <button
            type="button"
            className="link-button"
            disabled={rows.length === 1}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            Remove offence {i + 1}
          </button>
        </div>
      ))}
      {errors.offences && <span className="field-error">{errors.offences}</span>}
      <button type="button" onClick={() => onChange([...rows, emptyOffence()])}>
        Add offence
      </button>
    </fieldset>
  );
}
