import { expect } from 'vitest';
import type { z } from 'zod';
import { CaseDetail } from '../../shared/case-record';
import type { DeliveryInput } from '../../shared/disclosure/delivery';
import type { Order } from '../../shared/order';
import type { Database } from '../storage/database';
import { insertDemoAccounts, type DemoAccount } from '../subscribers/demo-accounts';
import type { Review } from '../../shared/review';
import { completedReview, importCase, reauthenticate, signedOffCase, step } from './case-steps';
import { signIn, type Team, type TestApp } from './test-app';
import type { TestClient } from './test-client';

/** A case taken from intake to approval by the team's reviewer and supervisor. */
export async function approvedCase(
  team: Team,
  verdict: 'disclose' | 'decline',
  order?: z.input<typeof Order>,
): Promise<CaseDetail> {
  const signed = await signedOffCase(team.reviewer, verdict, order);
  await reauthenticate(team.supervisor);
  return step(team.supervisor, 'case.approve', signed);
}

export async function lookUp(supervisor: TestClient, current: CaseDetail): Promise<CaseDetail> {
  const response = await supervisor.post(`/api/cases/${current.id}/lookup`, {
    version: current.version,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return CaseDetail.parse(response.body);
}

export function delivery(
  deliveredAt: string,
  overrides: Partial<DeliveryInput> = {},
): DeliveryInput {
  return {
    channel: 'portal',
    deliveredAt,
    recipient: 'Greffe du juge d’instruction',
    ...overrides,
  };
}

/** Sample accounts the demo directory answers for. */
export async function addAccounts(db: Database, accounts: DemoAccount[]): Promise<void> {
  await db.transaction((tx) => insertDemoAccounts(tx, accounts));
}

export function account(
  accountId: string,
  fields: Partial<Omit<DemoAccount, 'accountId'>> = {},
): DemoAccount {
  return { accountId, userId: null, username: null, phoneNumber: null, ips: [], ...fields };
}

/** A confirmed call-back, recorded by a second person: orders from authorities the directory lacks need one. */
export function confirmedCallBack(verifiedAt: string) {
  return {
    verification: {
      calledBy: 'Remy Reviewer',
      contactName: 'Duty clerk',
      channel: 'phone',
      contactUsed: '+44 20 7946 0999',
      // Not a directory number: it counts only with where it was found independently.
      source: 'official_website',
      sourceReference: 'The authority’s official website, contact page',
      verifiedAt,
      outcome: 'confirmed',
      note: 'Confirmed the order by telephone.',
    },
  };
}

/**
 * An order taken through the whole path at the test clock's time: import, review (with a
 * second person's call-back when `callBack`), sign-off, approval, lookup and delivery.
 * `decide` may decline some decisions; with every decision declined the case is refused.
 */
export async function answeredCase(
  t: TestApp,
  team: Team,
  order: z.input<typeof Order>,
  options: {
    callBack?: boolean;
    decide?: (review: Review) => Review;
    /** False when the caller has confirmed both passwords within the last minutes. */
    reauth?: boolean;
  } = {},
): Promise<CaseDetail> {
  let current = await importCase(team.reviewer, order);
  current = await step(team.reviewer, 'case.startReview', current);
  if (options.callBack) {
    current = await step(
      team.reviewer2,
      'case.recordVerification',
      current,
      confirmedCallBack(t.clock.now().toISOString()),
    );
  }
  const review = completedReview(current, 'disclose');
  current = await step(team.reviewer, 'case.saveReview', current, {
    review: options.decide ? options.decide(review) : review,
  });
  if (options.reauth !== false) await reauthenticate(team.reviewer);
  current = await step(team.reviewer, 'case.signOff', current);
  if (options.reauth !== false) await reauthenticate(team.supervisor);
  current = await step(team.supervisor, 'case.approve', current);
  const sent = delivery(t.clock.now().toISOString());
  if (current.outcome === 'refuse') {
    return step(team.supervisor, 'case.recordRefusal', current, { delivery: sent });
  }
  current = await lookUp(team.supervisor, current);
  return step(team.supervisor, 'case.recordDisclosure', current, { delivery: sent });
}

/** Signs the team in again, as people do after their sessions end. */
export async function signInAgain(team: Team): Promise<void> {
  for (const key of ['reviewer', 'reviewer2', 'supervisor', 'supervisor2', 'auditor'] as const) {
    const login = await signIn(team[key], key);
    expect(login.status).toBe(200);
  }
}
