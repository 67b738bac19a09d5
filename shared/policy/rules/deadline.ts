import { addDays, addHours } from '../../dates';
import type { Order } from '../../order';
import {
  businessDaysAdd,
  calendarDaysBetween,
  localDate,
  onOrNextBusinessDay,
} from '../business-days';
import { workingDaysOf, type BusinessCalendar } from '../business-calendar';
import { checkVerdict } from '../check-verdict';
import type { DeadlineRule } from '../jurisdiction-profile';
import { formatDate, formatInstant, ROUTE_LABELS } from '../labels';
import { calendarFor, countryLabel, findRouteRuleInForce } from '../lookup';
import type { PolicyVersion } from '../policy-version';
import { citeRule } from '../source';
import type { CheckVerdict } from '../verdict';

const HOUR_MS = 60 * 60 * 1000;

export interface DueDate {
  dueAt: string;
  isOverdue: boolean;
  dueWithin24h: boolean;
}

interface Computed {
  dueAt: string;
  /** "10 business days in France after receipt" */
  period: string;
  /** The last local day the calendar had to know about, when holidays mattered. */
  lastDayCounted: string | undefined;
}

function computeDue(
  order: Order,
  rule: DeadlineRule,
  calendar: BusinessCalendar,
  where: string,
): Computed {
  const received = order.receivedAt;
  if (order.emergency) {
    return {
      dueAt: addHours(received, rule.emergencyHours),
      period: `${rule.emergencyHours} hours after receipt, because the order is an emergency`,
      lastDayCounted: undefined,
    };
  }
  switch (rule.unit) {
    case 'hours':
      return {
        dueAt: addHours(received, rule.amount),
        period: `${rule.amount} hours after receipt`,
        lastDayCounted: undefined,
      };
    case 'calendar_days': {
      const due = addDays(received, rule.amount);
      if (!rule.rollForward) {
        return {
          dueAt: due,
          period: `${rule.amount} days after receipt`,
          lastDayCounted: undefined,
        };
      }
      const dueDay = localDate(due, calendar.timeZone);
      const workingDay = onOrNextBusinessDay(dueDay, workingDaysOf(calendar));
      return {
        dueAt: addDays(due, calendarDaysBetween(dueDay, workingDay)),
        period: `${rule.amount} days after receipt, moved to the next business day in ${where} if the last day is not one`,
        lastDayCounted: workingDay,
      };
    }
    case 'business_days': {
      // Keeping the time of day of receipt gives a due date never later than end-of-day counting.
      const start = localDate(received, calendar.timeZone);
      const dueDay = businessDaysAdd(start, rule.amount, workingDaysOf(calendar));
      return {
        dueAt: addDays(received, calendarDaysBetween(start, dueDay)),
        period: `${rule.amount} business days in ${where} after receipt on ${formatDate(start)}`,
        lastDayCounted: dueDay,
      };
    }
  }
}

/** When is the answer due, by the route's rule and the issuing jurisdiction's business days? */
export function checkDeadline(
  order: Order,
  policy: PolicyVersion,
  now: string,
): { verdict: CheckVerdict; due: DueDate } {
  const routeRule = findRouteRuleInForce(policy, order);
  const rule = routeRule?.deadline ?? policy.defaultDeadline;
  const calendar = calendarFor(policy, order.authority.country);
  const where = countryLabel(order.authority.country);
  const basis = routeRule
    ? `the deadline of ${ROUTE_LABELS[order.route]} from ${where}`
    : 'the policy’s default deadline, since no accepted route applies';
  const computed = computeDue(order, rule, calendar, where);
  const dueMs = Date.parse(computed.dueAt);
  const nowMs = Date.parse(now);
  const isOverdue = nowMs > dueMs;
  const dueWithin24h = !isOverdue && dueMs - nowMs <= 24 * HOUR_MS;
  const due: DueDate = { dueAt: computed.dueAt, isOverdue, dueWithin24h };
  const cite = `(${citeRule(rule)})`;
  const stated = statedDeadline(order, dueMs);
  const verdict = (result: CheckVerdict['result'], reason: string) => ({
    verdict: checkVerdict('deadline', policy, result, reason, rule.id),
    due,
  });

  if (Number.isNaN(nowMs)) {
    return verdict(
      'needs_review',
      `Due by ${formatInstant(computed.dueAt)} (${computed.period}, by ${basis}), but the time of evaluation is not a valid date, so the engine cannot tell whether it has passed ${cite}.`,
    );
  }
  if (isOverdue) {
    return verdict(
      'fail',
      `Overdue: the answer was due by ${formatInstant(computed.dueAt)} (${computed.period}, by ${basis}); it is now ${formatInstant(now)} ${cite}.${stated}`,
    );
  }
  const urgent = dueWithin24h ? ' Less than 24 hours remain.' : '';
  // Only a calendar that lists its holidays by date can run out; computed ones cover any year.
  const { coverage } = calendar;
  if (
    coverage &&
    computed.lastDayCounted !== undefined &&
    (computed.lastDayCounted > coverage.to ||
      localDate(order.receivedAt, calendar.timeZone) < coverage.from)
  ) {
    return verdict(
      'needs_review',
      `Due by ${formatInstant(computed.dueAt)} (${computed.period}, by ${basis}), but the calendar for ${where} lists holidays only from ${formatDate(coverage.from)} to ${formatDate(coverage.to)}; confirm the holidays in between ${cite}.${urgent}${stated}`,
    );
  }
  return verdict(
    'pass',
    `Due by ${formatInstant(computed.dueAt)}: ${computed.period}, by ${basis} ${cite}.${urgent}${stated}`,
  );
}

function statedDeadline(order: Order, dueMs: number): string {
  if (!order.respondBy) return '';
  const stated = Date.parse(order.respondBy);
  if (stated < dueMs) {
    return ` The authority asks for an answer earlier, by ${formatInstant(order.respondBy)}.`;
  }
  if (stated > dueMs) {
    return ` The authority allows until ${formatInstant(order.respondBy)}; the earlier date above applies.`;
  }
  return '';
}
