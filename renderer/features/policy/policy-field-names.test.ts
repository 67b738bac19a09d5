import { describe, expect, it } from 'vitest';
import { seedPolicyRecord } from '../../lib/testing/policy-fixture';
import { draftOf } from './policy-draft';
import { policyFieldName } from './policy-field-names';

const record = seedPolicyRecord();
const draft = draftOf(record, 'next', '2026-12-01');
const fr = record.policy.jurisdictions.findIndex((j) => j.country === 'FR');
const [authority] = record.authorityDirectory.entries;

describe('policyFieldName', () => {
  it('names a jurisdiction by its country and a route by what it is', () => {
    const frProfile = record.policy.jurisdictions[fr];
    if (frProfile?.status !== 'answered') throw new Error('France is answered in the seed');
    expect(policyFieldName(draft, `policy.jurisdictions.${fr}.routes.0.deadline.amount`)).toMatch(
      new RegExp(`^France — route “.+” — deadline — time to answer$`),
    );
    expect(
      policyFieldName(draft, `policy.jurisdictions.${fr}.routes.0.deadline.amount`),
    ).not.toMatch(/routes|amount|\d/);
  });

  it('names an authority by its name and the policy’s own fields by their label', () => {
    expect(policyFieldName(draft, 'authorityDirectory.entries.0.contact.phone')).toBe(
      `${authority?.name ?? ''} — call-back contact — phone`,
    );
    expect(policyFieldName(draft, 'policy.effectiveFrom')).toBe('Effective from');
    expect(policyFieldName(draft, 'policy.tosCatalog.categories.0.sources.1.url')).toMatch(
      /^Terms of Service catalogue — Category “.+” — source 2 — web address$/,
    );
    expect(policyFieldName(draft, '(root)')).toBe('The document');
  });

  it('never shows a raw path segment of the schema', () => {
    const name = policyFieldName(
      draft,
      `policy.jurisdictions.${fr}.calendar.publicHolidays.added.0.rule`,
    );
    expect(name).not.toMatch(/publicHolidays|\.\d/);
  });
});
