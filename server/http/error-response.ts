import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ErrorBody } from '../../shared/errors';
import { ServiceError } from '../service-error';

/** `{error: {code, message, issues?}}` with the status shared/errors.ts gives the code. */
export function errorResponse(c: Context, error: ServiceError): Response {
  const body: z.input<typeof ErrorBody> = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
    },
  };
  return c.json(body, error.status as ContentfulStatusCode);
}

/**
 * Refusals go out as they are; anything else is a fault of the service, logged here and
 * reported without internals. Every write runs in a transaction, so nothing was changed.
 */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ServiceError) return errorResponse(c, error);
  console.error('Unexpected failure in the case service:', error);
  return errorResponse(
    c,
    new ServiceError('internal', 'The case service failed; nothing was changed. Try again.'),
  );
}
