import { describe, expect, it } from 'vitest';
import { policyDiff } from './policy-diff';

describe('policyDiff', () => {
  const before = {
    title: 'Policy',
    jurisdictions: [
      { country: 'FR', status: 'answered' },
      { country: 'DE', status: 'answered' },
    ],
    scope: { disclosableCategories: ['ip_addresses', 'phone_number'] },
  };

  it('finds nothing between a document and itself, or a reordering of its lists', () => {
    expect(policyDiff(before, before)).toEqual([]);
    expect(
      policyDiff(before, {
        ...before,
        jurisdictions: [...before.jurisdictions].reverse(),
        scope: { disclosableCategories: ['phone_number', 'ip_addresses'] },
      }),
    ).toEqual([]);
  });

  it('names a changed list entry by its key, not by its position', () => {
    const after = {
      ...before,
      jurisdictions: [
        { country: 'DE', status: 'answered' },
        { country: 'FR', status: 'not_answered', reason: 'Suspended.' },
      ],
    };
    expect(policyDiff(before, after, 'policy')).toEqual([
      {
        path: 'policy.jurisdictions[FR].status',
        before: '"answered"',
        after: '"not_answered"',
      },
      { path: 'policy.jurisdictions[FR].reason', after: '"Suspended."' },
    ]);
  });

  it('shows added and removed entries and fields whole', () => {
    const after = {
      title: 'Policy',
      jurisdictions: [{ country: 'FR', status: 'answered' }],
      scope: { disclosableCategories: ['ip_addresses'] },
    };
    expect(policyDiff(before, after)).toEqual([
      { path: 'jurisdictions[DE]', before: '{"country":"DE","status":"answered"}' },
      {
        path: 'scope.disclosableCategories',
        before: '["ip_addresses","phone_number"]',
        after: '["ip_addresses"]',
      },
    ]);
  });

  it('shortens a long value', () => {
    const [change] = policyDiff({ note: 'a' }, { note: 'b'.repeat(1000) });
    expect(change?.after?.length).toBe(400);
    expect(change?.after?.endsWith('…')).toBe(true);
  });
});
