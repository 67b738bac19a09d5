import type { FieldIssue } from '../../shared/errors';
import { fieldLabel } from '../../shared/field-messages';

export function IssueList({ issues }: { issues: readonly FieldIssue[] }) {
  return (
    <ul className="issue-list">
      {issues.map((issue, i) => (
        <li key={`${issue.path}-${i}`}>
          <strong>{fieldLabel(issue.path)}</strong>: {issue.message}
        </li>
      ))}
    </ul>
  );
}
