import { Order } from '../../order';
import type { EvaluationContext } from '../evaluation-context';
import { evaluateOrder } from '../evaluate-order';
import type { PolicyVersion } from '../policy-version';
import { CURRENT_SEED_POLICY, SEED_AUTHORITY_DIRECTORY } from '../seed';
import type { Verdict } from '../verdict';

type OrderInput = Omit<Order, 'format'>;

/** Fields to replace; arrays may be readonly so that tables can be written `as const`. */
export type OrderOverrides = {
  [K in keyof OrderInput]?: OrderInput[K] extends (infer U)[] | undefined
    ? readonly U[] | Extract<OrderInput[K], undefined>
    : OrderInput[K];
};

/** A domestic French court order that passes every check except authenticity. */
export const BASE_ORDER: OrderInput = {
  reference: 'TEST-0001',
  channel: 'portal',
  receivedAt: '2026-11-16T10:00:00Z',
  authority: { name: 'Tribunal judiciaire de Paris', country: 'FR', kind: 'court' },
  instrument: 'court_order',
  route: 'domestic',
  legalBasis: 'Code de procédure pénale, art. 99-3',
  emergency: false,
  targets: [{ identifier: { kind: 'username', value: '@crypto_doubler' }, status: 'suspect' }],
  offences: [
    { category: 'fraud_scams', description: 'Investment fraud through a Telegram channel' },
  ],
  dataRequested: ['ip_addresses', 'phone_number'],
  ipWindow: { from: '2026-09-01T00:00:00Z', to: '2026-10-01T00:00:00Z' },
};

/** A schema-checked order: the base one with the given fields replaced. */
export function order(overrides: OrderOverrides = {}): Order {
  return Order.parse({ format: 'disclosure-desk/order@1', ...BASE_ORDER, ...overrides });
}

export const NOW = '2026-11-18T09:00:00Z';

export function context(overrides: Partial<EvaluationContext> = {}): EvaluationContext {
  return { now: NOW, authorityDirectory: SEED_AUTHORITY_DIRECTORY, ...overrides };
}

export function evaluate(
  overrides: OrderOverrides = {},
  policy: PolicyVersion = CURRENT_SEED_POLICY,
  ctx: Partial<EvaluationContext> = {},
): Verdict {
  return evaluateOrder(order(overrides), policy, context(ctx));
}
