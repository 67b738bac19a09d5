import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Order } from '../order';
import { notificationStates } from './user-notifications';

const order = (nonDisclosure?: Order['nonDisclosure']) =>
  Order.parse({
    format: 'disclosure-desk/order@1',
    reference: 'REF-1',
    channel: 'email',
    receivedAt: '2026-03-02T08:00:00Z',
    authority: { name: 'Court', country: 'FR', kind: 'court' },
    instrument: 'court_order',
    route: 'domestic',
    legalBasis: 'Art. 1',
    emergency: false,
    ...(nonDisclosure ? { nonDisclosure } : {}),
    targets: [
      { identifier: { kind: 'username', value: '@OneUser' }, status: 'suspect' },
      { identifier: { kind: 'user_id', value: '42' }, status: 'suspect' },
    ],
    offences: [{ description: 'Fraud.' }],
    dataRequested: ['phone_number'],
  });

const day = fc
  .date({
    min: new Date('2026-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const instant = fc.date({
  min: new Date('2026-01-01T00:00:00Z'),
  max: new Date('2031-01-31T00:00:00Z'),
  noInvalidDate: true,
});

describe('notification of affected users', () => {
  it('is prohibited through the last day of the term and due from the next instant', () => {
    fc.assert(
      fc.property(day, instant, (until, now) => {
        const states = notificationStates({
          order: order({ prohibited: true, until }),
          disclosedAt: null,
          sent: new Map(),
          now,
        });
        const ended = now.getTime() > Date.parse(`${until}T23:59:59.999Z`);
        for (const t of states.targets) {
          expect(t.state).toBe(ended ? 'due' : 'prohibited');
          expect(t.prohibitedUntil).toBe(until);
        }
      }),
    );
  });

  it('once recorded as sent stays sent, whatever the clock says', () => {
    fc.assert(
      fc.property(day, instant, (until, now) => {
        const sent = new Map([
          ['username:@oneuser', { sentAt: new Date('2031-02-01T00:00:00Z'), recordedByName: 'R' }],
        ]);
        const states = notificationStates({
          order: order({ prohibited: true, until }),
          disclosedAt: null,
          sent,
          now,
        });
        expect(states.targets[0]?.state).toBe('sent');
        expect(states.targets[1]?.state).not.toBe('sent');
      }),
    );
  });

  it('tracks nobody under an order without a term until data is disclosed, then is due', () => {
    const now = new Date('2026-04-01T00:00:00Z');
    const base = { order: order(), sent: new Map(), now };
    expect(notificationStates({ ...base, disclosedAt: null }).targets).toEqual([]);
    const disclosed = notificationStates({
      ...base,
      disclosedAt: new Date('2026-03-20T10:00:00Z'),
    });
    expect(disclosed.term).toBeNull();
    expect(disclosed.targets.map((t) => [t.target, t.state, t.dueFrom])).toEqual([
      ['username:@oneuser', 'due', '2026-03-20T10:00:00.000Z'],
      ['user_id:42', 'due', '2026-03-20T10:00:00.000Z'],
    ]);
  });

  it('stays prohibited without end when the term names none', () => {
    const states = notificationStates({
      order: order({ prohibited: true }),
      disclosedAt: new Date('2026-03-20T10:00:00Z'),
      sent: new Map(),
      now: new Date('2040-01-01T00:00:00Z'),
    });
    expect(states.targets.every((t) => t.state === 'prohibited' && t.dueFrom === null)).toBe(true);
  });
});
