import { createContext, useContext, useId, useState, type ReactNode } from 'react';

import { SelectField } from '../../components/SelectField';
import { fieldNotes } from '../../components/field-notes';
import { TextField } from '../../components/TextField';
import { formatDateEntry, parseDateEntry } from '../../lib/date-entry';
import { getIn, pathKey, setIn, type Draft, type DraftPath } from './policy-draft';

/*
 * Inputs bound to one path of the policy draft. Each shows the value there, writes what is
 * typed back (an optional field left empty is removed), and shows beside itself the problems
 * the schema finds at that path, in the words of the form.
 */

export interface PolicyEditing {
  draft: Draft;
  update: (change: (draft: Draft) => Draft) => void;
  problems: ReadonlyMap<string, readonly string[]>;
  /** Values taken out of the draft by a switch (of status, say), kept to be put back. */
  stash: Map<string, unknown>;
}

const EditingContext = createContext<PolicyEditing | null>(null);

export function PolicyEditingProvider({
  value,
  children,
}: {
  value: PolicyEditing;
  children: ReactNode;
}) {
  return <EditingContext.Provider value={value}>{children}</EditingContext.Provider>;
}

export function useEditing(): PolicyEditing {
  const editing = useContext(EditingContext);
  if (!editing) throw new Error('a policy field is used outside the policy editor');
  return editing;
}

/** The value at `path`, and a setter for it. */
export function useAt(path: DraftPath): [unknown, (value: unknown) => void] {
  const { draft, update } = useEditing();
  return [getIn(draft, path), (value) => update((d) => setIn(d, path, value))];
}

export function useProblem(path: DraftPath): string | undefined {
  const { problems } = useEditing();
  const found = problems.get(pathKey(path));
  return found && found.length > 0 ? found.join('; ') : undefined;
}

/** Problems found on a whole group (a list too short, a calendar with no coverage). */
export function GroupProblem({ path }: { path: DraftPath }) {
  const problem = useProblem(path);
  return problem ? <p className="field-error">{problem}</p> : null;
}

interface BoundProps {
  path: DraftPath;
  label: string;
  optional?: boolean;
  hint?: string;
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function BoundText({
  path,
  label,
  optional,
  hint,
  multiline,
}: BoundProps & { multiline?: boolean }) {
  const [value, set] = useAt(path);
  const error = useProblem(path);
  const onChange = (typed: string) => set(optional && typed.trim() === '' ? undefined : typed);
  const shown = optional ? `${label} (optional)` : label;
  const Field = multiline ? TextAreaField : TextField;
  return (
    <Field
      label={shown}
      value={text(value)}
      onChange={onChange}
      error={error}
      {...(hint ? { hint } : {})}
    />
  );
}

/** A whole number; anything else typed is kept, and the schema says a number is wanted. */
export function BoundNumber({ path, label, optional, hint }: BoundProps) {
  const [value, set] = useAt(path);
  const error = useProblem(path);
  return (
    <TextField
      label={optional ? `${label} (optional)` : label}
      value={text(value)}
      inputMode="numeric"
      onChange={(typed) => {
        const trimmed = typed.trim();
        if (trimmed === '') set(optional ? undefined : null);
        else set(/^\d{1,6}$/.test(trimmed) ? Number(trimmed) : typed);
      }}
      error={error}
      {...(hint ? { hint } : {})}
    />
  );
}

/** A calendar date typed day first ("30 Nov 2026"), kept as the ISO date the policy holds. */
export function BoundDate(props: BoundProps) {
  return <DateInput key={pathKey(props.path)} {...props} />;
}

function DateInput({ path, label, optional }: BoundProps) {
  const [value, set] = useAt(path);
  const error = useProblem(path);
  const [typed, setTyped] = useState<string | null>(null);
  const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  const shown = typed ?? (iso ? formatDateEntry(iso) : text(value));
  const read = typed === null || typed.trim() === '' ? null : parseDateEntry(typed);
  return (
    <TextField
      label={optional ? `${label} (optional)` : label}
      value={shown}
      hint="Day, month and year, such as 30 Nov 2026"
      autoComplete="off"
      spellCheck={false}
      onChange={(entry) => {
        setTyped(entry);
        if (entry.trim() === '') return set(optional ? undefined : '');
        const parsed = parseDateEntry(entry);
        set(parsed.ok ? parsed.iso : entry);
      }}
      error={read && !read.ok ? read.message : error}
    />
  );
}

export function BoundCheck({ path, label }: { path: DraftPath; label: string }) {
  const [value, set] = useAt(path);
  const error = useProblem(path);
  return (
    <div className="field">
      <label>
        <input type="checkbox" checked={value === true} onChange={(e) => set(e.target.checked)} />{' '}
        {label}
      </label>
      {error && <span className="field-error">{error}</span>}
    </div>
  );
}

export interface Option<V> {
  value: V;
  label: string;
}

export function BoundSelect({
  path,
  label,
  options,
  placeholder,
  onChoose,
}: {
  path: DraftPath;
  label: string;
  options: readonly Option<string>[];
  placeholder?: string;
  /** Instead of writing the value, for a choice that reshapes the entry. */
  onChoose?: (value: string) => void;
}) {
  const [value, set] = useAt(path);
  const error = useProblem(path);
  return (
    <SelectField
      label={label}
      value={text(value)}
      options={options}
      onChange={(chosen) => (onChoose ? onChoose(chosen) : set(chosen))}
      error={error}
      {...(placeholder !== undefined ? { placeholder } : {})}
    />
  );
}

/** Several values of a fixed vocabulary, as checkboxes; kept in the vocabulary's order. */
export function BoundChoices<V extends string | number>({
  path,
  legend,
  options,
}: {
  path: DraftPath;
  legend: string;
  options: readonly Option<V>[];
}) {
  const [value, set] = useAt(path);
  const error = useProblem(path);
  const chosen = Array.isArray(value) ? (value as V[]) : [];
  return (
    <fieldset className="choices-group">
      <legend>{legend}</legend>
      <div className="choices">
        {options.map((o) => (
          <label key={o.value}>
            <input
              type="checkbox"
              checked={chosen.includes(o.value)}
              onChange={(e) =>
                set(
                  options
                    .map((x) => x.value)
                    .filter((v) => (v === o.value ? e.target.checked : chosen.includes(v))),
                )
              }
            />{' '}
            {o.label}
          </label>
        ))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

/** A list of short texts, one a line (other names, keywords). */
export function BoundLines(props: BoundProps) {
  return <LinesInput key={pathKey(props.path)} {...props} />;
}

function LinesInput({ path, label, hint }: BoundProps) {
  const [value, set] = useAt(path);
  const { problems } = useEditing();
  const prefix = `${pathKey(path)}.`;
  const own = problems.get(pathKey(path)) ?? [];
  const inner = [...problems.entries()]
    .filter(([key]) => key.startsWith(prefix))
    .map(
      ([key, messages]) => `line ${Number(key.slice(prefix.length)) + 1}: ${messages.join('; ')}`,
    );
  const [typed, setTyped] = useState<string | null>(null);
  const lines = Array.isArray(value) ? value.map(text) : [];
  return (
    <TextAreaField
      label={label}
      value={typed ?? lines.join('\n')}
      rows={Math.min(8, Math.max(2, lines.length + 1))}
      onChange={(typedText) => {
        setTyped(typedText);
        set(
          typedText
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== ''),
        );
      }}
      error={[...own, ...inner].join('; ') || undefined}
      {...(hint ? { hint } : {})}
    />
  );
}

/** A labelled text area whose hint and error are announced with it, as TextField does. */
function TextAreaField({
  label,
  value,
  onChange,
  error,
  hint,
  rows = 3,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  rows?: number;
}) {
  const id = useId();
  const { describedBy, notes } = fieldNotes(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {notes}
    </div>
  );
}
