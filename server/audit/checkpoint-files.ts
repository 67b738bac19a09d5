import { randomBytes, sign, verify } from 'node:crypto';
import { link, mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { canonicalJson, type JsonValue } from './canonical-json';
import type { AuditSigningKey, AuditVerifyKey } from './signing-key';

const Checkpoint = z.object({
  format: z.literal(1),
  databaseId: z.string(),
  /** The events this checkpoint vouches for follow this id (0: from the start). */
  afterId: z.string().regex(/^[0-9]+$/),
  lastId: z.string().regex(/^[0-9]+$/),
  lastHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Every event from afterId (exclusive) to lastId, as [id, hash]. */
  events: z.array(z.tuple([z.string().regex(/^[0-9]+$/), z.string().regex(/^[0-9a-f]{64}$/)])),
  writtenAt: z.string(),
  keyId: z.string(),
});
export type AuditCheckpoint = z.infer<typeof Checkpoint>;

const SignedCheckpoint = z.object({ checkpoint: Checkpoint, signature: z.string() });

export interface StoredCheckpoint {
  file: string;
  checkpoint: AuditCheckpoint;
}

const NAME = /^checkpoint-(\d{20})-[0-9a-z-]+\.json$/;

function checkpointBytes(checkpoint: AuditCheckpoint): Buffer {
  return Buffer.from(canonicalJson(checkpoint as unknown as JsonValue));
}

/**
 * Adds a signed checkpoint to the folder. A file is never overwritten: it is written aside
 * and linked into place, which fails if the name exists, so a reader never sees half a file.
 */
export async function writeCheckpoint(
  dir: string,
  key: AuditSigningKey,
  checkpoint: AuditCheckpoint,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const signature = sign(null, checkpointBytes(checkpoint), key.privateKey).toString('base64');
  const stamp = checkpoint.writtenAt.replace(/[^0-9]/g, '');
  const name = `checkpoint-${checkpoint.lastId.padStart(20, '0')}-${stamp}-${randomBytes(4).toString('hex')}.json`;
  const aside = join(dir, `.${name}.partial`);
  await writeFile(aside, JSON.stringify({ checkpoint, signature }, null, 1), { flag: 'wx' });
  try {
    await link(aside, join(dir, name));
  } finally {
    await unlink(aside);
  }
  return name;
}

async function checkpointNames(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => NAME.test(name)).sort();
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') {
      return [];
    }
    throw error;
  }
}

async function readOne(
  dir: string,
  file: string,
  key: AuditVerifyKey,
): Promise<StoredCheckpoint | { file: string; problem: string }> {
  let parsed: z.infer<typeof SignedCheckpoint>;
  try {
    parsed = SignedCheckpoint.parse(JSON.parse(await readFile(join(dir, file), 'utf8')));
  } catch {
    return { file, problem: `Checkpoint ${file} cannot be read.` };
  }
  const genuine = verify(
    null,
    checkpointBytes(parsed.checkpoint),
    key.publicKey,
    Buffer.from(parsed.signature, 'base64'),
  );
  if (!genuine || parsed.checkpoint.keyId !== key.keyId) {
    return { file, problem: `Checkpoint ${file} is not signed by this installation's key.` };
  }
  return { file, checkpoint: parsed.checkpoint };
}

/**
 * Why a genuine checkpoint of another database is a problem, not one to pass over: the key
 * and the folder belong to one installation, and the database's identity lives in the
 * database, where its owner could change it to make every checkpoint look like another's.
 */
function ofAnotherDatabase(file: string, checkpoint: AuditCheckpoint, databaseId: string): string {
  return (
    `Checkpoint ${file} was signed for database ${checkpoint.databaseId}, but this database ` +
    `says it is ${databaseId}: either it is not the database whose history this folder ` +
    `vouches for, or its identity was changed. To begin a new record on purpose, move the ` +
    `signing key and the checkpoints aside with the old database.`
  );
}

/**
 * The checkpoint furthest along the chain, or null before the first; a problem when that
 * checkpoint was signed for another database.
 */
export async function latestCheckpoint(
  dir: string,
  key: AuditVerifyKey,
  databaseId: string,
): Promise<{ latest: StoredCheckpoint | null } | { problem: string }> {
  const names = await checkpointNames(dir);
  for (const file of names.reverse()) {
    const read = await readOne(dir, file, key);
    if (!('checkpoint' in read)) continue;
    if (read.checkpoint.databaseId !== databaseId) {
      return { problem: ofAnotherDatabase(file, read.checkpoint, databaseId) };
    }
    return { latest: read };
  }
  return { latest: null };
}

/**
 * Every checkpoint in the folder, in chain order, and a problem for each file that is
 * unreadable, not signed by the key, or signed for another database: the folder is
 * append-only and belongs to this database, so such a file means someone wrote there who
 * should not have, or the database is not the one it vouches for.
 */
export async function readCheckpoints(
  dir: string,
  key: AuditVerifyKey,
  databaseId: string,
): Promise<{ checkpoints: StoredCheckpoint[]; problems: string[] }> {
  const checkpoints: StoredCheckpoint[] = [];
  const problems: string[] = [];
  for (const file of await checkpointNames(dir)) {
    const read = await readOne(dir, file, key);
    if (!('checkpoint' in read)) problems.push(read.problem);
    else if (read.checkpoint.databaseId !== databaseId) {
      problems.push(ofAnotherDatabase(file, read.checkpoint, databaseId));
    } else checkpoints.push(read);
  }
  return { checkpoints, problems };
}
