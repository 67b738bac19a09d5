import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. The library's default algorithm is
// argon2id (its Algorithm enum is a const enum that isolated modules cannot reference).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash verifies nothing.
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Burns the same time as a real verification, so that a login for an unknown or inactive
 * user takes as long as one with a wrong password and does not reveal which usernames exist.
 */
export async function verifyDecoyPassword(password: string): Promise<false> {
  decoyHash ??= hash('decoy password that matches nothing', OPTIONS);
  await verifyPassword(await decoyHash, password);
  return false;
}
