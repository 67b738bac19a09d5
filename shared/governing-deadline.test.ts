import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { governingDeadline } from './governing-deadline';

describe('governingDeadline', () => {
  it('takes the authority’s date when it is earlier', () => {
    expect(governingDeadline('2026-03-03T08:14:00Z', '2026-03-02T12:00:00+01:00')).toEqual({
      dueAt: '2026-03-02T11:00:00.000Z',
      governedBy: 'authority',
      policyDueAt: '2026-03-03T08:14:00.000Z',
      authorityRespondBy: '2026-03-02T11:00:00.000Z',
    });
  });

  it('keeps the policy’s date when the authority allows longer, or states nothing', () => {
    expect(governingDeadline('2026-03-03T08:14:00Z', '2026-04-01T00:00:00Z')).toMatchObject({
      dueAt: '2026-03-03T08:14:00.000Z',
      governedBy: 'policy',
    });
    expect(governingDeadline('2026-03-03T08:14:00Z', undefined)).toMatchObject({
      governedBy: 'policy',
      authorityRespondBy: null,
    });
  });

  it('is always the earlier of the two', () => {
    const instant = fc
      .integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(instant, instant, (policy, authority) => {
        const due = governingDeadline(policy, authority);
        expect(Date.parse(due.dueAt)).toBe(Math.min(Date.parse(policy), Date.parse(authority)));
      }),
    );
  });
});
