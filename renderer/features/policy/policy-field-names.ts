import { countryName } from '../../../shared/countries';
import { ROUTE_LABELS } from '../../../shared/policy/labels';
import { formatDateEntry } from '../../lib/date-entry';
import type { Route } from '../../../shared/order';
import { getIn, isDraftObject, type Draft } from './policy-draft';

/**
 * The words the editor labels each field of the policy with, so that a problem listed above
 * the form names the field as the form does: "France — route “the domestic-order route” —
 * deadline — amount", never "policy.jurisdictions.9.routes.0.deadline.amount".
 */
export const POLICY_FIELD_WORDS: Record<string, string> = {
  version: 'Version label',
  effectiveFrom: 'Effective from',
  title: 'title',
  note: 'note',
  status: 'status',
  country: 'country',
  id: 'rule reference',
  reason: 'reason for not answering',
  text: 'rule in words',
  sources: 'source',
  section: 'provision',
  date: 'date',
  url: 'web address',
  routes: 'route',
  route: 'route',
  instruments: 'instruments accepted',
  authorityKinds: 'authorities that may issue',
  dataCategories: 'data it may reach',
  issuerLimits: 'issuer limit',
  kinds: 'kinds of authority',
  conditions: 'condition',
  category: 'data category',
  availableFrom: 'available from',
  maxIpWindowDays: 'longest IP window (days)',
  deadline: 'deadline',
  unit: 'counted in',
  amount: 'time to answer',
  emergencyHours: 'hours in an emergency',
  rollForward: 'moves to the next business day',
  calendar: 'calendar',
  timeZone: 'time zone',
  weekendDays: 'weekend days',
  publicHolidays: 'computed public holidays',
  subdivision: 'region',
  added: 'added holiday rule',
  removed: 'removed holiday rule',
  rule: 'rule',
  holidays: 'holiday',
  openDays: 'working day despite a public holiday',
  coverage: 'years covered',
  from: 'from',
  to: 'to',
  name: 'name',
  aliases: 'other names',
  kind: 'kind',
  contact: 'call-back contact',
  phone: 'phone',
  email: 'email',
  source: 'source',
  description: 'how it was found',
  retrievedOn: 'checked on',
  demo: 'demonstration entry',
  code: 'category code',
  label: 'name',
  keywords: 'keywords',
  tosClause: 'Terms of Service clause',
  rationale: 'why it is not grounds',
  updatedOn: 'Directory updated on',
  entries: 'Authority',
};

const SECTION_WORDS: Record<string, string> = {
  policy: '',
  authorityDirectory: '',
  jurisdictions: 'Jurisdiction',
  tosCatalog: 'Terms of Service catalogue',
  categories: 'Category',
  entries: 'Authority',
  baselineRule: 'Baseline rule',
  instruments: 'Instruments',
  suspect: 'Suspect rule',
  offences: 'Offences rule',
  scope: 'Scope rule',
  authenticity: 'Authenticity rule',
  unprofiledJurisdiction: 'Rule for jurisdictions without a profile',
  defaultDeadline: 'Default deadline',
  defaultCalendar: 'Default calendar',
};

function spelledOut(segment: string): string {
  return segment
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** How a list entry is named: by what it holds where it says, by its place otherwise. */
function entryName(list: string, entry: unknown, index: number): string {
  const e = isDraftObject(entry) ? entry : {};
  switch (list) {
    case 'jurisdictions':
      return str(e.country) ? countryName(String(e.country)) : `Jurisdiction ${index + 1}`;
    case 'entries':
      return str(e.name) ?? `Authority ${index + 1}`;
    case 'categories':
      return `Category “${str(e.label) ?? str(e.code) ?? index + 1}”`;
    case 'routes': {
      const route = str(e.route);
      return route && route in ROUTE_LABELS
        ? `route “${ROUTE_LABELS[route as Route]}”`
        : `route ${index + 1}`;
    }
    case 'holidays':
    case 'openDays':
      return `${POLICY_FIELD_WORDS[list] ?? list} ${str(e.date) ? formatDateEntry(String(e.date)) : index + 1}`;
    default:
      return `${POLICY_FIELD_WORDS[list] ?? spelledOut(list)} ${index + 1}`;
  }
}

/** A problem's path named as the form names the field. */
export function policyFieldName(draft: Draft, path: string): string {
  if (path === '(root)') return 'The document';
  const segments = path.split('.');
  const parts: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? '';
    const next = segments[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      const index = Number(next);
      const at = segments.slice(0, i + 2).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      parts.push(entryName(segment, getIn(draft, at), index));
      i++;
      continue;
    }
    if (i < 2 && segment in SECTION_WORDS) {
      const words = SECTION_WORDS[segment];
      if (words) parts.push(words);
      continue;
    }
    parts.push(POLICY_FIELD_WORDS[segment] ?? spelledOut(segment));
  }
  const [head = 'The document', ...rest] = parts;
  return [head.charAt(0).toUpperCase() + head.slice(1), ...rest].join(' — ');
}
