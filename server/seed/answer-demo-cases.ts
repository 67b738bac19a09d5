import { createHash } from 'node:crypto';
import type { AuthenticatedSession } from '../auth/sessions';
import { lookUpSubscribersIn } from '../disclosure/look-up-subscribers';
import { applyMutationIn } from '../mutations/apply-mutation';
import type { Queryable } from '../storage/database';
import { insertDemoAccounts, type DemoAccount } from '../subscribers/demo-accounts';
import { demoDirectory } from '../subscribers/demo-directory';
import type { DemoActor, DemoCase } from './demo-case';

const COLUMN: Record<string, 'userId' | 'username' | 'phoneNumber'> = {
  user_id: 'userId',
  username: 'username',
  phone: 'phoneNumber',
};

/** A stable number from text, so that the same seed gives the same sample accounts. */
function digits(text: string, length: number): string {
  const hash = createHash('sha256').update(text).digest();
  let out = '';
  for (let i = 0; out.length < length; i++) out += String((hash[i % hash.length] ?? 0) % 10);
  return out;
}

/**
 * Sample accounts for the disclosed targets of the batch: most exist in the demo directory,
 * one in twelve does not, so that the demo shows "no such account" too.
 */
export function demoAccountsFor(cases: readonly DemoCase[]): DemoAccount[] {
  const accounts = new Map<string, DemoAccount>();
  for (const demo of cases) {
    if (!demo.answer.some((s) => s.action === 'case.recordDisclosure')) continue;
    const window = demo.order.ipWindow;
    for (const item of demo.disclosure?.items ?? []) {
      const [kind = '', value = ''] = [
        item.target.slice(0, item.target.indexOf(':')),
        item.target.slice(item.target.indexOf(':') + 1),
      ];
      if (accounts.has(item.target) || digits(item.target, 2) < '09') continue;
      const column = COLUMN[kind];
      if (!column) continue;
      const account: DemoAccount = {
        accountId: `demo-${digits(item.target, 12)}`,
        userId: null,
        username: null,
        phoneNumber: `+4479${digits(`${item.target} phone`, 8)}`,
        ips: [],
        [column]: value,
      };
      if (window) {
        const from = Date.parse(window.from);
        const span = Date.parse(window.to) - from;
        account.ips = [1, 2, 3].map((n) => ({
          address: `198.51.100.${(Number(digits(`${item.target} ip ${n}`, 3)) % 254) + 1}`,
          seenAt: new Date(from + Math.floor((span * n) / 4)).toISOString(),
        }));
      }
      accounts.set(item.target, account);
    }
  }
  return [...accounts.values()];
}

function seedSession(actor: DemoActor): AuthenticatedSession {
  if (actor.id === null) throw new Error('only a person answers an authority');
  return {
    sessionId: 'demo-seed',
    userId: actor.id,
    username: actor.username,
    displayName: actor.username,
    role: 'supervisor',
    expiresAt: new Date(8.64e15),
    reauthenticatedAt: null,
  };
}

const CHANNELS = ['portal', 'email', 'post', 'e_evidence_system'] as const;

/**
 * Takes the approved demo cases on to disclosed, refused and closed through the service's own
 * code: the lookup in the demo directory, the package, the recorded delivery, the close.
 */
export async function answerDemoCases(tx: Queryable, cases: readonly DemoCase[]): Promise<void> {
  await insertDemoAccounts(tx, demoAccountsFor(cases));
  const directory = demoDirectory(tx);
  for (const demo of cases) {
    let version = demo.version;
    for (const step of demo.answer) {
      const session = seedSession(step.actor);
      const delivery = {
        channel:
          demo.order.route === 'e_evidence'
            ? 'e_evidence_system'
            : (CHANNELS[Number(digits(demo.id, 1)) % 3] ?? 'portal'),
        deliveredAt: step.at.toISOString(),
        recipient: demo.order.authority.contact?.name ?? demo.order.authority.name,
      } as const;
      if (step.action === 'case.recordDisclosure') {
        await lookUpSubscribersIn(tx, directory, session, demo.id, version, step.at);
        version++;
      }
      const caseRef = { caseId: demo.id, version };
      const late = await lateArgs(tx, demo, step.action, step.at);
      if (step.action === 'case.close') {
        await applyMutationIn(tx, session, { name: 'case.close', args: caseRef }, step.at);
      } else if (step.action === 'case.recordDisclosure') {
        await applyMutationIn(
          tx,
          session,
          { name: 'case.recordDisclosure', args: { ...caseRef, delivery, ...late } },
          step.at,
        );
      } else {
        await applyMutationIn(
          tx,
          session,
          { name: 'case.recordRefusal', args: { ...caseRef, delivery, ...late } },
          step.at,
        );
      }
      version++;
    }
  }
}

/**
 * A demo answer on the e-Evidence route that falls after the order's deadline carries the
 * reason the service asks of it, as a supervisor would give it.
 */
async function lateArgs(
  tx: Queryable,
  demo: DemoCase,
  action: string,
  at: Date,
): Promise<{ lateReason?: string }> {
  if (demo.order.route !== 'e_evidence' || action === 'case.close') return {};
  const [row] = await tx.query<{ due_at: Date; outcome: string | null }>(
    'SELECT due_at, outcome FROM cases WHERE id = $1',
    [demo.id],
  );
  const bound = action === 'case.recordRefusal' || row?.outcome === 'partial';
  return bound && row && at.getTime() > row.due_at.getTime()
    ? {
        lateReason:
          'The order needed a call-back to its issuing authority before it could be answered.',
      }
    : {};
}
