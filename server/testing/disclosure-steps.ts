import { expect } from 'vitest';
import type { z } from 'zod';
import { CaseDetail } from '../../shared/case-record';
import type { DeliveryInput } from '../../shared/disclosure/delivery';
import type { Order } from '../../shared/order';
import type { Database } from '../storage/database';
import { insertDemoAccounts, type DemoAccount } from '../subscribers/demo-accounts';
import { reauthenticate, signedOffCase, step } from './case-steps';
import type { Team } from './test-app';
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
