import type { AuthorityKind, DataCategory, Instrument, Route, TargetStatus } from '../order';

// Words for the order format's fixed vocabularies, so that reasons read as sentences.

export const INSTRUMENT_LABELS: Record<Instrument, string> = {
  court_order: 'a court order',
  warrant: 'a warrant',
  judges_order: 'a judge’s order',
  european_production_order: 'a European Production Order',
  subpoena: 'a subpoena',
  police_request: 'a police request',
  emergency_request: 'an emergency request',
  other: 'an unclassified instrument',
};

export const ROUTE_LABELS: Record<Route, string> = {
  domestic: 'the domestic-order route',
  mlat: 'the mutual legal assistance (MLAT) route',
  cloud_act: 'the CLOUD Act agreement route',
  e_evidence: 'the EU e-Evidence route',
  dsa_contact_point: 'the DSA contact-point route',
  other: 'an unspecified route',
};

export const AUTHORITY_KIND_LABELS: Record<AuthorityKind, string> = {
  court: 'a court',
  investigating_judge: 'an investigating judge',
  prosecutor: 'a prosecutor',
  police: 'the police',
  other: 'another kind of authority',
};

export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  ip_addresses: 'IP addresses',
  phone_number: 'the phone number',
  message_content: 'message content',
  contacts: 'contacts',
  location: 'location data',
  profile_information: 'profile information',
  payment_information: 'payment information',
  device_information: 'device information',
  other: 'other data',
};

export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  suspect: 'a suspect',
  witness: 'a witness',
  victim: 'a victim',
  person_of_interest: 'a person of interest',
  unspecified: 'no status',
};

/** "a, b or c" */
export function listOr(items: readonly string[]): string {
  return joinList(items, 'or');
}

/** "a, b and c" */
export function listAnd(items: readonly string[]): string {
  return joinList(items, 'and');
}

function joinList(items: readonly string[], conjunction: string): string {
  if (items.length === 0) return 'none';
  if (items.length === 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 2026-08-18 → "18 August 2026" */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  const name = MONTHS[Number(month) - 1];
  if (!year || !name || !day) return isoDate;
  return `${Number(day)} ${name} ${year}`;
}

/** An instant as a reviewer reads it, always in UTC so that nobody converts in their head. */
export function formatInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const utc = new Date(ms).toISOString();
  return `${formatDate(utc.slice(0, 10))}, ${utc.slice(11, 16)} UTC`;
}
