import { z } from 'zod';
import { IsoDate } from '../dates';

/**
 * Where a rule comes from. Lawyers cite these in letters to authorities, so each one names the
 * instrument, the provision and the version, and links to a public text where one exists.
 * Rules that are the platform's own choices cite "Platform internal policy" without a URL.
 */
export const Source = z
  .object({
    title: z.string().trim().min(1).max(400),
    section: z.string().trim().min(1).max(200).optional(),
    /** The version or adoption date of the cited text. */
    date: IsoDate.optional(),
    url: z.url().optional(),
    note: z.string().trim().min(1).max(2000).optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

/** A source that must be publicly readable: the baseline rule and the Terms of Service. */
export const PublicSource = Source.extend({ url: z.url() });
export type PublicSource = z.infer<typeof PublicSource>;

export const RuleId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_.:/-]{1,119}$/,
    'expected a rule id of lowercase letters, digits and . _ : / -',
  );
export type RuleId = z.infer<typeof RuleId>;

/** A rule as policy data: an id the verdict refers to, the rule in words, and its sources. */
export const Rule = z
  .object({
    id: RuleId,
    text: z.string().trim().min(1).max(4000),
    sources: z.array(Source).min(1, 'every rule cites at least one source'),
  })
  .strict();
export type Rule = z.infer<typeof Rule>;

/** "Regulation (EU) 2023/1543 (e-Evidence), art. 10(3) (2023-07-12)": the form used in reasons. */
export function citeSource(source: Source): string {
  const section = source.section ? `, ${source.section}` : '';
  const date = source.date ? ` (${source.date})` : '';
  return `${source.title}${section}${date}`;
}

export function citeRule(rule: { sources: readonly Source[] }): string {
  const [first] = rule.sources;
  return first ? citeSource(first) : 'no source recorded';
}
