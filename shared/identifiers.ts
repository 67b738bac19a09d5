import { z } from 'zod';

/**
 * Targets are exact platform identifiers. A display name ("John Smith") is never accepted:
 * it matches nobody for certain and could match the wrong person.
 */
export const IDENTIFIER_KINDS = ['user_id', 'username', 'phone'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

const USER_ID = /^[1-9][0-9]{0,19}$/;
const USERNAME = /^@[A-Za-z][A-Za-z0-9_]{3,31}$/;
const PHONE_E164 = /^\+[1-9][0-9]{6,14}$/;

const IDENTIFIER_RULES: Record<IdentifierKind, { pattern: RegExp; expected: string }> = {
  user_id: { pattern: USER_ID, expected: 'a numeric user id such as 5012345678' },
  username: {
    pattern: USERNAME,
    expected: 'an @username of 5 to 32 letters, digits or underscores, starting with a letter',
  },
  phone: { pattern: PHONE_E164, expected: 'a phone number in E.164 form such as +33612345678' },
};

export const TargetIdentifier = z
  .object({
    kind: z.enum(IDENTIFIER_KINDS),
    value: z.string().trim().min(1, 'identifier value is empty'),
  })
  .strict()
  .superRefine((id, ctx) => {
    const rule = IDENTIFIER_RULES[id.kind];
    if (!rule.pattern.test(id.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${id.value}" is not ${rule.expected}; display names are not accepted`,
      });
    }
  });
export type TargetIdentifier = z.infer<typeof TargetIdentifier>;

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
  }
}
