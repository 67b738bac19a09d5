import { z } from 'zod';
// Words every schema's default messages for lawyers, wherever issues are made.
import './field-messages';

export const ERROR_CODES = [
  'validation',
  'unauthenticated',
  // The session was ended because the account was deactivated: the workstation keeps nothing.
  'account_deactivated',
  'reauth_required',
  // The password was right; the account's second factor is asked for next.
  'second_factor_required',
  // A supervisor or administrator must set up a second factor before doing anything else.
  'second_factor_enrolment_required',
  'forbidden',
  'four_eyes',
  'not_found',
  'stale_version',
  'invalid_transition',
  'sign_off_incomplete',
  'duplicate',
  'rate_limited',
  'setup_done',
  'internal',
  // The platform's subscriber directory did not answer, or answered something unusable.
  'directory_unavailable',
  // Said by whatever stands between the app and the case service (Electron's main process),
  // never by the service itself: nothing was decided.
  'unreachable',
  // The case service has too many changes waiting to take this one now; nothing was done.
  'busy',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  account_deactivated: 401,
  reauth_required: 401,
  second_factor_required: 401,
  second_factor_enrolment_required: 403,
  forbidden: 403,
  four_eyes: 403,
  not_found: 404,
  stale_version: 409,
  invalid_transition: 409,
  sign_off_incomplete: 422,
  duplicate: 409,
  rate_limited: 429,
  setup_done: 409,
  internal: 500,
  directory_unavailable: 502,
  unreachable: 503,
  busy: 503,
};

export const FieldIssue = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

/** Errors cross the wire as data, the same shape for every route. */
export const ApiError = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(FieldIssue).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export const ErrorBody = z.object({ error: ApiError });

/** "targets.0.identifier.value" style paths, as the intake form and error lists show them. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(root)';
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: issuePath(i.path), message: i.message }));
}
