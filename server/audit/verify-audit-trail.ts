import type { AuditVerification } from '../../shared/audit';
import type { Database } from '../storage/database';
import { databaseIdOf, type AuditAnchorSettings } from './audit-anchor';
import { readCheckpoints, type StoredCheckpoint } from './checkpoint-files';
import { verifyEvidenceRecords } from './evidence-records';
import { loadVerifyKey } from './signing-key';
import { verifyAuditChain, type ChainAnchors } from './verify-audit-chain';

type AnchorFolders = Pick<AuditAnchorSettings, 'keyDir' | 'checkpointDir'>;

function anchorsOf(checkpoints: readonly StoredCheckpoint[]): ChainAnchors {
  const hashes = new Map<string, { hash: string; signedAt: string }>();
  for (const { checkpoint } of checkpoints) {
    for (const [id, hash] of checkpoint.events) {
      hashes.set(id, { hash, signedAt: checkpoint.writtenAt });
    }
  }
  const ids = [...hashes.keys()].sort((a, b) => {
    const d = BigInt(a) - BigInt(b);
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  });
  return { hashes, ids };
}

/**
 * The whole check an auditor relies on: the checkpoints are genuine, the chain is intact and
 * matches every event they signed, and the evidence tables match the events that wrote them.
 * The database is read in one snapshot, so appends while it runs do not look like damage.
 */
export async function verifyAuditTrail(
  db: Database,
  folders: AnchorFolders | null,
  now: Date,
): Promise<AuditVerification> {
  let checkpoints: StoredCheckpoint[] = [];
  let folderProblem: string | null = null;
  if (folders) {
    const key = await loadVerifyKey(folders.keyDir);
    const databaseId = await databaseIdOf(db);
    if (key) {
      const read = await readCheckpoints(folders.checkpointDir, key, databaseId);
      checkpoints = read.checkpoints;
      folderProblem = read.problems[0] ?? null;
    } else {
      folderProblem = `There is no audit signing key in ${folders.keyDir}, so no checkpoint can be checked.`;
    }
  }
  const latest = checkpoints.reduce<StoredCheckpoint | null>(
    (best, c) => (!best || BigInt(c.checkpoint.lastId) > BigInt(best.checkpoint.lastId) ? c : best),
    null,
  );
  const { chain, evidence } = await db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const chain = await verifyAuditChain(tx, anchorsOf(checkpoints));
    const evidence = chain.ok ? await verifyEvidenceRecords(tx) : null;
    return { chain, evidence };
  });

  const lastEventId = chain.ok ? chain.lastId : null;
  const problem = folderProblem
    ? { eventId: null, problem: folderProblem }
    : !chain.ok
      ? { eventId: chain.eventId, problem: chain.problem }
      : evidence && !evidence.ok
        ? { eventId: evidence.eventId, problem: evidence.problem }
        : null;
  const signedUpTo = BigInt(latest?.checkpoint.lastId ?? '0');
  return {
    ok: problem === null,
    checkedAt: now.toISOString(),
    events: chain.events,
    lastEventId: lastEventId === '0' ? null : lastEventId,
    firstBadEventId: problem?.eventId ?? null,
    problem: problem?.problem ?? null,
    evidenceRecords: evidence?.ok ? evidence.records : 0,
    unsealedEvents: chain.ok ? chain.unsealed : 0,
    anchoring: {
      configured: folders !== null,
      checkpoints: checkpoints.length,
      latest: latest
        ? {
            file: latest.file,
            lastEventId: latest.checkpoint.lastId,
            writtenAt: latest.checkpoint.writtenAt,
          }
        : null,
      unsignedEvents:
        lastEventId === null || BigInt(lastEventId) < signedUpTo
          ? 0
          : Number(BigInt(lastEventId) - signedUpTo),
    },
  };
}

/** One paragraph for the command line and logs. */
export function describeVerification(result: AuditVerification): string {
  if (!result.ok) {
    const at = result.firstBadEventId ? ` First bad event: ${result.firstBadEventId}.` : '';
    return `The audit trail does NOT verify.${at} ${result.problem ?? ''}`;
  }
  const latest = result.anchoring.latest;
  const anchored = !result.anchoring.configured
    ? 'No checkpoint folder is configured: only the chain itself was checked.'
    : latest
      ? `Checked against ${result.anchoring.checkpoints} signed checkpoint(s); the latest, of ${latest.writtenAt}, covers events up to ${latest.lastEventId}; ${result.anchoring.unsignedEvents} event(s) since are not signed yet.`
      : 'No checkpoint has been signed yet.';
  const unsealed =
    result.unsealedEvents > 0
      ? ` ${result.unsealedEvents} event(s) recorded since are not sealed into the chain yet and were not checked.`
      : '';
  return `The audit trail verifies: ${result.events} event(s) up to ${result.lastEventId ?? 'none'}, ${result.evidenceRecords} disclosure, call-back and closed-quarter record(s) match their events.${unsealed} ${anchored}`;
}
