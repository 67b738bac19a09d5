import { normaliseForComparison } from '../../shared/visible-text';

/**
 * The identity of an order: its authority and the authority's reference. Two orders that
 * differ only in what a reader cannot see are the same order. Migration 0010 computes the
 * same key in SQL for cases imported before it.
 */
export function orderKey(order: {
  reference: string;
  authority: { name: string; country: string };
}): string {
  return [
    order.authority.country,
    normaliseForComparison(order.authority.name),
    normaliseForComparison(order.reference),
  ].join('|');
}
