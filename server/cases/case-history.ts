import type { CaseEvent } from '../../shared/case-record';
import type { JsonValue } from '../audit/canonical-json';
import type { Queryable } from '../storage/database';
import type { CaseParticipation } from './four-eyes';

const LABELS: Readonly<Record<string, string>> = {
  'order.import': 'Order received',
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
  'document.download': 'Document downloaded',
  'disclosure.lookUp': 'Subscriber data looked up; package prepared',
  'disclosure.openPackage': 'Disclosure package opened',
  'disclosure.downloadPackage': 'Disclosure package exported',
  'letter.download': 'Letter exported',
};

export interface CaseAuditEvent extends CaseParticipation {
  at: Date;
  actor: string;
  actorName: string | null;
  details: { [key: string]: JsonValue };
}

export async function caseAuditEvents(tx: Queryable, caseId: string): Promise<CaseAuditEvent[]> {
  const rows = await tx.query<{
    at: Date;
    actor_id: string | null;
    actor: string;
    actor_name: string | null;
    action: string;
    details: { [key: string]: JsonValue };
  }>(
    `SELECT e.at, e.actor_id, e.actor, u.display_name AS actor_name, e.action, e.details
       FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
      WHERE e.case_id = $1 ORDER BY e.id`,
    [caseId],
  );
  return rows.map((r) => ({
    at: r.at,
    actorId: r.actor_id,
    actor: r.actor,
    actorName: r.actor_name,
    action: r.action,
    details: r.details,
  }));
}

/** The case's story as a reviewer reads it, from its audit events. */
export function toCaseHistory(events: readonly CaseAuditEvent[]): CaseEvent[] {
  return events.map((e) => {
    const comment = e.details.comment;
    const label = LABELS[e.action] ?? e.action;
    const outcome = e.details.outcome;
    const document = e.details.documentName;
    return {
      at: e.at.toISOString(),
      actorName: e.actorName ?? e.actor,
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
