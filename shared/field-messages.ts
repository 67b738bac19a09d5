import { z } from 'zod';

/*
 * Every message a person reads about a field is written here, for a lawyer: the field by the
 * name the screen gives it, the problem in a sentence, no library wording and no internal key.
 * A schema's own message (a rule of the order format) is kept; what the validation library
 * would have said by default is replaced. Installed once, for every schema, by importing this
 * module (shared/errors.ts does).
 */

/** Option values whose words are not just the value with its underscores spaced out. */
const OPTION_WORDS: Record<string, string> = {
  judges_order: 'Judge’s order',
  european_production_order: 'European Production Order',
  mlat: 'Mutual legal assistance (MLAT)',
  cloud_act: 'CLOUD Act agreement',
  e_evidence: 'EU e-Evidence',
  e_evidence_system: 'e-Evidence system',
  dsa_contact_point: 'DSA contact point',
  ip_addresses: 'IP addresses',
  user_id: 'User id',
  epoc_pr: 'European Preservation Order (EPOC-PR)',
  us_preservation: 'US preservation request',
  email: 'Email',
  needs_review: 'Needs review',
  unspecified: 'Not specified',
};

function sentenceCase(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "person_of_interest" → "Person of interest". */
export function optionLabel(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return OPTION_WORDS[value] ?? sentenceCase(value.replaceAll('_', ' '));
}

/** Field names as the forms and the order format's documentation call them. */
const FIELD_WORDS: Record<string, string> = {
  '(root)': 'The form',
  '(file)': 'Order file',
  file: 'Order file',
  attachment: 'Attached document',
  format: 'File format',
  reference: 'Reference',
  channel: 'Received by',
  receivedAt: 'Received at',
  authority: 'Authority',
  contact: 'contact',
  name: 'name',
  email: 'email',
  phone: 'phone',
  country: 'country',
  kind: 'kind',
  instrument: 'instrument',
  route: 'route',
  legalBasis: 'Legal basis',
  caseNumber: 'Case number',
  emergency: 'Emergency',
  nonDisclosure: 'Non-disclosure',
  prohibited: 'prohibited',
  until: 'until',
  terms: 'terms',
  targets: 'Target',
  identifier: 'identifier',
  status: 'status',
  offences: 'Offence',
  category: 'category',
  description: 'description',
  dataRequested: 'Data requested',
  ipWindow: 'IP window',
  from: 'from',
  to: 'to',
  epoc: 'EPOC certificate',
  ipSolelyForIdentification: 'IP addresses solely to identify the user',
  respondBy: 'Respond by',
  documents: 'Document',
  sha256: 'SHA-256',
  preservation: 'Preservation',
  productionCaseId: 'Production order',
  review: 'Review',
  decisions: 'Decision',
  checks: 'Checks',
  verdict: 'decision',
  reason: 'reason',
  note: 'note',
  comment: 'Comment',
  verification: 'Call-back',
  calledBy: 'called by',
  contactName: 'person reached',
  contactUsed: 'number or address used',
  verifiedAt: 'time of the call-back',
  outcome: 'outcome',
  source: 'source',
  delivery: 'Delivery',
  deliveredAt: 'delivered on',
  recipient: 'recipient',
  username: 'Username',
  password: 'Password',
  newPassword: 'New password',
  currentPassword: 'Current password',
  displayName: 'Display name',
  role: 'Role',
  code: 'Enrolment code',
};

/** Segments that name a wrapper, not something a person fills in. */
const SILENT = new Set(['args', 'value']);

/** "respondBy" → "respond by", for a field no one has named yet. */
function spelledOut(segment: string): string {
  return segment
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();
}

/**
 * The field an issue path points at, as a reader names it: "targets.0.identifier.value" →
 * "Target 1 — identifier", "authority.contact.email" → "Authority — contact email".
 */
export function fieldLabel(path: string): string {
  if (path in FIELD_WORDS) return FIELD_WORDS[path] ?? path;
  const parts: string[] = [];
  for (const segment of path.split('.')) {
    if (SILENT.has(segment)) continue;
    if (/^[0-9]+$/.test(segment)) {
      const last = parts.pop() ?? 'Entry';
      parts.push(`${last} ${Number(segment) + 1}`);
      continue;
    }
    parts.push(FIELD_WORDS[segment] ?? spelledOut(segment));
  }
  if (parts.length === 0) return 'The form';
  const [head, ...rest] = parts;
  const first = sentenceCase(head ?? '');
  return rest.length === 0 ? first : `${first} — ${rest.join(' ')}`;
}

type RawIssue = z.core.$ZodRawIssue;

function sizeMessage(issue: RawIssue & { origin?: string }, bound: number, least: boolean): string {
  const which = least ? 'at least' : 'at most';
  switch (issue.origin) {
    case 'string':
      return least && bound === 1
        ? 'must not be empty'
        : `must be ${which} ${bound} character${bound === 1 ? '' : 's'} long`;
    case 'array':
    case 'set':
      return least
        ? `add at least ${bound} ${bound === 1 ? 'entry' : 'entries'}`
        : `give at most ${bound} ${bound === 1 ? 'entry' : 'entries'}`;
    default:
      return `must be ${which} ${bound}`;
  }
}

function typeMessage(expected: string, input: unknown): string {
  if (input === undefined || input === null) return 'this must be filled in';
  switch (expected) {
    case 'boolean':
      return 'answer yes or no';
    case 'number':
    case 'int':
      return 'enter a number';
    case 'string':
      return 'enter text';
    case 'array':
      return 'give a list';
    case 'object':
      return 'fill in the details';
    default:
      return 'this is not what this field holds';
  }
}

const FORMAT_MESSAGES: Record<string, string> = {
  email: 'enter an email address such as greffe@tribunal.example',
  uuid: 'this does not refer to a case or record the desk knows',
  datetime: 'enter a date and time with its time zone, such as 30 Nov 2026 09:14 UTC',
  date: 'enter a date such as 30 Nov 2026',
  regex: 'this is not in the expected form',
};

/** The message for an issue the schema did not word itself. */
export function lawyerMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(String(issue.expected), issue.input);
    case 'invalid_value': {
      const options = issue.values.map(optionLabel);
      return options.length === 1
        ? `must be “${options[0] ?? ''}”`
        : `choose one of: ${options.join(', ')}`;
    }
    case 'too_small':
      return sizeMessage(issue, Number(issue.minimum), true);
    case 'too_big':
      return sizeMessage(issue, Number(issue.maximum), false);
    case 'invalid_format':
      return FORMAT_MESSAGES[issue.format] ?? 'this is not in the expected form';
    case 'unrecognized_keys':
      return `this holds ${issue.keys.length === 1 ? 'a field' : 'fields'} the desk does not know (${issue.keys.map((k) => `“${k}”`).join(', ')})`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return 'this is not accepted here';
  }
}

z.config({ customError: lawyerMessage });
