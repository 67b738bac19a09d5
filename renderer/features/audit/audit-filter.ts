import { routePath } from '../../../shared/api';
import { API } from '../../../shared/api';

/** The filter form as typed; empty means "any". */
export interface AuditFilterForm {
  reference: string;
  actor: string;
  action: string;
  from: string;
  to: string;
  /** Set by choosing a case in the table, to follow one case exactly. */
  caseId: string;
}

export const EMPTY_FILTER: AuditFilterForm = {
  reference: '',
  actor: '',
  action: '',
  from: '',
  to: '',
  caseId: '',
};

export type AuditFilterQuery = Partial<AuditFilterForm>;

/** Only the filled-in fields, trimmed: what the server is asked for. */
export function filterQuery(form: AuditFilterForm): AuditFilterQuery {
  const query: AuditFilterQuery = {};
  for (const key of Object.keys(form) as (keyof AuditFilterForm)[]) {
    const value = form[key].trim();
    if (value !== '') query[key] = value;
  }
  return query;
}

/** The download address of everything the applied filter selects. */
export function exportHref(query: AuditFilterQuery, format: 'csv' | 'json'): string {
  const search = new URLSearchParams({ format, ...query });
  return `${routePath(API.auditExport.path)}?${search.toString()}`;
}

const EVENT_LABELS: Readonly<Record<string, string>> = {
  'setup.firstAdmin': 'Desk set up',
  'user.create': 'Account created',
  'user.update': 'Account changed',
  'session.login': 'Signed in',
  'session.loginFailed': 'Sign-in failed',
  'session.loginThrottled': 'Sign-in slowed down',
  'session.logout': 'Signed out',
  'session.reauth': 'Password confirmed',
  'session.reauthFailed': 'Password confirmation failed',
  'session.reauthThrottled': 'Password confirmation slowed down',
  'policy.create_version': 'Policy version created',
  'order.import': 'Order received',
  'document.download': 'Document downloaded',
  'case.startReview': 'Review started',
  'case.saveReview': 'Review saved',
  'case.requestInformation': 'Information requested',
  'case.resumeReview': 'Review resumed',
  'case.signOff': 'Signed off',
  'case.recordVerification': 'Call-back recorded',
  'case.approve': 'Approved',
  'case.return': 'Returned to the reviewer',
  'case.reopen': 'Review reopened',
  'case.recordDisclosure': 'Disclosure recorded',
  'case.recordRefusal': 'Refusal recorded',
  'case.close': 'Closed',
  'refusal.fourEyes': 'Refused: four eyes',
  'refusal.forbidden': 'Refused: not open to the role',
  'refusal.reauthRequired': 'Refused: password confirmation needed',
  'audit.export': 'Audit log exported',
};

/** The event in words; a type this version does not know is shown as recorded. */
export function eventLabel(action: string): string {
  return EVENT_LABELS[action] ?? action;
}

export const KNOWN_EVENT_TYPES = Object.keys(EVENT_LABELS);

/** Details in one line: `key: value` for plain values, nested ones shortened. */
export function detailsSummary(details: Record<string, unknown>, max = 160): string {
  const parts = Object.entries(details)
    .filter(([key]) => key !== 'record')
    .map(([key, value]) => {
      const text =
        value === null || typeof value !== 'object' ? String(value) : JSON.stringify(value);
      return `${key}: ${text}`;
    });
  const line = parts.join(' · ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
