import type { Order } from '../../order';
import { checkVerdict } from '../check-verdict';
import { capitalize, formatDate, INSTRUMENT_LABELS, listOr, ROUTE_LABELS } from '../labels';
import { countryLabel, findProfile, findRouteRule, receiptDay } from '../lookup';
import type { PolicyVersion } from '../policy-version';
import { citeRule } from '../source';
import type { CheckVerdict } from '../verdict';

/** Is the instrument a judicial one, and does it suffice on the route the order came by? */
export function checkInstrument(order: Order, policy: PolicyVersion): CheckVerdict {
  const rule = policy.instruments[order.instrument];
  const label = INSTRUMENT_LABELS[order.instrument];
  const verdict = (result: 'pass' | 'fail' | 'needs_review', reason: string, ruleId = rule.id) =>
    checkVerdict('instrument', policy, result, reason, ruleId);
  const judicial = listOr(
    Object.entries(policy.instruments)
      .filter(([, r]) => r.class === 'judicial')
      .map(([instrument]) => INSTRUMENT_LABELS[instrument as Order['instrument']]),
  );
  const cite = `(${citeRule(rule)})`;

  switch (rule.class) {
    case 'unknown':
      return verdict(
        'needs_review',
        `The instrument is not one the intake could classify; a reviewer must read it and decide whether it is ${judicial} ${cite}.`,
      );
    case 'emergency':
      return verdict(
        'needs_review',
        `${capitalize(label)} is not a judicial instrument and never suffices on its own; a reviewer must assess the claimed emergency and ask for ${judicial} ${cite}.`,
      );
    case 'not_judicial':
      if (order.emergency) {
        return verdict(
          'needs_review',
          `${capitalize(label)} marked as an emergency is not a judicial instrument and never suffices on its own; a reviewer must assess the claimed emergency and ask for ${judicial} ${cite}.`,
        );
      }
      return verdict(
        'fail',
        `${capitalize(label)} is not a judicial instrument; the platform discloses only on ${judicial} ${cite}.`,
      );
    case 'judicial':
    case 'route_specific':
      return checkOnRoute(order, policy, rule, label, cite);
  }
}

function checkOnRoute(
  order: Order,
  policy: PolicyVersion,
  rule: PolicyVersion['instruments'][Order['instrument']],
  label: string,
  cite: string,
): CheckVerdict {
  const verdict = (result: 'pass' | 'fail' | 'needs_review', reason: string, ruleId = rule.id) =>
    checkVerdict('instrument', policy, result, reason, ruleId);
  const routeLabel = ROUTE_LABELS[order.route];
  const country = countryLabel(order.authority.country);

  if (rule.class === 'route_specific' && !(rule.routes ?? []).includes(order.route)) {
    const routes = listOr((rule.routes ?? []).map((r) => ROUTE_LABELS[r]));
    return verdict(
      'fail',
      `${capitalize(label)} is valid only on ${routes}, but this order came by ${routeLabel} ${cite}.`,
    );
  }

  const profile = findProfile(policy, order.authority.country);
  const routeRule = findRouteRule(policy, order);
  if (!routeRule) {
    // A judicial instrument stays judicial; whether the route is open is the jurisdiction check's question.
    if (rule.class === 'judicial') {
      return verdict('pass', `${capitalize(label)} is a judicial instrument ${cite}.`);
    }
    if (!profile) {
      return verdict(
        'needs_review',
        `Policy ${policy.version} has no profile for ${country}, so it cannot tell whether ${label} is available from there ${cite}.`,
      );
    }
    return verdict(
      'fail',
      `${capitalize(label)} can be used only by a jurisdiction that accepts ${routeLabel}, and ${country} does not under policy ${policy.version} ${cite}.`,
    );
  }

  if (!routeRule.instruments.includes(order.instrument)) {
    const accepted = listOr(routeRule.instruments.map((i) => INSTRUMENT_LABELS[i]));
    return verdict(
      'fail',
      `On ${routeLabel} from ${country} the instrument must be ${accepted}; ${label} does not qualify (${citeRule(routeRule)}).`,
      routeRule.id,
    );
  }

  const received = receiptDay(policy, order);
  if (routeRule.availableFrom && received < routeRule.availableFrom) {
    return verdict(
      'fail',
      `${capitalize(label)} cannot be relied on for an order received on ${formatDate(received)}: ${routeLabel} applies only to orders received from ${formatDate(routeRule.availableFrom)} (${citeRule(routeRule)}).`,
      routeRule.id,
    );
  }

  return verdict(
    'pass',
    `${capitalize(label)} suffices on ${routeLabel} from ${country} (${citeRule(routeRule)}).`,
    routeRule.id,
  );
}
