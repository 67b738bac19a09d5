import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const KEY_FILE = 'second-factor.key';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const VERSION = 'v1';

/**
 * Seals and opens second-factor secrets with AES-256-GCM under a key kept outside the
 * database: a copy of the database alone yields no codes.
 */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== KEY_BYTES) throw new Error('The second-factor key must be 32 bytes.');
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, iv, cipher.getAuthTag(), body]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined) {
        throw new Error('A second-factor secret is not in the sealed form.');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}

function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

/**
 * The key in `keyDir`, made on first start. Two processes starting together agree on one
 * key: the first file written wins.
 */
export async function loadOrCreateSecondFactorKey(keyDir: string): Promise<Buffer> {
  await mkdir(keyDir, { recursive: true, mode: 0o700 });
  const path = join(keyDir, KEY_FILE);
  try {
    return await readKey(path);
  } catch (error) {
    if (!hasCode(error, 'ENOENT')) throw error;
  }
  try {
    await writeFile(path, randomBytes(KEY_BYTES).toString('base64'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if (!hasCode(error, 'EEXIST')) throw error;
  }
  return readKey(path);
}

async function readKey(path: string): Promise<Buffer> {
  const key = Buffer.from((await readFile(path, 'utf8')).trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${path} does not hold a 32-byte key.`);
  return key;
}

let processKey: Buffer | undefined;

/**
 * For a service built without a configured key (tests, benchmarks): one random key for the
 * whole process, so every instance in it reads the others' secrets. Nothing sealed with it
 * outlasts the process; the running service always configures a key folder.
 */
export function processSecondFactorKey(): Buffer {
  processKey ??= randomBytes(KEY_BYTES);
  return processKey;
}
