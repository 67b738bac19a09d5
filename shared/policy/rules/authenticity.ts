import type { Order } from '../../order';
import {
  findDirectoryAuthority,
  sameEmail,
  samePhone,
  type DirectoryAuthority,
} from '../authority-directory';
import { CALL_BACK_SOURCE_LABELS, callBackContactProblem } from '../numbers-of-record';
import { assessSenderDomain, senderDomainConcern } from '../sender-domain';
import { checkVerdict } from '../check-verdict';
import type { AuthorityVerification, EvaluationContext } from '../evaluation-context';
import { AUTHORITY_KIND_LABELS, capitalize, formatInstant, listOr } from '../labels';
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

/** Why a recorded call-back cannot count for this order, or undefined when it does. */
function verificationProblem(
  order: Order,
  entry: DirectoryAuthority | undefined,
  v: AuthorityVerification,
  now: string,
): string | undefined {
  const contact = callBackContactProblem(order, entry, {
    channel: v.channel,
    contactUsed: v.contactUsed,
    source: v.source ?? 'directory',
    sourceReference: v.sourceReference ?? '',
  });
  if (contact) {
    const why = {
      from_order: 'which is taken from the order itself',
      not_directory: 'which is not the directory’s contact',
      no_source:
        'and the authority is not in the directory, so where the number came from must be recorded',
      no_reference: 'and where that number was found is not recorded',
    }[contact.kind];
    return `the call-back recorded by ${v.verifiedBy} went to ${v.contactUsed}, ${why}`;
  }
  if (Date.parse(v.verifiedAt) < Date.parse(order.receivedAt)) {
    return `the call-back recorded by ${v.verifiedBy} is dated before the order was received`;
  }
  if (Date.parse(v.verifiedAt) > Date.parse(now)) {
    return `the call-back recorded by ${v.verifiedBy} is dated in the future`;
  }
  return undefined;
}

/** "the directory’s contact" or "a number found on the authority’s official website (…)". */
function numberOfRecordLabel(v: AuthorityVerification): string {
  const source = v.source ?? 'directory';
  if (source === 'directory') return 'the directory’s contact';
  const where = v.sourceReference ? ` (${v.sourceReference})` : '';
  return `a number found on ${CALL_BACK_SOURCE_LABELS[source]}${where}`;
}

/** The sender's domain, when it is not the authority's own. */
function senderWarning(order: Order, entry: DirectoryAuthority | undefined): string | undefined {
  const email = order.authority.contact?.email;
  if (email === undefined) return undefined;
  const concern = senderDomainConcern(assessSenderDomain(email, entry?.contact.email));
  return concern
    ? `${capitalize(concern)}: treat the order as possibly forged, do not reply to that address, and have a second person verify it.`
    : undefined;
}

/** Warnings about the order's own claims that the reviewer should read before calling. */
function warnings(order: Order, entry: DirectoryAuthority): string[] {
  const notes: string[] = [];
  const claimed = order.authority.contact;
  const sender = senderWarning(order, entry);
  if (sender) notes.push(sender);
  if (
    !sender &&
    claimed?.email &&
    entry.contact.email &&
    !sameEmail(claimed.email, entry.contact.email)
  ) {
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
 * Was the requester verified out of band? Only a call-back to a number of record (the
 * directory's, or one found independently of the order with its source recorded), made for this
 * very order, counts; an emergency or a familiar name never does on its own.
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
  const recorded = (context.verifications ?? []).filter(
    (v) =>
      v.orderReference === order.reference &&
      (v.directoryEntryId === undefined || v.directoryEntryId === entry?.id),
  );
  const counted = recorded.filter((v) => !verificationProblem(order, entry, v, context.now));
  const ignored = recorded
    .map((v) => verificationProblem(order, entry, v, context.now))
    .filter((p): p is string => p !== undefined)
    .map((p) => ` A recorded verification does not count: ${p}.`)
    .join('');
  const authorityName = entry?.name ?? order.authority.name;
  const denial = counted.find((v) => v.outcome === 'denied');
  const confirmation = counted.find((v) => v.outcome === 'confirmed');
  const decided: [CallBackDetail['result'], string] | undefined = denial
    ? [
        'fail',
        `${authorityName} denied issuing this order when called back on ${denial.contactUsed}, ${numberOfRecordLabel(denial)}, on ${formatInstant(denial.verifiedAt)} (recorded by ${denial.verifiedBy}); treat the order as forged ${cite}.`,
      ]
    : confirmation
      ? [
          'pass',
          `Verified out of band: ${authorityName} confirmed this order by call-back to ${confirmation.contactUsed}, ${numberOfRecordLabel(confirmation)}, on ${formatInstant(confirmation.verifiedAt)} (recorded by ${confirmation.verifiedBy}) ${cite}.`,
        ]
      : undefined;

  if (!entry) {
    if (decided) return checkVerdict('authenticity', policy, decided[0], decided[1], rule.id);
    const emergency = order.emergency
      ? ' Emergency requests are the best-known channel for forged requests sent from hijacked police mailboxes.'
      : '';
    const sender = senderWarning(order, undefined);
    return checkVerdict(
      'authenticity',
      policy,
      'needs_review',
      `${name} is not in the authority directory.${emergency}${sender ? ` ${sender}` : ''}${ignored} Find its contact independently of the order (its official website or a government listing), add it to the directory, and verify out of band by call-back to that contact before anything is released ${cite}.`,
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

  if (decided) return verdict(...decided);
  const notes = warnings(order, entry)
    .map((n) => ` ${n}`)
    .join('');
  return verdict(
    'needs_review',
    `${name} is in the authority directory, but no call-back has been recorded for this order.${ignored}${notes} Verify out of band by call-back to ${contact} (directory entry ${entry.id}) before anything is released ${cite}.`,
  );
}
