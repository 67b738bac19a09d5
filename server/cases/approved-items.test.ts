import { describe, expect, it } from 'vitest';
import { Order } from '../../shared/order';
import { emptyChecks, initialDecisions } from '../../shared/review';
import { sampleOrder } from '../testing/sample-order';
import { approvedItems } from './approved-items';

describe('approvedItems', () => {
  const order = Order.parse(sampleOrder());

  it('releases exactly the decisions to disclose, IP addresses within the order’s window', () => {
    const decisions = initialDecisions(order).map((d) =>
      d.target === 'username:@fastcash_invest' && d.verdict === null
        ? { ...d, verdict: 'disclose' as const }
        : d,
    );
    expect(approvedItems(order, { checks: emptyChecks(), decisions })).toEqual([
      {
        target: 'username:@fastcash_invest',
        category: 'ip_addresses',
        ipWindow: { from: '2026-01-01T00:00:00Z', to: '2026-02-28T23:59:59Z' },
      },
      { target: 'username:@fastcash_invest', category: 'phone_number', ipWindow: null },
    ]);
  });

  it('releases nothing for a refusal', () => {
    expect(
      approvedItems(order, { checks: emptyChecks(), decisions: initialDecisions(order) }),
    ).toEqual([]);
  });
});
