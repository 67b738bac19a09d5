import { KIND_OPTIONS } from './RouteEditor';
import { getIn, isDraftObject, removeAt, type DraftObject } from './policy-draft';
import {
  BoundCheck,
  BoundDate,
  BoundLines,
  BoundSelect,
  BoundText,
  GroupProblem,
  useEditing,
} from './editor-fields';

export function newAuthority(today: string): DraftObject {
  return {
    id: '',
    name: '',
    aliases: [],
    country: '',
    kind: 'court',
    contact: {},
    source: { description: '', retrievedOn: today },
    demo: false,
  };
}

/**
 * One authority of the directory: the contact a call-back goes to, found independently of any
 * order, and where it was found.
 */
export function AuthorityEditor({ index, onRemoved }: { index: number; onRemoved: () => void }) {
  const { draft, update } = useEditing();
  const path = ['authorityDirectory', 'entries', index] as const;
  const entry = getIn(draft, path);
  if (!isDraftObject(entry)) return null;
  const name =
    typeof entry.name === 'string' && entry.name.trim() !== ''
      ? entry.name
      : `authority ${index + 1}`;
  return (
    <section className="panel policy-entry-editor" aria-label={`Edit ${name}`}>
      <h4>{name}</h4>
      <BoundText path={[...path, 'name']} label="Name of the authority" />
      <BoundLines
        path={[...path, 'aliases']}
        label="Other names it signs with"
        hint="One a line, such as its name in its own language"
      />
      <div className="field-row">
        <BoundText
          path={[...path, 'country']}
          label="Country code of the authority"
          hint="Such as FR"
        />
        <BoundSelect path={[...path, 'kind']} label="Kind of authority" options={KIND_OPTIONS} />
        <BoundText
          path={[...path, 'id']}
          label="Directory reference"
          hint="Lowercase letters, digits and hyphens, such as fr-tj-paris"
        />
      </div>
      <fieldset>
        <legend>Contact for call-backs</legend>
        <GroupProblem path={[...path, 'contact']} />
        <div className="field-row">
          <BoundText
            path={[...path, 'contact', 'phone']}
            label="Call-back phone"
            hint="International form, such as +33 1 44 32 50 50"
            optional
          />
          <BoundText path={[...path, 'contact', 'email']} label="Call-back email" optional />
        </div>
      </fieldset>
      <fieldset>
        <legend>Where the contact was found</legend>
        <BoundText
          path={[...path, 'source', 'description']}
          label="How the contact was found"
          multiline
        />
        <div className="field-row">
          <BoundText
            path={[...path, 'source', 'url']}
            label="Web address of the listing"
            optional
          />
          <BoundDate path={[...path, 'source', 'retrievedOn']} label="Checked on" />
        </div>
      </fieldset>
      <BoundCheck
        path={[...path, 'demo']}
        label="Demonstration entry: its contact reaches nobody and must be replaced"
      />
      <button
        type="button"
        className="danger"
        onClick={() => {
          update((d) => removeAt(d, ['authorityDirectory', 'entries'], index));
          onRemoved();
        }}
      >
        Remove {name} from the directory
      </button>
    </section>
  );
}
