import type { CaseStatus, Outcome } from '../../shared/case-lifecycle';
import type { MutationArgs, MutationName } from '../../shared/mutations';
import { judgeCase, judgeSignOff, type SignOffJudgement } from '../../shared/judge-case';
import { judgeItems, type ItemJudgement } from '../../shared/release/releasable-items';
import { NO_VERIFICATION_NEEDED } from '../../shared/verification';
import type { PolicyRecord } from '../../shared/policy-record';
import type { Verdict } from '../../shared/policy';
import { decisionSetProblems } from '../../shared/release/decision-set';
import {
  CHECK_KEYS,
  isOverride,
  reviewOutcome,
  type Review,
  type ReviewProblem,
} from '../../shared/review';
import type { JsonValue } from '../audit/canonical-json';
import { evidenceReference } from '../audit/evidence-records';
import type { AuthenticatedSession } from '../auth/sessions';
import { approvedItems } from '../cases/approved-items';
import { lateAnswerReason } from '../disclosure/answer-deadline';
import { storeInformationRequest } from '../disclosure/information-request-letter';
import { logLetterSent } from '../disclosure/letters-sent';
import { recordDelivery } from '../disclosure/record-delivery';
import { logRefusalLetter } from '../disclosure/refusal-letter';
import { findDisclosureRecord } from '../cases/case-detail';
import { caseAuditEvents } from '../cases/case-history';
import type { CaseRow } from '../cases/case-rows';
import { callBackBlock, fourEyesBlock, reviewParticipants } from '../cases/four-eyes';
import {
  caseVerifications,
  insertVerification,
  refuseCallBackOffRecord,
} from '../policy/case-verifications';
import { currentPolicy, findPolicyVersion } from '../policy/policy-store';
import { ServiceError } from '../service-error';
import type { Queryable } from '../storage/database';
import { requireCaseWorker } from '../cases/case-holders';
import { PRESERVATION_HANDLERS } from './preservation-handlers';

export interface MutationContext<N extends MutationName> {
  tx: Queryable;
  actor: AuthenticatedSession;
  /** The case as it is now, locked until the transaction ends. */
  current: CaseRow;
  args: MutationArgs<N>;
  /** Where the lifecycle takes the case. */
  to: CaseStatus;
  now: Date;
}

/** What a mutation changes besides status and version; absent fields stay as they are. */
export interface CaseChange {
  review?: Review;
  assigneeId?: string | null;
  /** null withdraws the sign-off (and with it the outcome). */
  signOff?: { by: string; at: Date; outcome: Outcome } | null;
  lastReturnComment?: string | null;
  /** null withdraws it, when a returned case goes back to review under the current policy. */
  decidedUnder?: { policyVersion: string; verdict: Verdict } | null;
  /** Recorded in the audit event, beside the status change itself. */
  details: { [key: string]: JsonValue };
}

export type MutationHandler<N extends MutationName> = (
  context: MutationContext<N>,
) => Promise<CaseChange>;

/**
 * Every case mutation, keyed by its name in shared/mutations.ts. The lifecycle, version and
 * role checks happen before a handler runs; a handler adds the rules of its own step. The
 * same map can be driven by the direct API call or by an offline outbox.
 */
export const MUTATION_HANDLERS: { [N in MutationName]: MutationHandler<N> } = {
  'case.startReview': async ({ actor }) => ({ assigneeId: actor.userId, details: {} }),

  'case.saveReview': async ({ current, args }) => {
    // A set of decisions on this order, or nothing is saved: refused here, whether it came
    // straight from a screen or from a workstation's queue, so no contradictory list is stored.
    const problems = decisionSetProblems(current.order_data, args.review.decisions);
    if (problems.length > 0) {
      throw new ServiceError(
        'validation',
        `The review was not saved: ${problems[0]?.message ?? ''}`,
        problems.map((p) => ({ path: `args.review.${p.path}`, message: p.message })),
      );
    }
    return { review: args.review, details: { review: args.review } };
  },

  'case.requestInformation': async ({ tx, current, actor, args, now }): Promise<CaseChange> => {
    if (!args.letter) return { details: { comment: args.comment } };
    const policy = await currentPolicy(tx, now);
    const verifications = await caseVerifications(tx, current.id, []);
    const { verdict } = judgeCase(current.order_data, policy, verifications, now);
    const letter = await storeInformationRequest(
      tx,
      current.id,
      {
        order: current.order_data,
        review: current.review,
        verdict,
        comment: args.comment,
        writerName: actor.displayName,
        generatedAt: now,
      },
      actor.userId,
    );
    const sent = await logLetterSent(tx, {
      caseId: current.id,
      kind: 'request_for_information',
      language: letter.language,
      ...args.letter,
      sentAt: now,
      sentBy: actor.userId,
      recordedAt: now,
      sha256: letter.sha256,
      letterId: letter.id,
      lateReason: null,
    });
    return { details: { comment: args.comment, letter: sent } };
  },

  'case.resumeReview': async () => ({ details: {} }),

  'case.signOff': async ({ tx, current, actor, now }) => {
    const policy = await currentPolicy(tx, now);
    const judged = await judgeRelease(tx, current, policy, actor.userId, now, 'signed off');
    const outcome = reviewOutcome(current.review.decisions);
    return {
      signOff: { by: actor.userId, at: now, outcome },
      lastReturnComment: null,
      decidedUnder: { policyVersion: policy.version, verdict: judged.verdict },
      details: {
        outcome,
        review: current.review,
        policyVersion: policy.version,
        overrides: overriddenChecks(current.review, judged.verdict),
      },
    };
  },

  'case.recordVerification': async ({ tx, current, actor, args, now }) => {
    const events = await caseAuditEvents(tx, current.id);
    const blocked = callBackBlock(actor.userId, current.assignee_id, current.signed_off_by, events);
    if (blocked !== null) throw new ServiceError('four_eyes', blocked);
    if (Date.parse(args.verification.verifiedAt) > now.getTime()) {
      throw new ServiceError('validation', 'The call-back cannot be dated in the future.', [
        { path: 'args.verification.verifiedAt', message: 'this time has not come yet' },
      ]);
    }
    const { authorityDirectory } = await currentPolicy(tx, now);
    refuseCallBackOffRecord(current.order_data, authorityDirectory, args.verification);
    const id = await insertVerification(tx, current.id, actor.userId, args.verification, now);
    return {
      details: {
        verification: { id, ...args.verification },
        record: await evidenceReference(tx, 'verifications', id),
      },
    };
  },

  'case.approve': async ({ tx, current, actor, args, now }) => {
    const events = await caseAuditEvents(tx, current.id);
    const blocked = fourEyesBlock(actor.userId, current.signed_off_by, events);
    if (blocked !== null) throw new ServiceError('four_eyes', blocked);
    if (current.outcome === null) throw new Error('a signed-off case has no outcome');
    const items = approvedItems(current.review, await itemsToRelease(tx, current, now));
    const comment = args.comment ? args.comment : null;
    await tx.query(
      `INSERT INTO disclosure_records (case_id, approved_by, approved_at, outcome, comment, items)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [current.id, actor.userId, now, current.outcome, comment, JSON.stringify(items)],
    );
    return {
      details: {
        outcome: current.outcome,
        comment,
        items,
        record: await evidenceReference(tx, 'disclosure_records', current.id),
      },
    };
  },

  'case.return': async ({ args }) => ({
    signOff: null,
    decidedUnder: null,
    lastReturnComment: args.comment,
    details: { comment: args.comment },
  }),

  'case.reopen': async ({ actor }) => ({ assigneeId: actor.userId, details: {} }),

  'case.recordDisclosure': async ({ tx, current, actor, args, now }) => {
    const sentAt = new Date(args.delivery.deliveredAt);
    // Only the declined part of a partial answer is an inability to comply.
    const lateReason = lateAnswerReason(
      current.order_data,
      current.due_at,
      current.outcome === 'partial' ? sentAt : null,
      args.lateReason,
    );
    const delivered = await recordDelivery(
      tx,
      current.id,
      'disclosure',
      args.delivery,
      actor.userId,
      now,
    );
    const [pkg] = await tx.query<{ language: string; letter_sha256: string }>(
      'SELECT language, letter_sha256 FROM disclosure_packages WHERE case_id = $1',
      [current.id],
    );
    if (!pkg) throw new Error('a delivered disclosure has no package');
    const letter = await logLetterSent(tx, {
      caseId: current.id,
      kind: current.outcome === 'partial' ? 'partial_response' : 'response',
      language: pkg.language,
      channel: args.delivery.channel,
      recipient: args.delivery.recipient,
      sentAt,
      sentBy: actor.userId,
      recordedAt: now,
      sha256: pkg.letter_sha256,
      letterId: null,
      lateReason,
    });
    return { details: { ...delivered, letterSent: letter } };
  },

  'case.recordRefusal': async ({ tx, current, actor, args, now }): Promise<CaseChange> => {
    const answeredAt = args.delivery ? new Date(args.delivery.deliveredAt) : now;
    const lateReason = lateAnswerReason(
      current.order_data,
      current.due_at,
      answeredAt,
      args.lateReason,
    );
    const approval = await findDisclosureRecord(tx, current.id);
    const letter = await logRefusalLetter(
      tx,
      current.id,
      {
        order: current.order_data,
        review: current.review,
        dueAt: current.due_at.toISOString(),
        approverName: approval?.approvedByName ?? '',
        generatedAt: now,
        lateReason,
      },
      actor.userId,
    );
    if (!args.delivery) return { details: { letter, lateReason } };
    const delivered = await recordDelivery(
      tx,
      current.id,
      'refusal',
      args.delivery,
      actor.userId,
      now,
    );
    const sent = await logLetterSent(tx, {
      caseId: current.id,
      kind: 'refusal',
      language: letter.language,
      channel: args.delivery.channel,
      recipient: args.delivery.recipient,
      sentAt: answeredAt,
      sentBy: actor.userId,
      recordedAt: now,
      sha256: letter.sha256,
      letterId: letter.id,
      lateReason,
    });
    return { details: { ...delivered, letter, letterSent: sent } };
  },

  'case.close': async () => ({ details: {} }),

  'case.claim': async ({ current, actor }) => ({
    assigneeId: actor.userId,
    details: { assignee: { from: current.assignee_id, to: actor.userId } },
  }),

  'case.release': async ({ current }) => ({
    assigneeId: null,
    details: { assignee: { from: current.assignee_id, to: null } },
  }),

  'case.assign': async ({ tx, current, args }) => {
    if (args.assigneeId !== null) await requireCaseWorker(tx, args.assigneeId, 'args.assigneeId');
    return {
      assigneeId: args.assigneeId,
      details: { assignee: { from: current.assignee_id, to: args.assigneeId } },
    };
  },

  ...PRESERVATION_HANDLERS,
};

/**
 * The sign-off judgement of the case as it stands, recomputed from the order, the policy
 * version, the checks and the call-backs as they count for its holder, `signer` and everyone
 * who ever reviewed or signed it off — including whoever took part only after recording a
 * call-back; refused, naming each open point, unless nothing stands in the way.
 */
async function judgeRelease(
  tx: Queryable,
  current: CaseRow,
  policy: PolicyRecord,
  signer: string | null,
  at: Date,
  what: string,
): Promise<SignOffJudgement> {
  const verifications = await caseVerifications(tx, current.id, []);
  const participants = reviewParticipants(await caseAuditEvents(tx, current.id));
  const judged = judgeSignOff(
    current.order_data,
    current.review,
    policy,
    verifications,
    [current.assignee_id, signer, ...participants],
    at,
  );
  refuseOpenProblems(judged.problems, what);
  return judged;
}

/**
 * What the approval may release, judged again, authoritatively, under the version the case was
 * signed off under: a policy edit since then changes nothing, but a call-back recorded since
 * (a denial) does, and any open point refuses the approval. A case signed off before sign-offs
 * recorded their version (seeded, or older) keeps the checks it was decided by, but what it
 * releases is still recomputed item by item under the policy in force, final failures included.
 */
async function itemsToRelease(
  tx: Queryable,
  current: CaseRow,
  now: Date,
): Promise<ItemJudgement[]> {
  if (!current.signed_off_at) throw new Error('a signed-off case has no sign-off time');
  if (current.policy_version === null) {
    const policy = await currentPolicy(tx, now);
    const { verdict } = judgeCase(current.order_data, policy, [], current.signed_off_at);
    const decided = Object.fromEntries(
      CHECK_KEYS.map((k) => [
        k,
        { result: 'pass', note: 'Decided before versions were recorded.' },
      ]),
    ) as Review['checks'];
    const review = { ...current.review, checks: decided };
    return judgeItems(current.order_data, review, verdict, NO_VERIFICATION_NEEDED, policy.policy);
  }
  const frozen = await findPolicyVersion(tx, current.policy_version);
  if (!frozen) throw new Error('a frozen policy version is missing');
  const judged = await judgeRelease(
    tx,
    current,
    frozen,
    current.signed_off_by,
    current.signed_off_at,
    'approved',
  );
  return judged.items;
}

function refuseOpenProblems(problems: ReviewProblem[], what: string): void {
  if (problems.length > 0) {
    throw new ServiceError(
      'sign_off_incomplete',
      `The review cannot be ${what} yet: ${problems.length} point(s) remain open.`,
      problems,
    );
  }
}

/** What the supervisor must see: each check where the reviewer chose against the engine. */
function overriddenChecks(review: Review, verdict: Verdict): { [key: string]: string }[] {
  return CHECK_KEYS.filter((key) => isOverride(review, verdict, key)).map((key) => ({
    check: key,
    engine: verdict.checks[key].result,
    reviewer: review.checks[key].result ?? '',
    justification: review.checks[key].note,
  }));
}
