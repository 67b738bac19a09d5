import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodsBetween } from './quarters';
import { tallyTransparency, type CaseFacts } from './tally';

const PERIODS = periodsBetween(new Date('2025-01-01T00:00:00Z'), new Date('2025-12-31T00:00:00Z'));

const instant = fc
  .integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2025-12-31T23:00:00Z') })
  .map((ms) => new Date(ms));

const facts = fc.array(
  fc.record({
    caseId: fc.uuid(),
    country: fc.constantFrom('FR', 'DE', 'SK'),
    receivedAt: instant,
    emergency: fc.boolean(),
    instrument: fc.constantFrom('court_order' as const, 'warrant' as const),
    route: fc.constantFrom('domestic' as const, 'mlat' as const),
    outcome: fc.constantFrom('disclose' as const, 'partial' as const, 'refuse' as const, null),
    failedChecks: fc.subarray(['suspect' as const, 'scope' as const]),
    answer: fc.option(
      fc.record({ kind: fc.constantFrom('disclosure' as const, 'refusal' as const), at: instant }),
      { nil: null },
    ),
    disclosedAccounts: fc.array(fc.constantFrom('a1', 'a2', 'a3', 'a4'), { maxLength: 3 }),
  }),
  { maxLength: 40 },
);

describe('the transparency tally', () => {
  it('is repeatable and follows the counting rules for any set of cases', () => {
    fc.assert(
      fc.property(facts, (cases: CaseFacts[]) => {
        const once = tallyTransparency(cases, PERIODS);
        expect(tallyTransparency([...cases].reverse(), PERIODS)).toEqual(once);
        for (const { row, cases: behind } of once) {
          const refused = new Set(behind.refused);
          expect(behind.fulfilledRequests.some((id) => refused.has(id))).toBe(false);
          expect(row.fulfilledRequests).toBe(behind.fulfilledRequests.length);
          // Each fulfilled request discloses at least one account; accounts may repeat.
          const accounts = new Set(
            cases
              .filter((c) => behind.fulfilledRequests.includes(c.caseId))
              .flatMap((c) => c.disclosedAccounts),
          );
          expect(row.affectedUsers).toBe(accounts.size);
        }
        const fulfilled = once.reduce((n, t) => n + t.row.fulfilledRequests, 0);
        const delivered = cases.filter(
          (c) => c.answer?.kind === 'disclosure' && c.disclosedAccounts.length > 0,
        );
        expect(fulfilled).toBe(new Set(delivered.map((c) => c.caseId)).size);
      }),
    );
  });

  it('counts a fulfilled request in the quarter of its delivery, not of its receipt', () => {
    const [q1, q2] = tallyTransparency(
      [
        {
          caseId: 'c1',
          country: 'FR',
          receivedAt: new Date('2025-03-30T10:00:00Z'),
          emergency: false,
          instrument: 'court_order',
          route: 'domestic',
          outcome: 'disclose',
          failedChecks: [],
          answer: { kind: 'disclosure', at: new Date('2025-04-02T10:00:00Z') },
          disclosedAccounts: ['a1'],
        },
      ],
      PERIODS,
    );
    expect(q1?.row).toMatchObject({ period: '2025-Q1', received: 1, fulfilledRequests: 0 });
    expect(q2?.row).toMatchObject({ period: '2025-Q2', received: 0, fulfilledRequests: 1 });
  });

  it('counts a preservation request nowhere, whatever its record says', () => {
    const disclosed: CaseFacts = {
      caseId: 'p1',
      country: 'FR',
      receivedAt: new Date('2025-02-01T10:00:00Z'),
      emergency: false,
      instrument: 'court_order',
      route: 'domestic',
      outcome: 'disclose',
      failedChecks: [],
      answer: { kind: 'disclosure', at: new Date('2025-02-02T10:00:00Z') },
      disclosedAccounts: ['a1'],
    };
    const production = tallyTransparency([disclosed], PERIODS);
    expect(production[0]?.row).toMatchObject({ fulfilledRequests: 1, affectedUsers: 1 });
    expect(tallyTransparency([{ ...disclosed, kind: 'preservation' }], PERIODS)).toEqual([]);
  });
});
