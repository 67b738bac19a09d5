import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../lib/field-errors';
import { emptyOffence, type OffenceRow } from './order-form-state';

interface OffenceRowsProps {
  rows: OffenceRow[];
  onChange: (rows: OffenceRow[]) => void;
  errors: FieldErrors;
}

export function OffenceRows({ rows, onChange, errors }: OffenceRowsProps) {
  const update = (index: number, patch: Partial<OffenceRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <fieldset className="rows">
      <legend>Alleged offences</legend>
      {rows.map((row, i) => (
        <div className="row-line offence-row" key={row.key}>
          <TextField
            label={`Offence ${i + 1} as described in the order`}
            value={row.description}
            onChange={(description) => update(i, { description })}
            error={errors[`offences.${i}.description`]}
            className="wide"
          />
          <TextField
            label={`Offence ${i + 1} category code (optional)`}
            value={row.category}
            onChange={(category) => update(i, { category })}
            error={errors[`offences.${i}.category`]}
            placeholder="fraud_scams"
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
