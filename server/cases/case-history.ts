import { AUDIT_EVENT_LABELS } from '../../shared/audit';
import type { CaseEvent } from '../../shared/case-record';
import type { JsonValue } from '../audit/canonical-json';
import type { Queryable } from '../storage/database';
import { displayNameAtEvent } from '../users/names-then';
import { partStatement, type CasePartQuery } from './case-part-query';
import type { CaseParticipation } from './four-eyes';

export interface CaseAuditEvent extends CaseParticipation {
  at: Date;
  actor: string;
  actorName: string | null;
  details: { [key: string]: JsonValue };
}

/** A case's audit events, oldest first, with the name whoever acted had at the time. */
export const CASE_EVENTS: CasePartQuery = {
  columns: `e.at, e.actor_id, e.actor, ${displayNameAtEvent('u', 'e')} AS actor_name, e.action,
            e.details`,
  from: 'audit_events e LEFT JOIN users u ON u.id = e.actor_id',
  caseColumn: 'e.case_id',
  orderBy: 'e.id',
  dateColumns: ['at'],
};

export interface CaseEventRow {
  at: Date;
  actor_id: string | null;
  actor: string;
  actor_name: string | null;
  action: string;
  details: { [key: string]: JsonValue };
}

export function toCaseAuditEvent(r: CaseEventRow): CaseAuditEvent {
  return {
    at: r.at,
    actorId: r.actor_id,
    actor: r.actor,
    actorName: r.actor_name,
    action: r.action,
    details: r.details,
  };
}

export async function caseAuditEvents(tx: Queryable, caseId: string): Promise<CaseAuditEvent[]> {
  const rows = await tx.query<CaseEventRow>(partStatement(CASE_EVENTS), [caseId]);
  return rows.map(toCaseAuditEvent);
}

/** The case's story as a reviewer reads it, from its audit events. */
export function toCaseHistory(events: readonly CaseAuditEvent[]): CaseEvent[] {
  return events.map((e) => {
    const comment = e.details.comment;
    const label = AUDIT_EVENT_LABELS[e.action] ?? e.action;
    const outcome = e.details.outcome;
    const document = e.details.documentName;
    return {
      at: e.at.toISOString(),
      actorName: e.actorName ?? e.actor,
      actor: e.actor,
      action:
        e.action === 'case.signOff' && typeof outcome === 'string'
          ? `${label}: ${outcome}`
          : e.action === 'document.download' && typeof document === 'string'
            ? `${label}: ${document}`
            : label,
      comment: typeof comment === 'string' ? comment : null,
    };
  });
}
