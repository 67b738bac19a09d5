import { countryName } from '../../../shared/countries';
import { ROUTE_LABELS } from '../../../shared/policy/labels';
import type { Route } from '../../../shared/order';
import {
  appendAt,
  getIn,
  isDraftObject,
  removeAt,
  setIn,
  type Draft,
  type DraftObject,
} from './policy-draft';
import { BoundText, GroupProblem, useEditing } from './editor-fields';
import { CalendarEditor } from './CalendarEditor';
import { RouteEditor } from './RouteEditor';
import { EMPTY_SOURCE, SourcesEditor } from './SourcesEditor';

type Status = 'answered' | 'not_answered';

/** A route to fill in, with the policy's default deadline as a start. */
export function newRoute(draft: Draft, country: string): DraftObject {
  const deadline = getIn(draft, ['policy', 'defaultDeadline']);
  return {
    id: `route/${country.toLowerCase()}/`,
    route: 'domestic',
    text: '',
    sources: [{ ...EMPTY_SOURCE }],
    instruments: [],
    authorityKinds: [],
    dataCategories: [],
    issuerLimits: [],
    deadline: isDraftObject(deadline) ? structuredClone(deadline) : {},
  };
}

function answeredFrom(draft: Draft, profile: DraftObject): DraftObject {
  const country = String(profile.country ?? '');
  const calendar = getIn(draft, ['policy', 'defaultCalendar']);
  return {
    status: 'answered',
    country,
    id: profile.id ?? '',
    routes: [newRoute(draft, country)],
    calendar: isDraftObject(calendar)
      ? { ...structuredClone(calendar), id: `calendar/${country.toLowerCase()}` }
      : {},
  };
}

function notAnsweredFrom(profile: DraftObject): DraftObject {
  return {
    status: 'not_answered',
    country: profile.country ?? '',
    id: profile.id ?? '',
    reason: '',
    sources: [{ ...EMPTY_SOURCE }],
  };
}

/**
 * One jurisdiction's profile: whether its orders are answered, and then by which routes, under
 * which calendar; or why not. Switching the status keeps what was there, to be put back.
 */
export function JurisdictionEditor({ index, onRemoved }: { index: number; onRemoved: () => void }) {
  const { draft, update, stash } = useEditing();
  const path = ['policy', 'jurisdictions', index] as const;
  const profile = getIn(draft, path);
  if (!isDraftObject(profile)) return null;
  const country = typeof profile.country === 'string' ? profile.country : '';
  const name = country ? countryName(country) : `jurisdiction ${index + 1}`;
  const status: Status = profile.status === 'not_answered' ? 'not_answered' : 'answered';
  const routes = Array.isArray(profile.routes) ? profile.routes : [];

  const switchTo = (next: Status) => {
    if (next === status) return;
    stash.set(`jurisdiction:${country}:${status}`, profile);
    const kept = stash.get(`jurisdiction:${country}:${next}`);
    const replacement = isDraftObject(kept)
      ? kept
      : next === 'answered'
        ? answeredFrom(draft, profile)
        : notAnsweredFrom(profile);
    update((d) => setIn(d, path, replacement));
  };

  return (
    <section className="panel policy-entry-editor" aria-label={`Edit ${name}`}>
      <h4>{name}</h4>
      <fieldset>
        <legend>Orders from {name}</legend>
        {(['answered', 'not_answered'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`status-${index}`}
              checked={status === value}
              onChange={() => switchTo(value)}
            />{' '}
            {value === 'answered' ? 'Answered' : 'Not answered'}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <BoundText path={[...path, 'country']} label="Country code" hint="Such as FR" />
        <BoundText path={[...path, 'id']} label={`Rule reference of ${name}`} />
      </div>
      {status === 'not_answered' ? (
        <>
          <BoundText
            path={[...path, 'reason']}
            label={`Why orders from ${name} are not answered`}
            multiline
          />
          <SourcesEditor path={[...path, 'sources']} of={`the refusal for ${name}`} />
        </>
      ) : (
        <>
          <h5>Routes</h5>
          <GroupProblem path={[...path, 'routes']} />
          {routes.map((route, i) => {
            const value = isDraftObject(route) ? route.route : undefined;
            const routeName =
              typeof value === 'string' && value in ROUTE_LABELS
                ? ROUTE_LABELS[value as Route]
                : `route ${i + 1}`;
            return (
              <fieldset key={i} className="policy-list-entry">
                <legend>{routeName}</legend>
                <RouteEditor path={[...path, 'routes', i]} name={routeName} />
                <button
                  type="button"
                  onClick={() => update((d) => removeAt(d, [...path, 'routes'], i))}
                >
                  Remove {routeName} for {name}
                </button>
              </fieldset>
            );
          })}
          <button
            type="button"
            onClick={() => update((d) => appendAt(d, [...path, 'routes'], newRoute(d, country)))}
          >
            Add a route for {name}
          </button>
          <CalendarEditor path={[...path, 'calendar']} name={name} />
        </>
      )}
      <BoundText path={[...path, 'note']} label={`Note on ${name}`} optional multiline />
      <button
        type="button"
        className="danger"
        onClick={() => {
          update((d) => removeAt(d, ['policy', 'jurisdictions'], index));
          onRemoved();
        }}
      >
        Remove {name} from the policy
      </button>
    </section>
  );
}
