import { API, routePath } from '../../../shared/api';
import { AUDIT_EVENT_LABELS } from '../../../shared/audit';

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

/** The event in words; a type this version does not know is shown as recorded. */
export function eventLabel(action: string): string {
  return AUDIT_EVENT_LABELS[action] ?? action;
}

export const KNOWN_EVENT_TYPES = Object.keys(AUDIT_EVENT_LABELS);

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
