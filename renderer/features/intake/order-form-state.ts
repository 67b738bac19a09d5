import type { IdentifierKind } from '../../../shared/identifiers';
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

export interface OffenceRow {
  key: number;
  category: string;
  description: string;
}

/** The order form as typed: strings as the inputs hold them, converted only on submit. */
export interface OrderFormState {
  reference: string;
  channel: (typeof CHANNELS)[number];
  /** `datetime-local` values, in the workstation's time zone. */
  receivedAt: string;
  authorityName: string;
  country: string;
  authorityKind: AuthorityKind;
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

export function emptyOffence(): OffenceRow {
  return { key: nextRowKey(), category: '', description: '' };
}

export function emptyOrderForm(): OrderFormState {
  return {
    reference: '',
    channel: 'email',
    receivedAt: '',
    authorityName: '',
    country: '',
    authorityKind: 'court',
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
  };
}

/**
 * A local date-time becomes an instant with an offset; anything unreadable is passed on as
 * typed so the schema names the field instead of the value silently disappearing.
 */
export function localToIso(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

function optional(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/** The form as an order candidate, still unchecked: `Order.safeParse` decides. */
export function orderFromForm(form: OrderFormState): Record<string, unknown> {
  const ipFrom = localToIso(form.ipFrom);
  const ipTo = localToIso(form.ipTo);
  return {
    format: ORDER_FORMAT,
    reference: form.reference,
    channel: form.channel,
    receivedAt: localToIso(form.receivedAt) ?? '',
    authority: { name: form.authorityName, country: form.country, kind: form.authorityKind },
    instrument: form.instrument,
    route: form.route,
    legalBasis: form.legalBasis,
    caseNumber: optional(form.caseNumber),
    emergency: form.emergency,
    nonDisclosure: form.gagProhibited
      ? { prohibited: true, until: optional(form.gagUntil), terms: optional(form.gagTerms) }
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
    respondBy: localToIso(form.respondBy),
  };
}
