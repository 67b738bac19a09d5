/**
 * The text of a PostgreSQL array, for a `$n::text[]` or `$n::uuid[]` parameter: parameters
 * are scalars on both backends, so a list goes in as this literal. Every element is quoted,
 * with its quotes and backslashes escaped, so a comma, brace, quote, backslash, space, an
 * empty string or the word NULL stays one element with exactly that text.
 */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
