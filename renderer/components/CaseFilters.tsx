import { CASE_STATUSES, STATUS_LABELS, type CaseStatus } from '../../shared/case-lifecycle';
import { countryName } from '../../shared/countries';
import { ChoiceList } from './ChoiceList';
import { TextField } from './TextField';
import type { QueueFilter } from '../lib/queue/queue-model';

const STATUS_OPTIONS = CASE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

interface CaseFiltersProps {
  filter: QueueFilter;
  countries: readonly string[];
  onChange: (filter: QueueFilter) => void;
  /** Whether the statuses can be chosen: not in a list that is one status already. */
  withStatus?: boolean;
}

/** Search, statuses and countries of a case list. */
export function CaseFilters({ filter, countries, onChange, withStatus = true }: CaseFiltersProps) {
  return (
    <div className="filters" role="search">
      <TextField
        label="Search cases"
        hint="Reference, authority, case number, phone number, @username, user id or offence"
        type="search"
        value={filter.text}
        onChange={(text) => onChange({ ...filter, text })}
      />
      {withStatus && (
        <ChoiceList<CaseStatus>
          label="Status"
          noneLabel="All"
          options={STATUS_OPTIONS}
          chosen={filter.statuses}
          onChange={(statuses) => onChange({ ...filter, statuses })}
        />
      )}
      <ChoiceList
        label="Country"
        noneLabel="All"
        options={countries.map((c) => ({ value: c, label: countryName(c) }))}
        chosen={filter.countries}
        onChange={(chosen) => onChange({ ...filter, countries: chosen })}
      />
    </div>
  );
}
