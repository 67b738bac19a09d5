import type { CaseDetail, DisclosureRecord } from '../../shared/case-record';
import { countAnswers, type DirectoryAnswer } from '../../shared/disclosure/subscriber-data';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuthenticatedSession } from '../auth/sessions';
import { findCase, findDisclosureRecord, loadCaseDetail } from '../cases/case-detail';
import type { CaseRow } from '../cases/case-rows';
import { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { acquireCaseWriteOrder } from '../storage/write-order';
import { confineAnswers } from '../subscribers/confine-answers';
import { directoryRequests, type SubscriberDirectory } from '../subscribers/subscriber-directory';
import { buildPackage, type BuiltPackage } from './build-package';

/**
 * Looks up the subscriber data an approval released, and builds the disclosure package from
 * it. The directory is asked outside any transaction (it may be slow or fail); what it
 * answered is then kept, packaged and audited in one transaction, after checking again that
 * the case is still approved and not looked up meanwhile. A failure leaves nothing behind.
 */
export async function lookUpSubscribers(
  db: Database,
  directory: SubscriberDirectory,
  actor: AuthenticatedSession,
  caseId: string,
  version: number,
  now: () => Date,
): Promise<CaseDetail> {
  const record = await db.transaction(async (tx) =>
    lookupPreconditions(tx, await existingCase(tx, caseId), version),
  );
  const answers = await askDirectory(directory, record);
  return db.transaction(async (tx) => {
    await acquireCaseWriteOrder(tx);
    const row = await existingCase(tx, caseId, 'lock');
    await packageAndRecord(
      tx,
      row,
      await lookupPreconditions(tx, row, version),
      answers,
      actor,
      directory.name,
      now(),
    );
    return caseDetailFor(tx, caseId, actor);
  });
}

/**
 * The same inside a transaction the caller owns, asking the directory while it is open: for
 * a directory that answers at once from the same database, as the demo seed's does.
 */
export async function lookUpSubscribersIn(
  tx: Queryable,
  directory: SubscriberDirectory,
  actor: AuthenticatedSession,
  caseId: string,
  version: number,
  now: Date,
): Promise<void> {
  await acquireCaseWriteOrder(tx);
  const row = await existingCase(tx, caseId, 'lock');
  const record = await lookupPreconditions(tx, row, version);
  await packageAndRecord(
    tx,
    row,
    record,
    await askDirectory(directory, record),
    actor,
    directory.name,
    now,
  );
}

async function existingCase(
  tx: Queryable,
  caseId: string,
  lock: 'lock' | 'read' = 'read',
): Promise<CaseRow> {
  const row = await findCase(tx, caseId, lock);
  if (!row) throw new ServiceError('not_found', 'There is no such case.');
  return row;
}

async function caseDetailFor(
  tx: Queryable,
  caseId: string,
  actor: AuthenticatedSession,
): Promise<CaseDetail> {
  const detail = await loadCaseDetail(tx, caseId, actor);
  if (!detail) throw new Error('the case vanished inside its own transaction');
  return detail;
}

async function askDirectory(
  directory: SubscriberDirectory,
  record: DisclosureRecord,
): Promise<DirectoryAnswer[]> {
  const requests = directoryRequests(record.items);
  return confineAnswers(requests, await directory.lookUp(requests));
}

async function packageAndRecord(
  tx: Queryable,
  row: CaseRow,
  record: DisclosureRecord,
  answers: DirectoryAnswer[],
  actor: AuthenticatedSession,
  directoryName: string,
  now: Date,
): Promise<void> {
  const built = await buildPackage({
    caseId: row.id,
    order: row.order_data,
    review: row.review,
    record,
    answers,
    policyVersion: row.policy_version,
    reviewerName: row.signed_off_by_name ?? '',
    generatedAt: now,
  });
  await recordLookup(tx, row, actor, directoryName, answers, built, now);
}

/** The lookup's own rules: approved, something to disclose, not looked up before. */
async function lookupPreconditions(
  tx: Queryable,
  row: CaseRow,
  version: number,
): Promise<DisclosureRecord> {
  if (row.version !== version) {
    throw new ServiceError(
      'stale_version',
      `This case has changed since you opened it (you saw version ${version}, it is now version ${row.version}). Reload it before looking up.`,
    );
  }
  const record = await findDisclosureRecord(tx, row.id);
  if (row.status !== 'approved' || !record) {
    throw new ServiceError(
      'invalid_transition',
      'Subscriber data is looked up only for an approved case that has not been answered yet.',
    );
  }
  if (record.outcome === 'refuse') {
    throw new ServiceError(
      'invalid_transition',
      'This approval refuses the order: nothing is looked up.',
    );
  }
  const [done] = await tx.query<{ case_id: string }>(
    'SELECT case_id FROM subscriber_lookups WHERE case_id = $1',
    [row.id],
  );
  if (done) {
    throw new ServiceError(
      'duplicate',
      'The subscriber data of this case has already been looked up.',
    );
  }
  return record;
}

async function recordLookup(
  tx: Queryable,
  row: CaseRow,
  actor: AuthenticatedSession,
  directoryName: string,
  answers: readonly DirectoryAnswer[],
  built: BuiltPackage,
  now: Date,
): Promise<void> {
  const counts = countAnswers(built.manifest.answers);
  // The lookup keeps the account ids the package leaves out: the transparency report counts
  // distinct accounts from them, which targets alone (two names, one account) would not.
  await tx.query(
    `INSERT INTO subscriber_lookups (case_id, looked_up_by, looked_up_at, answers, counts)
     VALUES ($1, $2, $3, $4::jsonb, $5::jsonb)`,
    [row.id, actor.userId, now, JSON.stringify(answers), JSON.stringify(counts)],
  );
  await tx.query(
    `INSERT INTO disclosure_packages (case_id, created_at, language, manifest, manifest_sha256,
                                      letter, letter_sha256)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      row.id,
      now,
      built.language,
      built.manifestBytes,
      built.manifestSha256,
      built.letter,
      built.letterSha256,
    ],
  );
  // A new version, so that every workstation's next pull carries the counts.
  await tx.query('UPDATE cases SET version = version + 1, updated_at = $2 WHERE id = $1', [
    row.id,
    now,
  ]);
  await appendAuditEvent(tx, {
    at: now,
    actorId: actor.userId,
    actor: actor.username,
    action: 'disclosure.lookUp',
    caseId: row.id,
    details: {
      directory: directoryName,
      counts: { ...counts },
      answersSha256: built.manifest.answersSha256,
      manifestSha256: built.manifestSha256,
      letterSha256: built.letterSha256,
      version: row.version + 1,
    },
  });
}
