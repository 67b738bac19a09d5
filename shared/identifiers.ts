import { z } from 'zod';

/**
 * Targets are platform identifiers. Only an exact one (numeric user id, @username, phone
 * number) can ever be matched to an account and disclosed about. An order may still name a
 * target inexactly — a display name ("John Smith") or anything else that is not an identifier —
 * and is imported all the same: the target is recorded, never matched, and can never be
 * disclosed about.
 */
export const EXACT_IDENTIFIER_KINDS = ['user_id', 'username', 'phone'] as const;
export const INEXACT_IDENTIFIER_KINDS = ['display_name', 'other'] as const;
export const IDENTIFIER_KINDS = [...EXACT_IDENTIFIER_KINDS, ...INEXACT_IDENTIFIER_KINDS] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
type ExactIdentifierKind = (typeof EXACT_IDENTIFIER_KINDS)[number];

const USER_ID = /^[1-9][0-9]{0,19}$/;
const USERNAME = /^@[A-Za-z][A-Za-z0-9_]{3,31}$/;
const PHONE_E164 = /^\+[1-9][0-9]{6,14}$/;

const IDENTIFIER_RULES: Record<ExactIdentifierKind, { pattern: RegExp; expected: string }> = {
  user_id: { pattern: USER_ID, expected: 'a numeric user id such as 5012345678' },
  username: {
    pattern: USERNAME,
    expected: 'an @username of 5 to 32 letters, digits or underscores, starting with a letter',
  },
  phone: { pattern: PHONE_E164, expected: 'a phone number in E.164 form such as +33612345678' },
};

function isExactKind(kind: IdentifierKind): kind is ExactIdentifierKind {
  return (EXACT_IDENTIFIER_KINDS as readonly string[]).includes(kind);
}

export const TargetIdentifier = z
  .object({
    kind: z.enum(IDENTIFIER_KINDS),
    value: z.string().trim().min(1, 'identifier value is empty').max(200),
  })
  .strict()
  .superRefine((id, ctx) => {
    if (!isExactKind(id.kind)) return;
    const rule = IDENTIFIER_RULES[id.kind];
    if (!rule.pattern.test(id.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${id.value}" is not ${rule.expected}; a name that is not an identifier is entered as a display name, and is never matched to an account`,
      });
    }
  });
export type TargetIdentifier = z.infer<typeof TargetIdentifier>;

/** Can this identifier be matched to exactly one account? Only then may anything be disclosed. */
export function isExactIdentifier(id: TargetIdentifier): boolean {
  return isExactKind(id.kind);
}

/** A stable key for a target within one order, used to key decisions. */
export function targetKey(id: TargetIdentifier): string {
  return `${id.kind}:${id.value.toLowerCase()}`;
}

export function formatIdentifier(id: TargetIdentifier): string {
  switch (id.kind) {
    case 'user_id':
      return `user id ${id.value}`;
    case 'username':
      return id.value;
    case 'phone':
      return `phone ${id.value}`;
    case 'display_name':
      return `display name “${id.value}”`;
    case 'other':
      return `“${id.value}”`;
  }
}
