import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PRIVATE_FILE = 'audit-signing-key.pem';
const PUBLIC_FILE = 'audit-signing-key.pub.pem';

export interface AuditVerifyKey {
  publicKey: KeyObject;
  /** Names the key in each checkpoint, so a checkpoint from another key is told apart. */
  keyId: string;
}

export interface AuditSigningKey extends AuditVerifyKey {
  privateKey: KeyObject;
}

function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

function isTaken(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST';
}

/**
 * The Ed25519 key that signs audit checkpoints, made on first start. It lives in a folder of
 * its own, outside the database: whoever controls the database alone cannot sign a forged
 * chain head. Two processes starting together agree on one key: the first file written wins.
 */
export async function loadOrCreateSigningKey(keyDir: string): Promise<AuditSigningKey> {
  await mkdir(keyDir, { recursive: true, mode: 0o700 });
  const privatePath = join(keyDir, PRIVATE_FILE);
  let pem: string;
  try {
    pem = await readFile(privatePath, 'utf8');
  } catch (error) {
    if (!isMissing(error)) throw error;
    const pair = generateKeyPairSync('ed25519');
    const created = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    try {
      await writeFile(privatePath, created, { flag: 'wx', mode: 0o600 });
      pem = created;
    } catch (raced) {
      if (!isTaken(raced)) throw raced;
      pem = await readFile(privatePath, 'utf8');
    }
  }
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${privatePath} is not an Ed25519 key.`);
  }
  const publicKey = createPublicKey(privateKey);
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  await writeFile(join(keyDir, PUBLIC_FILE), publicPem, { mode: 0o644 });
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/**
 * The key that checks checkpoints: the public half is enough, so an auditor's copy of the
 * key folder need not hold the private key.
 */
export async function loadVerifyKey(keyDir: string): Promise<AuditVerifyKey | null> {
  for (const [file, load] of [
    [PUBLIC_FILE, (pem: string) => createPublicKey(pem)],
    [PRIVATE_FILE, (pem: string) => createPublicKey(createPrivateKey(pem))],
  ] as const) {
    try {
      const publicKey = load(await readFile(join(keyDir, file), 'utf8'));
      return { publicKey, keyId: keyIdOf(publicKey) };
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  return null;
}
