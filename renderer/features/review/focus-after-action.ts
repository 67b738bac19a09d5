import type { CaseMutation } from '../../lib/cases/case-mutation';
import { focusTarget, focusWhenReady, pageHeading } from '../../lib/focus';

/**
 * After a case action the control that had focus is often gone (Start review) or disabled
 * (Save): focus moves to the next step of the review, or to the case's heading, whose status
 * says what happened.
 */
/**
 * After the checks are confirmed: the first decision still open (its first choice, where
 * Space chooses it), else Save.
 */
export function focusNextReviewStep(): void {
  focusWhenReady(() => {
    const groups = document.querySelectorAll<HTMLElement>(
      '[aria-labelledby="decisions-heading"] [role="radiogroup"]',
    );
    for (const group of groups) {
      const choices = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      const open = choices.every((c) => !c.checked) && choices.some((c) => !c.disabled);
      if (open) return choices.find((c) => !c.disabled) ?? null;
    }
    return focusTarget('save-review');
  });
}

export function focusAfterCaseAction(name: CaseMutation['name']): void {
  switch (name) {
    case 'case.startReview':
    case 'case.resumeReview':
    case 'case.reopen':
      focusWhenReady(
        () => focusTarget('confirm-checks'),
        1500,
        () => document.getElementById('checks-heading') ?? pageHeading(),
      );
      return;
    case 'case.saveReview':
      focusWhenReady(
        () => focusTarget('sign-off'),
        1500,
        () => document.getElementById('sign-off-heading') ?? pageHeading(),
      );
      return;
    default:
      focusWhenReady(pageHeading);
  }
}
