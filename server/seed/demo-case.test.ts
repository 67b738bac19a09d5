import { evaluateOrder } from '../../shared/policy';
import { CURRENT_SEED_POLICY, SEED_AUTHORITY_DIRECTORY } from '../../shared/policy/seed';
import { describe, expect, it } from 'vitest';
import { Order } from '../../shared/order';
import { signOffProblems } from '../../shared/release/sign-off-problems';
import { NO_VERIFICATION_NEEDED } from '../../shared/verification';
import { demoCase, type DemoActors } from './demo-case';
import { demoOrder } from './demo-order';
import { SeededRandom } from './seeded-random';
import { countryWeights, demoReference } from './seed-demo-cases';
import { CASE_STATUSES } from '../../shared/case-lifecycle';

const actors: DemoActors = {
  reviewers: [{ id: 'r1', username: 'reviewer1' }],
  supervisors: [{ id: 's1', username: 'supervisor1' }],
};
const asOf = new Date('2026-01-01T00:00:00Z');

function generate(seed: number, count: number) {
  const r = new SeededRandom(seed);
  const weights = countryWeights();
  return Array.from({ length: count }, (_, i) => {
    const jurisdiction = r.weighted(weights);
    const receivedAt = new Date(Date.parse('2025-01-01T00:00:00Z') + i * 3_600_000);
    const order = demoOrder(
      r,
      jurisdiction,
      receivedAt,
      demoReference(jurisdiction.alpha2, 2025, seed, i),
    );
    return demoCase(r, r.uuid(), order, r.pick(CASE_STATUSES), actors, asOf);
  });
}

describe('demo cases', () => {
  const cases = generate(1, 3000);

  it('are valid orders in the intake format', () => {
    for (const c of cases) expect(Order.safeParse(c.order).error).toBeUndefined();
  });

  it('are signed off only with a review the service itself would accept', () => {
    for (const c of cases.filter((c) => c.signOff)) {
      const verdict = evaluateOrder(c.order, CURRENT_SEED_POLICY, {
        now: c.order.receivedAt,
        authorityDirectory: SEED_AUTHORITY_DIRECTORY,
      });
      expect(
        signOffProblems(c.order, c.review, verdict, NO_VERIFICATION_NEEDED, CURRENT_SEED_POLICY),
      ).toEqual([]);
    }
  });

  it('never disclose for an unsound order', () => {
    for (const c of cases.filter((c) => c.disclosure && c.disclosure.items.length > 0)) {
      expect(c.order.targets.every((t) => t.status === 'suspect')).toBe(true);
      expect(['court_order', 'warrant', 'judges_order']).toContain(c.order.instrument);
    }
  });

  it('keep four eyes: no approver ever worked on the review', () => {
    for (const c of cases) {
      const approver = c.events.find((e) => e.action === 'case.approve')?.actor.id;
      const reviewers = c.events
        .filter((e) => e.action !== 'case.approve' && !e.action.startsWith('case.record'))
        .filter((e) => !['case.return', 'case.close'].includes(e.action))
        .map((e) => e.actor.id);
      if (approver) expect(reviewers).not.toContain(approver);
    }
  });

  it('have a history in time order, one event per version', () => {
    for (const c of cases) {
      expect(c.events).toHaveLength(c.version);
      const times = c.events.map((e) => e.at.getTime());
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(Math.max(...times)).toBeLessThan(asOf.getTime());
    }
  });

  it('repeat exactly for the same seed', () => {
    expect(generate(7, 50)).toEqual(generate(7, 50));
    expect(generate(7, 50)).not.toEqual(generate(8, 50));
  });

  it('follow the published country mix', () => {
    const india = cases.filter((c) => c.order.authority.country === 'IN').length / cases.length;
    expect(india).toBeGreaterThan(0.65);
    expect(india).toBeLessThan(0.76);
  });
});
