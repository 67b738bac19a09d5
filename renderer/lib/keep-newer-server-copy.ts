import type { CaseDetail, CaseSummary } from '../../shared/case-record';
import { caseSearchTerms, overrideCount } from '../../shared/case-search';
import type { DeskDatabase, StoredCaseDetail } from './db';
import { sameSummary } from './same-summary';

/**
 * Keeps the newer of the stored and the given server copy, for the detail and the queue row,
 * and returns the detail kept: the given copy if it was written, else the newer stored one.
 * Compared and written in one transaction: another tab of the same mirror may store a newer
 * copy between a separate read and write, which the older one would then overwrite.
 */
export function keepNewerServerCopy(
  database: DeskDatabase,
  detail: CaseDetail,
  now: Date,
): Promise<StoredCaseDetail> {
  return database.transaction('rw', database.details, database.summaries, async () => {
    let kept = await database.details.get(detail.id);
    if (!kept || kept.detail.version <= detail.version) {
      kept = { id: detail.id, detail, storedAt: now.toISOString() };
      await database.details.put(kept);
    }
    const summary = await database.summaries.get(detail.id);
    const row = toSummary(detail);
    // A row written again unchanged would still wake everything that watches the rows: the
    // queue, the notifications, the approvals count.
    if (!summary || (summary.version <= detail.version && !sameSummary(summary, row))) {
      await database.summaries.put(row);
    }
    return kept;
  });
}

/** The queue row of a full case; the fields a detail from an older service lacks are derived. */
export function toSummary(detail: CaseDetail): CaseSummary {
  return {
    id: detail.id,
    reference: detail.reference,
    status: detail.status,
    authorityName: detail.authorityName,
    country: detail.country,
    receivedAt: detail.receivedAt,
    dueAt: detail.dueAt,
    emergency: detail.emergency,
    targetCount: detail.targetCount,
    assigneeId: detail.assigneeId ?? null,
    assigneeName: detail.assigneeName,
    outcome: detail.outcome,
    version: detail.version,
    updatedAt: detail.updatedAt,
    searchTerms:
      detail.searchTerms ?? caseSearchTerms(detail.reference, detail.authorityName, detail.order),
    overrideCount:
      detail.overrideCount ??
      overrideCount(detail.review.checks, detail.decidedUnder?.verdict.checks),
    participantIds: detail.participantIds ?? [
      ...new Set(
        [
          detail.assigneeId,
          detail.signOff?.byUserId,
          ...detail.verifications.map((v) => v.recordedById),
        ].filter((id): id is string => typeof id === 'string'),
      ),
    ],
    kind: detail.kind,
    preservationExpiresAt: detail.preservationExpiresAt ?? null,
  };
}
