import { sealAfterCommit } from '../audit/seal-audit-events';
import { orderKey } from '../cases/order-key';
import type { Queryable } from '../storage/database';
import { AUDIT_INTENT_SPACE } from '../storage/migrations/0016-parallel-writes';
import { acquireWriteOrder } from '../storage/write-order';
import type { DemoCase } from './demo-case';

/**
 * Writes a batch of demo cases, their disclosure records and their audit history in one
 * transaction. Rows travel as one JSON array per table and are expanded by
 * jsonb_to_recordset: three statements per batch, whatever its size, on both backends.
 */
export async function insertDemoCases(tx: Queryable, cases: readonly DemoCase[]): Promise<void> {
  await acquireWriteOrder(tx);
  await tx.query(
    `INSERT INTO cases (id, reference, status, authority_name, country, received_at, due_at,
                        emergency, target_count, assignee_id, outcome, version, order_data,
                        review, imported_by, signed_off_by, signed_off_at, last_return_comment,
                        created_at, updated_at, order_key, policy_due_at)
     SELECT id, reference, status, authority_name, country, received_at, due_at, emergency,
            target_count, assignee_id, outcome, version, order_data, review, imported_by,
            signed_off_by, signed_off_at, last_return_comment, created_at, updated_at, order_key,
            policy_due_at
       FROM jsonb_to_recordset($1::jsonb) AS r(
         id uuid, reference text, status text, authority_name text, country text,
         received_at timestamptz, due_at timestamptz, emergency boolean, target_count integer,
         assignee_id uuid, outcome text, version integer, order_data jsonb, review jsonb,
         imported_by uuid, signed_off_by uuid, signed_off_at timestamptz,
         last_return_comment text, created_at timestamptz, updated_at timestamptz,
         order_key text, policy_due_at timestamptz)`,
    [
      JSON.stringify(
        cases.map((c) => ({
          id: c.id,
          reference: c.order.reference,
          status: c.status,
          authority_name: c.order.authority.name,
          country: c.order.authority.country,
          received_at: c.order.receivedAt,
          due_at: c.dueAt,
          policy_due_at: c.policyDueAt,
          emergency: c.order.emergency,
          target_count: c.order.targets.length,
          assignee_id: c.assigneeId,
          outcome: c.signOff?.outcome ?? null,
          version: c.version,
          order_data: c.order,
          review: c.review,
          imported_by: c.importedBy,
          signed_off_by: c.signOff?.by ?? null,
          signed_off_at: c.signOff?.at.toISOString() ?? null,
          last_return_comment: c.lastReturnComment,
          created_at: c.createdAt.toISOString(),
          updated_at: c.updatedAt.toISOString(),
          order_key: orderKey(c.order),
        })),
      ),
    ],
  );

  const disclosures = cases.flatMap((c) =>
    c.disclosure
      ? [
          {
            case_id: c.id,
            approved_by: c.disclosure.approvedById,
            approved_at: c.disclosure.approvedAt.toISOString(),
            outcome: c.disclosure.outcome,
            comment: c.disclosure.comment,
            items: c.disclosure.items,
          },
        ]
      : [],
  );
  if (disclosures.length > 0) {
    await tx.query(
      `INSERT INTO disclosure_records (case_id, approved_by, approved_at, outcome, comment, items)
       SELECT case_id, approved_by, approved_at, outcome, comment, items
         FROM jsonb_to_recordset($1::jsonb) AS r(case_id uuid, approved_by uuid,
           approved_at timestamptz, outcome text, comment text, items jsonb)`,
      [JSON.stringify(disclosures)],
    );
  }

  await appendDemoEvents(tx, cases);
}

/**
 * Records every event of the batch, in case order then time order, unsealed; the sealer
 * links them into the chain once the batch has committed.
 */
async function appendDemoEvents(tx: Queryable, cases: readonly DemoCase[]): Promise<void> {
  const events = cases.flatMap((c) => c.events.map((e) => ({ caseId: c.id, ...e })));
  // Drawn through the transaction's write intent, then sorted: ids ascend in event order.
  const ids = (
    await tx.query<{ id: string }>(
      `SELECT next_in_write_order('audit_events_id_seq', $2::int)::text AS id
         FROM generate_series(1, $1::int)`,
      [events.length, AUDIT_INTENT_SPACE],
    )
  )
    .map((row) => BigInt(row.id))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map(String);
  const rows = events.map((event, index) => ({
    id: ids[index] ?? '',
    at: event.at.toISOString(),
    actor_id: event.actor.id,
    actor: event.actor.username,
    action: event.action,
    case_id: event.caseId,
    details: event.details,
  }));
  await tx.query(
    `INSERT INTO audit_events (id, at, actor_id, actor, action, case_id, details)
     SELECT id, at, actor_id, actor, action, case_id, details
       FROM jsonb_to_recordset($1::jsonb) AS r(id bigint, at timestamptz, actor_id uuid,
         actor text, action text, case_id uuid, details jsonb)`,
    [JSON.stringify(rows)],
  );
  const last = ids.at(-1);
  if (last !== undefined) sealAfterCommit(tx, last);
}
