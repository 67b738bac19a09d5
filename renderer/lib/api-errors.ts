import type { ErrorCode, FieldIssue } from '../../shared/errors';

/** The case service answered, and refused: the server's reason, as data. */
export class ApiRequestError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues: readonly FieldIssue[];
  /** How long the service asked to be left alone (its `Retry-After`), when it said. */
  readonly retryAfterMs: number | null;

  constructor(
    code: ErrorCode,
    status: number,
    message: string,
    issues: readonly FieldIssue[] = [],
    retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'ApiRequestError';
    this.code = code;
    this.status = status;
    this.issues = issues;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The case service could not be reached at all: nothing was decided, the request may be retried. */
export class OfflineError extends Error {
  constructor(message = 'The case service cannot be reached.') {
    super(message);
    this.name = 'OfflineError';
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiRequestError {
  return error instanceof ApiRequestError && (code === undefined || error.code === code);
}

const STALE_MESSAGE =
  'This case was changed by someone else while you had it open. It has been reloaded with their changes; your unsaved edits were not applied. Check the case and try again.';

/** One sentence a person can act on, whatever went wrong. */
export function describeError(error: unknown): string {
  if (error instanceof OfflineError) {
    return 'You are offline: the case service cannot be reached. Nothing was changed; try again when the connection is back.';
  }
  if (error instanceof ApiRequestError) {
    if (error.code === 'stale_version') return STALE_MESSAGE;
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
