import { z } from 'zod';
import { IsoDateTime } from './dates';
import { ROLES } from './roles';

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,31}$/,
    'use 3 to 32 lowercase letters, digits, dots, dashes or underscores',
  );

export const DisplayName = z.string().trim().min(1, 'enter a name').max(120);

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
});
export type User = z.infer<typeof User>;

export const NewUser = z
  .object({
    username: Username,
    displayName: DisplayName,
    role: z.enum(ROLES),
    password: NewPassword,
  })
  .strict();
export type NewUser = z.infer<typeof NewUser>;

export const FirstAdmin = NewUser.omit({ role: true });
export type FirstAdmin = z.infer<typeof FirstAdmin>;

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
  })
  .strict();
export type Credentials = z.infer<typeof Credentials>;

export const Reauthentication = z.object({ password: z.string().min(1).max(256) }).strict();
