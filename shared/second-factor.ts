import { z } from 'zod';
import type { Role } from './roles';

/** Roles that act on the four-eyes rule or on accounts: a password alone is not enough. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['supervisor', 'admin'];

export function secondFactorRequired(role: Role): boolean {
  return SECOND_FACTOR_ROLES.includes(role);
}

/** Six digits from the authenticator app, or a recovery code; spaces and dashes are ignored. */
export const SecondFactorCode = z
  .string()
  .trim()
  .max(40)
  .transform((v) => v.replace(/[\s-]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .regex(
        /^(?:[0-9]{6}|[A-Z2-7]{10})$/,
        'enter the 6-digit code from your authenticator app, or a recovery code',
      ),
  );

/** Where the signed-in person stands with their second factor. */
export const SecondFactorStatus = z.object({
  enrolled: z.boolean(),
  /** Their role needs one: until it is set up, nothing else is open to them. */
  required: z.boolean(),
});
export type SecondFactorStatus = z.infer<typeof SecondFactorStatus>;

/** A new secret awaiting its first code: shown once, as a QR code and as text. */
export const SecondFactorSetup = z.object({
  /** Base32, for typing into an authenticator app by hand. */
  secret: z.string(),
  /** The otpauth:// address the QR code carries. */
  uri: z.string(),
  /** The QR code, as an SVG image. */
  qrSvg: z.string(),
});
export type SecondFactorSetup = z.infer<typeof SecondFactorSetup>;

export const SecondFactorConfirmation = z.object({ code: SecondFactorCode }).strict();

/** Shown once when the second factor is confirmed; the service keeps only their digests. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

/** Removing one's own factor (where the role does not need one) takes the password and a code. */
export const SecondFactorRemoval = z
  .object({ password: z.string().min(1).max(256), code: SecondFactorCode })
  .strict();

/** New recovery codes take the password and a code from the authenticator app. */
export const RecoveryCodeRenewal = SecondFactorRemoval;
