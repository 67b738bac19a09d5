import { WEEKDAYS } from '../../../shared/policy/business-calendar';
import { appendAt, getIn, removeAt, setIn, type DraftPath } from './policy-draft';
import { BoundChoices, BoundDate, BoundText, GroupProblem, useEditing } from './editor-fields';
import { EMPTY_SOURCE, OptionalSource, SourceFields, SourcesEditor } from './SourcesEditor';

const WEEKDAY_OPTIONS = WEEKDAYS.map((label, value) => ({ value, label }));

/** Days by date: court holidays and corrections (each with its source), or working days. */
function DayList({
  path,
  what,
  sourceRequired,
}: {
  path: DraftPath;
  what: string;
  sourceRequired: boolean;
}) {
  const { draft, update } = useEditing();
  const list = getIn(draft, path);
  return (
    <>
      {(Array.isArray(list) ? list : []).map((_, i) => {
        const of = `${what} ${i + 1}`;
        return (
          <div key={i} className="policy-list-entry">
            <div className="field-row">
              <BoundDate path={[...path, i, 'date']} label={`Date of ${of}`} />
              <BoundText path={[...path, i, 'name']} label={`Name of ${of}`} />
            </div>
            {sourceRequired ? (
              <SourceFields path={[...path, i, 'source']} legend={`Source of ${of}`} />
            ) : (
              <OptionalSource path={[...path, i, 'source']} of={of} />
            )}
            <button type="button" onClick={() => update((d) => removeAt(d, path, i))}>
              Remove {of}
            </button>
          </div>
        );
      })}
      <GroupProblem path={path} />
      <button
        type="button"
        onClick={() =>
          update((d) => appendAt(d, path, { date: '', name: '', source: { ...EMPTY_SOURCE } }))
        }
      >
        Add {what === 'holiday' ? 'a holiday' : 'a working day'}
      </button>
    </>
  );
}

/** Recurring holidays added to or removed from the data set, in its rule grammar. */
function HolidayRuleList({ path, what }: { path: DraftPath; what: string }) {
  const { draft, update } = useEditing();
  const list = getIn(draft, path);
  return (
    <>
      {(Array.isArray(list) ? list : []).map((_, i) => {
        const of = `${what} ${i + 1}`;
        return (
          <div key={i} className="policy-list-entry">
            <div className="field-row">
              <BoundText
                path={[...path, i, 'rule']}
                label={`Rule of ${of}`}
                hint="In the holiday data set’s grammar, such as 05-08 or easter 1"
              />
              <BoundText path={[...path, i, 'name']} label={`Name of ${of}`} />
            </div>
            <SourceFields path={[...path, i, 'source']} legend={`Source of ${of}`} />
            <button type="button" onClick={() => update((d) => removeAt(d, path, i))}>
              Remove {of}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() =>
          update((d) => appendAt(d, path, { rule: '', name: '', source: { ...EMPTY_SOURCE } }))
        }
      >
        Add {what}
      </button>
    </>
  );
}

/** The days a jurisdiction's authorities work, and the corrections the policy makes to them. */
export function CalendarEditor({ path, name }: { path: DraftPath; name: string }) {
  const { draft, update } = useEditing();
  const publicHolidays = getIn(draft, [...path, 'publicHolidays']);
  const coverage = getIn(draft, [...path, 'coverage']);
  return (
    <fieldset>
      <legend>Business calendar of {name}</legend>
      <div className="field-row">
        <BoundText path={[...path, 'id']} label={`Rule reference of the calendar of ${name}`} />
        <BoundText
          path={[...path, 'timeZone']}
          label={`Time zone of ${name}`}
          hint="Such as Europe/Paris"
        />
      </div>
      <BoundChoices
        path={[...path, 'weekendDays']}
        legend={`Weekend days in ${name}`}
        options={WEEKDAY_OPTIONS}
      />
      <GroupProblem path={path} />
      {publicHolidays !== undefined ? (
        <fieldset>
          <legend>Public holidays of {name}, computed for every year</legend>
          <GroupProblem path={[...path, 'publicHolidays']} />
          <div className="field-row">
            <BoundText
              path={[...path, 'publicHolidays', 'country']}
              label={`Holiday country of ${name}`}
            />
            <BoundText
              path={[...path, 'publicHolidays', 'subdivision']}
              label={`Region whose holidays apply in ${name}`}
              optional
            />
          </div>
          <HolidayRuleList
            path={[...path, 'publicHolidays', 'added']}
            what="an added holiday rule"
          />
          <HolidayRuleList
            path={[...path, 'publicHolidays', 'removed']}
            what="a removed holiday rule"
          />
        </fieldset>
      ) : (
        <p>Public holidays are listed by date below; none are computed.</p>
      )}
      <fieldset>
        <legend>Holidays of {name} listed by date</legend>
        <DayList path={[...path, 'holidays']} what="holiday" sourceRequired={false} />
      </fieldset>
      <fieldset>
        <legend>Working days in {name} despite a public holiday</legend>
        <DayList path={[...path, 'openDays']} what="working day" sourceRequired />
      </fieldset>
      {coverage !== undefined ? (
        <div className="field-row">
          <BoundDate
            path={[...path, 'coverage', 'from']}
            label={`Listed holidays of ${name} hold from`}
          />
          <BoundDate
            path={[...path, 'coverage', 'to']}
            label={`Listed holidays of ${name} hold to`}
          />
          <button
            type="button"
            onClick={() => update((d) => setIn(d, [...path, 'coverage'], undefined))}
          >
            Remove the years covered
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => update((d) => setIn(d, [...path, 'coverage'], { from: '', to: '' }))}
        >
          Say for which years the listed holidays hold
        </button>
      )}
      <GroupProblem path={[...path, 'coverage']} />
      <SourcesEditor path={[...path, 'sources']} of={`the calendar of ${name}`} />
      <BoundText
        path={[...path, 'note']}
        label={`Note on the calendar of ${name}`}
        optional
        multiline
      />
    </fieldset>
  );
}
