import {
  DisclosureManifest,
  PACKAGE_FILES,
  type DisclosurePackageView,
  type PackageFile,
} from '../../shared/disclosure/manifest';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuthenticatedSession } from '../auth/sessions';
import type { Database, Queryable } from '../storage/database';
import { acquireCaseWriteOrder } from '../storage/write-order';

interface PackageRow {
  manifest: Uint8Array;
  manifest_sha256: string;
  letter: Uint8Array;
  letter_sha256: string;
}

async function findPackage(tx: Queryable, caseId: string): Promise<PackageRow | null> {
  const [row] = await tx.query<PackageRow>(
    `SELECT manifest, manifest_sha256, letter, letter_sha256
       FROM disclosure_packages WHERE case_id = $1`,
    [caseId],
  );
  return row ?? null;
}

/** The released values, shown to the user who explicitly opens the package; the read is audited. */
export function openPackage(
  db: Database,
  reader: AuthenticatedSession,
  caseId: string,
  now: Date,
): Promise<DisclosurePackageView | null> {
  return db.transaction(async (tx) => {
    await acquireCaseWriteOrder(tx);
    const row = await findPackage(tx, caseId);
    if (!row) return null;
    await appendAuditEvent(tx, {
      at: now,
      actorId: reader.userId,
      actor: reader.username,
      action: 'disclosure.openPackage',
      caseId,
      details: { manifestSha256: row.manifest_sha256 },
    });
    return {
      manifest: DisclosureManifest.parse(JSON.parse(new TextDecoder().decode(row.manifest))),
      manifestSha256: row.manifest_sha256,
      letterSha256: row.letter_sha256,
    };
  });
}

/** One file of the package, as stored, for export; the download is audited. */
export function downloadPackageFile(
  db: Database,
  reader: AuthenticatedSession,
  caseId: string,
  file: PackageFile,
  now: Date,
): Promise<{ name: string; contentType: string; sha256: string; content: Uint8Array } | null> {
  return db.transaction(async (tx) => {
    await acquireCaseWriteOrder(tx);
    const row = await findPackage(tx, caseId);
    if (!row) return null;
    const sha256 = file === 'manifest' ? row.manifest_sha256 : row.letter_sha256;
    await appendAuditEvent(tx, {
      at: now,
      actorId: reader.userId,
      actor: reader.username,
      action: 'disclosure.downloadPackage',
      caseId,
      details: { file: PACKAGE_FILES[file].name, sha256 },
    });
    return {
      ...PACKAGE_FILES[file],
      sha256,
      content: file === 'manifest' ? row.manifest : row.letter,
    };
  });
}

/** A letter logged on the case, for export; the download is audited. */
export function downloadCaseLetter(
  db: Database,
  reader: AuthenticatedSession,
  caseId: string,
  letterId: string,
  now: Date,
): Promise<{ name: string; contentType: string; sha256: string; content: Uint8Array } | null> {
  return db.transaction(async (tx) => {
    await acquireCaseWriteOrder(tx);
    const [row] = await tx.query<{ kind: string; sha256: string; content: Uint8Array }>(
      'SELECT kind, sha256, content FROM case_letters WHERE id = $1 AND case_id = $2',
      [letterId, caseId],
    );
    if (!row) return null;
    await appendAuditEvent(tx, {
      at: now,
      actorId: reader.userId,
      actor: reader.username,
      action: 'letter.download',
      caseId,
      details: { letterId, kind: row.kind, sha256: row.sha256 },
    });
    return {
      name: `${row.kind}-letter.pdf`,
      contentType: 'application/pdf',
      sha256: row.sha256,
      content: row.content,
    };
  });
}
