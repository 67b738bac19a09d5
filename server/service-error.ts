import { HTTP_STATUS, type ErrorCode, type FieldIssue } from '../shared/errors';

/**
 * A refusal the client is meant to see: it becomes `{error: {code, message, issues}}` with the
 * status shared/errors.ts assigns to the code. Anything else thrown is an internal error.
 */
export class ServiceError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
    this.issues = issues;
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}
