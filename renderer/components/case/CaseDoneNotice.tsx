import { useEffect, useRef } from 'react';
import type { CaseSummary } from '../../../shared/case-record';
import { focusElement } from '../../lib/focus';
import { hrefFor } from '../../lib/hash-route';

interface CaseDoneNoticeProps {
  /** "Case X signed off." */
  headline: string;
  /** What happens now, in a sentence. */
  detail: string;
  next: CaseSummary | null | undefined;
  /** Where the next case opens: the review or the approval of it. */
  nextScreen: 'case' | 'approval';
}

/**
 * After a sign-off or an approval: what was done and the next case awaiting this person, in
 * the queue's order. The link takes focus, so one key opens the next case.
 */
export function CaseDoneNotice({ headline, detail, next, nextScreen }: CaseDoneNoticeProps) {
  const linkRef = useRef<HTMLAnchorElement>(null);
  const hasNext = next !== undefined && next !== null;
  useEffect(() => {
    if (hasNext && linkRef.current) focusElement(linkRef.current);
  }, [hasNext]);
  return (
    <section className="notice notice-success case-done" role="status" aria-label="Done">
      <p>
        <strong>{headline}</strong> {detail}
      </p>
      {next === undefined ? null : next === null ? (
        <p>
          No other case awaits you.{' '}
          <a href={hrefFor({ screen: nextScreen === 'case' ? 'queue' : 'approvals' })}>
            Back to the {nextScreen === 'case' ? 'queue' : 'approvals'}
          </a>
        </p>
      ) : (
        <p>
          <a
            ref={linkRef}
            className="button-link primary"
            href={hrefFor({ screen: nextScreen, caseId: next.id })}
          >
            Open the next case: {next.reference}
          </a>
        </p>
      )}
    </section>
  );
}
