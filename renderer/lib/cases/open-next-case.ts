import { useSyncExternalStore } from 'react';
import { announce } from '../announce';
import { hrefFor, navigate, type AppRoute } from '../hash-route';
import { rememberedCaseListOrder } from './case-list-order';
import { findNextCase } from './next-case-query';
import type { NextCaseUser } from './next-case';

/** What was just done, shown on the screen that opened next, with the way back to it. */
export interface CaseDone {
  /** "Case X approved." */
  headline: string;
  /** What happens now, in a sentence; may be empty. */
  detail: string;
  /** The case just finished, to go back to. */
  back: { href: string; reference: string };
  /** The address of the screen the notice belongs to. */
  shownAt: string;
}

let current: CaseDone | null = null;
const listeners = new Set<() => void>();

let watching = false;

function setCaseDone(done: CaseDone | null): void {
  current = done;
  if (done && !watching) {
    watching = true;
    window.addEventListener('hashchange', forgetElsewhere);
  }
  for (const listener of listeners) listener();
}

/** The notice belongs to the screen that opened next: going anywhere else ends it. */
function forgetElsewhere(): void {
  if (current && pathOf(window.location.hash) !== pathOf(current.shownAt)) setCaseDone(null);
}

/** The notice for the screen at `href`, if the last finished case led there. */
export function useCaseDone(href: string): CaseDone | null {
  const done = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  return done && pathOf(done.shownAt) === pathOf(href) ? done : null;
}

/** The address without its list parameters, which the list may rewrite as it opens. */
const pathOf = (href: string) => href.split('?', 1)[0];

interface Finished {
  caseId: string;
  reference: string;
  headline: string;
  detail: string;
  /** Where the finished case and the next one open: the review or the approval. */
  screen: 'case' | 'approval';
  user: NextCaseUser;
}

/**
 * After a sign-off or a decision: the next case opens (the next in the list the case was opened
 * from, else the most urgent awaiting this person), or the list when none waits; either way the
 * confirmation is read out and shown there, with a link back to the finished case.
 */
export async function openNextCase(finished: Finished): Promise<void> {
  const next = await findNextCase(finished.caseId, finished.user);
  const list = finished.screen === 'case' ? 'queue' : 'approvals';
  const origin = rememberedCaseListOrder();
  const target: AppRoute = next
    ? { screen: finished.screen, caseId: next.id }
    : {
        screen: list,
        ...(origin?.screen === list && origin.params ? { params: origin.params } : {}),
      };
  const then = next
    ? `The next case, ${next.reference}, is open.`
    : `No other case awaits you: the ${list === 'queue' ? 'queue' : 'approvals list'} is open.`;
  const detail = [finished.detail, then].filter((part) => part !== '').join(' ');
  setCaseDone({
    headline: finished.headline,
    detail,
    back: {
      href: hrefFor({ screen: finished.screen, caseId: finished.caseId }),
      reference: finished.reference,
    },
    shownAt: hrefFor(target),
  });
  announce(`${finished.headline} ${detail}`);
  navigate(target);
}
