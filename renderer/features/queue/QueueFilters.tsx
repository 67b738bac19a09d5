import { CASE_STATUSES, STATUS_LABELS, type CaseStatus } from '../../../shared/case-lifecycle';
import { countryName } from '../../../shared/countries';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { QueueFilter } from './queue-model';

const STATUS_OPTIONS = CASE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

interface QueueFiltersProps {
  filter: QueueFilter;
  countries: readonly string[];
  onChange: (filter: QueueFilter) => void;
}

export function QueueFilters({ filter, countries, onChange }: QueueFiltersProps) {
  return (
    <div className="filters" role="search">
      <TextField
        label="Search reference or authority"
        type="search"
        value={filter.text}
        onChange={(text) => onChange({ ...filter, text })}
      />
      <SelectField<CaseStatus | ''>
        label="Status"
        value={filter.status}
        options={STATUS_OPTIONS}
        placeholder="All statuses"
        onChange={(status) => onChange({ ...filter, status })}
      />
      <SelectField
        label="Country"
        value={filter.country}
        options={countries.map((c) => ({ value: c, label: countryName(c) }))}
        placeholder="All countries"
        onChange={(country) => onChange({ ...filter, country })}
      />
    </div>
  );
}
