import type { DataCategory, Order, OrderTarget, TargetStatus } from '../../shared/order';
import { ORDER_FORMAT } from '../../shared/order';
import { addDays, addHours } from '../../shared/dates';
import { DEMO_OFFENCES, type DemoOffence } from './demo-offences';
import type { DemoJurisdiction } from './demo-jurisdictions';
import type { SeededRandom } from './seeded-random';

export interface DemoOrder {
  order: Order;
  offence: DemoOffence;
}

const WORDS = [
  'crypto',
  'signal',
  'profit',
  'invest',
  'market',
  'shop',
  'store',
  'drop',
  'vault',
  'alpha',
  'prime',
  'royal',
  'fast',
  'easy',
  'cash',
  'moon',
  'trade',
  'deal',
  'plug',
  'bazaar',
];

function username(r: SeededRandom): string {
  return `@${r.pick(WORDS)}_${r.pick(WORDS)}${r.int(1, 9999)}`;
}

function target(
  r: SeededRandom,
  jurisdiction: DemoJurisdiction,
  status: TargetStatus,
): OrderTarget {
  const kind = r.weighted([
    ['username', 5],
    ['phone', 3],
    ['user_id', 2],
  ] as const);
  const value =
    kind === 'username'
      ? username(r)
      : kind === 'phone'
        ? jurisdiction.phone(r)
        : String(r.int(100_000_000, 7_999_999_999));
  return { identifier: { kind, value }, status };
}

function dataRequested(r: SeededRandom): DataCategory[] {
  const wanted = new Set<DataCategory>();
  if (r.chance(0.85)) wanted.add('ip_addresses');
  if (r.chance(0.8) || wanted.size === 0) wanted.add('phone_number');
  // Authorities often ask for more than the policy ever allows.
  for (const extra of ['message_content', 'contacts', 'location', 'device_information'] as const) {
    if (r.chance(0.12)) wanted.add(extra);
  }
  return [...wanted];
}

/**
 * One order as an authority of `jurisdiction` might send it on `receivedAt`. Mostly sound
 * orders for offences the Terms of Service prohibit, with the share of defective ones
 * (police letters, witnesses named as targets, protected speech) a legal team sees.
 */
export function demoOrder(
  r: SeededRandom,
  jurisdiction: DemoJurisdiction,
  receivedAt: Date,
  reference: string,
): DemoOrder {
  const authority = r.pick(jurisdiction.authorities);
  const instrument = r.pick(authority.instruments);
  const offence = r.weighted(DEMO_OFFENCES);
  const emergency =
    instrument === 'emergency_request' ||
    (['terrorism', 'child_sexual_abuse', 'extortion'].includes(offence.category) && r.chance(0.15));
  const received = receivedAt.toISOString();
  const targetCount = r.weighted([
    [1, 70],
    [2, 20],
    [3, 7],
    [5, 3],
  ] as const);
  const targets: OrderTarget[] = [];
  const seen = new Set<string>();
  while (targets.length < targetCount) {
    const status: TargetStatus = r.weighted([
      ['suspect', 92],
      ['person_of_interest', 3],
      ['witness', 2],
      ['victim', 1],
      ['unspecified', 2],
    ] as const);
    const t = target(r, jurisdiction, status);
    const key = `${t.identifier.kind}:${t.identifier.value.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    targets.push(t);
  }
  const requested = dataRequested(r);
  const windowEnd = addDays(received, -r.int(1, 20));
  const order: Order = {
    format: ORDER_FORMAT,
    reference,
    channel: r.weighted([
      ['email', 45],
      ['portal', 35],
      ['post', 10],
      ['fax', 3],
      ['other', 7],
    ] as const),
    receivedAt: received,
    authority: {
      name: authority.name,
      country: jurisdiction.alpha2,
      kind: authority.kind,
      contact: {
        name: authority.kind === 'police' ? 'Duty officer' : 'Clerk of the court',
        email: `requests@${jurisdiction.mailDomain}`,
      },
    },
    instrument,
    route: r.pick(jurisdiction.routes),
    legalBasis: r.pick(jurisdiction.legalBasis),
    caseNumber: jurisdiction.caseNumber(r, receivedAt.getUTCFullYear()),
    emergency,
    ...(r.chance(0.4)
      ? {
          nonDisclosure: {
            prohibited: true,
            until: addDays(received, r.int(90, 365)).slice(0, 10),
            terms: 'Do not notify the account holder while the investigation is open.',
          },
        }
      : {}),
    targets,
    offences: [{ category: offence.category, description: offence.description }],
    dataRequested: requested,
    ...(requested.includes('ip_addresses') && r.chance(0.9)
      ? { ipWindow: { from: addDays(windowEnd, -r.int(14, 180)), to: windowEnd } }
      : {}),
    ...(emergency ? { respondBy: addHours(received, r.pick([4, 8, 24])) } : {}),
  };
  return { order, offence };
}
