import { useMemo, useState } from 'react';
import { countryName } from '../../../shared/countries';
import type { FieldIssue } from '../../../shared/errors';
import { policyChangesByEntry } from '../../../shared/policy/policy-changes-by-entry';
import type { PolicyRecord } from '../../../shared/policy-record';
import { SelectField } from '../../components/SelectField';
import { ApiRequestError, describeError } from '../../lib/api-errors';
import { AuthorityEditor, newAuthority } from './AuthorityEditor';
import { CategoryEditor, newCategory } from './CategoryEditor';
import { BoundDate, BoundText, PolicyEditingProvider, type PolicyEditing } from './editor-fields';
import { JurisdictionEditor } from './JurisdictionEditor';
import { PolicyChanges } from './PolicyChanges';
import {
  appendAt,
  checkDraft,
  draftOf,
  draftText,
  formCanShow,
  getIn,
  isDraftObject,
  issuesByPath,
  nextVersionLabel,
  readDraftText,
  type Draft,
} from './policy-draft';
import { policyFieldName } from './policy-field-names';
import { EMPTY_SOURCE } from './SourcesEditor';
import { useProposePolicyVersion } from './use-policy-versions';

interface PolicyEditorProps {
  current: PolicyRecord;
  /** The version in force today, which the new one is compared with before it is proposed. */
  inForce: PolicyRecord | undefined;
  taken: readonly string[];
}

type Section = 'jurisdiction' | 'authority' | 'category';

function list(draft: Draft, path: readonly string[]): unknown[] {
  const value = getIn(draft, path);
  return Array.isArray(value) ? value : [];
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

/** Which entry of a list is open in the form, chosen by how it is named. */
function EntryPicker({
  label,
  names,
  chosen,
  onChoose,
}: {
  label: string;
  names: readonly string[];
  chosen: number | null;
  onChoose: (index: number | null) => void;
}) {
  return (
    <SelectField
      label={label}
      value={chosen === null ? '' : String(chosen)}
      placeholder="Choose…"
      options={names.map((name, i) => ({ value: String(i), label: name }))}
      onChange={(value) => onChoose(value === '' ? null : Number(value))}
    />
  );
}

/** Which entry a problem's path lies in, so that the problem can open it. */
function entryOf(path: string): [Section, number] | null {
  const match =
    /^policy\.jurisdictions\.(\d+)/.exec(path) ??
    /^authorityDirectory\.entries\.(\d+)/.exec(path) ??
    /^policy\.tosCatalog\.categories\.(\d+)/.exec(path);
  if (!match) return null;
  const section: Section = path.startsWith('policy.jurisdictions')
    ? 'jurisdiction'
    : path.startsWith('authorityDirectory')
      ? 'authority'
      : 'category';
  return [section, Number(match[1])];
}

/**
 * Edits the newest published version into a proposed new one: jurisdiction by jurisdiction,
 * authority by authority and category by category, each field checked as typed with the
 * schema the service uses; or, for what the form does not reach, as the whole document.
 */
export function PolicyEditor({ current, inForce, taken }: PolicyEditorProps) {
  const today = new Date().toISOString().slice(0, 10);
  const [draft, setDraft] = useState<Draft>(() =>
    draftOf(current, nextVersionLabel(today, taken), today),
  );
  const [view, setView] = useState<'form' | 'document'>('form');
  const [documentText, setDocumentText] = useState('');
  const [textProblem, setTextProblem] = useState<string | null>(null);
  const [open, setOpen] = useState<Record<Section, number | null>>({
    jurisdiction: null,
    authority: null,
    category: null,
  });
  const [newCountry, setNewCountry] = useState('');
  const [triedToPropose, setTriedToPropose] = useState(false);
  const [stash] = useState(() => new Map<string, unknown>());
  const save = useProposePolicyVersion();
  // The draft the service refused, and why: its problems stay beside the fields until edited.
  const [refused, setRefused] = useState<{ draft: Draft; issues: readonly FieldIssue[] } | null>(
    null,
  );

  const checked = useMemo(
    () => checkDraft(draft, current.version, today),
    [draft, current.version, today],
  );
  const issues: readonly FieldIssue[] = [
    ...(checked.ok ? [] : checked.issues),
    ...(refused?.draft === draft ? refused.issues : []),
  ];
  const problems = issuesByPath(issues);
  const preview = useMemo(
    () => (checked.ok && inForce ? policyChangesByEntry(inForce, checked.value) : null),
    [checked, inForce],
  );

  const editing: PolicyEditing = {
    draft,
    problems,
    stash,
    update: (change) => setDraft((d) => change(d)),
  };
  const showForm = formCanShow(draft);
  const jurisdictions = list(draft, ['policy', 'jurisdictions']);
  const authorities = list(draft, ['authorityDirectory', 'entries']);
  const categories = list(draft, ['policy', 'tosCatalog', 'categories']);
  const openEntry = (section: Section, index: number | null) =>
    setOpen((o) => ({ ...o, [section]: index }));

  const toDocument = () => {
    setDocumentText(draftText(draft));
    setTextProblem(null);
    setView('document');
  };
  const toForm = () => {
    const read = readDraftText(documentText);
    if (!read.ok) return setTextProblem(read.message);
    setDraft(read.draft);
    setView('form');
  };

  const propose = () => {
    setTriedToPropose(true);
    if (!checked.ok) return;
    const sent = draft;
    save.mutate(checked.value, {
      onError: (error) =>
        setRefused({ draft: sent, issues: error instanceof ApiRequestError ? error.issues : [] }),
    });
  };

  const addJurisdiction = () => {
    const country = newCountry.trim().toUpperCase();
    setDraft((d) =>
      appendAt(d, ['policy', 'jurisdictions'], {
        status: 'not_answered',
        country,
        id: `jurisdiction/${country.toLowerCase()}`,
        reason: '',
        sources: [{ ...EMPTY_SOURCE }],
      }),
    );
    openEntry('jurisdiction', jurisdictions.length);
    setNewCountry('');
  };

  return (
    <section className="panel policy-editor" aria-labelledby="policy-editor-heading">
      <h2 id="policy-editor-heading">Edit policy version {current.version} into a new version</h2>
      <div className="actions" role="group" aria-label="How to edit">
        <button
          type="button"
          aria-pressed={view === 'form'}
          onClick={toForm}
          disabled={view === 'form'}
        >
          Edit in the form
        </button>
        <button
          type="button"
          aria-pressed={view === 'document'}
          onClick={toDocument}
          disabled={view === 'document'}
        >
          Advanced: edit the whole document
        </button>
      </div>
      <PolicyEditingProvider value={editing}>
        {view === 'document' ? (
          <div className="field">
            <label htmlFor="policy-json">Policy document and authority directory (JSON)</label>
            <textarea
              id="policy-json"
              rows={24}
              spellCheck={false}
              value={documentText}
              onChange={(e) => {
                setDocumentText(e.target.value);
                const read = readDraftText(e.target.value);
                setTextProblem(read.ok ? null : read.message);
                if (read.ok) setDraft(read.draft);
              }}
            />
            {textProblem && <p className="field-error">{textProblem}</p>}
          </div>
        ) : !showForm ? (
          <p role="alert">
            The document’s lists are not in the shape the form reads. Correct them in the advanced
            view.
          </p>
        ) : (
          <>
            <fieldset>
              <legend>The new version</legend>
              <div className="field-row">
                <BoundText path={['policy', 'version']} label="New version label" />
                <BoundDate path={['policy', 'effectiveFrom']} label="Effective from" />
              </div>
              <BoundText path={['policy', 'title']} label="Title of the policy" />
              <BoundText
                path={['policy', 'note']}
                label="Note on this version"
                optional
                multiline
              />
            </fieldset>

            <h3>Jurisdictions</h3>
            <div className="field-row">
              <EntryPicker
                label="Jurisdiction to edit"
                names={jurisdictions.map((j, i) => {
                  const entry = isDraftObject(j) ? j : {};
                  const code = text(entry.country, '');
                  const status = entry.status === 'not_answered' ? 'not answered' : 'answered';
                  return `${code ? `${countryName(code)} (${code})` : `Jurisdiction ${i + 1}`} — ${status}`;
                })}
                chosen={open.jurisdiction}
                onChoose={(i) => openEntry('jurisdiction', i)}
              />
              <div className="field">
                <label htmlFor="policy-new-country">Country code of a jurisdiction to add</label>
                <input
                  id="policy-new-country"
                  value={newCountry}
                  onChange={(e) => setNewCountry(e.target.value)}
                />
              </div>
              <button type="button" disabled={newCountry.trim() === ''} onClick={addJurisdiction}>
                Add the jurisdiction
              </button>
            </div>
            {open.jurisdiction !== null && (
              <JurisdictionEditor
                key={open.jurisdiction}
                index={open.jurisdiction}
                onRemoved={() => openEntry('jurisdiction', null)}
              />
            )}

            <h3>Authority directory</h3>
            <BoundDate path={['authorityDirectory', 'updatedOn']} label="Directory updated on" />
            <div className="field-row">
              <EntryPicker
                label="Authority to edit"
                names={authorities.map((a, i) => {
                  const entry = isDraftObject(a) ? a : {};
                  return `${text(entry.name, `Authority ${i + 1}`)} (${text(entry.country, '—')})`;
                })}
                chosen={open.authority}
                onChoose={(i) => openEntry('authority', i)}
              />
              <button
                type="button"
                onClick={() => {
                  setDraft((d) =>
                    appendAt(d, ['authorityDirectory', 'entries'], newAuthority(today)),
                  );
                  openEntry('authority', authorities.length);
                }}
              >
                Add an authority
              </button>
            </div>
            {open.authority !== null && (
              <AuthorityEditor
                key={open.authority}
                index={open.authority}
                onRemoved={() => openEntry('authority', null)}
              />
            )}

            <h3>Terms of Service catalogue</h3>
            <div className="field-row">
              <EntryPicker
                label="Category to edit"
                names={categories.map((c, i) =>
                  text(isDraftObject(c) ? c.label : undefined, `Category ${i + 1}`),
                )}
                chosen={open.category}
                onChoose={(i) => openEntry('category', i)}
              />
              <button
                type="button"
                onClick={() => {
                  setDraft((d) =>
                    appendAt(d, ['policy', 'tosCatalog', 'categories'], newCategory()),
                  );
                  openEntry('category', categories.length);
                }}
              >
                Add a category
              </button>
            </div>
            {open.category !== null && (
              <CategoryEditor
                key={open.category}
                index={open.category}
                onRemoved={() => openEntry('category', null)}
              />
            )}
          </>
        )}
      </PolicyEditingProvider>

      {issues.length === 0 ? (
        <p role="status">The new version is complete and can be proposed.</p>
      ) : (
        <div
          role={triedToPropose ? 'alert' : 'group'}
          aria-label="Problems in the new version"
          className="notice notice-error"
        >
          <p>The new version cannot be proposed yet:</p>
          <ul className="issue-list">
            {issues.slice(0, 50).map((issue, i) => {
              const entry = entryOf(issue.path);
              const name = policyFieldName(draft, issue.path);
              return (
                <li key={`${issue.path}-${i}`}>
                  {entry && view === 'form' ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => openEntry(entry[0], entry[1])}
                    >
                      {name}
                    </button>
                  ) : (
                    <strong>{name}</strong>
                  )}
                  : {issue.message}
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {preview && inForce && (
        <details>
          <summary>
            What this version changes against version {inForce.version}, in force today
          </summary>
          <PolicyChanges
            changes={preview}
            from={inForce.version}
            to={checked.ok ? checked.value.policy.version : ''}
          />
        </details>
      )}

      {save.error && (
        <div className="notice notice-error" role="alert">
          <p>{describeError(save.error)}</p>
          <p>Nothing was lost: the new version is still here, as you left it.</p>
        </div>
      )}
      {save.isSuccess && (
        <p role="status">
          Version {save.data.version} is proposed. It is published when another administrator
          approves it.
        </p>
      )}
      <button type="button" className="primary" disabled={save.isPending} onClick={propose}>
        Propose as a new version
      </button>
    </section>
  );
}
