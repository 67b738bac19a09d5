import fc from 'fast-check';
import { COUNTRIES } from '../../countries';
import { targetKey } from '../../identifiers';
import {
  AUTHORITY_KINDS,
  CHANNELS,
  DATA_CATEGORIES,
  INSTRUMENTS,
  Order,
  ROUTES,
  TARGET_STATUSES,
} from '../../order';
import type { AuthorityVerification } from '../evaluation-context';
import { CURRENT_SEED_POLICY, SEED_AUTHORITY_DIRECTORY } from '../seed';

// Arbitraries for property tests: anything the intake schema accepts, biased towards the values
// the seed policy knows so that every rule is reached.

const MIN_MS = Date.UTC(2024, 0, 1);
const MAX_MS = Date.UTC(2028, 11, 31);

export const instantArb = fc
  .integer({ min: MIN_MS, max: MAX_MS })
  .map((ms) => new Date(ms).toISOString());

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

export const REFERENCES = ['REF-1', 'REF-2'];

export const orderArb: fc.Arbitrary<Order> = fc
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

export const verificationsArb: fc.Arbitrary<AuthorityVerification[]> = fc.array(
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
