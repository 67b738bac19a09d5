import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICY_2024_09_23, SEED_AUTHORITY_DIRECTORY } from './seed';
import { policyChangesByEntry, type PolicyDocuments } from './policy-changes-by-entry';

const base: PolicyDocuments = {
  policy: POLICY_2024_09_23,
  authorityDirectory: SEED_AUTHORITY_DIRECTORY,
};

function edit(change: (docs: PolicyDocuments) => PolicyDocuments): PolicyDocuments {
  return change(JSON.parse(JSON.stringify(base)) as PolicyDocuments);
}

describe('policyChangesByEntry', () => {
  it('finds nothing between a version and itself, or a reordering of its entries', () => {
    expect(policyChangesByEntry(base, base)).toEqual([]);
    const reordered = edit((d) => ({
      policy: {
        ...d.policy,
        jurisdictions: [...d.policy.jurisdictions].reverse(),
        tosCatalog: {
          ...d.policy.tosCatalog,
          categories: [...d.policy.tosCatalog.categories].reverse(),
        },
      },
      authorityDirectory: {
        ...d.authorityDirectory,
        entries: [...d.authorityDirectory.entries].reverse(),
      },
    }));
    expect(policyChangesByEntry(base, reordered)).toEqual([]);
  });

  it('names a changed jurisdiction, authority and category with each field before and after', () => {
    const [authority] = base.authorityDirectory.entries;
    const [category] = base.policy.tosCatalog.categories;
    if (!authority || !category) throw new Error('the seed has no directory or catalog');
    const after = edit((d) => {
      const fr = d.policy.jurisdictions.find((j) => j.country === 'FR');
      if (fr?.status !== 'answered') throw new Error('France is answered in the seed');
      fr.note = 'Reviewed by the legal team.';
      d.authorityDirectory.entries[0] = { ...authority, name: 'Renamed authority' };
      d.policy.tosCatalog.categories[0] = { ...category, label: 'Renamed category' };
      return d;
    });
    const changes = policyChangesByEntry(base, after);
    expect(changes).toEqual([
      {
        section: 'jurisdiction',
        key: 'FR',
        name: 'FR',
        change: 'changed',
        fields: [{ path: 'note', after: '"Reviewed by the legal team."' }],
      },
      {
        section: 'authority',
        key: authority.id,
        name: 'Renamed authority',
        change: 'changed',
        fields: [
          { path: 'name', before: JSON.stringify(authority.name), after: '"Renamed authority"' },
        ],
      },
      {
        section: 'catalog',
        key: category.code,
        name: 'Renamed category',
        change: 'changed',
        fields: [
          { path: 'label', before: JSON.stringify(category.label), after: '"Renamed category"' },
        ],
      },
    ]);
  });

  it('shows an added entry field by field, and a removed one under its old name', () => {
    const [authority] = base.authorityDirectory.entries;
    if (!authority) throw new Error('the seed has no directory');
    const after = edit((d) => ({
      policy: {
        ...d.policy,
        jurisdictions: d.policy.jurisdictions.filter((j) => j.country !== 'DE'),
      },
      authorityDirectory: {
        ...d.authorityDirectory,
        entries: [
          ...d.authorityDirectory.entries.slice(1),
          { ...authority, id: 'xx-new-authority', name: 'A new authority' },
        ],
      },
    }));
    const changes = policyChangesByEntry(base, after);
    expect(changes.map((c) => [c.section, c.key, c.change])).toEqual([
      ['jurisdiction', 'DE', 'removed'],
      ['authority', 'xx-new-authority', 'added'],
      ['authority', authority.id, 'removed'],
    ]);
    const added = changes.find((c) => c.change === 'added');
    expect(added?.name).toBe('A new authority');
    expect(added?.fields.every((f) => f.before === undefined && f.after !== undefined)).toBe(true);
    expect(added?.fields.map((f) => f.path)).toContain('contact');
    const removed = changes.find((c) => c.key === authority.id);
    expect(removed?.name).toBe(authority.name);
    expect(removed?.fields.every((f) => f.after === undefined)).toBe(true);
  });

  it('lists the policy’s own fields last, and everything as added against no version', () => {
    const after = edit((d) => ({
      ...d,
      policy: { ...d.policy, version: 'next', effectiveFrom: '2030-01-01' },
    }));
    expect(policyChangesByEntry(base, after)).toEqual([
      {
        section: 'policy',
        key: '',
        name: base.policy.title,
        change: 'changed',
        fields: [
          { path: 'version', before: '"2024-09-23"', after: '"next"' },
          { path: 'effectiveFrom', before: '"2024-09-23"', after: '"2030-01-01"' },
        ],
      },
    ]);
    const fromNothing = policyChangesByEntry(null, base);
    expect(fromNothing.filter((c) => c.section === 'jurisdiction')).toHaveLength(
      base.policy.jurisdictions.length,
    );
    expect(fromNothing.every((c) => c.section === 'policy' || c.change === 'added')).toBe(true);
  });
});

describe('policyChangesByEntry, for any reordering and removal', () => {
  const countries = base.policy.jurisdictions.map((j) => j.country);
  const ids = base.authorityDirectory.entries.map((a) => a.id);

  it('lists exactly the removed entries, whatever order the rest is in', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(countries),
        fc.shuffledSubarray(ids),
        (keptCountries, keptIds) => {
          const after: PolicyDocuments = {
            policy: {
              ...base.policy,
              jurisdictions: keptCountries.map((c) => {
                const profile = base.policy.jurisdictions.find((j) => j.country === c);
                if (!profile) throw new Error(`no profile for ${c}`);
                return profile;
              }),
            },
            authorityDirectory: {
              ...base.authorityDirectory,
              entries: keptIds.map((id) => {
                const entry = base.authorityDirectory.entries.find((a) => a.id === id);
                if (!entry) throw new Error(`no entry ${id}`);
                return entry;
              }),
            },
          };
          const changes = policyChangesByEntry(base, after);
          expect(changes.every((c) => c.change === 'removed')).toBe(true);
          expect(
            changes
              .filter((c) => c.section === 'jurisdiction')
              .map((c) => c.key)
              .sort(),
          ).toEqual(countries.filter((c) => !keptCountries.includes(c)).sort());
          expect(
            changes
              .filter((c) => c.section === 'authority')
              .map((c) => c.key)
              .sort(),
          ).toEqual(ids.filter((id) => !keptIds.includes(id)).sort());
          // And back again: the same entries, added.
          const back = policyChangesByEntry(after, base);
          expect(back.map((c) => [c.section, c.key, 'added']).sort()).toEqual(
            changes.map((c) => [c.section, c.key, 'added']).sort(),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
