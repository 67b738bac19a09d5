import type { CaseStatus, Outcome } from '../../shared/case-lifecycle';
import type { MutationArgs, MutationName } from '../../shared/mutations';
import { reviewOutcome, signOffProblems, type Review } from '../../shared/review';
import type { JsonValue } from '../audit/canonical-json';
import type { AuthenticatedSession } from '../auth/sessions';
import { approvedItems } from '../cases/approved-items';
import { caseAuditEvents } from '../cases/case-history';
import type { CaseRow } from '../cases/case-rows';
import { fourEyesBlock } from '../cases/four-eyes';
import { ServiceError } from '../service-error';
import type { Queryable } from '../storage/database';

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

  'case.saveReview': async ({ args }) => ({
    review: args.review,
    details: { review: args.review },
  }),

  'case.requestInformation': async ({ args }) => ({ details: { comment: args.comment } }),

  'case.resumeReview': async () => ({ details: {} }),

  'case.signOff': async ({ current, actor, now }) => {
    const problems = signOffProblems(current.order_data, current.review);
    if (problems.length > 0) {
      throw new ServiceError(
        'sign_off_incomplete',
        `The review cannot be signed off yet: ${problems.length} point(s) remain open.`,
        problems,
      );
    }
    const outcome = reviewOutcome(current.review.decisions);
    return {
      signOff: { by: actor.userId, at: now, outcome },
      lastReturnComment: null,
      details: { outcome, review: current.review },
    };
  },

  'case.approve': async ({ tx, current, actor, args, now }) => {
    const events = await caseAuditEvents(tx, current.id);
    const blocked = fourEyesBlock(actor.userId, current.signed_off_by, events);
    if (blocked !== null) throw new ServiceError('four_eyes', blocked);
    if (current.outcome === null) throw new Error('a signed-off case has no outcome');
    const items = approvedItems(current.order_data, current.review);
    const comment = args.comment ? args.comment : null;
    await tx.query(
      `INSERT INTO disclosure_records (case_id, approved_by, approved_at, outcome, comment, items)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [current.id, actor.userId, now, current.outcome, comment, JSON.stringify(items)],
    );
    return { details: { outcome: current.outcome, comment, items } };
  },

  'case.return': async ({ args }) => ({
    signOff: null,
    lastReturnComment: args.comment,
    details: { comment: args.comment },
  }),

  'case.reopen': async ({ actor }) => ({ assigneeId: actor.userId, details: {} }),

  'case.recordRefusal': async () => ({ details: {} }),

  'case.close': async () => ({ details: {} }),
};
