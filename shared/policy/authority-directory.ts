import { z } from 'zod';
import { isCountryCode } from '../countries';
import { IsoDate } from '../dates';
import { AUTHORITY_KINDS, type Authority } from '../order';

export const AUTHORITY_DIRECTORY_FORMAT = 'disclosure-desk/authority-directory@1';

export const DirectoryContact = z
  .object({
    phone: z
      .string()
      .regex(/^\+[0-9 ()-]{7,24}$/, 'expected an international phone number')
      .optional(),
    email: z.email().optional(),
  })
  .strict()
  .refine(
    (c) => c.phone !== undefined || c.email !== undefined,
    'a call-back needs a phone or email',
  );
export type DirectoryContact = z.infer<typeof DirectoryContact>;

/**
 * An authority whose contact details were found independently of any order: the call-back that
 * verifies an order goes here, never to the contact printed on the order itself.
 */
export const DirectoryAuthority = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,79}$/, 'expected a lowercase id such as fr-tj-paris'),
    name: z.string().trim().min(1).max(300),
    /** Other names the same authority signs with, e.g. in its own language. */
    aliases: z.array(z.string().trim().min(1).max(300)),
    country: z.string().refine(isCountryCode, 'expected an ISO 3166-1 alpha-2 country code'),
    kind: z.enum(AUTHORITY_KINDS),
    contact: DirectoryContact,
    source: z
      .object({
        description: z.string().trim().min(1).max(1000),
        url: z.url().optional(),
        retrievedOn: IsoDate,
      })
      .strict(),
    /** Demonstration entries carry contacts that reach nobody and must be replaced. */
    demo: z.boolean(),
  })
  .strict();
export type DirectoryAuthority = z.infer<typeof DirectoryAuthority>;

export const AuthorityDirectory = z
  .object({
    format: z.literal(AUTHORITY_DIRECTORY_FORMAT),
    updatedOn: IsoDate,
    entries: z.array(DirectoryAuthority),
  })
  .strict()
  .superRefine((directory, ctx) => {
    const ids = new Set<string>();
    const names = new Set<string>();
    directory.entries.forEach((entry, i) => {
      if (ids.has(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'id'],
          message: `id ${entry.id} is used twice`,
        });
      }
      ids.add(entry.id);
      for (const name of [entry.name, ...entry.aliases]) {
        const key = `${entry.country}|${normalizeAuthorityName(name)}`;
        if (names.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, 'name'],
            message: `"${name}" (${entry.country}) names two directory entries`,
          });
        }
        names.add(key);
      }
    });
  });
export type AuthorityDirectory = z.infer<typeof AuthorityDirectory>;

/**
 * Case, accents, punctuation and spacing are ignored, nothing else: a near-miss name is not the
 * same authority, because look-alike names are how forged requests get through.
 */
export function normalizeAuthorityName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function findDirectoryAuthority(
  directory: AuthorityDirectory,
  authority: Pick<Authority, 'name' | 'country'>,
): DirectoryAuthority | undefined {
  const wanted = normalizeAuthorityName(authority.name);
  return directory.entries.find(
    (entry) =>
      entry.country === authority.country &&
      [entry.name, ...entry.aliases].some((name) => normalizeAuthorityName(name) === wanted),
  );
}

/** Digits only, keeping the international prefix: "+44 (20) 7946-0123" → "+442079460123". */
export function normalizePhone(phone: string): string {
  return `+${phone.replace(/[^0-9]/g, '')}`;
}

export function samePhone(a: string, b: string): boolean {
  return normalizePhone(a) === normalizePhone(b);
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
