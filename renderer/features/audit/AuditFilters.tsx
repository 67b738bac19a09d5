import { useId, useState, type FormEvent } from 'react';
import { TextField } from '../../components/TextField';
import { EMPTY_FILTER, KNOWN_EVENT_TYPES, type AuditFilterForm } from './audit-filter';

interface AuditFiltersProps {
  applied: AuditFilterForm;
  onApply: (filter: AuditFilterForm) => void;
  /** Problems the server found with the filter, by field name. */
  errors: Partial<Record<keyof AuditFilterForm, string>>;
}

/** Filters apply on submit: each change would otherwise query the whole log. */
export function AuditFilters({ applied, onApply, errors }: AuditFiltersProps) {
  const [form, setForm] = useState(applied);
  const typesId = useId();
  const set = (key: keyof AuditFilterForm) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(form);
  };
  return (
    <form className="filters audit-filters" role="search" onSubmit={submit}>
      <TextField
        label="Order reference"
        value={form.reference}
        onChange={set('reference')}
        error={errors.reference}
      />
      <TextField label="User" value={form.actor} onChange={set('actor')} error={errors.actor} />
      <TextField
        label="Event type"
        value={form.action}
        onChange={set('action')}
        list={typesId}
        error={errors.action}
      />
      <datalist id={typesId}>
        {KNOWN_EVENT_TYPES.map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      <TextField
        label="From"
        type="date"
        value={form.from}
        onChange={set('from')}
        error={errors.from}
      />
      <TextField label="To" type="date" value={form.to} onChange={set('to')} error={errors.to} />
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <button
          type="button"
          onClick={() => {
            setForm(EMPTY_FILTER);
            onApply(EMPTY_FILTER);
          }}
        >
          Clear
        </button>
      </div>
      {applied.caseId && <p>Showing one case only; clear the filters to see all.</p>}
    </form>
  );
}
