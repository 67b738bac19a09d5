import type { DisclosureRecord } from '../../shared/case-record';
import type { Order } from '../../shared/order';
import type { Review } from '../../shared/review';

/**
 * Exactly what the approval releases: each decision to disclose, with the order's IP window
 * for IP addresses. Anything the review declined or left open is absent.
 */
export function approvedItems(order: Order, review: Review): DisclosureRecord['items'] {
  return review.decisions
    .filter((d) => d.verdict === 'disclose')
    .map((d) => ({
      target: d.target,
      category: d.category,
      ipWindow:
        d.category === 'ip_addresses' && order.ipWindow
          ? { from: order.ipWindow.from, to: order.ipWindow.to }
          : null,
    }));
}
