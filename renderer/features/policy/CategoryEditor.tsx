import { getIn, isDraftObject, removeAt, setIn, type DraftObject } from './policy-draft';
import { BoundLines, BoundSelect, BoundText, useEditing } from './editor-fields';
import { EMPTY_SOURCE, SourcesEditor } from './SourcesEditor';

const STATUS_OPTIONS = [
  { value: 'violation', label: 'A violation of the Terms of Service' },
  { value: 'protected_speech', label: 'Protected speech: never grounds for disclosure' },
  { value: 'not_a_violation', label: 'Not a violation of the Terms of Service' },
];

export function newCategory(): DraftObject {
  return {
    code: '',
    id: '',
    label: '',
    status: 'violation',
    keywords: [],
    sources: [{ ...EMPTY_SOURCE }],
    tosClause: { id: '', text: '' },
  };
}

/** One offence category of the Terms of Service catalogue, and what it means for a disclosure. */
export function CategoryEditor({ index, onRemoved }: { index: number; onRemoved: () => void }) {
  const { draft, update, stash } = useEditing();
  const path = ['policy', 'tosCatalog', 'categories', index] as const;
  const entry = getIn(draft, path);
  if (!isDraftObject(entry)) return null;
  const name =
    typeof entry.label === 'string' && entry.label.trim() !== ''
      ? entry.label
      : `category ${index + 1}`;
  const violation = entry.status === 'violation';

  // A violation cites its clause; the other two say why they are not grounds. What the switch
  // takes out is kept, and comes back if the status is switched back.
  const switchTo = (status: string) => {
    const key = `category:${String(entry.code)}`;
    const { tosClause, rationale, ...rest } = entry;
    if (tosClause !== undefined) stash.set(`${key}:tosClause`, tosClause);
    if (rationale !== undefined) stash.set(`${key}:rationale`, rationale);
    const next: DraftObject =
      status === 'violation'
        ? {
            ...rest,
            status,
            tosClause: (stash.get(`${key}:tosClause`) as DraftObject) ?? { id: '', text: '' },
          }
        : { ...rest, status, rationale: (stash.get(`${key}:rationale`) as string) ?? '' };
    update((d) => setIn(d, path, next));
  };

  return (
    <section className="panel policy-entry-editor" aria-label={`Edit ${name}`}>
      <h4>{name}</h4>
      <div className="field-row">
        <BoundText path={[...path, 'label']} label="Name of the category" />
        <BoundText
          path={[...path, 'code']}
          label="Category code"
          hint="Lowercase letters, digits and underscores, such as fraud_scams"
        />
        <BoundText path={[...path, 'id']} label="Rule reference of the category" />
      </div>
      <BoundSelect
        path={[...path, 'status']}
        label="Under the Terms of Service"
        options={STATUS_OPTIONS}
        onChoose={switchTo}
      />
      {violation ? (
        <fieldset>
          <legend>Terms of Service clause it breaks</legend>
          <BoundText path={[...path, 'tosClause', 'id']} label="Clause" hint="Such as 4.2" />
          <BoundText path={[...path, 'tosClause', 'text']} label="Text of the clause" multiline />
        </fieldset>
      ) : (
        <BoundText
          path={[...path, 'rationale']}
          label="Why it is never grounds for disclosure"
          multiline
        />
      )}
      <BoundLines
        path={[...path, 'keywords']}
        label="Keywords that suggest the category"
        hint="One a line; each matches at the start of a word"
      />
      <SourcesEditor path={[...path, 'sources']} of={name} />
      <button
        type="button"
        className="danger"
        onClick={() => {
          update((d) => removeAt(d, ['policy', 'tosCatalog', 'categories'], index));
          onRemoved();
        }}
      >
        Remove {name} from the catalogue
      </button>
    </section>
  );
}
