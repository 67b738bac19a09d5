import type { Context } from 'hono';
import type { z } from 'zod';
import { issuePath, type FieldIssue } from '../../shared/errors';
import { fieldLabel } from '../../shared/field-messages';
import { ServiceError } from '../service-error';

export function validationError(what: string, issues: FieldIssue[]): ServiceError {
  const first = issues[0];
  const summary = first ? ` ${fieldLabel(first.path)}: ${first.message}` : '';
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

/** Deeper than any document this service accepts; deep enough to stop stack exhaustion. */
export const MAX_JSON_DEPTH = 64;

/** The nesting depth of JSON text, counted without parsing and without recursion. */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: the next character is escaped
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) {
      inString = true;
    } else if (ch === 0x7b || ch === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (ch === 0x7d || ch === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

/** Whether any key or string in a parsed JSON value holds NUL; an explicit stack, no recursion. */
export function containsNul(root: unknown): boolean {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return true;
    } else if (Array.isArray(value)) {
      // One at a time: spreading a million-element array would overflow the call stack.
      for (const item of value as unknown[]) pending.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key.includes('\u0000')) return true;
        pending.push(child);
      }
    }
  }
  return false;
}

export function parseJsonText(text: string, what: string): unknown {
  if (jsonNestingDepth(text) > MAX_JSON_DEPTH) {
    throw validationError(what, [
      { path: '(root)', message: `nest objects and arrays at most ${MAX_JSON_DEPTH} deep` },
    ]);
  }
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
