import { VerificationInput } from '../../../shared/verification';
import type { FieldIssue } from '../../../shared/errors';
import { zodIssues } from '../../../shared/errors';

export interface VerificationDraft {
  calledBy: string;
  contactName: string;
  channel: 'phone' | 'email';
  contactUsed: string;
  /** A `datetime-local` value, in the workstation's time zone. */
  verifiedAt: string;
  outcome: 'confirmed' | 'denied' | '';
  note: string;
}

/** Parses the form with the shared schema, so the form and the service name the same fields. */
export function verificationFromDraft(
  draft: VerificationDraft,
): { ok: true; value: VerificationInput } | { ok: false; issues: FieldIssue[] } {
  const local = draft.verifiedAt === '' ? Number.NaN : Date.parse(draft.verifiedAt);
  const parsed = VerificationInput.safeParse({
    calledBy: draft.calledBy,
    contactName: draft.contactName,
    channel: draft.channel,
    contactUsed: draft.contactUsed,
    verifiedAt: Number.isNaN(local) ? draft.verifiedAt : new Date(local).toISOString(),
    outcome: draft.outcome === '' ? undefined : draft.outcome,
    note: draft.note,
  });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: zodIssues(parsed.error) };
}
