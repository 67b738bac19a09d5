import { ApiRequestError, describeError } from '../lib/api-errors';
import { IssueList } from './IssueList';

/** The server's (or the network's) reason, in words, with any field issues listed. */
export function ErrorNotice({ error }: { error: unknown }) {
  if (!error) return null;
  const issues = error instanceof ApiRequestError ? error.issues : [];
  return (
    <div className="notice notice-error" role="alert">
      <p>{describeError(error)}</p>
      {issues.length > 0 && <IssueList issues={issues} />}
    </div>
  );
}
