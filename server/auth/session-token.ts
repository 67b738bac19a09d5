import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the OS CSPRNG: the cookie value. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token. */
export function sessionTokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
