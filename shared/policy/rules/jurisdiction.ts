import type { Order } from '../../order';
import { checkVerdict } from '../check-verdict';
import {
  AUTHORITY_KIND_LABELS,
  capitalize,
  formatDate,
  listAnd,
  listOr,
  ROUTE_LABELS,
} from '../labels';
import { countryLabel, findProfile, receiptDay } from '../lookup';
import type { PolicyVersion } from '../policy-version';
import { citeRule } from '../source';
import type { CheckVerdict } from '../verdict';

/** Does the platform answer the issuing jurisdiction, by this route, from this kind of authority? */
export function checkJurisdiction(order: Order, policy: PolicyVersion): CheckVerdict {
  const verdict = (
    result: 'pass' | 'fail' | 'needs_review',
    reason: string,
    rule: string,
    overridable = true,
  ) => checkVerdict('jurisdiction', policy, result, reason, rule, [], overridable);
  const country = countryLabel(order.authority.country);
  const routeLabel = ROUTE_LABELS[order.route];
  const profile = findProfile(policy, order.authority.country);

  if (!profile) {
    const rule = policy.unprofiledJurisdiction;
    return verdict(
      'needs_review',
      `Policy ${policy.version} has no profile for ${country}; the legal team must assess the jurisdiction before anything is disclosed (${citeRule(rule)}).`,
      rule.id,
    );
  }

  if (profile.status === 'not_answered') {
    return verdict(
      'fail',
      `The platform does not answer orders from ${country}: ${profile.reason} (${citeRule(profile)})`,
      profile.id,
      false,
    );
  }

  const routeRule = profile.routes.find((r) => r.route === order.route);
  if (!routeRule) {
    const accepted = listAnd(profile.routes.map((r) => ROUTE_LABELS[r.route]));
    return verdict(
      'fail',
      `${capitalize(routeLabel)} is not accepted for ${country}; orders from there are accepted only on ${accepted}.${profile.note ? ` ${profile.note}` : ''}`,
      profile.id,
    );
  }

  const received = receiptDay(policy, order);
  if (routeRule.availableFrom && received < routeRule.availableFrom) {
    return verdict(
      'fail',
      `${capitalize(routeLabel)} is open only to orders received from ${formatDate(routeRule.availableFrom)}; this order was received on ${formatDate(received)} (${citeRule(routeRule)}).`,
      routeRule.id,
    );
  }

  if (!routeRule.authorityKinds.includes(order.authority.kind)) {
    const allowed = listOr(routeRule.authorityKinds.map((k) => AUTHORITY_KIND_LABELS[k]));
    return verdict(
      'fail',
      `On ${routeLabel} from ${country}, orders must be issued by ${allowed}; this one was issued by ${AUTHORITY_KIND_LABELS[order.authority.kind]} (${citeRule(routeRule)}).`,
      routeRule.id,
    );
  }

  return verdict(
    'pass',
    `${country} is answered, ${routeLabel} is accepted from there, and ${AUTHORITY_KIND_LABELS[order.authority.kind]} may issue orders on it (${citeRule(routeRule)}).`,
    routeRule.id,
  );
}
