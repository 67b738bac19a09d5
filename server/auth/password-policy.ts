import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldIssue } from '../../shared/errors';
import { ServiceError } from '../service-error';
import { normaliseForComparison } from '../../shared/visible-text';

/**
 * The 49,000 most common passwords of the breach corpora zxcvbn ranks (MIT, shipped with
 * @zxcvbn-ts/language-common): well beyond the 10,000 NIST SP 800-63B asks to refuse.
 */
let commonPasswords: Set<string> | undefined;

function isCommon(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  const plain = password.toLowerCase();
  // "Password123!" is as guessable as "password123": trailing digits and symbols add little.
  return commonPasswords.has(plain) || commonPasswords.has(plain.replace(/[^a-z]+$/, ''));
}

/** A name whole, and its words long enough to matter: "a.lovelace", "lovelace". */
function nameParts(name: string): string[] {
  const whole = normaliseForComparison(name);
  const words = whole.split(/[\s._\-@]+/).filter((w) => w.length >= 4);
  return [whole.replace(/\s+/g, ''), ...words].filter((w) => w.length >= 3);
}

/**
 * NIST SP 800-63B's rules for a memorised secret chosen by its holder, beyond the length the
 * shared schema checks: not a common or breached password, not built from the account's
 * own names. Returns what is wrong, under `field`.
 */
export function passwordProblems(
  password: string,
  account: { username: string; displayName: string },
  field: string,
): FieldIssue[] {
  if (isCommon(password)) {
    return [
      { path: field, message: 'this password is among the most common ones; choose another' },
    ];
  }
  const plain = normaliseForComparison(password).replace(/\s+/g, '');
  const named = [...nameParts(account.username), ...nameParts(account.displayName)].some((part) =>
    plain.includes(part),
  );
  if (named) {
    return [{ path: field, message: 'a password may not contain your username or your name' }];
  }
  return [];
}

export function passwordRefused(problems: FieldIssue[]): ServiceError {
  return new ServiceError(
    'validation',
    `The password is not accepted: ${problems[0]?.message ?? 'choose another'}.`,
    problems,
  );
}
