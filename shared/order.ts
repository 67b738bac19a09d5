import { z } from 'zod';
import { isCountryCode } from './countries';
import { IsoDate, IsoDateTime } from './dates';
import { TargetIdentifier, targetKey } from './identifiers';
import { ORDER_KINDS, PRESERVATION_INSTRUMENTS } from './preservation';

/** The documented intake format; see README "Order format" and examples/. */
export const ORDER_FORMAT = 'disclosure-desk/order@1';

export const CHANNELS = ['email', 'portal', 'post', 'fax', 'e_evidence_system', 'other'] as const;

export const AUTHORITY_KINDS = [
  'court',
  'investigating_judge',
  'prosecutor',
  'police',
  'other',
] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

export const INSTRUMENTS = [
  'court_order',
  'warrant',
  'judges_order',
  'european_production_order',
  'subpoena',
  'police_request',
  'emergency_request',
  'other',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const ROUTES = [
  'domestic',
  'mlat',
  'cloud_act',
  'e_evidence',
  'dsa_contact_point',
  'other',
] as const;
export type Route = (typeof ROUTES)[number];

export const TARGET_STATUSES = [
  'suspect',
  'witness',
  'victim',
  'person_of_interest',
  'unspecified',
] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const DATA_CATEGORIES = [
  'ip_addresses',
  'phone_number',
  'message_content',
  'contacts',
  'location',
  'profile_information',
  'payment_information',
  'device_information',
  'other',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** The only categories the policy ever allows to be disclosed. */
export const DISCLOSABLE_CATEGORIES = ['ip_addresses', 'phone_number'] as const;
export type DisclosableCategory = (typeof DISCLOSABLE_CATEGORIES)[number];

export function isDisclosable(category: DataCategory): category is DisclosableCategory {
  return (DISCLOSABLE_CATEGORIES as readonly string[]).includes(category);
}

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const AuthorityContact = z
  .object({
    name: optionalText(200),
    email: z.email('enter an email address such as greffe@tribunal.example').optional(),
    phone: z
      .string()
      .regex(/^\+[0-9 ()-]{7,24}$/, 'enter an international phone number such as +33 1 23 45 67 89')
      .optional(),
  })
  .strict();

export const Authority = z
  .object({
    name: text(300),
    country: z
      .string()
      .refine(isCountryCode, 'enter the country as its two-letter ISO 3166-1 code, such as FR'),
    kind: z.enum(AUTHORITY_KINDS),
    contact: AuthorityContact.optional(),
  })
  .strict();
export type Authority = z.infer<typeof Authority>;

export const OrderTarget = z
  .object({
    identifier: TargetIdentifier,
    status: z.enum(TARGET_STATUSES),
  })
  .strict();
export type OrderTarget = z.infer<typeof OrderTarget>;

export const Offence = z
  .object({
    /** A category code from the ToS catalog, when the intake could tell. */
    category: z
      .string()
      .regex(/^[a-z][a-z0-9_]{1,63}$/, 'choose a category from the Terms of Service catalog')
      .optional(),
    description: text(2000),
  })
  .strict();
export type Offence = z.infer<typeof Offence>;

export const TimeWindow = z
  .object({ from: IsoDateTime, to: IsoDateTime })
  .strict()
  .refine((w) => Date.parse(w.from) < Date.parse(w.to), {
    message: 'the time window must end after it starts',
    path: ['to'],
  });
export type TimeWindow = z.infer<typeof TimeWindow>;

export const DocumentReference = z
  .object({
    name: text(200),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'enter the SHA-256 as 64 lowercase hexadecimal characters')
      .optional(),
  })
  .strict();

export const EpocStatements = z
  .object({
    /**
     * Whether the IP addresses are requested solely to identify the user, which is what lets a
     * prosecutor order them (Regulation (EU) 2023/1543, art. 4(1)-(2)). Absent when not stated.
     */
    ipSolelyForIdentification: z.boolean().optional(),
  })
  .strict();

export const Order = z
  .object({
    format: z.literal(ORDER_FORMAT, {
      error: `this is not an order in the desk's format (${ORDER_FORMAT})`,
    }),
    reference: text(120),
    channel: z.enum(CHANNELS),
    receivedAt: IsoDateTime,
    authority: Authority,
    instrument: z.enum(INSTRUMENTS),
    route: z.enum(ROUTES),
    legalBasis: text(1000),
    caseNumber: optionalText(120),
    emergency: z.boolean(),
    nonDisclosure: z
      .object({
        prohibited: z.boolean(),
        until: IsoDate.optional(),
        terms: optionalText(2000),
      })
      .strict()
      .optional(),
    targets: z.array(OrderTarget).min(1, 'an order needs at least one target').max(500),
    offences: z.array(Offence).min(1, 'an order needs at least one alleged offence').max(50),
    dataRequested: z
      .array(z.enum(DATA_CATEGORIES))
      .min(1, 'an order must request at least one data category'),
    ipWindow: TimeWindow.optional(),
    /** What only a European Production Order certificate states. */
    epoc: EpocStatements.optional(),
    /** The deadline the authority states, if any. */
    respondBy: IsoDateTime.optional(),
    documents: z.array(DocumentReference).max(20).optional(),
    /** Absent on orders written before preservations were imported: a production order. */
    kind: z.enum(ORDER_KINDS).optional(),
    /** On a preservation request only: the instrument, which sets its term. */
    preservation: z
      .object({ instrument: z.enum(PRESERVATION_INSTRUMENTS) })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((order, ctx) => {
    const seen = new Set<string>();
    order.targets.forEach((t, i) => {
      const key = targetKey(t.identifier);
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['targets', i, 'identifier'],
          message: `target ${t.identifier.value} is listed twice`,
        });
      }
      seen.add(key);
    });
    if (order.epoc !== undefined && order.instrument !== 'european_production_order') {
      ctx.addIssue({
        code: 'custom',
        path: ['epoc'],
        message: 'only a European Production Order certificate states this',
      });
    }
    if (order.kind === 'preservation' && order.preservation === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['preservation', 'instrument'],
        message: 'a preservation request must say whether it is an EPOC-PR or a US preservation',
      });
    }
    if (order.kind !== 'preservation' && order.preservation !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'only a preservation request states a preservation instrument',
      });
    }
    if (order.preservation?.instrument === 'epoc_pr' && order.route !== 'e_evidence') {
      ctx.addIssue({
        code: 'custom',
        path: ['route'],
        message: 'a European Preservation Order arrives by the e-Evidence route',
      });
    }
    if (new Set(order.dataRequested).size !== order.dataRequested.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['dataRequested'],
        message: 'a data category is listed twice',
      });
    }
  });
export type Order = z.infer<typeof Order>;

export function isPreservation(order: Pick<Order, 'kind'>): boolean {
  return order.kind === 'preservation';
}
