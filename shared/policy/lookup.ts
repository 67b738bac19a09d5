import { countryName } from '../countries';
import type { Order } from '../order';
import { localDate } from './business-days';
import type { BusinessCalendar } from './business-calendar';
import type { JurisdictionProfile, RouteRule } from './jurisdiction-profile';
import type { PolicyVersion } from './policy-version';

export function findProfile(
  policy: PolicyVersion,
  country: string,
): JurisdictionProfile | undefined {
  return policy.jurisdictions.find((j) => j.country === country);
}

/** The route rule the order relies on, when its jurisdiction is answered and accepts the route. */
export function findRouteRule(policy: PolicyVersion, order: Order): RouteRule | undefined {
  const profile = findProfile(policy, order.authority.country);
  if (profile?.status !== 'answered') return undefined;
  return profile.routes.find((r) => r.route === order.route);
}

/**
 * The route rule as it applied when the order arrived: a route that was not yet open (the
 * e-Evidence route before 18 August 2026) sets neither the deadline nor the reach of the order.
 */
export function findRouteRuleInForce(policy: PolicyVersion, order: Order): RouteRule | undefined {
  const rule = findRouteRule(policy, order);
  if (!rule?.availableFrom) return rule;
  return receiptDay(policy, order) < rule.availableFrom ? undefined : rule;
}

/** The calendar of the issuing jurisdiction, or the policy's default when it has none. */
export function calendarFor(policy: PolicyVersion, country: string): BusinessCalendar {
  const profile = findProfile(policy, country);
  return profile?.status === 'answered' ? profile.calendar : policy.defaultCalendar;
}

/** The local day on which the order arrived in the issuing jurisdiction. */
export function receiptDay(policy: PolicyVersion, order: Order): string {
  return localDate(order.receivedAt, calendarFor(policy, order.authority.country).timeZone);
}

/** "France (FR)" */
export function countryLabel(code: string): string {
  const name = countryName(code);
  return name === code ? code : `${name} (${code})`;
}
