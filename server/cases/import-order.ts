import { randomUUID } from 'node:crypto';
import { governingDeadline } from '../../shared/governing-deadline';
import type { Order } from '../../shared/order';
import { emptyChecks, initialDecisions, type Review } from '../../shared/review';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuthenticatedSession } from '../auth/sessions';
import { ServiceError } from '../service-error';
import type { Database } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import {
  discardStagedContents,
  linkContent,
  stageContent,
  sweepAbandonedContents,
  type StagedContent,
} from './document-contents';
import { documentMarks } from './document-marks';
import { orderKey } from './order-key';
import type { PdfAttachment } from './pdf-attachments';
import { evaluateOrder } from '../../shared/policy';
import { currentPolicy } from '../policy/policy-store';
import { preservationExpiry } from '../../shared/preservation';

interface StagedDocument {
  name: string;
  content: StagedContent;
}

export function initialReview(order: Order): Review {
  return { checks: emptyChecks(), decisions: initialDecisions(order) };
}

/**
 * Turns a validated order and its checked attachments into a new case. The attachments'
 * bytes are stored first, in short transactions of their own, so that a large import holds
 * up no other request; then one transaction links them and writes the case and its audit
 * event, which exist together or not at all. Bytes no case came to link are removed.
 */
export async function importOrder(
  db: Database,
  importer: AuthenticatedSession,
  order: Order,
  attachments: readonly PdfAttachment[],
  now: Date,
): Promise<{ caseId: string; reference: string }> {
  await sweepAbandonedContents(db, now);
  const staged: StagedDocument[] = [];
  try {
    for (const attachment of attachments) {
      staged.push({ name: attachment.name, content: await stageContent(db, attachment, now) });
    }
    return await createCase(db, importer, order, attachments, staged, now);
  } catch (error) {
    await discardStagedContents(
      db,
      staged.map((document) => document.content.contentId),
    ).catch((cleanup: unknown) => console.error('Removing staged attachments failed:', cleanup));
    throw error;
  }
}

function createCase(
  db: Database,
  importer: AuthenticatedSession,
  order: Order,
  attachments: readonly PdfAttachment[],
  staged: readonly StagedDocument[],
  now: Date,
): Promise<{ caseId: string; reference: string }> {
  return db.transaction(async (tx) => {
    const caseId = randomUUID();
    // The documents are linked before the write order is taken; their reference to their
    // case is checked at commit, and a refused import takes them back with it.
    for (const { name, content } of staged) {
      await linkContent(tx, { id: randomUUID(), caseId, name, uploadedAt: now }, content);
    }
    await acquireWriteOrder(tx);
    // The due date is fixed at intake under the policy then in force, by the route's rule and
    // the authority's business days; a later policy edit does not move a running deadline.
    const policy = await currentPolicy(tx, now);
    // A preservation is answered by keeping the data until it expires: its expiry governs.
    const policyDue = order.preservation
      ? preservationExpiry({
          instrument: order.preservation.instrument,
          receivedAt: order.receivedAt,
          extendedAt: null,
        })
      : evaluateOrder(order, policy.policy, {
          now: now.toISOString(),
          authorityDirectory: policy.authorityDirectory,
        }).dueAt;
    // The authority may ask for less time than the policy gives: the earlier date governs.
    const { dueAt } = governingDeadline(policyDue, order.respondBy);
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO cases (id, reference, status, authority_name, country, received_at, due_at,
                          emergency, target_count, order_data, review, imported_by,
                          created_at, updated_at, order_key, policy_due_at, kind)
       VALUES ($1, $2, 'received', $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12, $12,
               $13, $14, $15)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        caseId,
        order.reference,
        order.authority.name,
        order.authority.country,
        order.receivedAt,
        dueAt,
        order.emergency,
        order.targets.length,
        JSON.stringify(order),
        JSON.stringify(initialReview(order)),
        importer.userId,
        now,
        orderKey(order),
        policyDue,
        order.kind ?? 'production',
      ],
    );
    if (inserted.length === 0) {
      throw new ServiceError(
        'duplicate',
        `Order ${order.reference} from ${order.authority.name} (${order.authority.country}) was already imported.`,
        [
          {
            path: 'reference',
            message: 'this authority has already sent an order with this reference',
          },
        ],
      );
    }
    await appendAuditEvent(tx, {
      at: now,
      actorId: importer.userId,
      actor: importer.username,
      action: 'order.import',
      caseId,
      details: {
        reference: order.reference,
        authority: order.authority.name,
        country: order.authority.country,
        kind: order.kind ?? 'production',
        documents: attachments.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size })),
        documentMarks: documentMarks(order.documents, attachments),
      },
    });
    return { caseId, reference: order.reference };
  });
}
