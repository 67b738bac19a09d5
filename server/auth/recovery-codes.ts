import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from '../storage/database';

/** How many recovery codes a confirmed second factor comes with. */
export const RECOVERY_CODE_COUNT = 10;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Ten base32 characters (50 random bits), shown as two groups of five. */
function newRecoveryCode(): string {
  const chars = [...randomBytes(10)].map((byte) => ALPHABET[byte & 31]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

function digestOf(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');
}

/** Replaces a user's recovery codes with new ones; the plain codes are returned once. */
export async function issueRecoveryCodes(
  tx: Queryable,
  userId: string,
  now: Date,
): Promise<string[]> {
  await tx.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  for (const code of codes) {
    await tx.query(
      'INSERT INTO recovery_codes (id, user_id, code_sha256, issued_at) VALUES ($1, $2, $3, $4)',
      [randomUUID(), userId, digestOf(code), now],
    );
  }
  return codes;
}

/** Spends a recovery code; how many remain, or null when it is not one of the user's unused codes. */
export async function spendRecoveryCode(
  tx: Queryable,
  userId: string,
  code: string,
  now: Date,
): Promise<number | null> {
  const spent = await tx.query<{ id: string }>(
    `UPDATE recovery_codes SET used_at = $3
      WHERE user_id = $1 AND code_sha256 = $2 AND used_at IS NULL RETURNING id`,
    [userId, digestOf(code), now],
  );
  if (spent.length === 0) return null;
  const [left] = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL',
    [userId],
  );
  return left?.n ?? 0;
}

export async function deleteRecoveryCodes(tx: Queryable, userId: string): Promise<void> {
  await tx.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
}
