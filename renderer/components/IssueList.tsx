import type { FieldIssue } from '../../shared/errors';

export function IssueList({ issues }: { issues: readonly FieldIssue[] }) {
  return (
    <ul className="issue-list">
      {issues.map((issue, i) => (
        <li key={`${issue.path}-${i}`}>
          <code>{issue.path}</code>: {issue.message}
        </li>
      ))}
    </ul>
  );
}
