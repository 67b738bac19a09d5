import type { Outcome } from '../../shared/case-lifecycle';
import type { IdentifierKind } from '../../shared/identifiers';
import type {
  AuthorityKind,
  DataCategory,
  Instrument,
  Route,
  TargetStatus,
  CHANNELS,
} from '../../shared/order';
import type { CheckResult } from '../../shared/review';

export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  ip_addresses: 'IP addresses',
  phone_number: 'Phone number',
  message_content: 'Message content',
  contacts: 'Contacts',
  location: 'Location',
  profile_information: 'Profile information',
  payment_information: 'Payment information',
  device_information: 'Device information',
  other: 'Other data',
};

export const INSTRUMENT_LABELS: Record<Instrument, string> = {
  court_order: 'Court order',
  warrant: 'Warrant',
  judges_order: 'Judge’s order',
  european_production_order: 'European Production Order',
  subpoena: 'Subpoena',
  police_request: 'Police request',
  emergency_request: 'Emergency request',
  other: 'Other',
};

export const ROUTE_LABELS: Record<Route, string> = {
  domestic: 'Domestic order',
  mlat: 'Mutual legal assistance (MLAT)',
  cloud_act: 'CLOUD Act agreement',
  e_evidence: 'EU e-Evidence (EPOC)',
  dsa_contact_point: 'DSA contact point',
  other: 'Other',
};

export const AUTHORITY_KIND_LABELS: Record<AuthorityKind, string> = {
  court: 'Court',
  investigating_judge: 'Investigating judge',
  prosecutor: 'Prosecutor',
  police: 'Police',
  other: 'Other',
};

export const CHANNEL_LABELS: Record<(typeof CHANNELS)[number], string> = {
  email: 'Email',
  portal: 'Law-enforcement portal',
  post: 'Post',
  fax: 'Fax',
  e_evidence_system: 'e-Evidence system',
  other: 'Other',
};

export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  suspect: 'Suspect',
  witness: 'Witness',
  victim: 'Victim',
  person_of_interest: 'Person of interest',
  unspecified: 'Not specified',
};

export const IDENTIFIER_KIND_LABELS: Record<IdentifierKind, string> = {
  user_id: 'User id',
  username: 'Username',
  phone: 'Phone number',
  display_name: 'Display name (not exact)',
  other: 'Other (not exact)',
};

export const CHECK_RESULT_LABELS: Record<CheckResult, string> = {
  pass: 'Pass',
  fail: 'Fail',
  needs_review: 'Needs review',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  disclose: 'Disclose',
  partial: 'Partial disclosure',
  refuse: 'Refuse',
};

export const ACTION_LABELS: Record<string, string> = {
  start_review: 'Review started',
  save_review: 'Review saved',
  request_information: 'Information requested',
  resume_review: 'Review resumed',
  sign_off: 'Signed off',
  record_verification: 'Call-back recorded',
  approve: 'Approved',
  return: 'Returned',
  reopen: 'Reopened',
  record_disclosure: 'Disclosure recorded',
  record_refusal: 'Refusal recorded',
  close: 'Closed',
  import: 'Order imported',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action.replaceAll('_', ' ');
}

/** Decisions key targets as `kind:value`; people read the identifier itself. */
export function targetLabel(targetKey: string): string {
  const separator = targetKey.indexOf(':');
  if (separator < 0) return targetKey;
  const kind = targetKey.slice(0, separator);
  const value = targetKey.slice(separator + 1);
  if (kind === 'user_id') return `user id ${value}`;
  if (kind === 'phone') return `phone ${value}`;
  if (kind === 'display_name') return `display name “${value}” (identifier not exact)`;
  if (kind === 'other') return `“${value}” (identifier not exact)`;
  return value;
}
