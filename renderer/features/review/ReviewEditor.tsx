import { useState } from 'react';
import type { CaseDetail } from '../../../shared/case-record';
import type { CaseMutation } from '../../lib/cases/case-mutation';
import { ChecksEditor } from './ChecksEditor';
import { DecisionGrid } from './DecisionGrid';
import { draftFromDetail, sameReview, withCheck, withDecision } from './review-draft';
import { SignOffPanel } from './SignOffPanel';

interface ReviewEditorProps {
  detail: CaseDetail;
  canAct: boolean;
  pending: boolean;
  send: (mutation: CaseMutation) => void;
}

/** Keyed by case version by its parent: a new version from the server starts a fresh draft. */
export function ReviewEditor({ detail, canAct, pending, send }: ReviewEditorProps) {
  const [baseline] = useState(() => draftFromDetail(detail));
  const [draft, setDraft] = useState(baseline);
  const unsaved = !sameReview(draft, baseline);
  const canSave = detail.allowedActions.includes('save_review');
  const canSignOff = detail.allowedActions.includes('sign_off');
  const editable = canAct && canSave && !pending;
  const caseRef = { caseId: detail.id, version: detail.version };

  return (
    <>
      <ChecksEditor
        checks={draft.checks}
        disabled={!editable}
        onChange={(key, patch) => setDraft((r) => withCheck(r, key, patch))}
      />
      <DecisionGrid
        decisions={draft.decisions}
        disabled={!editable}
        onChange={(index, patch) => setDraft((r) => withDecision(r, index, patch))}
      />
      <div className="save-bar">
        <button
          type="button"
          className="primary"
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
          reference={detail.reference}
          order={detail.order}
          review={draft}
          unsaved={unsaved}
          disabled={!canAct || pending}
          onSignOff={() => send({ name: 'case.signOff', args: caseRef })}
        />
      )}
    </>
  );
}
