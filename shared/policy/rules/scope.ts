import type { DataCategory, Order } from '../../order';
import { calendarDaysBetween } from '../business-days';
import { checkVerdict } from '../check-verdict';
import {
  AUTHORITY_KIND_LABELS,
  capitalize,
  DATA_CATEGORY_LABELS,
  formatInstant,
  listAnd,
  ROUTE_LABELS,
} from '../labels';
import { countryLabel, findRouteRuleInForce } from '../lookup';
import type { PolicyVersion } from '../policy-version';
import { citeRule } from '../source';
import type { CategoryDetail, CheckVerdict } from '../verdict';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One category as the scope check judges it; also used to judge a reviewer's narrowed window. */
export function assessCategory(
  order: Order,
  policy: PolicyVersion,
  category: DataCategory,
): CategoryDetail {
  const label = DATA_CATEGORY_LABELS[category];
  const scope = policy.scope;
  const detail = (
    result: CategoryDetail['result'],
    reason: string,
    rule: string,
  ): CategoryDetail => ({
    kind: 'category',
    category,
    result,
    reason,
    rule,
  });

  if (!scope.disclosableCategories.includes(category)) {
    const allowed = listAnd(scope.disclosableCategories.map((c) => DATA_CATEGORY_LABELS[c]));
    return detail(
      'fail',
      `Declined as outside the policy: ${label}. Only ${allowed} may be disclosed (${citeRule(scope)}).`,
      scope.id,
    );
  }

  const routeRule = findRouteRuleInForce(policy, order);
  const routeLabel = ROUTE_LABELS[order.route];
  const country = countryLabel(order.authority.country);
  if (routeRule && !routeRule.dataCategories.includes(category)) {
    return detail(
      'fail',
      `${capitalize(routeLabel)} from ${country} does not reach ${label} (${citeRule(routeRule)}).`,
      routeRule.id,
    );
  }

  const limit = routeRule?.issuerLimits.find((l) => l.kinds.includes(order.authority.kind));
  const issuer = AUTHORITY_KIND_LABELS[order.authority.kind];
  if (limit && !limit.dataCategories.includes(category)) {
    return detail(
      'fail',
      `On ${routeLabel}, ${issuer} may not order the disclosure of ${label} (${citeRule(limit)}).`,
      limit.id,
    );
  }

  if (scope.windowedCategories.includes(category)) {
    const windowProblem = checkWindow(order, policy, label, routeRule?.maxIpWindowDays);
    if (windowProblem) return detail('fail', windowProblem, scope.ipWindow.id);
  }

  const condition = limit?.conditions.find((c) => c.category === category);
  if (limit && condition) {
    const stated = statedOnOrder(order, category);
    if (stated === true) {
      return detail(
        'pass',
        `${capitalize(issuer)} may order ${label} on ${routeLabel} only if ${condition.text}, and the certificate states that they are (${citeRule(limit)}).`,
        limit.id,
      );
    }
    if (stated === false) {
      return detail(
        'fail',
        `${capitalize(issuer)} may order ${label} on ${routeLabel} only if ${condition.text}, and the certificate states that they are not; only a judge, a court or an investigating judge may order them (${citeRule(limit)}).`,
        limit.id,
      );
    }
    return detail(
      'needs_review',
      `${capitalize(issuer)} may order ${label} on ${routeLabel} only if ${condition.text}; a reviewer must confirm the order says so (${citeRule(limit)}).`,
      limit.id,
    );
  }

  const span = windowSpan(order, policy, category);
  return detail(
    'pass',
    `${capitalize(label)} may be disclosed${span ? ` for ${span}` : ''} (${citeRule(scope)}).`,
    scope.id,
  );
}

/**
 * What the order itself states about an issuer's condition on `category`, or undefined when it
 * is silent. Today the only such statement is the e-Evidence certificate's identification purpose.
 */
function statedOnOrder(order: Order, category: DataCategory): boolean | undefined {
  return category === 'ip_addresses' ? order.epoc?.ipSolelyForIdentification : undefined;
}

/** "1 November 2026, 00:00 UTC to 10 November 2026, 00:00 UTC" when the category is windowed. */
function windowSpan(
  order: Order,
  policy: PolicyVersion,
  category: DataCategory,
): string | undefined {
  if (!policy.scope.windowedCategories.includes(category) || !order.ipWindow) return undefined;
  return `${formatInstant(order.ipWindow.from)} to ${formatInstant(order.ipWindow.to)}`;
}

/** Why the order's time window cannot be used, or undefined when it can. */
function checkWindow(
  order: Order,
  policy: PolicyVersion,
  label: string,
  routeMaxDays: number | undefined,
): string | undefined {
  const rule = policy.scope.ipWindow;
  const cite = `(${citeRule(rule)})`;
  const window = order.ipWindow;
  if (!window) {
    return `${capitalize(label)} may be disclosed only within a time window the order names, and this order names none ${cite}.`;
  }
  const from = Date.parse(window.from);
  const to = Date.parse(window.to);
  const received = Date.parse(order.receivedAt);
  if (!(from < to)) {
    return `The order’s time window must end after it starts; it runs from ${formatInstant(window.from)} to ${formatInstant(window.to)} ${cite}.`;
  }
  if (to > received) {
    return `The order’s time window ends on ${formatInstant(window.to)}, after the order was received on ${formatInstant(order.receivedAt)}; only records that existed on receipt can be disclosed ${cite}.`;
  }
  const maxDays = Math.min(rule.maxDays, routeMaxDays ?? rule.maxDays);
  const spanDays = (to - from) / DAY_MS;
  if (spanDays > maxDays) {
    const whole = calendarDaysBetween(window.from.slice(0, 10), window.to.slice(0, 10));
    return `The order’s time window spans ${whole} days; at most ${maxDays} days may be disclosed, so the authority must narrow it ${cite}.`;
  }
  return undefined;
}

/**
 * Is what the order asks for within the policy? Categories outside it are declined one by one
 * and do not fail the check on their own: the sign-off declines them while the rest may still
 * be released. The check fails only when nothing requested could be disclosed.
 */
export function checkScope(order: Order, policy: PolicyVersion): CheckVerdict {
  const details = order.dataRequested.map((c) => assessCategory(order, policy, c));
  const inPolicy = details.filter((d) => policy.scope.disclosableCategories.includes(d.category));
  const declined = details.filter((d) => !policy.scope.disclosableCategories.includes(d.category));
  const names = (ds: readonly CategoryDetail[]) =>
    listAnd(ds.map((d) => DATA_CATEGORY_LABELS[d.category]));
  const declinedText =
    declined.length > 0 ? ` Declined as outside the policy: ${names(declined)}.` : '';
  const verdict = (result: CategoryDetail['result'], reason: string, rule: string) =>
    checkVerdict('scope', policy, result, reason, rule, details);

  const passing = inPolicy.filter((d) => d.result === 'pass');
  const problems = inPolicy.filter((d) => d.result !== 'pass');
  const [firstProblem] = problems;

  if (passing.length === 0) {
    const why = firstProblem ? ` ${firstProblem.reason}` : '';
    return verdict(
      'fail',
      `Nothing this order requests may be disclosed.${declinedText}${why}`,
      firstProblem?.rule ?? policy.scope.id,
    );
  }
  if (firstProblem) {
    return verdict(
      'needs_review',
      `Only part of what the order may reach can be released as requested. ${firstProblem.reason} Within scope: ${names(passing)}.${declinedText}`,
      firstProblem.rule,
    );
  }
  const withWindow = (d: CategoryDetail) => {
    const span = windowSpan(order, policy, d.category);
    return `${DATA_CATEGORY_LABELS[d.category]}${span ? ` (${span})` : ''}`;
  };
  return verdict(
    'pass',
    `Within scope: ${listAnd(passing.map(withWindow))}.${declinedText}`,
    policy.scope.id,
  );
}
