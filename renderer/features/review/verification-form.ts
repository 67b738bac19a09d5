import type { Order } from '../../../shared/order';
import {
  findDirectoryAuthority,
  type AuthorityDirectory,
} from '../../../shared/policy/authority-directory';
import {
  callBackContactProblem,
  type CallBackSource,
} from '../../../shared/policy/numbers-of-record';
import { VerificationInput } from '../../../shared/verification';
import type { FieldIssue } from '../../../shared/errors';
import { zodIssues } from '../../../shared/errors';

export interface VerificationDraft {
  calledBy: string;
  contactName: string;
  channel: 'phone' | 'email';
  contactUsed: string;
  source: CallBackSource;
  sourceReference: string;
  /** A `datetime-local` value, in the workstation's time zone. */
  verifiedAt: string;
  outcome: 'confirmed' | 'denied' | '';
  note: string;
}

/** What the form needs to tell a number of record from the order's own. */
export interface CallBackRecordContext {
  order: Order;
  directory: AuthorityDirectory;
}

/**
 * Parses the form with the shared schema, so the form and the service name the same fields;
 * with the policy's directory at hand it also refuses, as the service will, a number that is
 * not a number of record.
 */
export function verificationFromDraft(
  draft: VerificationDraft,
  context?: CallBackRecordContext,
): { ok: true; value: VerificationInput } | { ok: false; issues: FieldIssue[] } {
  const local = draft.verifiedAt === '' ? Number.NaN : Date.parse(draft.verifiedAt);
  const parsed = VerificationInput.safeParse({
    calledBy: draft.calledBy,
    contactName: draft.contactName,
    channel: draft.channel,
    contactUsed: draft.contactUsed,
    source: draft.source,
    sourceReference: draft.source === 'directory' ? '' : draft.sourceReference,
    verifiedAt: Number.isNaN(local) ? draft.verifiedAt : new Date(local).toISOString(),
    outcome: draft.outcome === '' ? undefined : draft.outcome,
    note: draft.note,
  });
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  if (context) {
    const entry = findDirectoryAuthority(context.directory, context.order.authority);
    const problem = callBackContactProblem(context.order, entry, parsed.data);
    if (problem) return { ok: false, issues: [{ path: problem.field, message: problem.message }] };
  }
  return { ok: true, value: parsed.data };
}
