import { IDENTIFIER_KINDS, type IdentifierKind } from '../../../shared/identifiers';
import { TARGET_STATUSES, type TargetStatus } from '../../../shared/order';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../lib/field-errors';
import { IDENTIFIER_KIND_LABELS, TARGET_STATUS_LABELS } from '../../lib/labels';
import { emptyTarget, type TargetRow } from './order-form-state';

const KIND_OPTIONS = IDENTIFIER_KINDS.map((k) => ({ value: k, label: IDENTIFIER_KIND_LABELS[k] }));
const STATUS_OPTIONS = TARGET_STATUSES.map((s) => ({ value: s, label: TARGET_STATUS_LABELS[s] }));

interface TargetRowsProps {
  rows: TargetRow[];
  onChange: (rows: TargetRow[]) => void;
  errors: FieldErrors;
}

export function TargetRows({ rows, onChange, errors }: TargetRowsProps) {
  const update = (index: number, patch: Partial<TargetRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <fieldset className="rows">
      <legend>Targets</legend>
      <p className="hint">
        A numeric user id, an @username or a phone number in E.164 form can be matched to an
        account. A display name or any other description is recorded, but never matched, so nothing
        is disclosed about it.
      </p>
      {rows.map((row, i) => (
        <div className="row-line target-row" key={row.key}>
          <SelectField<IdentifierKind>
            label={`Target ${i + 1} identifier kind`}
            value={row.kind}
            options={KIND_OPTIONS}
            onChange={(kind) => update(i, { kind })}
          />
          <TextField
            label={`Target ${i + 1} identifier`}
            value={row.value}
            onChange={(value) => update(i, { value })}
            error={errors[`targets.${i}.identifier.value`] ?? errors[`targets.${i}.identifier`]}
          />
          <SelectField<TargetStatus>
            label={`Target ${i + 1} status`}
            value={row.status}
            options={STATUS_OPTIONS}
            onChange={(status) => update(i, { status })}
          />
          <button
            type="button"
            className="link-button"
            disabled={rows.length === 1}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            Remove target {i + 1}
          </button>
        </div>
      ))}
      {errors.targets && <span className="field-error">{errors.targets}</span>}
      <button type="button" onClick={() => onChange([...rows, emptyTarget()])}>
        Add target
      </button>
    </fieldset>
  );
}
