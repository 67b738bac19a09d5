import type { z } from 'zod';
import { zodIssues, type FieldIssue } from '../../shared/errors';
import { ApiRequestError } from './api-errors';

export type FieldErrors = Record<string, string>;

/** First message per field path, for showing next to the input it belongs to. */
export function fieldErrorsFrom(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.path] ??= issue.message;
  return errors;
}

export function issuesOf(error: unknown): readonly FieldIssue[] {
  return error instanceof ApiRequestError ? error.issues : [];
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return fieldErrorsFrom(zodIssues(error));
}
