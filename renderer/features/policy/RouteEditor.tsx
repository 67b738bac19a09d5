import { AUTHORITY_KINDS, DATA_CATEGORIES, INSTRUMENTS, ROUTES } from '../../../shared/order';
import {
  AUTHORITY_KIND_LABELS,
  DATA_CATEGORY_LABELS,
  INSTRUMENT_LABELS,
  ROUTE_LABELS,
  capitalize,
} from '../../../shared/policy/labels';
import { DEADLINE_UNITS } from '../../../shared/policy/jurisdiction-profile';
import { appendAt, getIn, removeAt, type DraftPath } from './policy-draft';
import {
  BoundCheck,
  BoundChoices,
  BoundDate,
  BoundNumber,
  BoundSelect,
  BoundText,
  GroupProblem,
  useEditing,
  type Option,
} from './editor-fields';
import { EMPTY_SOURCE, SourcesEditor } from './SourcesEditor';

function options<V extends string>(values: readonly V[], labels: Record<V, string>): Option<V>[] {
  return values.map((value) => ({ value, label: capitalize(labels[value]) }));
}

export const ROUTE_OPTIONS = options(ROUTES, ROUTE_LABELS);
const INSTRUMENT_OPTIONS = options(INSTRUMENTS, INSTRUMENT_LABELS);
export const KIND_OPTIONS = options(AUTHORITY_KINDS, AUTHORITY_KIND_LABELS);
const DATA_OPTIONS = options(DATA_CATEGORIES, DATA_CATEGORY_LABELS);
const UNIT_OPTIONS: Option<string>[] = DEADLINE_UNITS.map((unit) => ({
  value: unit,
  label: { calendar_days: 'Calendar days', business_days: 'Business days', hours: 'Hours' }[unit],
}));

/** A rule's reference, its words and its sources: what every rule of the policy carries. */
export function RuleFields({ path, of }: { path: DraftPath; of: string }) {
  return (
    <>
      <BoundText
        path={[...path, 'id']}
        label={`Rule reference of ${of}`}
        hint="Lowercase letters, digits and . _ : / -, such as route/fr/domestic"
      />
      <BoundText path={[...path, 'text']} label={`${capitalize(of)} in words`} multiline />
      <SourcesEditor path={[...path, 'sources']} of={of} />
    </>
  );
}

function IssuerLimitEditor({ path, of }: { path: DraftPath; of: string }) {
  const { draft, update } = useEditing();
  const conditions = getIn(draft, [...path, 'conditions']);
  return (
    <>
      <BoundChoices
        path={[...path, 'kinds']}
        legend={`Authorities ${of} applies to`}
        options={KIND_OPTIONS}
      />
      <BoundChoices
        path={[...path, 'dataCategories']}
        legend={`Data those authorities may reach under ${of}`}
        options={DATA_OPTIONS}
      />
      {(Array.isArray(conditions) ? conditions : []).map((_, i) => (
        <div key={i} className="field-row policy-list-entry">
          <BoundSelect
            path={[...path, 'conditions', i, 'category']}
            label={`Condition ${i + 1}: data category`}
            options={DATA_OPTIONS}
          />
          <BoundText
            path={[...path, 'conditions', i, 'text']}
            label={`Condition ${i + 1}: what the reviewer confirms`}
          />
          <button
            type="button"
            onClick={() => update((d) => removeAt(d, [...path, 'conditions'], i))}
          >
            Remove condition {i + 1} of {of}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          update((d) =>
            appendAt(d, [...path, 'conditions'], { category: 'ip_addresses', text: '' }),
          )
        }
      >
        Add a condition to {of}
      </button>
      <RuleFields path={path} of={of} />
    </>
  );
}

/** One route a jurisdiction's orders may come by, and what it requires. */
export function RouteEditor({ path, name }: { path: DraftPath; name: string }) {
  const { draft, update } = useEditing();
  const limits = getIn(draft, [...path, 'issuerLimits']);
  return (
    <>
      <BoundSelect path={[...path, 'route']} label={`Route of ${name}`} options={ROUTE_OPTIONS} />
      <BoundChoices
        path={[...path, 'instruments']}
        legend={`Instruments accepted on ${name}`}
        options={INSTRUMENT_OPTIONS}
      />
      <BoundChoices
        path={[...path, 'authorityKinds']}
        legend={`Authorities that may issue orders on ${name}`}
        options={KIND_OPTIONS}
      />
      <BoundChoices
        path={[...path, 'dataCategories']}
        legend={`Data ${name} may reach`}
        options={DATA_OPTIONS}
      />
      <div className="field-row">
        <BoundDate
          path={[...path, 'availableFrom']}
          label={`${capitalize(name)} available from`}
          optional
        />
        <BoundNumber
          path={[...path, 'maxIpWindowDays']}
          label={`Longest IP window on ${name} (days)`}
          optional
        />
      </div>
      <fieldset>
        <legend>Deadline on {name}</legend>
        <div className="field-row">
          <BoundNumber path={[...path, 'deadline', 'amount']} label={`Time to answer on ${name}`} />
          <BoundSelect
            path={[...path, 'deadline', 'unit']}
            label={`Counted in (${name})`}
            options={UNIT_OPTIONS}
          />
          <BoundNumber
            path={[...path, 'deadline', 'emergencyHours']}
            label={`Hours in an emergency on ${name}`}
          />
        </div>
        <BoundCheck
          path={[...path, 'deadline', 'rollForward']}
          label="A period that ends on a non-business day moves to the next business day"
        />
        <RuleFields path={[...path, 'deadline']} of={`the deadline on ${name}`} />
      </fieldset>
      <fieldset>
        <legend>Limits by issuer on {name}</legend>
        {(Array.isArray(limits) ? limits : []).map((_, i) => (
          <div key={i} className="policy-list-entry">
            <IssuerLimitEditor
              path={[...path, 'issuerLimits', i]}
              of={`limit ${i + 1} on ${name}`}
            />
            <button
              type="button"
              onClick={() => update((d) => removeAt(d, [...path, 'issuerLimits'], i))}
            >
              Remove limit {i + 1} on {name}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            update((d) =>
              appendAt(d, [...path, 'issuerLimits'], {
                id: '',
                text: '',
                sources: [{ ...EMPTY_SOURCE }],
                kinds: [],
                dataCategories: [],
                conditions: [],
              }),
            )
          }
        >
          Add a limit by issuer on {name}
        </button>
        <GroupProblem path={[...path, 'issuerLimits']} />
      </fieldset>
      <RuleFields path={path} of={name} />
    </>
  );
}
