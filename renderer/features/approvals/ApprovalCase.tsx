import { CaseHeading } from '../../components/case/CaseHeading';
import { ChecksSummary } from '../../components/case/ChecksSummary';
import { DecisionsTable } from '../../components/case/DecisionsTable';
import { DisclosureRecordView } from '../../components/case/DisclosureRecordView';
import { CaseDoneNotice } from '../../components/case/CaseDoneNotice';
import { FinishedCaseNotice } from '../../components/case/FinishedCaseNotice';
import { DocumentPane } from '../../components/case/document/DocumentPane';
import { HistoryList } from '../../components/case/HistoryList';
import { OfflineCopyNotice } from '../../components/case/OfflineCopyNotice';
import { OrderDetails } from '../../components/case/OrderDetails';
import { OverridesList } from '../../components/case/OverridesList';
import { PolicyBasisNote } from '../../components/case/PolicyBasisNote';
import { PendingActionsNotice } from '../../components/case/PendingActionsNotice';
import { SignOffSummary } from '../../components/case/SignOffSummary';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useCaseDetail } from '../../lib/cases/case-detail-query';
import {
  useCaseMutation,
  type ActionOutcome,
  type CaseMutation,
} from '../../lib/cases/case-mutation';
import { useNextCase } from '../../lib/cases/next-case-query';
import { openNextCase } from '../../lib/cases/open-next-case';
import { useSession } from '../../lib/session';
import { useState } from 'react';
import { useOnline } from '../../lib/connection';
import { hrefFor } from '../../lib/hash-route';
import { focusWhenReady, pageHeading } from '../../lib/focus';
import { useCaseJudgement } from '../../lib/policy/use-case-judgement';
import type { LoadedCase } from '../../lib/cases/case-detail-query';
import { ApprovalDecision } from './ApprovalDecision';
import { VerificationEvidence } from './VerificationEvidence';

/** The case read-only, as signed off, with the supervisor's decision. */
export function ApprovalCase({ caseId }: { caseId: string }) {
  const query = useCaseDetail(caseId);
  const mutation = useCaseMutation(caseId);
  const online = useOnline();
  const session = useSession();
  // The decision just taken on this screen, for the confirmation and the next case.
  const [decided, setDecided] = useState<Decided | null>(null);

  if (query.isPending) return <main className="page">Loading case…</main>;
  if (query.isError) {
    return (
      <main className="page">
        <h1>Approval</h1>
        <ErrorNotice error={query.error} />
      </main>
    );
  }
  // A stored copy is enough to act on: the action is queued and the server decides later.
  const canAct = !mutation.isPending;
  return (
    <LoadedApproval
      loaded={query.data}
      canAct={canAct}
      online={online}
      error={mutation.error}
      // The decision panel goes once the decision is taken: the heading shows the new status.
      decided={decided}
      send={(m) =>
        mutation.mutate(m, {
          onSuccess: (outcome) => {
            if (m.name !== 'case.approve' && m.name !== 'case.return') return;
            const user = session.data?.user;
            const reference = query.data?.detail.reference;
            if (m.name === 'case.approve' && outcome === 'applied' && user && reference) {
              // Approved for good: the next sign-off opens. An approval only queued stays in
              // view, marked pending, until the service has accepted it; a returned case stays
              // in view with its new status.
              void openNextCase({
                caseId,
                reference,
                ...doneText({ name: m.name, outcome }, reference),
                screen: 'approval',
                user,
              });
              return;
            }
            setDecided({ name: m.name, outcome });
          },
          onSettled: () => focusWhenReady(pageHeading),
        })
      }
    />
  );
}

interface Decided {
  name: 'case.approve' | 'case.return';
  outcome: ActionOutcome;
}

function doneText(decided: Decided, reference: string) {
  const queued = decided.outcome === 'pending';
  if (decided.name === 'case.return') {
    return {
      headline: `Case ${reference} returned to the reviewer.`,
      detail: queued ? 'The return is queued and takes effect once the service accepts it.' : '',
    };
  }
  return {
    headline: `Case ${reference} approved.`,
    detail: queued
      ? 'The approval is queued and takes effect once the service accepts it.'
      : 'What it releases can now be looked up and delivered.',
  };
}

interface LoadedApprovalProps {
  loaded: LoadedCase;
  canAct: boolean;
  online: boolean;
  error: Error | null;
  decided: Decided | null;
  send: (mutation: CaseMutation) => void;
}

function LoadedApproval({ loaded, canAct, online, error, decided, send }: LoadedApprovalProps) {
  const { detail } = loaded;
  const judgement = useCaseJudgement(detail);
  const session = useSession();
  const next = useNextCase(detail.id, session.data?.user ?? null, decided !== null);

  return (
    <main className="page case-page">
      <p>
        <a href={hrefFor({ screen: 'approvals' })}>← Back to approvals</a>
      </p>
      <CaseHeading detail={detail} />
      <FinishedCaseNotice href={hrefFor({ screen: 'approval', caseId: detail.id })} />
      {decided && (
        <CaseDoneNotice
          {...doneText(decided, detail.reference)}
          next={next.data}
          nextScreen="approval"
        />
      )}
      <OfflineCopyNotice loaded={loaded} />
      <PendingActionsNotice pending={loaded.pending} />
      <ErrorNotice error={error} />
      {detail.disclosure && <DisclosureRecordView record={detail.disclosure} />}
      <div className="case-columns">
        <div className="case-main">
          <section className="panel" aria-labelledby="sign-off-review-heading">
            <h2 id="sign-off-review-heading">Sign-off under review</h2>
            {detail.signOff ? (
              <SignOffSummary signOff={detail.signOff} />
            ) : (
              <p className="muted">This case has not been signed off.</p>
            )}
            <PolicyBasisNote judgement={judgement} />
            {judgement && <OverridesList review={detail.review} verdict={judgement.verdict} />}
            <ChecksSummary review={detail.review} verdict={judgement?.verdict} />
            <DecisionsTable decisions={detail.review.decisions} />
          </section>
          <VerificationEvidence detail={detail} judgement={judgement} />
          {detail.status === 'signed_off' && (
            <ApprovalDecision
              key={detail.version}
              detail={detail}
              disabled={!canAct}
              online={online}
              pendingActions={loaded.pending.length > 0}
              send={(m) => send(m)}
            />
          )}
          <OrderDetails order={detail.order} />
          <HistoryList events={detail.history} />
        </div>
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
