import { expect } from 'vitest';
import { ImportedOrder } from '../../shared/api';
import { CaseDetail } from '../../shared/case-record';
import type { Review } from '../../shared/review';
import { CHECK_KEYS } from '../../shared/review';
import type { z } from 'zod';
import type { Order } from '../../shared/order';
import { TEST_PASSWORD } from './test-app';
import { ensureSecondFactor, type TestClient, type TestResponse } from './test-client';
import { sampleOrder } from './sample-order';

export async function importCase(
  client: TestClient,
  order: z.input<typeof Order> = sampleOrder(),
): Promise<CaseDetail> {
  const imported = await client.post('/api/orders', order);
  expect(imported.status).toBe(200);
  const { caseId } = ImportedOrder.parse(imported.body);
  return CaseDetail.parse((await client.get(`/api/cases/${caseId}`)).body);
}

/** The case as `client` sees it now. */
export async function caseNow(client: TestClient, caseId: string): Promise<CaseDetail> {
  return CaseDetail.parse((await client.get(`/api/cases/${caseId}`)).body);
}

export function mutate(
  client: TestClient,
  name: string,
  current: Pick<CaseDetail, 'id' | 'version'>,
  extra: Record<string, unknown> = {},
): Promise<TestResponse> {
  return client.post('/api/mutations', {
    name,
    args: { caseId: current.id, version: current.version, ...extra },
  });
}

/** Applies a mutation that must succeed and returns the case as it now is. */
export async function step(
  client: TestClient,
  name: string,
  current: Pick<CaseDetail, 'id' | 'version'>,
  extra: Record<string, unknown> = {},
): Promise<CaseDetail> {
  const response = await mutate(client, name, current, extra);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return CaseDetail.parse(response.body);
}

/** Every check passed and every open decision settled: disclose, or decline when `refuse`. */
export function completedReview(current: CaseDetail, verdict: 'disclose' | 'decline'): Review {
  return {
    checks: Object.fromEntries(
      CHECK_KEYS.map((k) => [k, { result: 'pass', note: 'Checked against the order.' }]),
    ) as Review['checks'],
    decisions: current.review.decisions.map((d) =>
      d.verdict === null
        ? { ...d, verdict, reason: verdict === 'decline' ? 'Not justified by the order.' : '' }
        : d,
    ),
  };
}

/** Confirms the password again, and the second factor's code when the person has one. */
export async function reauthenticate(client: TestClient): Promise<void> {
  await ensureSecondFactor(client);
  const response = await client.post('/api/session/reauth', {
    password: TEST_PASSWORD,
    ...(client.authenticator ? { code: await client.authenticator.nextCode() } : {}),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

/** A case taken by `reviewer` from intake to a sign-off with the given verdict. */
export async function signedOffCase(
  reviewer: TestClient,
  verdict: 'disclose' | 'decline',
  order?: z.input<typeof Order>,
): Promise<CaseDetail> {
  let current = await importCase(reviewer, order);
  current = await step(reviewer, 'case.startReview', current);
  current = await step(reviewer, 'case.saveReview', current, {
    review: completedReview(current, verdict),
  });
  await reauthenticate(reviewer);
  return step(reviewer, 'case.signOff', current);
}

/** The arguments of a call-back to the directory's number for the sample order's court. */
export function callBackArgs(overrides: Record<string, unknown> = {}): {
  verification: Record<string, unknown>;
} {
  return {
    verification: {
      calledBy: 'Remy Reviewer',
      contactName: 'Greffe pénal, duty clerk',
      channel: 'phone',
      contactUsed: '+44 20 7946 0101',
      verifiedAt: '2026-03-02T08:50:00Z',
      outcome: 'confirmed',
      note: 'Clerk confirmed the order number and the judge’s name.',
      ...overrides,
    },
  };
}
