import type { CaseDetail, CaseSummary } from '../../../shared/case-record';
import { CASE_STATUSES } from '../../../shared/case-lifecycle';
import { emptyChecks, initialDecisions } from '../../../shared/review';
import { EXAMPLE_ORDER } from './example-order';

const AUTHORITIES = [
  'Tribunal judiciaire de Paris',
  'Amtsgericht München',
  'Juzgado Central de Instrucción',
  'Rechtbank Amsterdam',
  'Sąd Okręgowy w Warszawie',
];
const COUNTRIES = ['FR', 'DE', 'ES', 'NL', 'PL'];

export function summary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: 'c-1',
    reference: 'REF-1',
    status: 'received',
    authorityName: AUTHORITIES[0]!,
    country: 'FR',
    receivedAt: '2026-11-20T09:14:00.000Z',
    dueAt: '2026-12-04T16:00:00.000Z',
    emergency: false,
    targetCount: 1,
    assigneeName: null,
    outcome: null,
    version: 1,
    updatedAt: '2026-11-20T09:14:00.000Z',
    ...overrides,
  };
}

/** A received case on the example order, as the case service returns it. */
export function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    ...summary(),
    order: EXAMPLE_ORDER,
    review: { checks: emptyChecks(), decisions: initialDecisions(EXAMPLE_ORDER) },
    documents: [],
    signOff: null,
    disclosure: null,
    lastReturnComment: null,
    verifications: [],
    decidedUnder: null,
    history: [],
    allowedActions: ['start_review'],
    approvalBlockedReason: null,
    ...overrides,
  };
}

/** Deterministic rows, varied enough for filters and sorts to matter. */
export function manySummaries(count: number): CaseSummary[] {
  const rows: CaseSummary[] = [];
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < count; i++) {
    const received = start + ((i * 7919) % 300) * 86_400_000 + (i % 1440) * 60_000;
    rows.push(
      summary({
        id: `case-${i}`,
        reference: `REF-${String(i).padStart(6, '0')}`,
        status: CASE_STATUSES[i % CASE_STATUSES.length]!,
        authorityName: AUTHORITIES[i % AUTHORITIES.length]!,
        country: COUNTRIES[(i * 3) % COUNTRIES.length]!,
        receivedAt: new Date(received).toISOString(),
        dueAt: new Date(received + 10 * 86_400_000).toISOString(),
        emergency: i % 17 === 0,
        assigneeName: i % 4 === 0 ? null : `Reviewer ${i % 9}`,
      }),
    );
  }
  return rows;
}
