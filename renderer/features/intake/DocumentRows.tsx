import type { ReactNode } from 'react';
import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../lib/field-errors';
import { emptyDocument, type DocumentRow } from './order-form-state';

interface DocumentRowsProps {
  rows: DocumentRow[];
  onChange: (rows: DocumentRow[]) => void;
  errors: FieldErrors;
  /** The files themselves, chosen beside the list. */
  children?: ReactNode;
}

/** The documents the order says it encloses, with the SHA-256 it states for each, if any. */
export function DocumentRows({ rows, onChange, errors, children }: DocumentRowsProps) {
  const update = (index: number, patch: Partial<DocumentRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <fieldset className="rows">
      <legend>Documents named in the order</legend>
      {children}
      {rows.length === 0 && <p className="hint">No documents listed.</p>}
      {rows.map((row, i) => (
        <div className="row-line document-row" key={row.key}>
          <TextField
            label={`Document ${i + 1} name`}
            value={row.name}
            onChange={(name) => update(i, { name })}
            error={errors[`documents.${i}.name`] ?? errors[`documents.${i}`]}
          />
          <TextField
            label={`Document ${i + 1} SHA-256, as stated (optional)`}
            value={row.sha256}
            onChange={(sha256) => update(i, { sha256 })}
            error={errors[`documents.${i}.sha256`] ?? errors[`attachment.${i}`]}
            className="wide"
            spellCheck={false}
          />
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            Remove document {i + 1}
          </button>
        </div>
      ))}
      {errors.documents && <span className="field-error">{errors.documents}</span>}
      <button type="button" onClick={() => onChange([...rows, emptyDocument()])}>
        Add document
      </button>
    </fieldset>
  );
}
