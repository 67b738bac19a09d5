import fc from 'fast-check';
import { COUNTRIES } from '../countries';
import { targetKey } from '../identifiers';
import {
  AUTHORITY_KINDS,
  CHANNELS,
  DATA_CATEGORIES,
  INSTRUMENTS,
  Order,
  ROUTES,
  TARGET_STATUSES,
} from '../order';
import type { AuthorityVerification } from './evaluation-context';
import { describe, expect, it } from 'vitest';
import { CHECK_RESULTS } from '../review';
import { evaluateOrder } from './evaluate-order';
import type { PolicyVersion } from './policy-version';
import { CURRENT_SEED_POLICY, SEED_AUTHORITY_DIRECTORY, SEED_POLICIES } from './seed';
import { ENGINE_CHECK_KEYS, Verdict } from './verdict';

// Arbitraries for property tests: anything the intake schema accepts, biased towards the values
// the seed policy knows so that every rule is reached.

const MIN_MS = Date.UTC(2024, 0, 1);
const MAX_MS = Date.UTC(2028, 11, 31);

const instantArb = fc.integer({ min: MIN_MS, max: MAX_MS }).map((ms) => new Date(ms).toISOString());

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const wordChars = `${letters}0123456789_`;
const charOf = (alphabet: string) => fc.constantFrom(...alphabet.split(''));

const identifierArb = fc.oneof(
  fc
    .bigInt({ min: 1n, max: 99_999_999_999n })
    .map((n) => ({ kind: 'user_id' as const, value: n.toString() })),
  fc
    .tuple(charOf(letters), fc.array(charOf(wordChars), { minLength: 4, maxLength: 20 }))
    .map(([first, rest]) => ({ kind: 'username' as const, value: `@${first}${rest.join('')}` })),
  fc
    .tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.array(charOf('0123456789'), { minLength: 6, maxLength: 13 }),
    )
    .map(([first, rest]) => ({ kind: 'phone' as const, value: `+${first}${rest.join('')}` })),
  fc.constantFrom('John Smith', 'Jean Dupont', '@maybe_him').map((value) => ({
    kind: 'display_name' as const,
    value,
  })),
);

const directoryNames = SEED_AUTHORITY_DIRECTORY.entries.flatMap((e) => [e.name, ...e.aliases]);
const directoryPhones = SEED_AUTHORITY_DIRECTORY.entries.flatMap((e) =>
  e.contact.phone ? [e.contact.phone] : [],
);
const directoryEmails = SEED_AUTHORITY_DIRECTORY.entries.flatMap((e) =>
  e.contact.email ? [e.contact.email] : [],
);
const profiledCountries = CURRENT_SEED_POLICY.jurisdictions.map((j) => j.country);

const DESCRIPTIONS = [
  'Investment fraud through a channel',
  'Insulting the president',
  'Financing of terrorism',
  'Terrorist threats and insulting the president',
  'Distribution of child sexual abuse material',
  'Organising an unauthorised assembly',
  'Violation of article 12 of the decree',
  'Criminal defamation',
  'Selling cocaine',
  'Journalist publishing leaked documents',
];

const textArb = fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim().length > 0);

const offenceArb = fc.record(
  {
    category: fc.oneof(
      fc.constantFrom(...CURRENT_SEED_POLICY.tosCatalog.categories.map((c) => c.code)),
      fc.constantFrom('jaywalking', 'unknown_code'),
    ),
    description: fc.oneof(fc.constantFrom(...DESCRIPTIONS), textArb),
  },
  { requiredKeys: ['description'] },
);

const windowArb = fc
  .tuple(instantArb, instantArb)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => (a < b ? { from: a, to: b } : { from: b, to: a }));

const authorityArb = fc.record(
  {
    name: fc.oneof(fc.constantFrom(...directoryNames), textArb),
    country: fc.oneof(
      fc.constantFrom(...profiledCountries),
      fc.constantFrom(...COUNTRIES.map((c) => c.alpha2)),
    ),
    kind: fc.constantFrom(...AUTHORITY_KINDS),
    contact: fc.record(
      {
        email: fc.oneof(fc.constantFrom(...directoryEmails), fc.constant('someone@mail.example')),
        phone: fc.oneof(fc.constantFrom(...directoryPhones), fc.constant('+33 1 23 45 67 89')),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['name', 'country', 'kind'] },
);

const REFERENCES = ['REF-1', 'REF-2'];

const orderArb: fc.Arbitrary<Order> = fc
  .record(
    {
      format: fc.constant('disclosure-desk/order@1' as const),
      reference: fc.constantFrom(...REFERENCES),
      channel: fc.constantFrom(...CHANNELS),
      receivedAt: instantArb,
      authority: authorityArb,
      instrument: fc.constantFrom(...INSTRUMENTS),
      route: fc.constantFrom(...ROUTES),
      legalBasis: textArb,
      emergency: fc.boolean(),
      targets: fc.uniqueArray(
        fc.record({ identifier: identifierArb, status: fc.constantFrom(...TARGET_STATUSES) }),
        { minLength: 1, maxLength: 4, selector: (t) => targetKey(t.identifier) },
      ),
      offences: fc.array(offenceArb, { minLength: 1, maxLength: 4 }),
      dataRequested: fc.uniqueArray(fc.constantFrom(...DATA_CATEGORIES), { minLength: 1 }),
      ipWindow: windowArb,
      respondBy: instantArb,
    },
    {
      requiredKeys: [
        'format',
        'reference',
        'channel',
        'receivedAt',
        'authority',
        'instrument',
        'route',
        'legalBasis',
        'emergency',
        'targets',
        'offences',
        'dataRequested',
      ],
    },
  )
  .map((candidate) => Order.safeParse(candidate))
  .filter((parsed) => parsed.success)
  .map((parsed) => {
    if (!parsed.success) throw new Error('unreachable: filtered above');
    return parsed.data;
  });

const verificationsArb: fc.Arbitrary<AuthorityVerification[]> = fc.array(
  fc.record({
    orderReference: fc.constantFrom(...REFERENCES),
    directoryEntryId: fc.constantFrom(...SEED_AUTHORITY_DIRECTORY.entries.map((e) => e.id)),
    channel: fc.constantFrom('phone' as const, 'email' as const),
    contactUsed: fc.constantFrom(...directoryPhones, ...directoryEmails),
    verifiedAt: instantArb,
    verifiedBy: fc.constant('Property Reviewer'),
    outcome: fc.constantFrom('confirmed' as const, 'denied' as const),
  }),
  { maxLength: 3 },
);

const policyArb = fc.constantFrom(...SEED_POLICIES);

/** Every rule id that occurs anywhere in the policy data. */
function ruleIds(policy: PolicyVersion): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'id' && typeof child === 'string') ids.add(child);
        else walk(child);
      }
    }
  };
  walk(policy);
  return ids;
}
const IDS = new Map(SEED_POLICIES.map((p) => [p.version, ruleIds(p)]));

const RUNS = { numRuns: 400 };

// Each jurisdiction's public holidays are computed once per year on first use (about ten
// milliseconds each), so the first properties over five years of instants pay for all of them.
describe('evaluateOrder on any schema-valid order', { timeout: 60_000 }, () => {
  it('is total: a well-formed verdict for every check, never a fault', () => {
    fc.assert(
      fc.property(
        orderArb,
        policyArb,
        instantArb,
        verificationsArb,
        (order, policy, now, verifications) => {
          const verdict = evaluateOrder(order, policy, {
            now,
            authorityDirectory: SEED_AUTHORITY_DIRECTORY,
            verifications,
          });
          expect(Verdict.safeParse(verdict).success).toBe(true);
          for (const key of ENGINE_CHECK_KEYS) {
            const check = verdict.checks[key];
            expect(check.check).toBe(key);
            expect(CHECK_RESULTS).toContain(check.result);
            expect(check.reason.trim().length).toBeGreaterThan(0);
            expect(check.policyVersion).toBe(policy.version);
            expect(check.rule).not.toBe('engine.fault');
          }
        },
      ),
      RUNS,
    );
  });

  it('is deterministic and serialisable: the same input gives the same verdict', () => {
    fc.assert(
      fc.property(
        orderArb,
        policyArb,
        instantArb,
        verificationsArb,
        (order, policy, now, verifications) => {
          const context = { now, authorityDirectory: SEED_AUTHORITY_DIRECTORY, verifications };
          const first = evaluateOrder(order, policy, context);
          const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
          const second = evaluateOrder(copy(order), policy, copy(context));
          expect(second).toEqual(first);
          expect(JSON.parse(JSON.stringify(first))).toEqual(first);
        },
      ),
      RUNS,
    );
  });

  it('cites only rules that exist in the policy data', () => {
    fc.assert(
      fc.property(orderArb, policyArb, instantArb, (order, policy, now) => {
        const verdict = evaluateOrder(order, policy, {
          now,
          authorityDirectory: SEED_AUTHORITY_DIRECTORY,
        });
        const ids = IDS.get(policy.version) ?? new Set<string>();
        for (const check of Object.values(verdict.checks)) {
          expect(ids).toContain(check.rule);
          for (const detail of check.details) expect(ids).toContain(detail.rule);
        }
      }),
      RUNS,
    );
  });

  it('never lets protected speech, a non-suspect target, a non-judicial instrument or an unanswered state pass', () => {
    fc.assert(
      fc.property(orderArb, policyArb, instantArb, (order, policy, now) => {
        const { checks } = evaluateOrder(order, policy, {
          now,
          authorityDirectory: SEED_AUTHORITY_DIRECTORY,
        });
        const protectedCodes = policy.tosCatalog.categories
          .filter((c) => c.status === 'protected_speech')
          .map((c) => c.code);
        if (
          order.offences.some(
            (o) => o.category !== undefined && protectedCodes.includes(o.category),
          )
        ) {
          expect(checks.tos_violation.result).toBe('fail');
        }
        // Judged per target: every target not named as a suspect is blocked, and the check
        // fails only when no target qualifies.
        for (const detail of checks.suspect.details) {
          if (
            detail.kind === 'target' &&
            (detail.status !== 'suspect' || !detail.exactIdentifier)
          ) {
            expect(detail.result).toBe('fail');
          }
        }
        if (order.targets.every((t) => t.status !== 'suspect'))
          expect(checks.suspect.result).toBe('fail');
        if (
          ['police_request', 'subpoena', 'emergency_request', 'other'].includes(order.instrument)
        ) {
          expect(checks.instrument.result).not.toBe('pass');
        }
        const profile = policy.jurisdictions.find((j) => j.country === order.authority.country);
        if (profile?.status === 'not_answered') expect(checks.jurisdiction.result).toBe('fail');
        if (!order.dataRequested.some((c) => policy.scope.disclosableCategories.includes(c))) {
          expect(checks.scope.result).toBe('fail');
        }
      }),
      RUNS,
    );
  });

  it('never passes authenticity without a call-back recorded for the order', () => {
    fc.assert(
      fc.property(orderArb, policyArb, instantArb, (order, policy, now) => {
        const { checks } = evaluateOrder(order, policy, {
          now,
          authorityDirectory: SEED_AUTHORITY_DIRECTORY,
        });
        expect(checks.authenticity.result).toBe('needs_review');
      }),
      RUNS,
    );
  });

  it('reports a due date consistent with the overdue flags', () => {
    fc.assert(
      fc.property(orderArb, policyArb, instantArb, (order, policy, now) => {
        const verdict = evaluateOrder(order, policy, {
          now,
          authorityDirectory: SEED_AUTHORITY_DIRECTORY,
        });
        const due = Date.parse(verdict.dueAt);
        expect(due).toBeGreaterThan(Date.parse(order.receivedAt));
        expect(verdict.isOverdue).toBe(Date.parse(now) > due);
        expect(verdict.checks.deadline.result === 'fail').toBe(verdict.isOverdue);
        if (verdict.dueWithin24h) expect(verdict.isOverdue).toBe(false);
      }),
      RUNS,
    );
  });
});
