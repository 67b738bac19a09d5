import type { FieldIssue } from '../../../shared/errors';
import { issuePath, zodIssues } from '../../../shared/errors';
import { NewPolicyVersion, type PolicyRecord } from '../../../shared/policy-record';

/*
 * What an administrator edits: the policy document and the authority directory, held as plain
 * data that may be invalid while it is being typed. Every edit is a change at a path; the whole
 * is checked with the schema the service uses, and each problem is kept with its path so that
 * the form shows it beside the field.
 */

export type DraftValue =
  null | boolean | number | string | DraftValue[] | { [key: string]: DraftValue };
export type DraftObject = { [key: string]: DraftValue };
export type DraftPath = readonly (string | number)[];

export interface Draft {
  policy: DraftObject;
  authorityDirectory: DraftObject;
}

export function draftOf(record: PolicyRecord, version: string, effectiveFrom: string): Draft {
  const copy = structuredClone({
    policy: record.policy,
    authorityDirectory: record.authorityDirectory,
  }) as unknown as Draft;
  return { ...copy, policy: { ...copy.policy, version, effectiveFrom } };
}

export function isDraftObject(value: unknown): value is DraftObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getIn(root: unknown, path: DraftPath): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (Array.isArray(at) && typeof key === 'number') at = at[key];
    else if (isDraftObject(at) && typeof key === 'string') at = at[key];
    else return undefined;
  }
  return at;
}

/**
 * The draft with the value at `path` replaced; `undefined` removes an object's field (an
 * optional field left empty is absent, not empty). Objects on the way are copied, never changed.
 */
export function setIn<T>(root: T, path: DraftPath, value: unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return value as T;
  if (Array.isArray(root) && typeof key === 'number') {
    const copy = [...(root as unknown[])];
    copy[key] = setIn(copy[key], rest, value);
    return copy as T;
  }
  const object: DraftObject = isDraftObject(root) ? { ...root } : {};
  const field = String(key);
  const next = setIn(object[field], rest, value);
  if (next === undefined) delete object[field];
  else object[field] = next as DraftValue;
  return object as T;
}

/** The list at `path` with one more entry at its end. */
export function appendAt<T>(root: T, path: DraftPath, entry: unknown): T {
  const list = getIn(root, path);
  return setIn(root, path, [...(Array.isArray(list) ? list : []), entry]);
}

export function removeAt<T>(root: T, path: DraftPath, index: number): T {
  const list = getIn(root, path);
  return setIn(
    root,
    path,
    (Array.isArray(list) ? list : []).filter((_, i) => i !== index),
  );
}

export type DraftCheck =
  { ok: true; value: NewPolicyVersion } | { ok: false; issues: FieldIssue[] };

/**
 * The draft checked as the service will check it, and the service's own refusal of a past
 * effective date checked beforehand against `today` (the service's calendar day).
 */
export function checkDraft(draft: Draft, basedOn: string, today: string): DraftCheck {
  const parsed = NewPolicyVersion.safeParse({ ...draft, basedOn });
  const issues = parsed.success ? [] : zodIssues(parsed.error);
  const effectiveFrom = draft.policy.effectiveFrom;
  if (typeof effectiveFrom === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom)) {
    if (effectiveFrom < today) {
      issues.push({
        path: 'policy.effectiveFrom',
        message: 'that day has passed: choose today or a later date',
      });
    }
  }
  return parsed.success && issues.length === 0
    ? { ok: true, value: parsed.data }
    : { ok: false, issues };
}

/** Problems by the path of the field they concern, as `issuePath` writes it. */
export function issuesByPath(issues: readonly FieldIssue[]): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const issue of issues)
    byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue.message]);
  return byPath;
}

export function pathKey(path: DraftPath): string {
  return issuePath(path);
}

/** The draft as the advanced view shows it. */
export function draftText(draft: Draft): string {
  return JSON.stringify(draft, null, 2);
}

export type TextRead = { ok: true; draft: Draft } | { ok: false; message: string };

/** The advanced view's text read back, when it holds the two documents. */
export function readDraftText(text: string): TextRead {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    return {
      ok: false,
      message:
        'The text is not a well-formed document: check its quotation marks, commas and brackets.',
    };
  }
  if (
    !isDraftObject(json) ||
    !isDraftObject(json.policy) ||
    !isDraftObject(json.authorityDirectory)
  ) {
    return {
      ok: false,
      message: 'The text must hold the policy and the authority directory, as it did when opened.',
    };
  }
  return { ok: true, draft: { policy: json.policy, authorityDirectory: json.authorityDirectory } };
}

/** Whether the form can show the draft: its lists are lists. */
export function formCanShow(draft: Draft): boolean {
  const catalog = draft.policy.tosCatalog;
  return (
    Array.isArray(draft.policy.jurisdictions) &&
    draft.policy.jurisdictions.every(isDraftObject) &&
    isDraftObject(catalog) &&
    Array.isArray(catalog.categories) &&
    catalog.categories.every(isDraftObject) &&
    Array.isArray(draft.authorityDirectory.entries) &&
    draft.authorityDirectory.entries.every(isDraftObject)
  );
}

/** A label for the next version that no earlier one uses: today's date, then a suffix. */
export function nextVersionLabel(today: string, taken: readonly string[]): string {
  if (!taken.includes(today)) return today;
  for (let n = 2; ; n++) {
    const label = `${today}.${n}`;
    if (!taken.includes(label)) return label;
  }
}
