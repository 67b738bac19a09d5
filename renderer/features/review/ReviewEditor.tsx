import { useEffect, useMemo, useRef, useState } from 'react';
import type { CaseDetail } from '../../../shared/case-record';
import { judgeSignOff } from '../../../shared/judge-case';
import { ApiRequestError } from '../../lib/api-errors';
import type { CaseMutation } from '../../lib/cases/case-mutation';
import { ariaKeys } from '../../lib/keyboard/shortcut-keys';
import { useShortcut } from '../../lib/keyboard/shortcut-registry';
import type { CaseJudgement } from '../../lib/policy/case-judgement';
import { ChecksEditor } from './ChecksEditor';
import { DecisionGrid } from './DecisionGrid';
import { focusNextReviewStep } from './focus-after-action';
import { refusalsByControl } from './refusal-targets';
import {
  confirmPassedChecks,
  draftFromDetail,
  sameReview,
  withCheck,
  withDecision,
} from './review-draft';
import { SignOffPanel } from './SignOffPanel';

interface ReviewEditorProps {
  detail: CaseDetail;
  judgement: CaseJudgement | undefined;
  canAct: boolean;
  /** Offline, a sign-off is queued and its password asked for once the service is back. */
  online: boolean;
  pending: boolean;
  send: (mutation: CaseMutation) => void;
  /** Who would sign off: their own call-backs do not count, as the service judges it. */
  userId: string | null;
  /** The service's last refusal on this screen, shown beside the controls it names. */
  refused: unknown;
  /** Whether actions on the case still wait for the service. */
  pendingActions: boolean;
}

function startFrom(detail: CaseDetail) {
  return { version: detail.version, review: draftFromDetail(detail) };
}

/** The service's reasons, or its one message beside the sign-off when it names no field. */
function refusalIssues(error: unknown) {
  if (!(error instanceof ApiRequestError)) return [];
  if (error.issues.length > 0) return error.issues;
  return ['sign_off_incomplete', 'four_eyes', 'reauth_required'].includes(error.code)
    ? [{ path: 'sign_off', message: error.message }]
    : [];
}

/**
 * The reviewer's draft. It follows newer versions of the case while it has no edits; once it
 * has, it stays on the version it was started from, so saving it over someone else's change
 * is refused (409) instead of silently overwriting that change.
 */
export function ReviewEditor({
  detail,
  judgement,
  canAct,
  online,
  pending,
  send,
  userId,
  refused,
  pendingActions,
}: ReviewEditorProps) {
  const [base, setBase] = useState(() => startFrom(detail));
  const [draft, setDraft] = useState(base.review);
  const unsaved = !sameReview(draft, base.review);
  if (detail.version !== base.version && !unsaved) {
    const next = startFrom(detail);
    setBase(next);
    setDraft(next.review);
  }
  const behind = detail.version !== base.version;
  const canSave = detail.allowedActions.includes('save_review');
  const canSignOff = detail.allowedActions.includes('sign_off');
  const editable = canAct && canSave && !pending;
  const caseRef = { caseId: detail.id, version: base.version };
  const verdict = judgement?.verdict;
  const confirmable =
    editable && verdict !== undefined && !sameReview(confirmPassedChecks(draft, verdict), draft);
  const confirmPassed = () => {
    if (!confirmable) return false;
    setDraft((r) => confirmPassedChecks(r, verdict));
    focusNextReviewStep();
    return true;
  };
  useShortcut('confirm-checks', confirmPassed);

  // One instant per draft: the deadline must not flicker between renders.
  const [now] = useState(() => new Date());
  const policy = judgement?.policy;
  // The same judgement the service makes at sign-off, for the person who would sign off.
  const signOff = useMemo(
    () =>
      policy
        ? judgeSignOff(
            detail.order,
            draft,
            policy,
            detail.verifications,
            [detail.assigneeId ?? null, userId],
            now,
          )
        : undefined,
    [policy, detail.order, draft, detail.verifications, detail.assigneeId, userId, now],
  );

  const refusals = useMemo(
    () => refusalsByControl(refusalIssues(refused), draft.decisions),
    [refused, draft.decisions],
  );
  // A new refusal moves focus to the first control it names; its message there is announced.
  // Edits to the draft regroup the messages but must not pull focus away again.
  const focusedFor = useRef<unknown>(null);
  useEffect(() => {
    if (!refused || focusedFor.current === refused) return;
    focusedFor.current = refused;
    const [first] = refusals.keys();
    if (first) document.getElementById(first)?.focus();
  }, [refused, refusals]);

  return (
    <>
      {behind && (
        <div className="notice notice-warning" role="status">
          Someone changed this case (now version {detail.version}) after you started editing version{' '}
          {base.version}. Saving your edits will be refused so that nothing is overwritten.
        </div>
      )}
      <div className="save-bar">
        <button
          type="button"
          data-focus-target="confirm-checks"
          aria-keyshortcuts={ariaKeys('confirm-checks')}
          disabled={!confirmable}
          onClick={confirmPassed}
        >
          Confirm every check the engine passed
        </button>
      </div>
      <ChecksEditor
        review={draft}
        verdict={judgement?.verdict}
        disabled={!editable}
        refusals={refusals}
        onChange={(key, patch) => setDraft((r) => withCheck(r, key, patch))}
      />
      <DecisionGrid
        decisions={draft.decisions}
        order={detail.order}
        items={signOff?.items}
        disabled={!editable}
        refusals={refusals}
        onChange={(index, patch) => setDraft((r) => withDecision(r, index, patch))}
      />
      <div className="save-bar">
        <button
          type="button"
          className="primary"
          data-focus-target="save-review"
          disabled={!editable || !unsaved}
          onClick={() => send({ name: 'case.saveReview', args: { ...caseRef, review: draft } })}
        >
          Save review
        </button>
        <span className="muted" role="status">
          {unsaved ? 'Unsaved changes' : `Saved · version ${detail.version}`}
        </span>
      </div>
      {canSignOff && (
        <SignOffPanel
          detail={detail}
          pendingActions={pendingActions}
          review={draft}
          problems={signOff?.problems}
          refusals={refusals.get('sign-off-panel') ?? []}
          unsaved={unsaved}
          disabled={!canAct || pending}
          online={online}
          onSignOff={() => send({ name: 'case.signOff', args: caseRef })}
        />
      )}
    </>
  );
}
