import { useCaseDone } from '../../lib/cases/open-next-case';

/**
 * On the screen that opened after a sign-off or a decision: what was done, and the way back
 * to that case. The words were already read out when the screen changed.
 */
export function FinishedCaseNotice({ href }: { href: string }) {
  const done = useCaseDone(href);
  if (!done) return null;
  return (
    <section className="notice notice-success case-done" aria-label="Done">
      <p>
        <strong>{done.headline}</strong> {done.detail}
      </p>
      <p>
        <a href={done.back.href}>Back to case {done.back.reference}</a>
      </p>
    </section>
  );
}
