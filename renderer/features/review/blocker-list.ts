import { CHECK_LABELS, type Decision, type ReviewProblem } from '../../../shared/review';
import { DATA_CATEGORY_LABELS, targetLabel } from '../../lib/labels';
import { controlFor, controlId } from './refusal-targets';

/** One thing that stands between the review and a sign-off, and the row where it is resolved. */
export interface Blocker {
  /** The id of the row's element on the review screen, for a link to it. */
  rowId: string;
  /** The row's name as the screen shows it: "Authenticity", "Phone number of @name". */
  row: string;
  message: string;
}

/**
 * The sign-off's problems, each once, named by the row it belongs to, in the order of the
 * screen: checks first, then decisions, then anything about the sign-off as a whole.
 */
export function blockerList(
  problems: readonly ReviewProblem[],
  decisions: readonly Decision[],
): Blocker[] {
  const seen = new Set<string>();
  const blockers: (Blocker & { rank: number })[] = [];
  problems.forEach((problem, position) => {
    const control = controlFor(problem.path, decisions);
    const rowId = controlId(control);
    const key = `${rowId}\u0000${problem.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    switch (control.kind) {
      case 'check':
        blockers.push({
          rowId,
          row: CHECK_LABELS[control.key].title,
          message: problem.message,
          rank: position,
        });
        return;
      case 'decision': {
        const d = decisions[control.index];
        const row = d ? `${DATA_CATEGORY_LABELS[d.category]} of ${targetLabel(d.target)}` : '';
        blockers.push({ rowId, row, message: problem.message, rank: 1e6 + position });
        return;
      }
      case 'sign_off':
        blockers.push({ rowId, row: 'Sign-off', message: problem.message, rank: 2e6 + position });
    }
  });
  return blockers.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...b }) => b);
}
