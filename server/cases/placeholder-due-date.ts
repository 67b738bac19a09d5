import { addDays, addHours } from '../../shared/dates';
import type { Order } from '../../shared/order';

/**
 * When a case must be answered. A stand-in until the policy engine applies each route's and
 * jurisdiction's rules: the authority's own deadline if it states one, else eight hours for
 * an emergency and ten days otherwise (the e-Evidence figures), in calendar time.
 */
export function placeholderDueDate(
  order: Pick<Order, 'receivedAt' | 'emergency' | 'respondBy'>,
): string {
  if (order.respondBy !== undefined) return new Date(order.respondBy).toISOString();
  return order.emergency ? addHours(order.receivedAt, 8) : addDays(order.receivedAt, 10);
}
