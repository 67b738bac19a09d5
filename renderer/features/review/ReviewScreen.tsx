import { useState } from 'react';
import { CaseHeading } from '../../components/case/CaseHeading';
import { CaseHolder } from '../../components/case/CaseHolder';
import { DeadlineBasis } from '../../components/case/DeadlineBasis';
import { ChecksSummary } from '../../components/case/ChecksSummary';
import { DecisionsTable } from '../../components/case/DecisionsTable';
import { DisclosureRecordView } from '../../components/case/DisclosureRecordView';
import { CaseDoneNotice } from '../../components/case/CaseDoneNotice';
import { FinishedCaseNotice } from '../../components/case/FinishedCaseNotice';
import { DocumentPane } from '../../components/case/document/DocumentPane';
import { HistoryList } from '../../components/case/HistoryList';
import { OfflineCopyNotice } from '../../components/case/OfflineCopyNotice';
import { OrderDetails } from '../../components/case/OrderDetails';
import { PolicyBasisNote } from '../../components/case/PolicyBasisNote';
import { PendingActionsNotice } from '../../components/case/PendingActionsNotice';
import { SignOffSummary } from '../../components/case/SignOffSummary';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useCaseDetail, type LoadedCase } from '../../lib/cases/case-detail-query';
import {
  useCaseMutation,
  type ActionOutcome,
  type CaseMutation,
} from '../../lib/cases/case-mutation';
import { useNextCase } from '../../lib/cases/next-case-query';
import { openNextCase } from '../../lib/cases/open-next-case';
import { isApiError } from '../../lib/api-errors';
import { useOnline } from '../../lib/connection';
import { hrefFor } from '../../lib/hash-route';
import { useCaseJudgement } from '../../lib/policy/use-case-judgement';
import { useSession } from '../../lib/session';
import { CaseActions } from './CaseActions';
import { DisclosurePanel } from './DisclosurePanel';
import { LetterLog } from './LetterLog';
import { UserNotificationsPanel } from './UserNotificationsPanel';
import { focusAfterCaseAction } from './focus-after-action';
import { FollowsPreservation, PreservationPanel } from './PreservationPanel';
import { ReviewEditor } from './ReviewEditor';
import { VerificationPanel } from './VerificationPanel';

export function ReviewScreen({ caseId }: { caseId: string }) {
  const query = useCaseDetail(caseId);
  // One mutation for the screen: its error outlives the editor, which restarts on each version.
  const mutation = useCaseMutation(caseId);
  const online = useOnline();
  const session = useSession();
  // Restarts the editor after the user's own change lands or is refused as stale; background
  // refreshes do not, so unsaved edits survive them.
  const [generation, setGeneration] = useState(0);
  // The sign-off just made on this screen, for the confirmation and the next case.
  const [signedOff, setSignedOff] = useState<ActionOutcome | null>(null);
  const send = (m: CaseMutation) =>
    mutation.mutate(m, {
      onSuccess: (outcome) => {
        setGeneration((g) => g + 1);
        const user = session.data?.user;
        const reference = query.data?.detail.reference;
        if (m.name === 'case.signOff' && outcome === 'applied' && user && reference) {
          // Signed off for good: the next case opens. A sign-off only queued stays in view,
          // marked pending, until the service has accepted it.
          void openNextCase({
            caseId,
            reference,
            headline: `Case ${reference} signed off.`,
            detail: 'It now awaits a supervisor’s approval; nothing is released before that.',
            screen: 'case',
            user,
          });
          return;
        }
        if (m.name === 'case.signOff') setSignedOff(outcome);
        focusAfterCaseAction(m.name);
      },
      onError: (error) => {
        if (isApiError(error, 'stale_version')) setGeneration((g) => g + 1);
        // The reason is in an alert at the top of the case; the heading above it has focus.
        focusAfterCaseAction('case.signOff');
      },
    });

  if (query.isPending) return <main className="page">Loading case…</main>;
  if (query.isError) {
    return (
      <main className="page">
        <h1>Case</h1>
        <ErrorNotice error={query.error} />
      </main>
    );
  }

  const loaded = query.data;
  return (
    <LoadedReview
      loaded={loaded}
      online={online}
      mutation={mutation}
      send={send}
      generation={generation}
      signedOff={signedOff}
    />
  );
}

interface LoadedReviewProps {
  loaded: LoadedCase;
  online: boolean;
  mutation: ReturnType<typeof useCaseMutation>;
  send: (m: CaseMutation) => void;
  generation: number;
  signedOff: ActionOutcome | null;
}

function LoadedReview({
  loaded,
  online,
  mutation,
  send,
  generation,
  signedOff,
}: LoadedReviewProps) {
  const { detail } = loaded;
  const judgement = useCaseJudgement(detail);
  const session = useSession();
  const userName = session.data?.user.displayName ?? '';
  // A stored copy is enough to act on: the action is queued and the server decides later.
  const canAct = true;
  const editing = detail.allowedActions.includes('save_review');
  const user = session.data?.user ?? null;
  const next = useNextCase(detail.id, user, signedOff !== null);

  return (
    <main className="page case-page case-workspace">
      <CaseHeading detail={detail} />
      <DeadlineBasis deadline={detail.deadline} />
      <CaseHolder
        detail={detail}
        userId={session.data?.user.id ?? null}
        disabled={!canAct || mutation.isPending}
        send={send}
      />
      <FinishedCaseNotice href={hrefFor({ screen: 'case', caseId: detail.id })} />
      {signedOff && (
        <CaseDoneNotice
          headline={`Case ${detail.reference} signed off.`}
          detail={
            signedOff === 'applied'
              ? 'It now awaits a supervisor’s approval; nothing is released before that.'
              : 'The sign-off is queued and takes effect once the case service accepts it.'
          }
          next={next.data}
          nextScreen="case"
        />
      )}
      <OfflineCopyNotice loaded={loaded} />
      <PendingActionsNotice pending={loaded.pending} />
      <ErrorNotice error={mutation.error} />
      {detail.lastReturnComment &&
        (detail.status === 'returned' || detail.status === 'in_review') && (
          <div className="notice notice-warning" role="note">
            <strong>Returned by the supervisor:</strong> {detail.lastReturnComment}
          </div>
        )}
      {detail.status === 'signed_off' && detail.allowedActions.includes('return') && (
        <div className="notice" role="note">
          This case awaits a supervisor’s decision.{' '}
          <a href={hrefFor({ screen: 'approval', caseId: detail.id })}>Open it in Approvals</a>
        </div>
      )}
      <FollowsPreservation detail={detail} />
      <PreservationPanel detail={detail} disabled={!canAct || mutation.isPending} send={send} />
      {detail.kind !== 'preservation' && <PolicyBasisNote judgement={judgement} />}
      <CaseActions detail={detail} disabled={!canAct || mutation.isPending} send={send} />
      <div className="case-columns">
        <div className="case-main">
          {detail.disclosure && <DisclosureRecordView record={detail.disclosure} />}
          {detail.disclosure && (
            <DisclosurePanel
              detail={detail}
              online={online}
              disabled={!canAct || mutation.isPending}
              send={send}
              handlesData={session.data?.user.role === 'supervisor'}
            />
          )}
          {detail.signOff && <SignOffSummary signOff={detail.signOff} />}
          <UserNotificationsPanel detail={detail} />
          {editing ? (
            <ReviewEditor
              key={`${detail.id}:${generation}`}
              detail={detail}
              judgement={judgement}
              canAct={canAct}
              online={online}
              pending={mutation.isPending}
              send={send}
              userId={session.data?.user.id ?? null}
              refused={mutation.error}
              pendingActions={loaded.pending.length > 0}
            />
          ) : detail.kind === 'preservation' ? null : (
            <section className="panel" aria-label="Review">
              <ChecksSummary review={detail.review} verdict={judgement?.verdict} />
              <DecisionsTable decisions={detail.review.decisions} />
            </section>
          )}
          {(detail.allowedActions.includes('record_verification') ||
            detail.verifications.length > 0) && (
            // Not keyed by the case's version: a colleague's change elsewhere in the case must not
            // wipe a call-back being typed here.
            <VerificationPanel
              detail={detail}
              judgement={judgement}
              userName={userName}
              disabled={!canAct || mutation.isPending}
              send={send}
            />
          )}
          <OrderDetails order={detail.order} />
          {/* Further sections of the case (letters sent, non-disclosure terms) go here. */}
          <LetterLog detail={detail} />
          <HistoryList events={detail.history} />
        </div>
        {/* The order beside the work, held in view while the checks scroll. */}
        <aside className="case-side case-document" aria-label="The order’s documents">
          <DocumentPane
            caseId={detail.id}
            documents={detail.documents}
            marks={detail.documentMarks}
          />
        </aside>
      </div>
    </main>
  );
}
