import { z } from 'zod';
import { PublicSource, RuleId, Source } from './source';

export const OffenceCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,63}$/, 'expected a category code such as fraud_scams');

const categoryBase = {
  code: OffenceCode,
  /** The rule id a verdict cites when this category decides an offence. */
  id: RuleId,
  label: z.string().trim().min(1).max(200),
  /**
   * Words and phrases that suggest the category in a free-text offence description. Each one
   * matches at the start of a word, so "terror" also finds "terrorist".
   */
  keywords: z.array(z.string().trim().min(2).max(80)).max(200),
  sources: z.array(Source).min(1),
};

const Violation = z
  .object({
    ...categoryBase,
    status: z.literal('violation'),
    /** The Terms of Service provision the conduct breaks. */
    tosClause: z
      .object({ id: z.string().trim().min(1).max(120), text: z.string().trim().min(1) })
      .strict(),
  })
  .strict();

const ProtectedSpeech = z
  .object({
    ...categoryBase,
    status: z.literal('protected_speech'),
    /** Why criminalising this never justifies a disclosure, for the refusal letter. */
    rationale: z.string().trim().min(1).max(4000),
  })
  .strict();

const NotAViolation = z
  .object({
    ...categoryBase,
    status: z.literal('not_a_violation'),
    rationale: z.string().trim().min(1).max(4000),
  })
  .strict();

export const OffenceCategory = z.discriminatedUnion('status', [
  Violation,
  ProtectedSpeech,
  NotAViolation,
]);
export type OffenceCategory = z.infer<typeof OffenceCategory>;
export type OffenceStatus = OffenceCategory['status'];

export const TosCatalog = z
  .object({
    id: RuleId,
    title: z.string().trim().min(1).max(300),
    /** The Terms of Service the categories map to. */
    termsOfService: PublicSource,
    categories: z.array(OffenceCategory).min(1),
  })
  .strict()
  .superRefine((catalog, ctx) => {
    const seen = new Set<string>();
    catalog.categories.forEach((c, i) => {
      if (seen.has(c.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories', i, 'code'],
          message: `category ${c.code} is listed twice`,
        });
      }
      seen.add(c.code);
    });
  });
export type TosCatalog = z.infer<typeof TosCatalog>;

export function findCategory(catalog: TosCatalog, code: string): OffenceCategory | undefined {
  return catalog.categories.find((c) => c.code === code);
}
