import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../dates';
import { CHECK_KEYS } from '../review';
import { INSTRUMENTS, ROUTES } from '../order';

/** Every count the report gives per country and quarter; each one opens its list of cases. */
export const REPORT_MEASURES = [
  'fulfilledRequests',
  'affectedUsers',
  'received',
  'refused',
  'partiallyFulfilled',
  'emergency',
] as const;
export type ReportMeasure = (typeof REPORT_MEASURES)[number];

export const REPORT_MEASURE_LABELS: Record<ReportMeasure, string> = {
  fulfilledRequests: 'Fulfilled requests',
  affectedUsers: 'Affected users',
  received: 'Received',
  refused: 'Refused',
  partiallyFulfilled: 'Partially fulfilled',
  emergency: 'Emergency',
};

const count = z.number().int().nonnegative();

export const TransparencyRow = z.object({
  /** ISO 3166-1 alpha-2. */
  country: z.string(),
  period: z.string(),
  fulfilledRequests: count,
  affectedUsers: count,
  received: count,
  refused: count,
  refusedByCheck: z.partialRecord(z.enum(CHECK_KEYS), count),
  partiallyFulfilled: count,
  emergency: count,
  byInstrument: z.partialRecord(z.enum(INSTRUMENTS), count),
  byRoute: z.partialRecord(z.enum(ROUTES), count),
  /** From receipt to the answer (delivery or refusal), over the answers of the quarter. */
  medianHoursToAnswer: z.number().nonnegative().nullable(),
});
export type TransparencyRow = z.infer<typeof TransparencyRow>;

export const QuarterRecord = z.object({
  kind: z.enum(['freeze', 'amendment']),
  at: IsoDateTime,
  byName: z.string(),
  reason: z.string().nullable(),
  sha256: z.string(),
});
export type QuarterRecord = z.infer<typeof QuarterRecord>;

export const QuarterState = z.object({
  period: z.string(),
  /** Open quarters are computed afresh on every request; frozen ones answer their record. */
  frozen: z.boolean(),
  records: z.array(QuarterRecord),
  /** Frozen, and what the cases say now differs from it: an amendment is due. */
  differsFromCases: z.boolean(),
});
export type QuarterState = z.infer<typeof QuarterState>;

export const TransparencyQuery = z.object({
  from: IsoDate,
  to: IsoDate,
  format: z.enum(['json', 'csv']).default('json'),
});

export const TransparencyReport = z.object({
  from: IsoDate,
  to: IsoDate,
  rows: z.array(TransparencyRow),
  quarters: z.array(QuarterState),
});
export type TransparencyReport = z.infer<typeof TransparencyReport>;

export const ReportCasesQuery = z.object({
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code'),
  period: z.string().regex(/^\d{4}-Q[1-4]$/, 'expected a quarter such as 2025-Q1'),
  measure: z.enum(REPORT_MEASURES),
});

export const ReportCase = z.object({
  id: z.string(),
  reference: z.string(),
  authorityName: z.string(),
  status: z.string(),
});
export type ReportCase = z.infer<typeof ReportCase>;

export const QuarterAction = z
  .object({ reason: z.string().trim().min(1, 'say why the quarter is amended').max(2000) })
  .strict();

/** The platform's own wording for the published figures. */
export function publishedWording(countryName: string, row: TransparencyRow): [string, string] {
  return [
    `Fulfilled requests from ${countryName} for IP address and/or phone number: ${row.fulfilledRequests}`,
    `Affected users: ${row.affectedUsers}`,
  ];
}
