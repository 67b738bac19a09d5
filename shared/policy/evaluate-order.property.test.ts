import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_RESULTS } from '../review';
import { evaluateOrder } from './evaluate-order';
import type { PolicyVersion } from './policy-version';
import { SEED_AUTHORITY_DIRECTORY, SEED_POLICIES } from './seed';
import { instantArb, orderArb, verificationsArb } from './testing/order-arbitrary';
import { ENGINE_CHECK_KEYS, Verdict } from './verdict';

const policyArb = fc.constantFrom(...SEED_POLICIES);

/** Every rule id that occurs anywhere in the policy data. */
function ruleIds(policy: PolicyVersion): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'id' && typeof child === 'string') ids.add(child);
        else walk(child);
      }
    }
  };
  walk(policy);
  return ids;
}
const IDS = new Map(SEED_POLICIES.map((p) => [p.version, ruleIds(p)]));

const RUNS = { numRuns: 400 };

describe('evaluateOrder on any schema-valid order', () => {
  it('is total: a well-formed verdict for every check, never a fault', () => {
    fc.assert(
      fc.property(
        orderArb,
        policyArb,
        instantArb,
        verificationsArb,
        (order, policy, now, verifications) => {
          const verdict = evaluateOrder(order, policy, {
            now,
            authorityDirectory: SEED_AUTHORITY_DIRECTORY,
            verifications,
          });
          expect(Verdict.safeParse(verdict).success).toBe(true);
          for (const key of ENGINE_CHECK_KEYS) {
            const check = verdict.checks[key];
            expect(check.check).toBe(key);
            expect(CHECK_RESULTS).toContain(check.result);
            expect(check.reason.trim().length).toBeGreaterThan(0);
            expect(check.policyVersion).toBe(policy.version);
            expect(check.rule).not.toBe('engine.fault');
          }
        },
      ),
      RUNS,
    );
  });

  it('is deterministic and serialisable: the same input gives the same verdict', () => {
    fc.assert(
      fc.property(
        orderArb,
        policyArb,
        instantArb,
        verificationsArb,
        (order, policy, now, verifications) => {
          const context = { now, authorityDirectory: SEED_AUTHORITY_DIRECTORY, verifications };
          const first = evaluateOrder(order, policy, context);
          const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
          const second = evaluateOrder(copy(order), policy, copy(context));
          expect(second).toEqual(first);
          expect(JSON.parse(JSON.stringify(first))).toEqual(first);
        },
      ),
      RUNS,
    );
  });

  it('cites only rules that exist in the policy data', () => {
    fc.assert(
      fc.property(orderArb, policyArb, instantArb, (order, policy, now) => {
        const verdict = evaluateOrder(order, policy, {
          now,
          authorityDirectory: SEED_AUTHORITY_DIRECTORY,
        });
        const ids = IDS.get(policy.version) ?? new Set<string>();
        for (const check of Object.values(verdict.checks)) {
          expect(ids).toContain(check.rule);
          for (const detail of check.details) expect(ids).toContain(detail.rule);
        }
      }),
      RUNS,
    );
  });

  it('never lets protected speech, a non-suspect, a non-judicial instrument or an unanswered state pass', () => {
    fc.assert(
      fc.property(orderArb, policyArb, instantArb, (order, policy, now) => {
        const { checks } = evaluateOrder(order, policy, {
          now,
          authorityDirectory: SEED_AUTHORITY_DIRECTORY,
        });
        const protectedCodes = policy.tosCatalog.categories
          .filter((c) => c.status === 'protected_speech')
          .map((c) => c.code);
        if (
          order.offences.some(
            (o) => o.category !== undefined && protectedCodes.includes(o.category),
          )
        ) {
          expect(checks.tos_violation.result).toBe('fail');
        }
        if (order.targets.some((t) => t.status !== 'suspect'))
          expect(checks.suspect.result).toBe('fail');
        if (
          ['police_request', 'subpoena', 'emergency_request', 'other'].includes(order.instrument)
        ) {
          expect(checks.instrument.result).not.toBe('pass');
        }
        const profile = policy.jurisdictions.find((j) => j.country === order.authority.country);
        if (profile?.status === 'not_answered') expect(checks.jurisdiction.result).toBe('fail');
        if (!order.dataRequested.some((c) => policy.scope.disclosableCategories.includes(c))) {
          expect(checks.scope.result).toBe('fail');
        }
      }),
      RUNS,
    );
  });

  it('never passes authenticity without a call-back recorded for the order', () => {
    fc.assert(
      fc.property(orderArb, policyArb, instantArb, (order, policy, now) => {
        const { checks } = evaluateOrder(order, policy, {
          now,
          authorityDirectory: SEED_AUTHORITY_DIRECTORY,
        });
        expect(checks.authenticity.result).toBe('needs_review');
      }),
      RUNS,
    );
  });

  it('reports a due date consistent with the overdue flags', () => {
    fc.assert(
      fc.property(orderArb, policyArb, instantArb, (order, policy, now) => {
        const verdict = evaluateOrder(order, policy, {
          now,
          authorityDirectory: SEED_AUTHORITY_DIRECTORY,
        });
        const due = Date.parse(verdict.dueAt);
        expect(due).toBeGreaterThan(Date.parse(order.receivedAt));
        expect(verdict.isOverdue).toBe(Date.parse(now) > due);
        expect(verdict.checks.deadline.result === 'fail').toBe(verdict.isOverdue);
        if (verdict.dueWithin24h) expect(verdict.isOverdue).toBe(false);
      }),
      RUNS,
    );
  });
});
