import type { Context } from 'hono';
import type { z } from 'zod';
import { issuePath, type FieldIssue } from '../../shared/errors';
import { ServiceError } from '../service-error';

export function validationError(what: string, issues: FieldIssue[]): ServiceError {
  const first = issues[0];
  const summary = first ? ` ${first.path}: ${first.message}` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new ServiceError('validation', `${what} is not valid.${summary}${more}`, issues);
}

/** Parses untrusted input with a shared schema; a failure names every offending field. */
export function parseInput<S extends z.ZodType>(
  what: string,
  schema: S,
  value: unknown,
  pathPrefix: readonly PropertyKey[] = [],
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw validationError(
    what,
    result.error.issues.map((i) => ({
      path: issuePath([...pathPrefix, ...i.path]),
      message: i.message,
    })),
  );
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v));
  }
  return false;
}

export function parseJsonText(text: string, what: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw validationError(what, [{ path: '(root)', message: 'this is not valid JSON' }]);
  }
  // PostgreSQL text cannot hold NUL, and no legitimate field needs it.
  if (containsNul(value)) {
    throw validationError(what, [
      { path: '(root)', message: 'text may not contain NUL characters' },
    ]);
  }
  return value;
}

/**
 * The JSON body of a request. Requiring the JSON content type is also a CSRF defence: a
 * page on another site cannot send it without a CORS preflight, which this service never
 * grants.
 */
export async function readJsonBody(c: Context, what: string): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw validationError(what, [{ path: '(root)', message: 'send the body as application/json' }]);
  }
  return parseJsonText(await c.req.text(), what);
}
