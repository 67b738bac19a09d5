/**
 * What an edit changes, field by field, for the second administrator who approves it and for
 * the audit trail. Lists are matched by the key their entries are known by (a jurisdiction by
 * its country, a rule by its id, a holiday by its date), so reordering is not a change and a
 * changed entry is shown where it is, not as a shifted list.
 */

export interface PolicyChange {
  /** e.g. `policy.jurisdictions[FR].status` */
  path: string;
  /** JSON text of the value before and after; absent where the field did not exist. */
  before?: string;
  after?: string;
}

const ENTRY_KEYS = ['country', 'id', 'code', 'route', 'date', 'rule', 'authorityName', 'name'];
const MAX_VALUE_CHARS = 400;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: Json | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** The key every entry of both lists carries uniquely, if there is one. */
function entryKey(before: Json[], after: Json[]): string | undefined {
  const all = [...before, ...after];
  return ENTRY_KEYS.find((key) => {
    if (!all.every((e) => isObject(e) && typeof e[key] === 'string')) return false;
    const unique = (list: Json[]) =>
      new Set(list.map((e) => (e as Record<string, Json>)[key])).size === list.length;
    return unique(before) && unique(after);
  });
}

function keyed(list: Json[], key: string): Map<string, Json> {
  return new Map(list.map((e) => [String((e as Record<string, Json>)[key]), e]));
}

function walk(
  path: string,
  before: Json | undefined,
  after: Json | undefined,
  out: PolicyChange[],
) {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  if (isObject(before) && isObject(after)) {
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      walk(`${path}.${field}`, before[field], after[field], out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = entryKey(before, after);
    if (key !== undefined) {
      const old = keyed(before, key);
      const now = keyed(after, key);
      for (const id of new Set([...old.keys(), ...now.keys()])) {
        walk(`${path}[${id}]`, old.get(id), now.get(id), out);
      }
      return;
    }
    if (before.every((e) => !isObject(e) && !Array.isArray(e))) {
      const removed = before.filter((e) => !after.some((a) => a === e));
      const added = after.filter((e) => !before.some((b) => b === e));
      if (removed.length === 0 && added.length === 0) return;
    }
  }
  const change: PolicyChange = { path };
  const was = show(before);
  const becomes = show(after);
  if (was !== undefined) change.before = was;
  if (becomes !== undefined) change.after = becomes;
  out.push(change);
}

/** Every change from one document to the other, in document order. */
export function policyDiff(before: unknown, after: unknown, root = ''): PolicyChange[] {
  const out: PolicyChange[] = [];
  walk(root, before as Json, after as Json, out);
  return out.map((c) => ({ ...c, path: c.path.replace(/^\./, '') }));
}
