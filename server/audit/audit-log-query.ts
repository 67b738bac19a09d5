import type { AuditEventQuery, AuditEventRow } from '../../shared/audit';
import type { Queryable, SqlValue } from '../storage/database';
import { displayNameAtEvent } from '../users/names-then';
import type { JsonValue } from './canonical-json';

export type AuditFilters = Omit<AuditEventQuery, 'before' | 'limit'>;

export interface AuditLogRow extends AuditEventRow {
  prevHash: string;
  hash: string;
}

interface Row {
  id: string;
  at: Date;
  actor: string;
  actor_name: string | null;
  action: string;
  case_id: string | null;
  case_reference: string | null;
  details: { [key: string]: JsonValue };
  prev_hash: string;
  hash: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The WHERE clause for the filters, with its parameters numbered from 1. */
function whereClause(filters: AuditFilters): { sql: string; params: SqlValue[] } {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  const add = (condition: string, value: SqlValue) => {
    params.push(value);
    conditions.push(condition.replace('?', `$${params.length}`));
  };
  if (filters.caseId) add('e.case_id = ?', filters.caseId);
  if (filters.reference) add('lower(c.reference) = lower(?)', filters.reference);
  if (filters.actor) add('lower(e.actor) = lower(?)', filters.actor);
  if (filters.action) add('e.action = ?', filters.action);
  // Whole days in UTC, the end day included.
  if (filters.from) add('e.at >= ?', new Date(`${filters.from}T00:00:00Z`));
  if (filters.to) add('e.at < ?', new Date(Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS));
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

function toRow(r: Row): AuditLogRow {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actor,
    actorName: r.actor_name,
    action: r.action,
    caseId: r.case_id,
    caseReference: r.case_reference,
    details: r.details,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

const SELECT = `SELECT e.id::text AS id, e.at, e.actor, ${displayNameAtEvent('u', 'e')} AS actor_name,
         e.action, e.case_id, c.reference AS case_reference, e.details, e.prev_hash, e.hash
    FROM audit_events e
    LEFT JOIN users u ON u.id = e.actor_id
    LEFT JOIN cases c ON c.id = e.case_id`;

/** Newest first, `limit` at a time; `before` continues from an earlier page. */
export async function auditEventPage(
  db: Queryable,
  query: AuditEventQuery,
): Promise<{ events: AuditLogRow[]; next: string | null }> {
  const { before, limit, ...filters } = query;
  const where = whereClause(filters);
  const params = [...where.params];
  let sql = where.sql;
  if (before) {
    params.push(before);
    sql += `${sql ? ' AND' : 'WHERE'} e.id < $${params.length}::bigint`;
  }
  params.push(limit + 1);
  const rows = await db.query<Row>(
    `${SELECT} ${sql} ORDER BY e.id DESC LIMIT $${params.length}`,
    params,
  );
  const events = rows.slice(0, limit).map(toRow);
  return { events, next: rows.length > limit ? (events.at(-1)?.id ?? null) : null };
}

/** Every matching event in chain order, up to `max`; null when there are more. */
export async function auditEventsForExport(
  db: Queryable,
  filters: AuditFilters,
  max: number,
): Promise<AuditLogRow[] | null> {
  const where = whereClause(filters);
  const rows = await db.query<Row>(
    `${SELECT} ${where.sql} ORDER BY e.id LIMIT $${where.params.length + 1}`,
    [...where.params, max + 1],
  );
  return rows.length > max ? null : rows.map(toRow);
}
