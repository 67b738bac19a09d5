import { appendAt, getIn, removeAt, setIn, type DraftPath } from './policy-draft';
import { BoundDate, BoundText, GroupProblem, useEditing } from './editor-fields';

export const EMPTY_SOURCE = { title: '' };

/** One cited source: the instrument, its provision and date, a public text where there is one. */
export function SourceFields({ path, legend }: { path: DraftPath; legend: string }) {
  return (
    <fieldset className="policy-source">
      <legend>{legend}</legend>
      <div className="field-row">
        <BoundText path={[...path, 'title']} label="Title" />
        <BoundText path={[...path, 'section']} label="Provision" optional />
        <BoundDate path={[...path, 'date']} label="Date of the text" optional />
      </div>
      <BoundText path={[...path, 'url']} label="Web address" optional />
      <BoundText path={[...path, 'note']} label="Note on the source" optional />
    </fieldset>
  );
}

/** The sources a rule cites: at least one, each removable, more added at the end. */
export function SourcesEditor({ path, of }: { path: DraftPath; of: string }) {
  const { draft, update } = useEditing();
  const list = getIn(draft, path);
  const sources = Array.isArray(list) ? list : [];
  return (
    <div className="policy-sources-editor">
      {sources.map((_, i) => (
        <div key={i} className="policy-list-entry">
          <SourceFields path={[...path, i]} legend={`Source ${i + 1} of ${of}`} />
          <button type="button" onClick={() => update((d) => removeAt(d, path, i))}>
            Remove source {i + 1} of {of}
          </button>
        </div>
      ))}
      <GroupProblem path={path} />
      <button type="button" onClick={() => update((d) => appendAt(d, path, { ...EMPTY_SOURCE }))}>
        Add a source to {of}
      </button>
    </div>
  );
}

/** A source that may be absent (a court holiday may cite one; beside computed ones it must). */
export function OptionalSource({ path, of }: { path: DraftPath; of: string }) {
  const { draft, update } = useEditing();
  const present = getIn(draft, path) !== undefined;
  return present ? (
    <div className="policy-list-entry">
      <SourceFields path={path} legend={`Source of ${of}`} />
      <button type="button" onClick={() => update((d) => setIn(d, path, undefined))}>
        Remove the source of {of}
      </button>
    </div>
  ) : (
    <>
      <GroupProblem path={path} />
      <button type="button" onClick={() => update((d) => setIn(d, path, { ...EMPTY_SOURCE }))}>
        Cite a source for {of}
      </button>
    </>
  );
}
