import { z } from 'zod';
import { IsoDateTime } from './dates';
import { ROLES } from './roles';
import { SecondFactorCode } from './second-factor';

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,31}$/,
    'use 3 to 32 lowercase letters, digits, dots, dashes or underscores',
  );

export const DisplayName = z.string().trim().min(1, 'enter a name').max(120);

/**
 * Who someone is, for a record of what they did: display names are not fixed for life, and
 * two accounts may have borne the same one at different times, so the username comes with it.
 */
export function nameWithUsername(name: string, username: string | undefined): string {
  return username && username !== name ? `${name} (${username})` : name;
}

/** Long passphrases beat composition rules (NIST SP 800-63B). */
export const NewPassword = z
  .string()
  .min(12, 'use at least 12 characters')
  .max(256, 'use at most 256 characters');

export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  createdAt: IsoDateTime,
  /** Whether the person has set a password through their enrolment code. */
  enrolled: z.boolean(),
  /** A supervisor or administrator role asked for and awaiting a second administrator. */
  pendingGrant: z
    .object({
      id: z.string(),
      role: z.enum(ROLES),
      requestedBy: z.string(),
      requestedAt: IsoDateTime,
    })
    .nullable(),
});
export type User = z.infer<typeof User>;

/** An account an administrator opens: its holder chooses the password when enrolling. */
export const NewUser = z
  .object({
    username: Username,
    displayName: DisplayName,
    role: z.enum(ROLES),
  })
  .strict();
export type NewUser = z.infer<typeof NewUser>;

/** The one person who sets up an empty installation chooses their own password there. */
export const FirstAdmin = NewUser.omit({ role: true }).extend({ password: NewPassword }).strict();
export type FirstAdmin = z.infer<typeof FirstAdmin>;

/** Shown once to the administrator who issued it; the database keeps only a digest. */
export const IssuedEnrolment = z.object({
  userId: z.string(),
  username: z.string(),
  code: z.string(),
  expiresAt: IsoDateTime,
});
export type IssuedEnrolment = z.infer<typeof IssuedEnrolment>;

export const UserCreated = z.object({
  user: User,
  enrolment: IssuedEnrolment,
});

export const EnrolmentCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{20,100}$/, 'enter the enrolment code exactly as you received it');

export const Enrolment = z.object({ code: EnrolmentCode, password: NewPassword }).strict();
export type Enrolment = z.infer<typeof Enrolment>;

export const PasswordChange = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: NewPassword })
  .strict();
export type PasswordChange = z.infer<typeof PasswordChange>;

export const UserUpdate = z
  .object({
    active: z.boolean().optional(),
    role: z.enum(ROLES).optional(),
    displayName: DisplayName.optional(),
  })
  .strict();
export type UserUpdate = z.infer<typeof UserUpdate>;

export const Credentials = z
  .object({
    username: z.string().trim().toLowerCase().min(1).max(64),
    password: z.string().min(1).max(256),
    /** The authenticator's code or a recovery code, for an account with a second factor. */
    code: SecondFactorCode.optional(),
  })
  .strict();
export type Credentials = z.infer<typeof Credentials>;

export const Reauthentication = z
  .object({ password: z.string().min(1).max(256), code: SecondFactorCode.optional() })
  .strict();
