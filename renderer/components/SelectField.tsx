import { useId } from 'react';

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  error?: string | undefined;
  /** Shown first with an empty value, for a choice that must be made deliberately. */
  placeholder?: string;
}

export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  error,
  placeholder,
}: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as V)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** Options from a label map, in the map's order. */
export function optionsOf<V extends string>(labels: Record<V, string>) {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}
