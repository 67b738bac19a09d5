import type { Order } from '../../order';
import {
  findDirectoryAuthority,
  sameEmail,
  samePhone,
  type DirectoryAuthority,
} from '../authority-directory';
import { checkVerdict } from '../check-verdict';
import type { AuthorityVerification, EvaluationContext } from '../evaluation-context';
import { AUTHORITY_KIND_LABELS, formatInstant, listOr } from '../labels';
import { countryLabel } from '../lookup';
import type { PolicyVersion } from '../policy-version';
import { citeRule } from '../source';
import type { CallBackDetail, CheckVerdict } from '../verdict';

function directoryContact(entry: DirectoryAuthority): string {
  const channels = [entry.contact.phone, entry.contact.email].filter(
    (c): c is string => c !== undefined,
  );
  return listOr(channels);
}

function usesDirectoryContact(entry: DirectoryAuthority, v: AuthorityVerification): boolean {
  if (v.channel === 'phone') {
    return entry.contact.phone !== undefined && samePhone(entry.contact.phone, v.contactUsed);
  }
  return entry.contact.email !== undefined && sameEmail(entry.contact.email, v.contactUsed);
}

/** Why a recorded call-back cannot count for this order, or undefined when it does. */
function verificationProblem(
  order: Order,
  entry: DirectoryAuthority,
  v: AuthorityVerification,
  now: string,
): string | undefined {
  if (!usesDirectoryContact(entry, v)) {
    return `the call-back recorded by ${v.verifiedBy} went to ${v.contactUsed}, which is not the directory’s contact`;
  }
  if (Date.parse(v.verifiedAt) < Date.parse(order.receivedAt)) {
    return `the call-back recorded by ${v.verifiedBy} is dated before the order was received`;
  }
  if (Date.parse(v.verifiedAt) > Date.parse(now)) {
    return `the call-back recorded by ${v.verifiedBy} is dated in the future`;
  }
  return undefined;
}

/** Warnings about the order's own claims that the reviewer should read before calling. */
function warnings(order: Order, entry: DirectoryAuthority): string[] {
  const notes: string[] = [];
  const claimed = order.authority.contact;
  if (claimed?.email && entry.contact.email && !sameEmail(claimed.email, entry.contact.email)) {
    notes.push(
      `The order’s email address (${claimed.email}) differs from the directory’s; do not use the contact details on the order.`,
    );
  }
  if (claimed?.phone && entry.contact.phone && !samePhone(claimed.phone, entry.contact.phone)) {
    notes.push(
      `The order’s phone number (${claimed.phone}) differs from the directory’s; do not call it.`,
    );
  }
  if (order.authority.kind !== entry.kind) {
    notes.push(
      `The order describes the authority as ${AUTHORITY_KIND_LABELS[order.authority.kind]}, the directory as ${AUTHORITY_KIND_LABELS[entry.kind]}.`,
    );
  }
  if (order.emergency) {
    notes.push(
      'Emergency requests are the best-known channel for forged requests sent from hijacked police mailboxes.',
    );
  }
  if (entry.demo) {
    notes.push(
      'The directory entry is demonstration data and must be replaced with the authority’s real, independently sourced contact.',
    );
  }
  return notes;
}

/**
 * Was the requester verified out of band? Only a call-back through the directory's contact,
 * recorded for this very order, counts; an emergency or a familiar name never does on its own.
 */
export function checkAuthenticity(
  order: Order,
  policy: PolicyVersion,
  context: Pick<EvaluationContext, 'now' | 'authorityDirectory' | 'verifications'>,
): CheckVerdict {
  const rule = policy.authenticity;
  const cite = `(${citeRule(rule)})`;
  const name = `${order.authority.name} (${countryLabel(order.authority.country)})`;
  const entry = findDirectoryAuthority(context.authorityDirectory, order.authority);

  if (!entry) {
    const emergency = order.emergency
      ? ' Emergency requests are the best-known channel for forged requests sent from hijacked police mailboxes.'
      : '';
    return checkVerdict(
      'authenticity',
      policy,
      'needs_review',
      `${name} is not in the authority directory.${emergency} Find its contact independently of the order (its official website or a government listing), add it to the directory, and verify out of band by call-back to that contact before anything is released ${cite}.`,
      rule.id,
    );
  }

  const contact = directoryContact(entry);
  const callBack = (result: CallBackDetail['result'], reason: string): CallBackDetail => ({
    kind: 'call_back',
    directoryEntryId: entry.id,
    authorityName: entry.name,
    ...(entry.contact.phone !== undefined ? { phone: entry.contact.phone } : {}),
    ...(entry.contact.email !== undefined ? { email: entry.contact.email } : {}),
    demo: entry.demo,
    result,
    reason,
    rule: rule.id,
  });
  const verdict = (result: CallBackDetail['result'], reason: string) =>
    checkVerdict('authenticity', policy, result, reason, rule.id, [callBack(result, reason)]);

  const recorded = (context.verifications ?? []).filter(
    (v) => v.orderReference === order.reference && v.directoryEntryId === entry.id,
  );
  const counted = recorded.filter((v) => !verificationProblem(order, entry, v, context.now));
  const denial = counted.find((v) => v.outcome === 'denied');
  if (denial) {
    return verdict(
      'fail',
      `${entry.name} denied issuing this order when called back on ${denial.contactUsed} on ${formatInstant(denial.verifiedAt)} (recorded by ${denial.verifiedBy}); treat the order as forged ${cite}.`,
    );
  }
  const confirmation = counted.find((v) => v.outcome === 'confirmed');
  if (confirmation) {
    return verdict(
      'pass',
      `Verified out of band: ${entry.name} confirmed this order by call-back to ${confirmation.contactUsed}, the directory’s contact, on ${formatInstant(confirmation.verifiedAt)} (recorded by ${confirmation.verifiedBy}) ${cite}.`,
    );
  }

  const ignored = recorded
    .map((v) => verificationProblem(order, entry, v, context.now))
    .filter((p): p is string => p !== undefined)
    .map((p) => ` A recorded verification does not count: ${p}.`)
    .join('');
  const notes = warnings(order, entry)
    .map((n) => ` ${n}`)
    .join('');
  return verdict(
    'needs_review',
    `${name} is in the authority directory, but no call-back has been recorded for this order.${ignored}${notes} Verify out of band by call-back to ${contact} (directory entry ${entry.id}) before anything is released ${cite}.`,
  );
}
