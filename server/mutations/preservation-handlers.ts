import { linkRefusal, extensionRefusal, preservationExpiry } from '../../shared/preservation';
import { appendAuditEvent } from '../audit/append-audit-event';
import { findCase } from '../cases/case-detail';
import { preservationExpiresAt, type CaseRow } from '../cases/case-rows';
import { ServiceError } from '../service-error';
import type { MutationHandler } from './mutation-handlers';

function expiryOf(current: CaseRow): string {
  const expiresAt = preservationExpiresAt(current);
  if (expiresAt === null) throw new Error('a preservation case has no preservation instrument');
  return expiresAt;
}

/** Preservation requests: extended once where the instrument allows, linked, closed. */
export const PRESERVATION_HANDLERS: {
  'case.extendPreservation': MutationHandler<'case.extendPreservation'>;
  'case.linkProduction': MutationHandler<'case.linkProduction'>;
  'case.closePreservation': MutationHandler<'case.closePreservation'>;
} = {
  'case.extendPreservation': async ({ tx, current, actor, now }) => {
    const instrument = current.preservation_instrument;
    if (instrument === null) throw new Error('a preservation case has no instrument');
    const extendedAt = current.preservation_extended_at?.toISOString() ?? null;
    const refused = extensionRefusal(instrument, extendedAt, expiryOf(current), now);
    if (refused !== null) throw new ServiceError('invalid_transition', refused);
    const expiresAt = preservationExpiry({
      instrument,
      receivedAt: current.received_at.toISOString(),
      extendedAt: now.toISOString(),
    });
    await tx.query(
      // The expiry is the preservation's own deadline: the governing date and its basis move
      // together, so the case never shows the old expiry as the one that governs.
      `UPDATE cases SET preservation_extended_at = $2, preservation_extended_by = $3, due_at = $4,
                        policy_due_at = $4
        WHERE id = $1`,
      [current.id, now, actor.userId, expiresAt],
    );
    return { details: { previousExpiry: expiryOf(current), expiresAt } };
  },

  'case.linkProduction': async ({ tx, current, actor, args, now }) => {
    if (args.productionCaseId === current.id) {
      throw new ServiceError('validation', 'A preservation cannot be linked to itself.', [
        { path: 'args.productionCaseId', message: 'choose the production order that followed' },
      ]);
    }
    const production = await findCase(tx, args.productionCaseId, 'lock');
    if (!production) {
      throw new ServiceError('not_found', 'There is no such production order.', [
        { path: 'args.productionCaseId', message: 'there is no case with this id' },
      ]);
    }
    const refused = linkRefusal(linkable(current), linkable(production));
    if (refused !== null) {
      throw new ServiceError('validation', refused, [
        { path: 'args.productionCaseId', message: refused },
      ]);
    }
    await tx.query(`UPDATE cases SET linked_case_id = $2 WHERE id = $1`, [
      current.id,
      production.id,
    ]);
    // The production case changes too: its version moves, so no one acts on the copy without it.
    await tx.query(
      `UPDATE cases SET linked_case_id = $2, version = version + 1, updated_at = $3 WHERE id = $1`,
      [production.id, current.id, now],
    );
    await appendAuditEvent(tx, {
      at: now,
      actorId: actor.userId,
      actor: actor.username,
      action: 'case.linkPreservation',
      caseId: production.id,
      details: {
        preservationCaseId: current.id,
        preservationReference: current.reference,
        version: production.version + 1,
      },
    });
    return {
      details: { productionCaseId: production.id, productionReference: production.reference },
    };
  },

  'case.closePreservation': async ({ current, now }) => {
    const expiresAt = expiryOf(current);
    if (Date.parse(expiresAt) > now.getTime()) {
      throw new ServiceError(
        'invalid_transition',
        `This preservation runs until ${expiresAt.slice(0, 10)}; it closes when it expires or when the production order that follows it is linked.`,
      );
    }
    return { details: { expiresAt } };
  },
};

function linkable(row: CaseRow) {
  return {
    reference: row.reference,
    kind: row.kind,
    authorityName: row.authority_name,
    country: row.country,
    linkedCaseId: row.linked_case_id,
  };
}
