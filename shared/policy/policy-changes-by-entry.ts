import type { AuthorityDirectory } from './authority-directory';
import { policyDiff, type PolicyChange } from './policy-diff';
import type { PolicyVersion } from './policy-version';

/**
 * What one version changes against another, entry by entry, as the administrator who publishes
 * it reads it: each jurisdiction, directory authority and Terms of Service category that was
 * added, removed or changed, with its changed fields before and after, then the policy's own
 * fields. The same list goes into the audit trail, computed there from the stored versions.
 */

export interface PolicyDocuments {
  policy: PolicyVersion;
  authorityDirectory: AuthorityDirectory;
}

export const ENTRY_SECTIONS = ['jurisdiction', 'authority', 'catalog', 'policy'] as const;
export type EntrySection = (typeof ENTRY_SECTIONS)[number];

export interface EntryChange {
  section: EntrySection;
  /** The country code, directory id or category code; empty for the policy's own fields. */
  key: string;
  /** How a reader names the entry: its label or name, in the newer version where it has one. */
  name: string;
  change: 'added' | 'removed' | 'changed';
  /** Paths relative to the entry, e.g. `routes[fr-domestic].deadline.amount`. */
  fields: PolicyChange[];
}

function entryChanges<T extends object>(
  section: EntrySection,
  before: readonly T[],
  after: readonly T[],
  keyOf: (entry: T) => string,
  nameOf: (entry: T) => string,
): EntryChange[] {
  const old = new Map(before.map((e) => [keyOf(e), e]));
  const now = new Map(after.map((e) => [keyOf(e), e]));
  const keys = [...new Set([...now.keys(), ...old.keys()])];
  const out: EntryChange[] = [];
  for (const key of keys) {
    const was = old.get(key);
    const is = now.get(key);
    const fields = policyDiff(was ?? {}, is ?? {});
    if (fields.length === 0) continue;
    const named = is ?? was;
    out.push({
      section,
      key,
      name: named ? nameOf(named) : key,
      change: was === undefined ? 'added' : is === undefined ? 'removed' : 'changed',
      fields,
    });
  }
  return out;
}

/** The policy's own fields: everything but the three lists compared entry by entry. */
function ownFields(docs: PolicyDocuments | null): Record<string, unknown> {
  if (!docs) return {};
  const { jurisdictions: _jurisdictions, tosCatalog, ...policy } = docs.policy;
  const { categories: _categories, ...catalog } = tosCatalog;
  const { entries: _entries, ...directory } = docs.authorityDirectory;
  return { ...policy, tosCatalog: catalog, authorityDirectory: directory };
}

export function policyChangesByEntry(
  before: PolicyDocuments | null,
  after: PolicyDocuments,
): EntryChange[] {
  const own = policyDiff(ownFields(before), ownFields(after));
  return [
    ...entryChanges(
      'jurisdiction',
      before?.policy.jurisdictions ?? [],
      after.policy.jurisdictions,
      (j) => j.country,
      (j) => j.country,
    ),
    ...entryChanges(
      'authority',
      before?.authorityDirectory.entries ?? [],
      after.authorityDirectory.entries,
      (a) => a.id,
      (a) => a.name,
    ),
    ...entryChanges(
      'catalog',
      before?.policy.tosCatalog.categories ?? [],
      after.policy.tosCatalog.categories,
      (c) => c.code,
      (c) => c.label,
    ),
    ...(own.length > 0
      ? [
          {
            section: 'policy' as const,
            key: '',
            name: after.policy.title,
            change: 'changed' as const,
            fields: own,
          },
        ]
      : []),
  ];
}
