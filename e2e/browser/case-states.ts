import { expect, type APIRequestContext } from '@playwright/test';
import { targetKey } from '../../shared/identifiers';
import type { MutationArgs, MutationName } from '../../shared/mutations';
import { CHECK_KEYS, type Review } from '../../shared/review';
import { nextCode } from './authenticators';

type Args<N extends MutationName> = Omit<MutationArgs<N>, 'caseId' | 'version'>;

/**
 * Moves a case through its lifecycle over the HTTP API, as the screens would, so a spec can
 * look at a case in any status without clicking it there. Each step acts on the version the
 * previous one returned.
 */
export class CaseDriver {
  version = 1;
  constructor(readonly caseId: string) {}

  async act<N extends MutationName>(
    as: APIRequestContext,
    name: N,
    args: Args<N> = {} as Args<N>,
  ): Promise<this> {
    const response = await as.post('/api/mutations', {
      data: { name, args: { caseId: this.caseId, version: this.version, ...args } },
    });
    expect(response.status(), `${name}: ${await response.text()}`).toBe(200);
    this.version = ((await response.json()) as { version: number }).version;
    return this;
  }
}

/** Sign-off and approval need the password again in the session, and the code when asked. */
export async function reauthenticate(as: APIRequestContext, password: string): Promise<void> {
  const session = (await (await as.get('/api/session')).json()) as {
    user: { username: string };
    secondFactor?: { enrolled: boolean };
  };
  const code = session.secondFactor?.enrolled ? await nextCode(session.user.username) : undefined;
  const response = await as.post('/api/session/reauth', {
    data: { password, ...(code ? { code } : {}) },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/**
 * An order from the Frankfurt local court, which is in the authority directory: sound on every
 * check once a colleague has called the court back. (Another spec suspends France in the
 * shared desk's policy, so these cases come from Germany.)
 */
export function frankfurtCourtOrder(reference: string) {
  return {
    format: 'disclosure-desk/order@1',
    reference,
    channel: 'portal',
    receivedAt: '2026-11-16T10:00:00Z',
    authority: { name: 'Amtsgericht Frankfurt am Main', country: 'DE', kind: 'court' },
    instrument: 'judges_order',
    route: 'domestic',
    legalBasis: 'StPO §§ 100g, 100j, 101a; Beschluss des Ermittlungsrichters',
    emergency: false,
    targets: [
      { identifier: { kind: 'username', value: '@fast_candy_shop_bot' }, status: 'suspect' },
    ],
    offences: [
      { category: 'drug_trafficking', description: 'Sale of methamphetamine through a shop bot' },
    ],
    dataRequested: ['phone_number'],
  };
}

/** A colleague calls the court back on the number in the authority directory. */
export const CALL_BACK = {
  calledBy: 'A colleague',
  contactName: 'Geschäftsstelle des Ermittlungsrichters',
  channel: 'phone',
  // The directory's number for the court, so the engine itself passes authenticity.
  contactUsed: '+44 20 7946 0111',
  source: 'directory',
  sourceReference: '',
  verifiedAt: '2026-11-24T10:00:00Z',
  outcome: 'confirmed',
  note: '',
} as const;

/** Every check passed and the one phone number disclosed, or declined with a reason. */
export function courtReview(verdict: 'disclose' | 'decline'): Review {
  const order = frankfurtCourtOrder('x');
  const checks = Object.fromEntries(
    CHECK_KEYS.map((key) => [key, { result: 'pass' as const, note: '' }]),
  ) as Review['checks'];
  return {
    checks,
    decisions: [
      {
        target: targetKey(order.targets[0]!.identifier as { kind: 'username'; value: string }),
        category: 'phone_number',
        verdict,
        reason: verdict === 'decline' ? 'The order does not show the number is needed.' : '',
      },
    ],
  };
}
