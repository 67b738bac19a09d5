import type { FieldIssue } from '../../../shared/errors';
import { CHECK_KEYS, type CheckKey, type Decision } from '../../../shared/review';

/** The element on the review screen a problem belongs beside. */
export type ReviewControl =
  { kind: 'check'; key: CheckKey } | { kind: 'decision'; index: number } | { kind: 'sign_off' };

export function controlId(control: ReviewControl): string {
  switch (control.kind) {
    case 'check':
      return `check-${control.key}`;
    case 'decision':
      return `decision-row-${control.index}`;
    case 'sign_off':
      return 'sign-off-panel';
  }
}

const isCheckKey = (key: string): key is CheckKey =>
  (CHECK_KEYS as readonly string[]).includes(key);

/**
 * Where a problem the service names belongs: `checks.authenticity` beside that check,
 * `decisions.<target>.<category>` or `args.review.decisions.3.verdict` beside that decision,
 * anything else beside the sign-off button.
 */
export function controlFor(path: string, decisions: readonly Decision[]): ReviewControl {
  const parts = path.replace(/^args\.review\./, '').split('.');
  if (parts[0] === 'checks' && parts[1] && isCheckKey(parts[1])) {
    return { kind: 'check', key: parts[1] };
  }
  if (parts[0] === 'decisions' && parts.length >= 2) {
    const position = Number(parts[1]);
    if (/^[0-9]+$/.test(parts[1] ?? '') && position < decisions.length) {
      return { kind: 'decision', index: position };
    }
    const category = parts.at(-1);
    const target = parts.slice(1, -1).join('.');
    const index = decisions.findIndex((d) => d.target === target && d.category === category);
    if (index >= 0) return { kind: 'decision', index };
  }
  return { kind: 'sign_off' };
}

/** The service's reasons, grouped by the control each is shown beside, in the order given. */
export function refusalsByControl(
  issues: readonly FieldIssue[],
  decisions: readonly Decision[],
): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const issue of issues) {
    const id = controlId(controlFor(issue.path, decisions));
    grouped.set(id, [...(grouped.get(id) ?? []), issue.message]);
  }
  return grouped;
}
