import { addDays } from './dates';

/**
 * A preservation request asks the platform to keep data, not to hand it over: nothing is ever
 * disclosed from one. It stands until it expires, or until the production order that follows
 * it arrives.
 */
export const ORDER_KINDS = ['production', 'preservation'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const PRESERVATION_INSTRUMENTS = ['epoc_pr', 'us_preservation'] as const;
export type PreservationInstrument = (typeof PRESERVATION_INSTRUMENTS)[number];

interface PreservationTerm {
  label: string;
  days: number;
  /** Days one extension adds, when the instrument allows one; null when it allows none. */
  extensionDays: number | null;
  source: string;
}

export const PRESERVATION_TERMS: Record<PreservationInstrument, PreservationTerm> = {
  epoc_pr: {
    label: 'European Preservation Order (EPOC-PR)',
    days: 60,
    extensionDays: null,
    source: 'Regulation (EU) 2023/1543, art. 11(1)',
  },
  us_preservation: {
    label: 'US preservation request',
    days: 90,
    extensionDays: 90,
    source: '18 U.S.C. § 2703(f)(2)',
  },
};

/** What the service reads of a preservation case to judge it. */
export interface PreservationFacts {
  instrument: PreservationInstrument;
  receivedAt: string;
  /** When the one extension was recorded; null when it has not been. */
  extendedAt: string | null;
}

/** The end of preservation: the term from receipt, plus the extension if one was recorded. */
export function preservationExpiry(facts: PreservationFacts): string {
  const term = PRESERVATION_TERMS[facts.instrument];
  const extension = facts.extendedAt !== null ? (term.extensionDays ?? 0) : 0;
  return addDays(facts.receivedAt, term.days + extension);
}

/** Days before expiry at which a reminder shows, latest last. */
export const REMINDER_DAYS = [7, 1] as const;

export type PreservationReminder =
  | { kind: 'none' }
  | { kind: 'due_soon'; withinDays: (typeof REMINDER_DAYS)[number] }
  | { kind: 'expired' };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The reminder that applies at `now`: within 1 day, within 7 days, expired, or none. */
export function preservationReminder(expiresAt: string, now: Date): PreservationReminder {
  const left = Date.parse(expiresAt) - now.getTime();
  if (left <= 0) return { kind: 'expired' };
  const within = [...REMINDER_DAYS].reverse().find((days) => left <= days * DAY_MS);
  return within === undefined ? { kind: 'none' } : { kind: 'due_soon', withinDays: within };
}

export function reminderText(reminder: PreservationReminder): string | null {
  switch (reminder.kind) {
    case 'none':
      return null;
    case 'expired':
      return 'Preservation has expired';
    case 'due_soon':
      return reminder.withinDays === 1
        ? 'Preservation expires within 1 day'
        : `Preservation expires within ${reminder.withinDays} days`;
  }
}

/**
 * Why the extension may not be recorded, or null when it may. Without `now`, only what does
 * not change with time is judged: the instrument and an extension already recorded.
 */
export function extensionRefusal(
  instrument: PreservationInstrument,
  extendedAt: string | null,
  expiresAt: string,
  now: Date | null,
): string | null {
  const term = PRESERVATION_TERMS[instrument];
  if (term.extensionDays === null) {
    return `A ${term.label} runs for ${term.days} days and cannot be extended (${term.source}).`;
  }
  if (extendedAt !== null) {
    return `This preservation was already extended once, on ${extendedAt.slice(0, 10)}; ${term.source} allows one extension only.`;
  }
  if (now !== null && Date.parse(expiresAt) <= now.getTime()) {
    return 'This preservation has already expired; an expired preservation cannot be extended.';
  }
  return null;
}

/** What linking compares of the two cases. */
export interface LinkableCase {
  reference: string;
  kind: OrderKind;
  authorityName: string;
  country: string;
  linkedCaseId: string | null;
}

/**
 * Why a production case may not be linked to a preservation case, or null when it may: the
 * production order must come from the same authority (name and country), and neither side may
 * already be linked elsewhere.
 */
export function linkRefusal(preservation: LinkableCase, production: LinkableCase): string | null {
  if (preservation.kind !== 'preservation') {
    return `Case ${preservation.reference} is not a preservation request.`;
  }
  if (production.kind !== 'production') {
    return `Case ${production.reference} is a preservation request, not a production order; only a production order can follow a preservation.`;
  }
  const sameAuthority =
    preservation.country === production.country &&
    preservation.authorityName.trim().toLowerCase() ===
      production.authorityName.trim().toLowerCase();
  if (!sameAuthority) {
    return `Case ${production.reference} comes from ${production.authorityName} (${production.country}), not from ${preservation.authorityName} (${preservation.country}), which asked for the preservation; an order from an unrelated authority cannot be linked.`;
  }
  if (preservation.linkedCaseId !== null) {
    return `Case ${preservation.reference} is already linked to a production order.`;
  }
  if (production.linkedCaseId !== null) {
    return `Case ${production.reference} already follows another preservation request.`;
  }
  return null;
}
