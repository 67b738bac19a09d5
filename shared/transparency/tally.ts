import type { Outcome } from '../case-lifecycle';
import type { Instrument, Route } from '../order';
import type { CheckKey } from '../review';
import { periodOf, type Period } from './quarters';
import type { ReportMeasure, TransparencyRow } from './report';

/** What the report needs to know of one case, read from its record and its audit events. */
export interface CaseFacts {
  caseId: string;
  country: string;
  receivedAt: Date;
  emergency: boolean;
  instrument: Instrument;
  route: Route;
  outcome: Outcome | null;
  /** Checks the reviewer found failed. */
  failedChecks: CheckKey[];
  /** The answer that went out, if any: a delivered disclosure or a recorded refusal. */
  answer: { kind: 'disclosure' | 'refusal'; at: Date } | null;
  /** Accounts whose data the delivered package held; empty when nothing was found. */
  disclosedAccounts: string[];
  /** A preservation request is not a request for data: it is counted nowhere. */
  kind?: 'production' | 'preservation';
}

/** One row of the report, with the cases behind every number. */
export interface TalliedRow {
  row: TransparencyRow;
  cases: Record<ReportMeasure, string[]>;
}

interface Bucket {
  country: string;
  period: Period;
  cases: Record<ReportMeasure, Set<string>>;
  accounts: Set<string>;
  refusedByCheck: Map<CheckKey, number>;
  byInstrument: Map<Instrument, number>;
  byRoute: Map<Route, number>;
  hoursToAnswer: number[];
}

/**
 * The report's counting rules, as one pure function of the recorded cases:
 * - received, emergency, by instrument and by route count in the quarter of receipt;
 * - a fulfilled request is a delivered disclosure with at least one account's data in it,
 *   counted in the quarter of its delivery; a partial one is a fulfilled partial decision;
 * - affected users are the distinct accounts disclosed in the quarter, per country;
 * - refusals count in the quarter they were recorded, never as fulfilled;
 * - preservation requests ask for data to be kept, not disclosed, and count nowhere.
 * Only quarters in `periods` are kept; rows come sorted by quarter, then country.
 */
export function tallyTransparency(
  facts: readonly CaseFacts[],
  periods: readonly Period[],
): TalliedRow[] {
  const wanted = new Set<string>(periods);
  const buckets = new Map<string, Bucket>();
  const bucket = (country: string, period: Period): Bucket | null => {
    if (!wanted.has(period)) return null;
    const key = `${period} ${country}`;
    let found = buckets.get(key);
    if (!found) {
      found = {
        country,
        period,
        cases: {
          fulfilledRequests: new Set(),
          affectedUsers: new Set(),
          received: new Set(),
          refused: new Set(),
          partiallyFulfilled: new Set(),
          emergency: new Set(),
        },
        accounts: new Set(),
        refusedByCheck: new Map(),
        byInstrument: new Map(),
        byRoute: new Map(),
        hoursToAnswer: [],
      };
      buckets.set(key, found);
    }
    return found;
  };
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

  for (const fact of facts) {
    if (fact.kind === 'preservation') continue;
    const atReceipt = bucket(fact.country, periodOf(fact.receivedAt));
    if (atReceipt) {
      atReceipt.cases.received.add(fact.caseId);
      if (fact.emergency) atReceipt.cases.emergency.add(fact.caseId);
      bump(atReceipt.byInstrument, fact.instrument);
      bump(atReceipt.byRoute, fact.route);
    }
    if (!fact.answer) continue;
    const atAnswer = bucket(fact.country, periodOf(fact.answer.at));
    if (!atAnswer) continue;
    atAnswer.hoursToAnswer.push((fact.answer.at.getTime() - fact.receivedAt.getTime()) / 3.6e6);
    if (fact.answer.kind === 'refusal') {
      atAnswer.cases.refused.add(fact.caseId);
      for (const check of new Set(fact.failedChecks)) bump(atAnswer.refusedByCheck, check);
      continue;
    }
    if (fact.disclosedAccounts.length === 0) continue;
    atAnswer.cases.fulfilledRequests.add(fact.caseId);
    atAnswer.cases.affectedUsers.add(fact.caseId);
    if (fact.outcome === 'partial') atAnswer.cases.partiallyFulfilled.add(fact.caseId);
    for (const account of fact.disclosedAccounts) atAnswer.accounts.add(account);
  }

  return [...buckets.values()]
    .sort((a, b) =>
      a.period === b.period ? a.country.localeCompare(b.country) : a.period.localeCompare(b.period),
    )
    .map((b) => ({
      row: {
        country: b.country,
        period: b.period,
        fulfilledRequests: b.cases.fulfilledRequests.size,
        affectedUsers: b.accounts.size,
        received: b.cases.received.size,
        refused: b.cases.refused.size,
        refusedByCheck: sortedRecord(b.refusedByCheck),
        partiallyFulfilled: b.cases.partiallyFulfilled.size,
        emergency: b.cases.emergency.size,
        byInstrument: sortedRecord(b.byInstrument),
        byRoute: sortedRecord(b.byRoute),
        medianHoursToAnswer: median(b.hoursToAnswer),
      },
      cases: Object.fromEntries(
        Object.entries(b.cases).map(([measure, ids]) => [measure, [...ids].sort()]),
      ) as Record<ReportMeasure, string[]>,
    }));
}

function sortedRecord<K extends string>(map: Map<K, number>): Partial<Record<K, number>> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b))) as Partial<
    Record<K, number>
  >;
}

/** Rounded to a tenth of an hour, so that the same cases always print the same figure. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}
