import type { FieldIssue } from '../../../shared/errors';
import type { IdentifierKind } from '../../../shared/identifiers';
import type { PreservationInstrument } from '../../../shared/preservation';
import { parseDateEntry, parseDateTimeEntry, type DateEntry } from '../../lib/date-entry';
import { checkOrder, type OrderCheck } from './parse-order-file';
import {
  ORDER_FORMAT,
  type AuthorityKind,
  type DataCategory,
  type Instrument,
  type Route,
  type TargetStatus,
  type CHANNELS,
} from '../../../shared/order';

export interface TargetRow {
  key: number;
  kind: IdentifierKind;
  value: string;
  status: TargetStatus;
}

export interface DocumentRow {
  key: number;
  name: string;
  sha256: string;
}

/** What the order asks of the platform: data handed over, or data kept. */
export type OrderPurpose = 'production' | PreservationInstrument;

export interface OffenceRow {
  key: number;
  category: string;
  description: string;
}

/** The order form as typed: strings as the inputs hold them, converted only on submit. */
export interface OrderFormState {
  purpose: OrderPurpose;
  reference: string;
  channel: (typeof CHANNELS)[number];
  /** Dates as typed, day first ("30 Nov 2026 09:14"), in the workstation's time zone. */
  receivedAt: string;
  authorityName: string;
  country: string;
  authorityKind: AuthorityKind;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  instrument: Instrument;
  route: Route;
  legalBasis: string;
  caseNumber: string;
  emergency: boolean;
  gagProhibited: boolean;
  gagUntil: string;
  gagTerms: string;
  targets: TargetRow[];
  offences: OffenceRow[];
  dataRequested: DataCategory[];
  ipFrom: string;
  ipTo: string;
  /** What a European Production Order certificate says about the IP addresses' purpose. */
  ipPurpose: IpPurpose;
  respondBy: string;
  documents: DocumentRow[];
}

/** '' when the certificate does not say. */
export type IpPurpose = '' | 'identification_only' | 'beyond_identification';

let rowCounter = 0;
export function nextRowKey(): number {
  rowCounter += 1;
  return rowCounter;
}

export function emptyTarget(): TargetRow {
  return { key: nextRowKey(), kind: 'user_id', value: '', status: 'suspect' };
}

export function emptyDocument(): DocumentRow {
  return { key: nextRowKey(), name: '', sha256: '' };
}

export function emptyOffence(): OffenceRow {
  return { key: nextRowKey(), category: '', description: '' };
}

export function emptyOrderForm(): OrderFormState {
  return {
    purpose: 'production',
    reference: '',
    channel: 'email',
    receivedAt: '',
    authorityName: '',
    country: '',
    authorityKind: 'court',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    instrument: 'court_order',
    route: 'domestic',
    legalBasis: '',
    caseNumber: '',
    emergency: false,
    gagProhibited: false,
    gagUntil: '',
    gagTerms: '',
    targets: [emptyTarget()],
    offences: [emptyOffence()],
    dataRequested: [],
    ipFrom: '',
    ipTo: '',
    ipPurpose: '',
    respondBy: '',
    documents: [],
  };
}

type DateReader = (typed: string) => DateEntry;

const DATE_FIELDS: [path: string, read: (form: OrderFormState) => string, DateReader][] = [
  ['receivedAt', (f) => f.receivedAt, (t) => parseDateTimeEntry(t)],
  ['ipWindow.from', (f) => f.ipFrom, (t) => parseDateTimeEntry(t, 'start')],
  ['ipWindow.to', (f) => f.ipTo, (t) => parseDateTimeEntry(t, 'end')],
  ['respondBy', (f) => f.respondBy, (t) => parseDateTimeEntry(t, 'end')],
  ['nonDisclosure.until', (f) => f.gagUntil, parseDateEntry],
];

/**
 * A typed date as the order states it: empty is absent; anything unreadable is passed on as
 * typed, so the field is never silently dropped, and `checkOrderForm` words the problem.
 */
function dateValue(typed: string, read: DateReader): string | undefined {
  if (typed.trim() === '') return undefined;
  const entry = read(typed);
  return entry.ok ? entry.iso : typed;
}

function dateOf(form: OrderFormState, path: string): string | undefined {
  const field = DATE_FIELDS.find(([p]) => p === path);
  return field ? dateValue(field[1](form), field[2]) : undefined;
}

/** Dates the form cannot read, said the way they are entered. */
export function dateProblemsOf(form: OrderFormState): FieldIssue[] {
  return DATE_FIELDS.flatMap(([path, read, parse]) => {
    const typed = read(form);
    if (typed.trim() === '') return [];
    const entry = parse(typed);
    return entry.ok ? [] : [{ path, message: entry.message }];
  });
}

/** The form checked as the service will check the order, dates worded as they are typed. */
export function checkOrderForm(form: OrderFormState): OrderCheck {
  const dates = dateProblemsOf(form);
  const checked = checkOrder(orderFromForm(form));
  if (dates.length === 0) return checked;
  const worded = new Set(dates.map((d) => d.path));
  const others = checked.ok ? [] : checked.problems.filter((p) => !worded.has(p.path));
  return { ok: false, problems: [...dates, ...others] };
}

function optional(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/** The form as an order candidate, still unchecked: `Order.safeParse` decides. */
export function orderFromForm(form: OrderFormState): Record<string, unknown> {
  const ipFrom = dateOf(form, 'ipWindow.from');
  const ipTo = dateOf(form, 'ipWindow.to');
  const contact = {
    name: optional(form.contactName),
    email: optional(form.contactEmail),
    phone: optional(form.contactPhone),
  };
  const hasContact = Object.values(contact).some((v) => v !== undefined);
  return {
    format: ORDER_FORMAT,
    reference: form.reference,
    channel: form.channel,
    receivedAt: dateOf(form, 'receivedAt') ?? '',
    authority: {
      name: form.authorityName,
      country: form.country,
      kind: form.authorityKind,
      contact: hasContact ? contact : undefined,
    },
    instrument: form.instrument,
    route: form.route,
    legalBasis: form.legalBasis,
    caseNumber: optional(form.caseNumber),
    emergency: form.emergency,
    nonDisclosure: form.gagProhibited
      ? {
          prohibited: true,
          until: dateOf(form, 'nonDisclosure.until'),
          terms: optional(form.gagTerms),
        }
      : undefined,
    targets: form.targets.map((t) => ({
      identifier: { kind: t.kind, value: t.value },
      status: t.status,
    })),
    offences: form.offences.map((o) => ({
      category: optional(o.category),
      description: o.description,
    })),
    dataRequested: form.dataRequested,
    ipWindow: ipFrom || ipTo ? { from: ipFrom ?? '', to: ipTo ?? '' } : undefined,
    // Only a European Production Order certificate states it; a choice left over from switching
    // the instrument is not sent.
    epoc:
      form.instrument === 'european_production_order' && form.ipPurpose !== ''
        ? { ipSolelyForIdentification: form.ipPurpose === 'identification_only' }
        : undefined,
    respondBy: dateOf(form, 'respondBy'),
    documents:
      form.documents.length > 0
        ? form.documents.map((d) => ({
            name: d.name,
            sha256: optional(d.sha256.trim().toLowerCase()),
          }))
        : undefined,
    ...(form.purpose === 'production'
      ? {}
      : { kind: 'preservation', preservation: { instrument: form.purpose } }),
  };
}
