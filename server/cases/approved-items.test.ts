import { describe, expect, it } from 'vitest';
import { Order } from '../../shared/order';
import { evaluateOrder } from '../../shared/policy';
import { CURRENT_SEED_POLICY, SEED_AUTHORITY_DIRECTORY } from '../../shared/policy/seed';
import { judgeItems } from '../../shared/release/releasable-items';
import { CHECK_KEYS, emptyChecks, initialDecisions, type Review } from '../../shared/review';
import { NO_VERIFICATION_NEEDED } from '../../shared/verification';
import { sampleOrder, samplePreservation } from '../testing/sample-order';
import { approvedItems } from './approved-items';

const order = Order.parse(
  sampleOrder({
    targets: [
      { identifier: { kind: 'username', value: '@fastcash_invest' }, status: 'suspect' },
      { identifier: { kind: 'user_id', value: '5012345678' }, status: 'victim' },
    ],
  }),
);
const verdict = evaluateOrder(order, CURRENT_SEED_POLICY, {
  now: '2026-03-03T00:00:00Z',
  authorityDirectory: SEED_AUTHORITY_DIRECTORY,
});

function passedReview(decisions: Review['decisions']): Review {
  const checks = emptyChecks();
  for (const key of CHECK_KEYS) {
    checks[key] = { result: 'pass', note: 'Called the registry; confirmed.' };
  }
  return { checks, decisions };
}

const approve = (review: Review) =>
  approvedItems(
    review,
    judgeItems(order, review, verdict, NO_VERIFICATION_NEEDED, CURRENT_SEED_POLICY),
  );

describe('approvedItems', () => {
  it('releases the decisions to disclose the policy allows, IP addresses within the window', () => {
    const decisions = initialDecisions(order).map((d) =>
      d.verdict === null ? { ...d, verdict: 'disclose' as const } : d,
    );
    expect(approve(passedReview(decisions))).toEqual([
      {
        target: 'username:@fastcash_invest',
        category: 'ip_addresses',
        ipWindow: { from: '2026-01-01T00:00:00Z', to: '2026-02-28T23:59:59Z' },
      },
      { target: 'username:@fastcash_invest', category: 'phone_number', ipWindow: null },
    ]);
  });

  it('carries a narrowed window, and leaves out what the policy forbids whatever is decided', () => {
    const narrowed = { from: '2026-02-01T00:00:00Z', to: '2026-02-10T00:00:00Z' };
    const decisions = initialDecisions(order).map((d) => ({
      ...d,
      verdict: 'disclose' as const,
      ...(d.category === 'ip_addresses' ? { ipWindow: narrowed } : {}),
    }));
    expect(approve(passedReview(decisions))).toEqual([
      { target: 'username:@fastcash_invest', category: 'ip_addresses', ipWindow: narrowed },
      { target: 'username:@fastcash_invest', category: 'phone_number', ipWindow: null },
    ]);
  });

  it('releases nothing for a refusal, nor when a check did not pass', () => {
    expect(approve({ checks: emptyChecks(), decisions: initialDecisions(order) })).toEqual([]);
    const all = initialDecisions(order).map((d) => ({ ...d, verdict: 'disclose' as const }));
    const review = passedReview(all);
    review.checks.jurisdiction = { result: 'fail', note: 'Not answered.' };
    expect(approve(review)).toEqual([]);
  });

  it('never releases IP addresses on a window the reviewer added to an order that names none', () => {
    const windowless = Order.parse({ ...sampleOrder(), ipWindow: undefined });
    const decisions = initialDecisions(windowless).map((d) => ({
      ...d,
      verdict: 'disclose' as const,
      ...(d.category === 'ip_addresses'
        ? { ipWindow: { from: '2026-02-01T00:00:00Z', to: '2026-02-10T00:00:00Z' } }
        : {}),
    }));
    const review = passedReview(decisions);
    const judged = judgeItems(
      windowless,
      review,
      evaluateOrder(windowless, CURRENT_SEED_POLICY, {
        now: '2026-03-03T00:00:00Z',
        authorityDirectory: SEED_AUTHORITY_DIRECTORY,
      }),
      NO_VERIFICATION_NEEDED,
      CURRENT_SEED_POLICY,
    );
    expect(approvedItems(review, judged).map((i) => i.category)).not.toContain('ip_addresses');
    expect(judged.find((i) => i.category === 'ip_addresses')?.blockers).toContain(
      'The order names no time window, so no IP addresses may be released.',
    );
  });

  it('releases nothing from a preservation request, whatever its review says', () => {
    const preservation = Order.parse(samplePreservation('us_preservation'));
    const decisions = initialDecisions(preservation).map((d) => ({
      ...d,
      verdict: 'disclose' as const,
    }));
    const review = passedReview(decisions);
    expect(
      judgeItems(preservation, review, verdict, NO_VERIFICATION_NEEDED, CURRENT_SEED_POLICY),
    ).toEqual([]);
  });
});
